import { graphql, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@dibao/auth';
import { verifyAuditChain } from '@dibao/db';
import { demoAgencies, demoOfficials, loadRegions, loadVillages } from '@dibao/seed';
import { systemActor } from '@dibao/server';
import { importRegistry, registry } from '@dibao/registry';
import { freshDatabase, subgraphDataSource } from '../../../../test/support/database.js';

const datongAdmin: Principal = { subject: 'admin', agency: 'CIVIL_AFFAIRS', region: '630121', roles: ['ADMIN'] };
const datongReporter: Principal = { ...datongAdmin, subject: 'reporter', roles: ['REPORTER'] };

describe('registry subgraph against PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let dataSource: DataSource;
  let schema: GraphQLSchema;

  /** Executes on the subgraph schema with a fresh context, as one request would. */
  async function run(source: string, principal: Principal | null = null, variableValues?: Record<string, unknown>) {
    const contextValue = registry.createContext(dataSource);
    contextValue.principal = principal;
    const result = await graphql({ schema, source, contextValue, variableValues });
    return { data: result.data as Record<string, any> | null | undefined, errors: result.errors };
  }
  const codeOf = (result: Awaited<ReturnType<typeof run>>) => result.errors?.[0]?.extensions.code;
  const count = async (table: string) =>
    ((await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }])[0].n;

  beforeAll(async () => {
    database = await freshDatabase('registry');
    dataSource = await subgraphDataSource(database.url, {
      schema: 'registry',
      entities: registry.entities,
      migrations: registry.migrations,
    });
    const regions = loadRegions();
    const agencies = demoAgencies(regions);
    await importRegistry(
      dataSource,
      { regions, villages: loadVillages(), agencies, officials: demoOfficials(regions, agencies) },
      systemActor('test'),
    );
    schema = (await registry.buildSchema()).schema;
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  describe('import', () => {
    it('loads Qinghai from the division data', async () => {
      const levels = (await dataSource.query(
        `SELECT level, count(*)::int AS n FROM region GROUP BY level ORDER BY n`,
      )) as Array<{ level: string; n: number }>;
      expect(Object.fromEntries(levels.map((row) => [row.level, row.n]))).toEqual({
        PROVINCE: 1,
        PREFECTURE: 8,
        COUNTY: 45,
        TOWNSHIP: 422,
        VILLAGE: 4716,
      });
    });

    it('can run again without duplicating anything', async () => {
      const before = [await count('region'), await count('agency'), await count('official')];
      const regions = loadRegions();
      const agencies = demoAgencies(regions);
      const summary = await importRegistry(
        dataSource,
        { regions, villages: loadVillages(), agencies, officials: demoOfficials(regions, agencies) },
        systemActor('test'),
      );
      expect(summary.officials).toBe(0);
      expect([await count('region'), await count('agency'), await count('official')]).toEqual(before);
    });
  });

  describe('regions', () => {
    it('answers a region with its relations', async () => {
      const { data, errors } = await run(`{
        region(code: "630102") { code name nameEn level levelLabel { zh en } parent { code name }
          ancestors { code } children { code level } agencies(kind: CIVIL_AFFAIRS) { id name kindLabel { zh } } }
      }`);
      expect(errors).toBeUndefined();
      expect(data?.region).toMatchObject({
        code: '630102',
        name: '城东区',
        nameEn: 'Chengdong District',
        level: 'COUNTY',
        levelLabel: { zh: expect.stringContaining('县'), en: expect.any(String) },
        parent: { code: '630100', name: '西宁市' },
        ancestors: [{ code: '630000' }, { code: '630100' }],
        agencies: [{ id: '630102:CIVIL_AFFAIRS', name: '城东区民政局', kindLabel: { zh: expect.any(String) } }],
      });
      expect(data?.region.children.length).toBeGreaterThan(0);
      expect(data?.region.children.every((child: { level: string }) => child.level === 'TOWNSHIP')).toBe(true);
    });

    it('answers a village with its township, ancestors and English name', async () => {
      const { data, errors } = await run(`{
        region(code: "630121100201") { code name nameEn level levelLabel { en } parent { code level children { level } }
          ancestors { code } children { code } agencies { id } }
      }`);
      expect(errors).toBeUndefined();
      expect(data?.region).toMatchObject({
        code: '630121100201',
        name: '元树尔村委会',
        nameEn: "Yuanshu'er Village",
        level: 'VILLAGE',
        levelLabel: { en: 'Village' },
        parent: { code: '630121100', level: 'TOWNSHIP' },
        ancestors: [{ code: '630000' }, { code: '630100' }, { code: '630121' }, { code: '630121100' }],
        children: [],
        agencies: [],
      });
      expect(data?.region.parent.children.every((child: { level: string }) => child.level === 'VILLAGE')).toBe(true);
    });

    it('includes villages in subtree filters', async () => {
      const { data, errors } = await run(`{
        county: regions(level: VILLAGE, under: "630121", first: 500) { totalCount edges { node { code } } }
        province: regions(level: VILLAGE, under: "630000", first: 1) { totalCount }
      }`);
      expect(errors).toBeUndefined();
      const expected = loadVillages().filter((village) => village.code.startsWith('630121'));
      expect(data?.county.totalCount).toBe(expected.length);
      expect(data?.county.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual(
        expected.map((village) => village.code).slice(0, 500),
      );
      expect(data?.province.totalCount).toBe(4716);
    });

    it('returns null for an unknown code and BAD_USER_INPUT for a malformed one', async () => {
      expect((await run(`{ region(code: "639999") { code } }`)).data?.region).toBeNull();
      expect((await run(`{ region(code: "630121100999") { code } }`)).data?.region).toBeNull();
      expect(codeOf(await run(`{ region(code: "6301211002011") { code } }`))).toBe('BAD_USER_INPUT');
      expect(codeOf(await run(`{ region(code: "63-01") { code } }`))).toBe('BAD_USER_INPUT');
    });

    it('pages through a level with cursors', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const { data, errors } = await run(
          `query($after: String) { regions(level: COUNTY, under: "630000", first: 10, after: $after) {
             totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }`,
          null,
          { after },
        );
        expect(errors).toBeUndefined();
        expect(data?.regions.totalCount).toBe(45);
        seen.push(...data!.regions.edges.map((edge: { node: { code: string } }) => edge.node.code));
        if (!data?.regions.pageInfo.hasNextPage) break;
        after = data.regions.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(45);
      expect(new Set(seen).size).toBe(45);
      expect([...seen].sort()).toEqual(seen);
    });

    it('counts only the subtree below `under`', async () => {
      const { data } = await run(`{ regions(under: "630100", level: COUNTY) { totalCount } }`);
      expect(data?.regions.totalCount).toBe(7);
    });

    it('rejects bad paging and filter input', async () => {
      expect(codeOf(await run(`{ regions(first: 501) { totalCount } }`))).toBe('BAD_USER_INPUT');
      expect(codeOf(await run(`{ regions(after: "garbage") { totalCount } }`))).toBe('BAD_USER_INPUT');
      expect(codeOf(await run(`{ regions(under: "12") { totalCount } }`))).toBe('BAD_USER_INPUT');
      expect(codeOf(await run(`{ regions(under: "639900") { totalCount } }`))).toBe('NOT_FOUND');
    });
  });

  describe('officials and scope', () => {
    it('needs a principal', async () => {
      expect(codeOf(await run(`{ officials { totalCount } }`))).toBe('UNAUTHENTICATED');
      const anonymous = await run(`{ agency(id: "630121:CIVIL_AFFAIRS") { name officials { name } } }`);
      expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    });

    it("shows officials of the caller's subtree only", async () => {
      const own = await run(`{ officials { totalCount edges { node { regionCode cadreLevel } } } }`, datongReporter);
      expect(own.errors).toBeUndefined();
      expect(own.data?.officials.totalCount).toBeGreaterThan(3);
      for (const edge of own.data?.officials.edges ?? []) expect(edge.node.regionCode.startsWith('630121')).toBe(true);

      const other = await run(`{ agency(id: "630102:CIVIL_AFFAIRS") { name officials { name } } }`, datongReporter);
      expect(other.data?.agency).toEqual({ name: '城东区民政局', officials: [] });

      expect(codeOf(await run(`{ officials(under: "630102") { totalCount } }`, datongReporter))).toBe('FORBIDDEN');
    });

    it('lets a prefecture see its counties', async () => {
      const xining = { ...datongReporter, region: '630100' };
      const { data } = await run(`{ officials(under: "630121") { totalCount } }`, xining);
      expect(data?.officials.totalCount).toBeGreaterThan(3);
    });
  });

  describe('writes', () => {
    const create = `mutation($input: NewOfficialInput!) {
      createOfficial(input: $input) { id name cadreLevel regionCode agency { id } } }`;
    const input = {
      agencyId: '630121:CIVIL_AFFAIRS',
      name: '测试员',
      position: '科员',
      positionEn: 'Clerk',
      cadreLevel: 'COUNTY_MANAGED',
    };

    it('creates an official with an audit record', async () => {
      const auditBefore = await count('audit_record');
      const { data, errors } = await run(create, datongAdmin, { input });
      expect(errors).toBeUndefined();
      expect(data?.createOfficial).toMatchObject({
        name: '测试员',
        regionCode: '630121',
        agency: { id: input.agencyId },
      });
      const [record] = (await dataSource.query(
        `SELECT action, entity_id, actor, after FROM audit_record ORDER BY seq DESC LIMIT 1`,
      )) as Array<{ action: string; entity_id: string; actor: { subject: string }; after: { name: string } }>;
      expect(record).toMatchObject({
        action: 'CREATE',
        entity_id: data?.createOfficial.id,
        actor: { subject: 'admin' },
      });
      expect(record?.after.name).toBe('测试员');
      expect(await count('audit_record')).toBe(auditBefore + 1);
    });

    it('changes nothing when refused', async () => {
      const before = [await count('official'), await count('audit_record')];
      expect(codeOf(await run(create, datongReporter, { input }))).toBe('FORBIDDEN');
      expect(codeOf(await run(create, datongAdmin, { input: { ...input, agencyId: '630102:CIVIL_AFFAIRS' } }))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await run(create, datongAdmin, { input: { ...input, name: '   ' } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await run(create, datongAdmin, { input: { ...input, name: 'x'.repeat(41) } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await run(create, datongAdmin, { input: { ...input, agencyId: '630121:NOPE' } }))).toBe(
        'NOT_FOUND',
      );
      expect([await count('official'), await count('audit_record')]).toEqual(before);
    });

    it('updates with before and after on record', async () => {
      const created = await run(create, datongAdmin, { input: { ...input, name: '王五' } });
      const id = created.data?.createOfficial.id as string;
      const { data, errors } = await run(
        `mutation($id: ID!) { updateOfficial(id: $id, changes: { position: "股长", active: false }) { position active } }`,
        datongAdmin,
        { id },
      );
      expect(errors).toBeUndefined();
      expect(data?.updateOfficial).toEqual({ position: '股长', active: false });
      const [record] = (await dataSource.query(
        `SELECT action, before, after FROM audit_record WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1`,
        [id],
      )) as Array<{ action: string; before: { position: string }; after: { position: string; active: boolean } }>;
      expect(record).toMatchObject({
        action: 'UPDATE',
        before: { position: '科员' },
        after: { position: '股长', active: false },
      });

      const empty = await run(`mutation($id: ID!) { updateOfficial(id: $id, changes: {}) { id } }`, datongAdmin, {
        id,
      });
      expect(codeOf(empty)).toBe('BAD_USER_INPUT');
      const malformed = await run(
        `mutation { updateOfficial(id: "nope", changes: { name: "x" }) { id } }`,
        datongAdmin,
      );
      expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    });

    it('keeps an intact audit chain', async () => {
      expect(await verifyAuditChain(dataSource, 'registry')).toMatchObject({ ok: true });
    });
  });
});
