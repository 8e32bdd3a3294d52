import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLOSE_NOT_FIXED,
  datongReporter,
  EVIDENCE,
  findingInput,
  findingWithPlan,
  inspectionUnderWay,
  PROGRESS,
  provinceInspectorA,
  provinceInspectorB,
  RECHECK,
  RECORD,
  startOversightHarness,
  type OversightHarness,
} from './harness.js';

const FINDING = `query($id: ID!) { finding(id: $id) { status overdue daysOverdue statusLabel { zh en } } }`;
const OVERDUE_LIST = `query($overdue: Boolean) {
  findings(under: "630121", overdue: $overdue) { totalCount edges { node { id } } } }`;

describe('deadlines and overdue findings, judged by the injectable clock', () => {
  let hub: OversightHarness;
  let inspectionId: string;
  beforeAll(async () => {
    hub = await startOversightHarness('oversight_overdue');
    inspectionId = await inspectionUnderWay(hub);
  });
  afterAll(async () => hub?.stop());

  const read = async (id: string) => (await hub.ok(FINDING, provinceInspectorA, { id })).finding;
  const idsListed = async (overdue: boolean | null) =>
    (await hub.ok(OVERDUE_LIST, provinceInspectorA, { overdue })).findings.edges.map((edge: any) => edge.node.id);

  it('turns overdue when the deadline passes unverified, counting days begun', async () => {
    hub.clock.now = new Date('2025-09-10T02:00:00Z');
    const id = await findingWithPlan(hub, inspectionId, '2025-11-30T15:59:59.999Z');
    hub.clock.now = new Date('2025-11-30T15:59:59.999Z');
    expect(await read(id)).toMatchObject({ status: 'OPEN', overdue: false, daysOverdue: 0 });
    hub.clock.now = new Date('2025-11-30T16:00:00Z'); // 1 December, 00:00 in Beijing
    expect(await read(id)).toEqual({
      status: 'OPEN',
      overdue: true,
      daysOverdue: 1,
      statusLabel: { zh: '待整改（已逾期）', en: 'Open (overdue)' },
    });
    hub.clock.now = new Date('2025-12-11T02:00:00Z');
    expect((await read(id)).daysOverdue).toBe(11);
    expect(await idsListed(true)).toContain(id);
    expect(await idsListed(false)).not.toContain(id);
    // The clock alone decides: back before the deadline it is not overdue.
    hub.clock.now = new Date('2025-11-01T02:00:00Z');
    expect((await read(id)).overdue).toBe(false);
    expect(await idsListed(true)).not.toContain(id);
  });

  it('keeps a finding reported fixed overdue until it is verified; verified or closed, never', async () => {
    hub.clock.now = new Date('2025-09-10T02:00:00Z');
    const claimed = await findingWithPlan(hub, inspectionId, '2025-10-31T15:59:59Z');
    const closed = await findingWithPlan(hub, inspectionId, '2025-10-31T15:59:59Z');
    const unplanned = (await hub.ok(RECORD, provinceInspectorA, { input: findingInput(inspectionId) })).recordFinding
      .id;
    await hub.ok(PROGRESS, datongReporter, {
      input: { findingId: claimed, note: '已整改完成。', claimFixed: true, evidence: EVIDENCE },
    });
    await hub.ok(CLOSE_NOT_FIXED, provinceInspectorA, { id: closed, reason: '无法整改，移交处理。' });

    hub.clock.now = new Date('2025-11-05T02:00:00Z');
    expect(await read(claimed)).toMatchObject({ status: 'REPORTED_FIXED', overdue: true, daysOverdue: 5 });
    expect(await read(closed)).toMatchObject({ status: 'CLOSED_NOT_FIXED', overdue: false, daysOverdue: 0 });
    expect(await read(unplanned)).toMatchObject({ status: 'OPEN', overdue: false });
    const notOverdue = await idsListed(false);
    expect(notOverdue).toEqual(expect.arrayContaining([closed, unplanned]));
    expect(notOverdue).not.toContain(claimed);
    expect(await idsListed(true)).toContain(claimed);

    await hub.ok(RECHECK, provinceInspectorB, { input: { findingId: claimed, verified: true, note: '已整改到位。' } });
    expect(await read(claimed)).toMatchObject({ status: 'VERIFIED', overdue: false, daysOverdue: 0 });
  });

  it('counts overdue findings in the statistics as of now', async () => {
    const stats = async () =>
      (
        await hub.ok(
          `query { _entities(representations: [{ __typename: "Region", code: "630121" }]) {
            ... on Region { oversightStats(year: 2025) { findings overdue } } } }`,
          provinceInspectorA,
        )
      )._entities[0].oversightStats;
    hub.clock.now = new Date('2025-09-20T02:00:00Z');
    expect((await stats()).overdue).toBe(0);
    hub.clock.now = new Date('2025-12-11T02:00:00Z');
    // The first test's finding (deadline 30 November) only: the others are verified, closed or without a plan.
    expect(await stats()).toEqual({ findings: 4, overdue: 1 });
  });
});
