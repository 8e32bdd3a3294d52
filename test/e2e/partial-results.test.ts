import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isLeafType,
  isNonNullType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';

/**
 * Region fields anyone may read: the registry's (the implementing rules included: a citizen is to know the deadlines
 * a region promised), and what bulletins publish. Every other one needs a token.
 */
const PUBLIC_REGION_FIELDS = new Set([
  'code',
  'name',
  'nameEn',
  'level',
  'parentCode',
  'levelLabel',
  'parent',
  'children',
  'ancestors',
  'agencies',
  'rules',
  'ruleHistory',
  'bulletinItems',
  'assessment',
]);

/**
 * Root fields anyone may call: public lookups, each answering public data only without a token (published
 * bulletins, assessments and allocations, a complaint's status by its receipt code, the region tree, a challenge
 * for filing online).
 */
const PUBLIC_ROOT_FIELDS = new Set([
  'me',
  'region',
  'regions',
  'agency',
  'bulletin',
  'bulletins',
  'publishedBulletins',
  'documentPrefix',
  'complaintStatus',
  // A challenge for filing online: terms and a signature, nothing about anyone.
  'complaintChallenge',
  'assessment',
  'assessmentScheme',
  'allocation',
  'allocations',
  'accountabilityCompetentBodies',
  '_service',
  '_entities',
]);

describe('a refusal costs the caller only the refused field, through the gateway', () => {
  let hub: TestHub;
  let schema: GraphQLSchema;
  let chengdong: string;

  beforeAll(async () => {
    hub = await startTestHub('e2e_partial');
    schema = buildClientSchema((await hub.query<IntrospectionQuery>(getIntrospectionQuery())).data!);
    chengdong = await hub.token({ region: '630102', roles: ['VIEWER'] });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('answers the permitted alias of a root field and refuses the other at its own path', async () => {
    const response = await hub.query<{ a: { totalCount: number } | null; b: unknown }>(
      `{ a: findings(under: "630102") { totalCount } b: findings(under: "630103") { totalCount } }`,
      {},
      chengdong,
    );
    expect(response.status).toBe(200);
    expect(response.data?.a?.totalCount).toEqual(expect.any(Number));
    expect(response.data?.b).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({ path: ['b'], extensions: { code: 'FORBIDDEN' } });
    expect(response.errors?.[0]?.message).toMatch(/scope.* \/ .*管辖/);
  });

  it("keeps a region's other fields when one field of another subgraph is refused", async () => {
    const response = await hub.query<{ region: Record<string, unknown> | null }>(
      `{ region(code: "630103") { name code oversightStats(year: 2025) { findings } } }`,
      {},
      chengdong,
    );
    expect(response.data?.region).toEqual({ name: '城中区', code: '630103', oversightStats: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({
      path: ['region', 'oversightStats'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('refuses several subgraphs side by side and answers the rest', async () => {
    const response = await hub.query<{ own: Record<string, unknown>; other: Record<string, unknown> }>(
      `{ own: region(code: "630102") { name complaintStats(year: 2025) { year } accountabilityStats(year: 2025) { year } }
         other: region(code: "630103") { name complaintStats(year: 2025) { year } accountabilityStats(year: 2025) { year } } }`,
      {},
      chengdong,
    );
    expect(response.data?.own).toEqual({
      name: '城东区',
      complaintStats: { year: 2025 },
      accountabilityStats: { year: 2025 },
    });
    expect(response.data?.other).toEqual({ name: '城中区', complaintStats: null, accountabilityStats: null });
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual(
      expect.arrayContaining([
        [['other', 'complaintStats'], 'FORBIDDEN'],
        [['other', 'accountabilityStats'], 'FORBIDDEN'],
      ]),
    );
    expect(response.errors).toHaveLength(2);
  });

  it('reports each refused region of a list at its own index', async () => {
    const response = await hub.query<{ region: { children: Array<{ code: string; complaintStats: unknown }> } }>(
      `{ region(code: "630100") { children { code complaintStats(year: 2025) { year } } } }`,
      {},
      chengdong,
    );
    const children = response.data!.region.children;
    const refused = children.flatMap((child, index) => (child.code === '630102' ? [] : [index]));
    expect(children.find((child) => child.code === '630102')?.complaintStats).toEqual({ year: 2025 });
    expect(refused.every((index) => children[index]!.complaintStats === null)).toBe(true);
    expect(response.errors?.map((error) => error.path)).toEqual(
      refused.map((index) => ['region', 'children', index, 'complaintStats']),
    );
    for (const [position, index] of refused.entries()) {
      expect(response.errors?.[position]?.message).toContain(children[index]!.code);
    }
  });

  it('answers an anonymous caller UNAUTHENTICATED, at its own path, for every Region field that needs a token', async () => {
    const region = schema.getType('Region') as import('graphql').GraphQLObjectType;
    const guarded = Object.values(region.getFields()).filter((field) => !PUBLIC_REGION_FIELDS.has(field.name));
    expect(guarded.map((field) => field.name)).toEqual(
      expect.arrayContaining(['findings', 'inspections', 'annualReports', 'incidents', 'complaints']),
    );
    for (const field of guarded) {
      const args = field.args
        .filter((argument) => isNonNullType(argument.type))
        // Years are Int; months (Region.monitoring's from and to) are strings.
        .map((argument) => `${argument.name}: ${String(argument.type).startsWith('String') ? '"2025-01"' : '2025'}`)
        .join(', ');
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      const response = await hub.query<{ region: Record<string, unknown> }>(
        `{ region(code: "630102") { name ${field.name}${args ? `(${args})` : ''}${selection} } }`,
      );
      const context = `Region.${field.name}: ${JSON.stringify(response)}`;
      expect(response.data?.region, context).toEqual({ name: '城东区', [field.name]: null });
      expect(response.errors, context).toHaveLength(1);
      expect(response.errors?.[0], context).toMatchObject({
        path: ['region', field.name],
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('answers an anonymous caller UNAUTHENTICATED for every root field that needs a token', async () => {
    const guarded = Object.values(schema.getQueryType()!.getFields()).filter(
      (field) => !PUBLIC_ROOT_FIELDS.has(field.name),
    );
    expect(guarded.length).toBeGreaterThan(15);
    const valueFor = (type: string, name: string) =>
      type.startsWith('Int')
        ? '2025'
        : type.startsWith('AccountabilitySubjectInput')
          ? '{}'
          : name === 'id'
            ? '"00000000-0000-4000-8000-000000000000"'
            : '"630102"';
    for (const field of guarded) {
      const args = field.args
        .filter((argument) => isNonNullType(argument.type))
        .map((argument) => `${argument.name}: ${valueFor(String(argument.type), argument.name)}`)
        .join(', ');
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      const response = await hub.query(`{ ${field.name}${args ? `(${args})` : ''}${selection} }`);
      const context = `Query.${field.name}: ${JSON.stringify(response)}`;
      expect(response.data, context).toEqual({ [field.name]: null });
      expect(response.errors?.[0], context).toMatchObject({
        path: [field.name],
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('pages the lists of a region as Relay connections', async () => {
    const province = await hub.token({ region: '630000', roles: ['VIEWER'] });
    const page = `query($after: String) { region(code: "630121") {
      findings(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
      annualReports(first: 1) { totalCount edges { node { year } } }
      inspections(first: 1) { totalCount edges { node { id } } }
      incidents(first: 1) { totalCount edges { node { id } } } } }`;
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: Array<{ node: { id: string } }>;
    };
    const first = await hub.query<{
      region: { findings: Page; annualReports: { totalCount: number; edges: Array<{ node: { year: number } }> } };
    }>(page, {}, province);
    expect(first.errors).toBeUndefined();
    const findings = first.data!.region.findings;
    expect(findings.totalCount).toBeGreaterThan(1);
    expect(findings.edges).toHaveLength(1);
    expect(findings.pageInfo.hasNextPage).toBe(true);
    const second = await hub.query<{ region: { findings: Page } }>(
      page,
      { after: findings.pageInfo.endCursor },
      province,
    );
    expect(second.data!.region.findings.edges[0]!.node.id).not.toBe(findings.edges[0]!.node.id);
    expect(second.data!.region.findings.totalCount).toBe(findings.totalCount);
    // Newest report first.
    const reports = first.data!.region.annualReports;
    expect(reports.totalCount).toBeGreaterThan(1);
    expect(reports.edges[0]!.node.year).toBe(2025);
  });
});
