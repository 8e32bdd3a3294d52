import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCounterFor } from '@dibao/db';
import { rectificationStatusValues } from '@dibao/domain';
import { importOversight } from '@dibao/oversight';
import { demoOversight, loadRegions, type DemoOversight } from '@dibao/seed';
import { systemActor } from '@dibao/server';
import {
  datongReporter,
  EVIDENCE,
  principal,
  PROGRESS,
  RECHECK,
  startOversightHarness,
  type OversightHarness,
} from './harness.js';

const STORY = `{ findings(under: "630121", year: 2025, category: EQUAL_SPLITTING) { totalCount edges { node {
  id status reopenedCount deadline overdue foundBy region { code } inspection { organiser { id } targetRegions { code } }
  history { kind statusAfter recordedBy } } } } }`;

describe('the demo data in the subgraph', () => {
  let hub: OversightHarness;
  let demo: DemoOversight;
  beforeAll(async () => {
    hub = await startOversightHarness('oversight_demo');
    demo = demoOversight(loadRegions());
    hub.clock.now = demo.asOf;
    const summary = await importOversight(hub.dataSource, demo, systemActor('test'));
    expect(summary.findings).toBe(demo.findings.length);
  });
  afterAll(async () => hub?.stop());

  it("holds the story: Datong's equal splitting, reported fixed, found not fixed by another inspector", async () => {
    const province = principal('630000', ['VIEWER']);
    const story = (await hub.ok(STORY, province)).findings;
    expect(story.totalCount).toBe(1);
    const finding = story.edges[0].node;
    expect(finding).toMatchObject({
      status: 'RECTIFYING',
      reopenedCount: 1,
      overdue: true,
      inspection: { organiser: { id: '630000:CIVIL_AFFAIRS' } },
    });
    expect(finding.region.code.startsWith('630121')).toBe(true);
    expect(finding.inspection.targetRegions).toContainEqual({ code: '630121' });
    expect(finding.history.map((event: any) => event.kind)).toEqual([
      'PLAN_SET',
      'PROGRESS',
      'REPORTED_FIXED',
      'RECHECK_FAILED',
    ]);
    const recheck = finding.history.at(-1);
    expect(recheck.recordedBy).not.toBe(finding.foundBy);
    expect(finding.history[2].recordedBy).toBe('reporter:630121:1');

    // The story goes on through the API: Datong reports it fixed again; the finder may not sign it off.
    await hub.ok(PROGRESS, datongReporter, {
      input: { findingId: finding.id, note: '低保金已全部按核定金额发放到户。', claimFixed: true, evidence: EVIDENCE },
    });
    const finder = principal('630000', ['INSPECTOR'], 'CIVIL_AFFAIRS', finding.foundBy);
    const bySelf = await hub.run(RECHECK, finder, { input: { findingId: finding.id, verified: true, note: '到位。' } });
    expect(bySelf.code).toBe('FORBIDDEN');
    const other = principal('630000', ['INSPECTOR'], 'CIVIL_AFFAIRS', 'inspector:630000:99');
    const checked = await hub.ok(RECHECK, other, { input: { findingId: finding.id, verified: true, note: '到位。' } });
    expect(checked.recheckFinding.status).toBe('VERIFIED');
  });

  it('has findings in every rectification state, overdue ones among them', async () => {
    const statuses = await hub.dataSource.query(`SELECT DISTINCT status FROM finding`);
    expect(statuses.map((row: { status: string }) => row.status).sort()).toEqual([...rectificationStatusValues].sort());
    const overdue = await hub.ok(
      `{ findings(under: "630000", overdue: true) { totalCount } }`,
      principal('630000', ['VIEWER']),
    );
    expect(overdue.findings.totalCount).toBeGreaterThanOrEqual(2);
    const stats = await hub.ok(
      `{ _entities(representations: [{ __typename: "Region", code: "630000" }]) { ... on Region {
        oversightStats(year: 2023) { findings verified closedNotFixed rectificationRate } } } }`,
      principal('630000', ['VIEWER']),
    );
    const settled = stats._entities[0].oversightStats;
    expect(settled.findings).toBeGreaterThan(0);
    expect(settled.verified + settled.closedNotFixed).toBe(settled.findings);
  });

  it('sends as many SQL statements for the whole province as for one prefecture (DataLoaders)', async () => {
    const counter = statementCounterFor('oversight');
    const province = principal('630000', ['VIEWER']);
    const statementsFor = async (codes: string[]) => {
      const before = counter.total;
      const representations = codes.map((code) => ({ __typename: 'Region', code }));
      await hub.ok(
        `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Region {
          oversightStats(year: 2024) { findings }
          inspections { edges { node { id conclusion distributions { recipient } findings { edges { node { id } } } } } }
          findings { edges { node { id overdue inspection { id } history { kind } } } } } } }`,
        province,
        { representations },
      );
      return counter.total - before;
    };
    const regions = loadRegions();
    const counties = regions.filter((region) => region.level === 'COUNTY').map((region) => region.code);
    const xiningCounties = counties.filter((code) => code.startsWith('6301'));
    expect(counties).toHaveLength(45);
    expect(await statementsFor(counties)).toBe(await statementsFor(xiningCounties));
  });
});
