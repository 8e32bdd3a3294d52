import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCounterFor, verifyAuditChain } from '@dibao/db';
import { demoBulletins, demoReporting, loadRegions } from '@dibao/seed';
import { systemActor } from '@dibao/server';
import { importBulletins } from '@dibao/bulletins';
import { draftWithItem, ISSUE, provincialReviewer, startBulletinsHarness, type BulletinsHarness } from './harness.js';

const STORY = `{ publishedBulletins(year: 2025) { edges { node { documentNumber status title
  items { kind category regionCode publicText } } } } }`;

describe('importing the demo data', () => {
  let hub: BulletinsHarness;
  let summary: Awaited<ReturnType<typeof importBulletins>>;
  const regions = loadRegions();
  const demo = demoBulletins(regions, demoReporting(regions));
  beforeAll(async () => {
    hub = await startBulletinsHarness('bulletins_import');
    summary = await importBulletins(hub.dataSource, demo, systemActor('test'));
  });
  afterAll(async () => hub?.stop());

  it('loads everything, with one audit record per kind and an intact chain', async () => {
    expect(summary).toEqual({
      documentPrefixes: demo.documentPrefixes.length,
      bulletins: demo.bulletins.length,
      items: demo.bulletins.reduce((total, bulletin) => total + bulletin.items.length, 0),
      assessments: demo.assessments.length,
      allocations: demo.assessments.reduce((total, assessment) => total + assessment.allocations.length, 0),
    });
    // The province's three, and Haidong's own of its counties.
    expect(demo.assessments.map((assessment) => assessment.provinceCode).sort()).toEqual([
      '630000',
      '630000',
      '630000',
      '630200',
      '630200',
    ]);
    expect(await hub.count(`SELECT count(*) AS n FROM audit_record WHERE action = 'IMPORT'`)).toBe(5);
    expect((await verifyAuditChain(hub.dataSource, 'bulletins')).ok).toBe(true);
  });

  it('publishes the story bulletin: 青民发〔2025〕3号 criticises Datong and commends Haidong', async () => {
    const published = await hub.run(STORY, null);
    const story = published.data?.publishedBulletins.edges
      .map((edge: any) => edge.node)
      .find((node: any) => node.documentNumber === '青民发〔2025〕3号');
    expect(story.status).toBe('PUBLISHED');
    expect(story.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'CRITICISM', regionCode: '630121' }),
        expect.objectContaining({ kind: 'COMMENDATION', category: 'INNOVATION', regionCode: '630200' }),
      ]),
    );
  });

  it('continues the numbering after the imported documents', async () => {
    hub.clock.now = new Date('2025-12-31T09:00:00Z');
    const issued = await hub.run(ISSUE, provincialReviewer, { id: await draftWithItem(hub) });
    const imported2025 = demo.bulletins.filter((bulletin) => bulletin.documentYear === 2025).length;
    expect(issued.data?.issueBulletin.documentNumber).toBe(`青民发〔2025〕${imported2025 + 1}号`);
  });

  it('keeps the statuses: an issued bulletin and a draft stay internal', async () => {
    const statuses = await hub.dataSource.query(
      `SELECT status, count(*)::int AS n FROM bulletin GROUP BY status ORDER BY status`,
    );
    expect(statuses.map((row: any) => row.status)).toEqual(['DRAFT', 'ISSUED', 'PUBLISHED']);
    const everyone = await hub.run(`{ publishedBulletins { totalCount } }`, null);
    expect(everyone.data?.publishedBulletins.totalCount).toBe(
      demo.bulletins.filter((bulletin) => bulletin.status === 'PUBLISHED').length,
    );
  });

  it('scores each year with the subgraph arithmetic: published years are public, the open year is not', async () => {
    const READ = `query($year: Int!) { assessment(year: $year, province: "630000") { status inputsHash
      scores { regionCode score rank } } allocations(year: $year, province: "630000") { status poolFen method lines { amountFen } } }`;
    const settled = await hub.run(READ, null, { year: 2024 });
    expect(settled.data?.assessment.status).toBe('PUBLISHED');
    expect(settled.data?.assessment.scores).toHaveLength(8);
    expect(settled.data?.assessment.scores[0].rank).toBe(1);
    const [allocation] = settled.data?.allocations ?? [];
    expect(allocation.status).toBe('PUBLISHED');
    expect(allocation.lines.reduce((total: number, line: any) => total + line.amountFen, 0)).toBe(allocation.poolFen);

    expect((await hub.run(READ, null, { year: 2025 })).data).toEqual({ assessment: null, allocations: [] });
    const open = await hub.run(READ, provincialReviewer, { year: 2025 });
    expect(open.data?.assessment.status).toBe('COMPUTED');
    expect(open.data?.allocations).toEqual([
      expect.objectContaining({ status: 'FINALISED', method: 'REWARD_IN_LIEU_OF_SUBSIDY' }),
    ]);
    expect(open.data?.allocations[0].lines.reduce((total: number, line: any) => total + line.amountFen, 0)).toBe(
      open.data?.allocations[0].poolFen,
    );
  });

  it('sends as many SQL statements for every bulletin as for a few (DataLoaders)', async () => {
    const NESTED = `query($year: Int) { bulletins(year: $year, first: 100) { totalCount edges { node { documentNumber
      items { regionCode summary bulletin { title } evidence { kind region { code } incident { id } } } } } }
      a: _entities(representations: [{ __typename: "Region", code: "630100" }, { __typename: "Region", code: "632800" }]) {
        ... on Region { bulletinItems { edges { node { publicText } } } assessment(year: 2024) { score indicators { code contribution } } } } }`;
    const counter = statementCounterFor('bulletins');
    const statements = async (year: number | null) => {
      const before = counter.total;
      const result = await hub.run(NESTED, provincialReviewer, { year });
      expect(result.errors).toBeUndefined();
      return { statements: counter.total - before, bulletins: result.data?.bulletins.totalCount as number };
    };
    const few = await statements(2024);
    const all = await statements(null);
    expect(all.bulletins).toBeGreaterThan(few.bulletins);
    expect(all.statements).toBe(few.statements);
  });
});
