import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BODY_BYTES } from '@dibao/gateway';
import { loadConfig } from '@dibao/hub';
import { startTestHub, type TestHub } from '../support/hub.js';

/** Everything the process writes to stdout and stderr (console and loggers alike) while `run` runs. */
async function capturedOutput(run: () => Promise<void>): Promise<string> {
  const written: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write.bind(stream));
  streams.forEach((stream) => {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (originals[streams.indexOf(stream)] as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
  });
  try {
    await run();
  } finally {
    streams.forEach((stream, index) => (stream.write = originals[index] as typeof stream.write));
  }
  return written.join('');
}

/** A query padded with a comment of `filler`: the body's size is what the tests vary. */
const bodyWith = (filler: string) => JSON.stringify({ query: `# ${filler}\n{ me { subject } }` });

describe('gateway transport', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub('e2e_transport');
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const post = (body: BodyInit, headers: Record<string, string> = {}, init: RequestInit = {}) =>
    fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      ...init,
    });

  describe('body limit', () => {
    it('answers a body within the limit', async () => {
      const response = await post(bodyWith('x'.repeat(DEFAULT_MAX_BODY_BYTES - 1000)));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { me: null } });
    });

    it('refuses a body over the limit with 413 at the gateway, below the subgraphs’ own limit', async () => {
      // 1.5 MB: over the gateway's 1 MiB, under a subgraph's 2 MiB, so only the gateway can answer 413.
      const response = await post(bodyWith('x'.repeat(1_500_000)));
      expect(response.status).toBe(413);
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
      expect(body.errors[0]?.message).toMatch(/exceeds the limit of 1048576 bytes \/ 请求体超过/);
    });

    it('refuses a 20 MB body with 413 and writes none of it to the log', async () => {
      const marker = 'BODYMARKER';
      let status = 0;
      const output = await capturedOutput(async () => {
        const response = await post(bodyWith(marker.repeat(2_000_000)));
        status = response.status;
        await response.arrayBuffer();
      });
      expect(status).toBe(413);
      expect(output).not.toContain(marker);
    });

    it('refuses a chunked body without Content-Length once it passes the limit', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query":"# '));
          // Up to 4 MiB in all; the gateway stops reading after 1 MiB.
          if (sent >= 64) controller.close();
          else controller.enqueue(chunk);
          sent += 1;
        },
      });
      const response = await post(stream, {}, { duplex: 'half' } as RequestInit);
      expect(response.status).toBe(413);
    });
  });

  describe('logs', () => {
    it('never carry a request’s variables, even when the request fails unexpectedly', async () => {
      const admin = await hub.token({ region: '630100', roles: ['ADMIN'] });
      const marker = 'VARIABLEMARKER';
      const output = await capturedOutput(async () => {
        // A NUL byte cannot be stored in PostgreSQL text: whichever layer refuses it, the value must not be logged.
        const response = await hub.query(
          `mutation($input: NewOfficialInput!) { createOfficial(input: $input) { id } }`,
          {
            input: {
              agencyId: '630121:CIVIL_AFFAIRS',
              name: `${marker}\u0000`,
              position: `${marker} position`,
              positionEn: 'Clerk',
              cadreLevel: 'COUNTY_MANAGED',
            },
          },
          admin,
        );
        expect(response.errors?.length).toBeGreaterThan(0);
      });
      expect(output).not.toContain(marker);
    });
  });

  describe('rate limits', () => {
    it('answer 429 with Retry-After through the gateway', async () => {
      let limited: Response | undefined;
      for (let attempt = 0; attempt < 60 && !limited; attempt += 1) {
        const response = await post(
          JSON.stringify({ query: `{ complaintStatus(receiptCode: "TRANSPORT-${attempt}") { status } }` }),
        );
        if (response.status !== 200) limited = response;
        else await response.arrayBuffer();
      }
      expect(limited?.status).toBe(429);
      const retryAfter = Number(limited?.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      const body = (await limited!.json()) as {
        errors: Array<{ extensions: { code: string; retryAfterSeconds: number; http?: unknown } }>;
      };
      expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
      expect(body.errors[0]?.extensions.retryAfterSeconds).toBe(retryAfter);
      expect(body.errors[0]?.extensions.http).toBeUndefined();
    });
  });

  describe('tokens', () => {
    it('refuse a well-formed region code that is no region of the registry', async () => {
      const token = await hub.token({ region: '999999', roles: ['VIEWER'] });
      for (let attempt = 0; attempt < 2; attempt += 1) {
        // The second answer comes from the gateway's cache of the registry's answer, and must be the same.
        const response = await hub.query(`{ me { subject } }`, {}, token);
        expect(response.status).toBe(401);
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(response.errors?.[0]?.message).toMatch(/region 999999 is not a region.*\/.*区划 999999 不在区划名录中/);
      }
    });

    it('accept a region of the registry at every level', async () => {
      for (const region of ['630000', '630100', '630121']) {
        const token = await hub.token({ region, roles: ['VIEWER'] });
        const response = await hub.query<{ me: { regionCode: string } }>(`{ me { regionCode } }`, {}, token);
        expect(response.status).toBe(200);
        expect(response.data?.me.regionCode).toBe(region);
      }
    });

    it.each([
      ['an unknown agency kind', { agency: 'SECRET_POLICE' }],
      ['an unknown role', { roles: ['EMPEROR'] }],
    ])('refuse %s with 401', async (_label, claims) => {
      const token = await hub.token({ region: '630121', roles: ['VIEWER'], ...(claims as object) });
      const response = await hub.query(`{ me { subject } }`, {}, token);
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.errors?.[0]?.message).toMatch(/Token refused.*令牌被拒绝/);
    });
  });
});

describe('HUB_MAX_BODY_BYTES', () => {
  it('lowers the body limit, and cannot raise it past what the subgraphs accept', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dibao-config-'));
    const configWith = (value?: string) =>
      loadConfig({ HUB_DATA_DIR: dataDir, ...(value === undefined ? {} : { HUB_MAX_BODY_BYTES: value }) });
    try {
      expect((await configWith()).maxBodyBytes).toBe(1024 * 1024);
      expect((await configWith('65536')).maxBodyBytes).toBe(65536);
      for (const bad of ['0', '-1', 'lots', '1.5', String(2 * 1024 * 1024)]) {
        await expect(configWith(bad), bad).rejects.toThrow(
          /HUB_MAX_BODY_BYTES must be a whole number from 1 to 1048576/,
        );
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
