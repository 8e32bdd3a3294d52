import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOversight } from '@dibao/oversight';
import { systemActor } from '@dibao/server';
import { importedFinding, importedInspection } from './fixture.js';
import {
  principal,
  provinceInspectorA,
  startOversightHarness,
  xiningInspector,
  type OversightHarness,
} from './harness.js';

const PROVINCIAL = '10000000-0000-4000-8000-000000000001';
const XINING_2024 = '10000000-0000-4000-8000-000000000002';
const PLANNED = '10000000-0000-4000-8000-000000000003';
const finding = (n: number) => `20000000-0000-4000-8000-00000000000${n}`;

const STATS = `query($code: ID!, $year: Int!) {
  _entities(representations: [{ __typename: "Region", code: $code }]) { ... on Region {
    oversightStats(year: $year) {
      year inspections findings verified closedNotFixed rectificationRate overdue reopened
      householdsAffected amountInvolvedFen fundsRecoveredFen householdsRemoved householdsAdded
      byCategory { category findings verified overdue label { zh } }
      byStatus { status findings }
    } } } }`;

describe('oversight statistics', () => {
  let hub: OversightHarness;
  beforeAll(async () => {
    hub = await startOversightHarness('oversight_stats');
    hub.clock.now = new Date('2025-12-01T00:00:00Z');
    await importOversight(
      hub.dataSource,
      {
        inspections: [
          importedInspection(PROVINCIAL, { organiserRegionCode: '630000', targetRegionCodes: ['630100', '632200'] }),
          importedInspection(XINING_2024, {
            organiserRegionCode: '630100',
            targetRegionCodes: ['630121'],
            periodStart: new Date('2024-06-01T00:00:00Z'),
            periodEnd: new Date('2024-06-20T00:00:00Z'),
          }),
          importedInspection(PLANNED, {
            organiserRegionCode: '630000',
            targetRegionCodes: ['632200'],
            status: 'PLANNED',
            startedAt: null,
            reportedAt: null,
            conclusion: null,
          }),
        ],
        findings: [
          importedFinding(finding(1), PROVINCIAL, {
            regionCode: '630121204',
            category: 'EQUAL_SPLITTING',
            status: 'VERIFIED',
            householdsAffected: 30,
            amountInvolvedFen: 1_000_000,
            fundsRecoveredFen: 800_000,
          }),
          importedFinding(finding(2), PROVINCIAL, {
            regionCode: '630121',
            category: 'WRONGLY_INCLUDED',
            status: 'RECTIFYING',
            householdsAffected: 5,
            amountInvolvedFen: 200_000,
            fundsRecoveredFen: 50_000,
            householdsRemoved: 2,
          }),
          importedFinding(finding(3), PROVINCIAL, {
            regionCode: '630102',
            category: 'WRONGLY_EXCLUDED',
            status: 'REPORTED_FIXED',
            householdsAffected: 4,
            householdsAdded: 4,
            deadline: new Date('2026-03-31T15:59:59Z'),
          }),
          importedFinding(finding(4), PROVINCIAL, {
            regionCode: '632221',
            category: 'FUND_MISMANAGEMENT',
            status: 'CLOSED_NOT_FIXED',
            householdsAffected: 10,
            amountInvolvedFen: 300_000,
            fundsRecoveredFen: 100_000,
          }),
          importedFinding(finding(5), PROVINCIAL, {
            regionCode: '630102',
            category: 'WRONGLY_INCLUDED',
            status: 'OPEN',
            householdsAffected: 1,
            amountInvolvedFen: 12_000,
          }),
          importedFinding(finding(6), XINING_2024, {
            regionCode: '630121',
            category: 'IRREGULAR_PROCEDURE',
            status: 'VERIFIED',
            reopenedCount: 1,
            foundAt: new Date('2024-06-05T01:00:00Z'),
          }),
        ],
      },
      systemActor('test'),
    );
  });
  afterAll(async () => hub?.stop());

  const stats = async (code: string, year: number, as = provinceInspectorA) =>
    (await hub.ok(STATS, as, { code, year }))._entities[0].oversightStats;

  it("adds up the province's findings of the year", async () => {
    expect(await stats('630000', 2025)).toEqual({
      year: 2025,
      inspections: 1, // the planned one does not count
      findings: 5,
      verified: 1,
      closedNotFixed: 1,
      rectificationRate: 0.2, // 1 verified of 5: the closed and the reported-fixed ones are not rectified
      overdue: 1, // the rectifying one; the open one has no deadline, the reported-fixed one is not yet due
      reopened: 0,
      householdsAffected: 50,
      amountInvolvedFen: 1_512_000,
      fundsRecoveredFen: 950_000,
      householdsRemoved: 2,
      householdsAdded: 4,
      byCategory: [
        { category: 'WRONGLY_INCLUDED', findings: 2, verified: 0, overdue: 1, label: { zh: '错保' } },
        { category: 'WRONGLY_EXCLUDED', findings: 1, verified: 0, overdue: 0, label: { zh: '漏保' } },
        { category: 'EQUAL_SPLITTING', findings: 1, verified: 1, overdue: 0, label: { zh: '平分低保金' } },
        { category: 'FUND_MISMANAGEMENT', findings: 1, verified: 0, overdue: 0, label: { zh: '资金管理使用问题' } },
      ],
      byStatus: [
        { status: 'OPEN', findings: 1 },
        { status: 'RECTIFYING', findings: 1 },
        { status: 'REPORTED_FIXED', findings: 1 },
        { status: 'VERIFIED', findings: 1 },
        { status: 'CLOSED_NOT_FIXED', findings: 1 },
      ],
    });
  });

  it('counts a subtree only, and the year of the inspection', async () => {
    expect(await stats('630100', 2025)).toMatchObject({
      inspections: 1,
      findings: 4,
      verified: 1,
      rectificationRate: 0.25,
      fundsRecoveredFen: 850_000,
      overdue: 1,
    });
    expect(await stats('630121', 2025)).toMatchObject({ findings: 2, rectificationRate: 0.5, inspections: 1 });
    expect(await stats('630121', 2024)).toMatchObject({
      findings: 1,
      verified: 1,
      rectificationRate: 1,
      reopened: 1,
      inspections: 1,
    });
    expect(await stats('632200', 2025)).toMatchObject({ findings: 1, closedNotFixed: 1, rectificationRate: 0 });
    const empty = await stats('630000', 2023);
    expect(empty).toMatchObject({ findings: 0, inspections: 0, rectificationRate: 0, byCategory: [] });
    expect(empty.byStatus.every((row: { findings: number }) => row.findings === 0)).toBe(true);
  });

  it('batches several regions in one request', async () => {
    const result = await hub.ok(
      `{ _entities(representations: [{ __typename: "Region", code: "630100" }, { __typename: "Region", code: "632200" }]) {
        ... on Region { code oversightStats(year: 2025) { findings } findings(year: 2025) { edges { node { id } } }
        inspections { edges { node { id } } } } } }`,
      provinceInspectorA,
    );
    expect(result._entities).toEqual([
      {
        code: '630100',
        oversightStats: { findings: 4 },
        findings: { edges: expect.any(Array) },
        inspections: { edges: [{ node: { id: PROVINCIAL } }, { node: { id: XINING_2024 } }] }, // newest first; Xining's targets Datong, inside
      },
      {
        code: '632200',
        oversightStats: { findings: 1 },
        findings: { edges: [{ node: { id: finding(4) } }] },
        inspections: { edges: [{ node: { id: PROVINCIAL } }, { node: { id: PLANNED } }] }, // the province sees its planned one too
      },
    ]);
    expect(result._entities[0].findings.edges).toHaveLength(4);
  });

  it('refuses statistics outside the caller scope', async () => {
    expect((await hub.run(STATS, xiningInspector, { code: '632200', year: 2025 })).code).toBe('FORBIDDEN');
    expect((await hub.run(STATS, null, { code: '630000', year: 2025 })).code).toBe('UNAUTHENTICATED');
    expect(await stats('630121', 2025, principal('630121', ['VIEWER']))).toMatchObject({ findings: 2 });
  });

  it('records one audit record per imported kind', async () => {
    const rows = await hub.dataSource.query(
      `SELECT entity_type, after FROM audit_record WHERE action = 'IMPORT' ORDER BY seq`,
    );
    expect(rows).toEqual([
      { entity_type: 'Inspection', after: { count: 3 } },
      { entity_type: 'Finding', after: { count: 6 } },
    ]);
  });
});
