import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboundPolicy, pinnedLookup, refusedOutboundUrl } from '../src/outbound-url.js';

const unset = outboundPolicy({});
const listed = (hosts: string) => outboundPolicy({ HUB_WEBHOOK_ALLOWED_HOSTS: hosts });

describe('outbound URL policy (webhooks against server-side request forgery)', () => {
  it('without an allow-list takes only https to public hosts', () => {
    expect(refusedOutboundUrl('https://hooks.example.com/in', unset)).toBeNull();
    expect(refusedOutboundUrl('https://8.8.8.8/in', unset)).toBeNull();
    expect(refusedOutboundUrl('https://[2001:4860:4860::8888]/in', unset)).toBeNull();
    const refused = [
      'http://hooks.example.com/in', // plain http
      'https://user:pw@hooks.example.com/in',
      'ftp://hooks.example.com/in',
      'not a url',
      'https://localhost/in',
      'https://db.localhost/in',
      'https://printer.local/in',
      'https://metadata.google.internal/computeMetadata',
      'https://intranet/in', // a bare name resolves through the local search domains
      'https://127.0.0.1/in',
      'https://127.1.2.3/in',
      'https://0.0.0.0/in',
      'https://10.1.2.3/in',
      'https://172.20.0.1/in',
      'https://192.168.1.1/in',
      'https://100.64.0.1/in', // carrier-grade NAT
      'https://169.254.169.254/latest/meta-data', // the cloud's metadata service
      'https://224.0.0.1/in',
      'https://[::1]/in',
      'https://[::ffff:127.0.0.1]/in', // IPv4-mapped loopback
      'https://[::ffff:a9fe:a9fe]/in', // IPv4-mapped metadata address, in hex
      'https://[fd00::1]/in',
      'https://[fe80::1]/in',
      'https://2130706433/in', // 127.0.0.1 as one decimal number (the URL parser normalises it)
      'https://0x7f.1/in',
    ];
    for (const url of refused) expect([url, refusedOutboundUrl(url, unset)]).toEqual([url, expect.any(String)]);
  });

  it('with an allow-list takes only the hosts it names, http too, and a listed name to an internal address', () => {
    const policy = listed('hooks.county.gov.cn, *.prefecture.gov.cn, 10.20.0.0/16, 127.0.0.1, [fd12::5]');
    expect(refusedOutboundUrl('http://hooks.county.gov.cn:8080/in', policy)).toBeNull();
    expect(refusedOutboundUrl('https://a.b.prefecture.gov.cn/in', policy)).toBeNull();
    expect(refusedOutboundUrl('http://10.20.3.4/in', policy)).toBeNull();
    expect(refusedOutboundUrl('http://127.0.0.1:9000/in', policy)).toBeNull();
    expect(refusedOutboundUrl('https://[fd12::5]/in', policy)).toBeNull();
    for (const url of [
      'https://hooks.example.com/in', // public, but not listed
      'https://prefecture.gov.cn/in', // `*.` names what lies below the suffix only
      'https://evilprefecture.gov.cn/in',
      'http://10.21.0.1/in',
      'http://127.0.0.2/in',
      'https://8.8.8.8/in',
      'https://user@hooks.county.gov.cn/in',
    ]) {
      expect([url, refusedOutboundUrl(url, policy)]).toEqual([url, expect.any(String)]);
    }
  });

  it('refuses a malformed allow-list entry as a configuration error', () => {
    expect(() => listed('hooks.example.com, http://x')).toThrow(/HUB_WEBHOOK_ALLOWED_HOSTS/);
    expect(() => listed('10.0.0.0/99')).toThrow(/CIDR/);
  });

  describe('at connection time', () => {
    let receiver: Server;
    let port: number;
    beforeAll(async () => {
      receiver = createServer((_request, response) => response.writeHead(204).end());
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      port = (receiver.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

    const post = (policyHosts: string) =>
      new Promise<number>((resolve, reject) => {
        const policy = listed(policyHosts);
        const sent = request(`http://localhost:${port}/in`, { method: 'POST', lookup: pinnedLookup(policy) });
        sent.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        sent.on('error', reject);
        sent.end();
      });

    it('refuses a listed name whose address is loopback, unless that address is listed too', async () => {
      // `localhost` passes the name check when listed, but resolves to 127.0.0.1: what a rebinding name does.
      await expect(post('localhost')).rejects.toMatchObject({ code: 'EREFUSEDHOST' });
      await expect(post('localhost, 127.0.0.1, ::1')).resolves.toBe(204);
    });

    it('refuses a name that resolves to a private address when nothing is listed', async () => {
      const lookup = pinnedLookup(unset);
      const error = await new Promise((resolve) => lookup('localhost', {}, (failure) => resolve(failure)));
      expect(error).toMatchObject({ code: 'EREFUSEDHOST', message: expect.stringMatching(/loopback/) });
    });
  });
});
