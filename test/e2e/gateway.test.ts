import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalStatements } from '@dibao/db';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub.js';

describe('through the gateway', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub('e2e_gateway');
  });
  afterAll(async () => {
    await hub?.stop();
  });

  describe('public data', () => {
    it("answers Qinghai's prefectures", async () => {
      const response = await hub.query<{ region: { name: string; children: Array<{ code: string }> } }>(
        `{ region(code: "630000") { name children { code } } }`,
      );
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data?.region.name).toBe('青海省');
      expect(response.data?.region.children.map((child) => child.code)).toEqual([
        '630100',
        '630200',
        '632200',
        '632300',
        '632500',
        '632600',
        '632700',
        '632800',
      ]);
    });

    it('gives anonymous callers no principal and no officials', async () => {
      const me = await hub.query(`{ me { subject } }`);
      expect(me.data).toEqual({ me: null });
      const officials = await hub.query(`{ officials { totalCount } }`);
      expect(officials.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(officials.errors?.[0]?.message).toMatch(/token.*\/.*令牌/);
    });
  });

  describe('authentication', () => {
    it('forwards a verified principal to the subgraphs', async () => {
      const token = await hub.token({ subject: 'li', region: '630121', roles: ['REPORTER', 'VIEWER'] });
      const response = await hub.query(`{ me { subject agency regionCode roles region { name } } }`, {}, token);
      expect(response.data).toEqual({
        me: {
          subject: 'li',
          agency: 'CIVIL_AFFAIRS',
          regionCode: '630121',
          roles: ['REPORTER', 'VIEWER'],
          region: { name: '大通回族土族自治县' },
        },
      });
    });

    it.each([
      ['a bad signature', async () => (await hub.token({ region: '630121', roles: ['ADMIN'] })).slice(0, -4) + 'AAAA'],
      [
        'an expired token',
        async () => hub.token({ region: '630121', roles: ['ADMIN'] }, Math.floor(Date.now() / 1000) - 5),
      ],
      ['a malformed token', async () => 'not-a-jwt'],
      [
        'a token signed with another key',
        async () =>
          new SignJWT({ agency: 'CIVIL_AFFAIRS', region: '630000', roles: ['ADMIN'] })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('mallory')
            .setIssuer('dibao-hub')
            .setAudience('dibao-api')
            .setExpirationTime('1h')
            .sign(new TextEncoder().encode('x'.repeat(40))),
      ],
    ])('refuses %s with 401 UNAUTHENTICATED', async (_label, makeToken) => {
      const response = await hub.query(`{ me { subject } }`, {}, await makeToken());
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.errors?.[0]?.message).toMatch(/Token refused.*令牌被拒绝/);
    });

    it("keeps a county out of another county's officials", async () => {
      const datong = await hub.token({ region: '630121', roles: ['VIEWER'] });
      const forbidden = await hub.query(
        `{ officials(under: "630102") { totalCount edges { node { name } } } }`,
        {},
        datong,
      );
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(forbidden.data?.officials ?? null).toBeNull();

      const filtered = await hub.query<{ agency: { officials: unknown[] } }>(
        `{ agency(id: "630102:CIVIL_AFFAIRS") { officials { name } } }`,
        {},
        datong,
      );
      expect(filtered.data?.agency.officials).toEqual([]);

      const own = await hub.query<{ agency: { officials: unknown[] } }>(
        `{ agency(id: "630121:CIVIL_AFFAIRS") { officials { name } } }`,
        {},
        datong,
      );
      expect(own.data?.agency.officials.length).toBeGreaterThan(0);
    });
  });

  describe('subgraphs', () => {
    it('refuse callers other than the gateway', async () => {
      const registryUrl = hub.runtime.subgraphs.find((subgraph) => subgraph.name === 'registry')!.url;
      const direct = await postGraphQL(registryUrl, { query: '{ _service { sdl } }' });
      expect(direct.status).toBe(401);
      expect(direct.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // Forged claims in the body do not help without the secret.
      const forged = await postGraphQL(registryUrl, {
        query: '{ me { subject } }',
        extensions: { jwt: { payload: { sub: 'x', agency: 'CIVIL_AFFAIRS', region: '630000', roles: ['ADMIN'] } } },
      });
      expect(forged.status).toBe(401);
      const withSecret = await postGraphQL(
        registryUrl,
        { query: '{ _service { sdl } }' },
        { 'x-gateway-secret': hub.gatewaySecret },
      );
      expect(withSecret.status).toBe(200);
    });
  });

  describe('errors', () => {
    it('carry a code and a message in English and Chinese', async () => {
      const response = await hub.query(`{ regions(first: 1000) { totalCount } }`);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.messages).toEqual({
        en: expect.stringContaining('first'),
        zh: expect.stringContaining('first'),
      });
      expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|at .*\.js/);
    });

    it('refuse documents deeper than the limit', async () => {
      const deep = `{ region(code: "630000") { ${'children { '.repeat(12)} code ${'} '.repeat(12)} } }`;
      const response = await hub.query(deep);
      expect(response.errors?.[0]?.message).toMatch(/depth/i);
      expect(response.data ?? null).toBeNull();
    });

    it('refuse cross-site simple requests (CSRF prevention)', async () => {
      const response = await fetch(`${hub.gatewayUrl}?query=${encodeURIComponent('{ me { subject } }')}`);
      expect(response.status).toBe(403);
    });
  });

  describe('writes', () => {
    it('creates an official and reads it back across the supergraph', async () => {
      const admin = await hub.token({ region: '630100', roles: ['ADMIN'] });
      const created = await hub.query<{ createOfficial: { id: string } }>(
        `mutation($input: NewOfficialInput!) { createOfficial(input: $input) { id } }`,
        {
          input: {
            agencyId: '630121:CIVIL_AFFAIRS',
            name: '马晓兰',
            position: '低保股股长',
            positionEn: 'Head, Dibao Section',
            cadreLevel: 'COUNTY_MANAGED',
          },
        },
        admin,
      );
      expect(created.errors).toBeUndefined();
      const read = await hub.query(
        `query($id: ID!) { official(id: $id) { name agency { name region { name parent { name } } } } }`,
        { id: created.data?.createOfficial.id },
        admin,
      );
      expect(read.data).toEqual({
        official: {
          name: '马晓兰',
          agency: {
            name: '大通回族土族自治县民政局',
            region: { name: '大通回族土族自治县', parent: { name: '西宁市' } },
          },
        },
      });
    });
  });

  describe('DataLoader batching', () => {
    const nested = `query($first: Int!) { regions(level: PREFECTURE, first: $first) { edges { node {
      name parent { name } ancestors { code }
      children { name agencies { name region { code } } children { name } }
    } } } }`;

    async function statementsFor(first: number): Promise<{ statements: number; counties: number }> {
      const before = totalStatements();
      const response = await hub.query<{ regions: { edges: Array<{ node: { children: unknown[] } }> } }>(nested, {
        first,
      });
      expect(response.errors).toBeUndefined();
      const counties = response.data!.regions.edges.reduce((sum, edge) => sum + edge.node.children.length, 0);
      return { statements: totalStatements() - before, counties };
    }

    it('keeps the SQL statements per request flat as rows grow', async () => {
      const one = await statementsFor(1);
      const all = await statementsFor(8);
      expect(all.counties).toBeGreaterThan(one.counties * 4);
      expect(all.statements).toBe(one.statements);
      expect(all.statements).toBeLessThanOrEqual(10);
    });
  });
});
