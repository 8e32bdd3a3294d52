import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLOSE_NOT_FIXED,
  datongReporter,
  EVIDENCE,
  findingInput,
  findingWithPlan,
  inspectionUnderWay,
  principal,
  PROGRESS,
  provinceInspectorA,
  provinceInspectorB,
  RECHECK,
  RECORD,
  REOPEN,
  SET_PLAN,
  startOversightHarness,
  xiningInspector,
  type OversightHarness,
} from './harness.js';

const auditRecords = `SELECT count(*)::int AS n FROM audit_record`;

describe('rectification of findings', () => {
  let hub: OversightHarness;
  let inspectionId: string;
  beforeAll(async () => {
    hub = await startOversightHarness('oversight_rectification');
    inspectionId = await inspectionUnderWay(hub, ['630121', '630102']);
  });
  afterAll(async () => hub?.stop());

  const progress = (findingId: string, extra: Record<string, unknown> = {}, as = datongReporter) =>
    hub.run(PROGRESS, as, { input: { findingId, note: '已逐户核查，正在追回资金。', ...extra } });
  const recheck = (findingId: string, verified: boolean, as = provinceInspectorB) =>
    hub.run(RECHECK, as, { input: { findingId, verified, note: verified ? '整改到位。' : '仍有平均分配。' } });

  it('follows the story: deadline, reported fixed, re-check fails, back to rectifying; then verified', async () => {
    hub.clock.now = new Date('2025-09-10T02:00:00Z');
    const recorded = await hub.ok(RECORD, provinceInspectorA, { input: findingInput(inspectionId) });
    const id = recorded.recordFinding.id as string;
    expect(recorded.recordFinding).toMatchObject({ status: 'OPEN', deadline: null, foundBy: 'inspector:630000:1' });

    const planned = await hub.ok(SET_PLAN, provinceInspectorA, {
      input: { findingId: id, measures: '按核定金额发放到户。', deadline: '2025-11-30T15:59:59Z' },
    });
    expect(planned.setRectificationPlan).toMatchObject({ status: 'OPEN', deadline: '2025-11-30T15:59:59.000Z' });

    hub.clock.now = new Date('2025-10-01T02:00:00Z');
    const first = await progress(id, { fundsRecoveredFen: 1_000_000, evidence: EVIDENCE });
    expect(first.data?.recordRectificationProgress).toMatchObject({
      status: 'RECTIFYING',
      fundsRecoveredFen: 1_000_000,
    });

    hub.clock.now = new Date('2025-11-20T02:00:00Z');
    const claimed = await progress(id, { fundsRecoveredFen: 2_500_000, claimFixed: true, evidence: EVIDENCE });
    expect(claimed.data?.recordRectificationProgress).toMatchObject({
      status: 'REPORTED_FIXED',
      fundsRecoveredFen: 3_500_000,
    });

    hub.clock.now = new Date('2025-12-10T02:00:00Z');
    const failed = await recheck(id, false);
    expect(failed.data?.recheckFinding).toMatchObject({ status: 'RECTIFYING', reopenedCount: 1, overdue: true });

    // A new deadline, more work, a second claim, and an independent check that passes.
    await hub.ok(SET_PLAN, provinceInspectorB, {
      input: { findingId: id, measures: '全部资金发放到户，干部培训。', deadline: '2026-01-31T15:59:59Z' },
    });
    await progress(id, { claimFixed: true, evidence: EVIDENCE, householdsRemoved: 2 });
    const verified = await recheck(id, true);
    expect(verified.data?.recheckFinding).toMatchObject({
      status: 'VERIFIED',
      verifiedBy: 'inspector:630000:2',
      overdue: false,
      reopenedCount: 1,
      householdsRemoved: 2,
    });
    expect(verified.data?.recheckFinding.history.map((event: any) => event.kind)).toEqual([
      'PLAN_SET',
      'PROGRESS',
      'REPORTED_FIXED',
      'RECHECK_FAILED',
      'PLAN_SET',
      'REPORTED_FIXED',
      'RECHECK_PASSED',
    ]);

    // Reopened (the problem came back), then closed as not fixed, and reopened again.
    const reopened = await hub.ok(REOPEN, provinceInspectorB, { id, reason: '群众再次反映平均分配。' });
    expect(reopened.reopenFinding).toMatchObject({ status: 'RECTIFYING', reopenedCount: 2, verifiedBy: null });
    const closed = await hub.ok(CLOSE_NOT_FIXED, provinceInspectorA, { id, reason: '村干部拒不整改，移交纪委。' });
    expect(closed.closeFindingNotFixed).toMatchObject({ status: 'CLOSED_NOT_FIXED', overdue: false });
    const again = await hub.ok(REOPEN, provinceInspectorB, { id, reason: '纪委处理后恢复整改。' });
    expect(again.reopenFinding).toMatchObject({ status: 'RECTIFYING', reopenedCount: 3, closedReason: null });

    const audit = await hub.dataSource.query(
      `SELECT action FROM audit_record WHERE entity_type = 'Finding' AND entity_id = $1 ORDER BY seq`,
      [id],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'RECORD',
      'SET_PLAN',
      'PROGRESS',
      'REPORT_FIXED',
      'RECHECK_FAILED',
      'SET_PLAN',
      'REPORT_FIXED',
      'RECHECK_PASSED',
      'REOPEN',
      'CLOSE_NOT_FIXED',
      'REOPEN',
    ]);
  });

  it('refuses every illegal rectification move with CONFLICT and changes nothing', async () => {
    hub.clock.now = new Date('2025-09-10T02:00:00Z');
    const id = (await hub.ok(RECORD, provinceInspectorA, { input: findingInput(inspectionId) })).recordFinding.id;
    const reopen = () => hub.run(REOPEN, provinceInspectorB, { id, reason: '重新打开。' });
    const setPlan = () =>
      hub.run(SET_PLAN, provinceInspectorA, {
        input: { findingId: id, measures: '整改要求。', deadline: '2026-06-30T00:00:00Z' },
      });
    let audited = await hub.count(auditRecords);
    const unchanged = async () => expect(await hub.count(auditRecords)).toBe(audited);

    // OPEN without a plan: no progress yet; no re-check, no reopening.
    expect((await progress(id)).code).toBe('CONFLICT');
    expect((await recheck(id, true)).code).toBe('CONFLICT');
    expect((await reopen()).code).toBe('CONFLICT');
    await unchanged();
    // RECTIFYING: no re-check, no reopening.
    await setPlan();
    await progress(id);
    audited = await hub.count(auditRecords);
    expect((await recheck(id, true)).code).toBe('CONFLICT');
    expect((await reopen()).code).toBe('CONFLICT');
    await unchanged();
    // REPORTED_FIXED: no more progress, no new plan, no reopening.
    await progress(id, { claimFixed: true, evidence: EVIDENCE });
    audited = await hub.count(auditRecords);
    expect((await progress(id)).code).toBe('CONFLICT');
    expect((await progress(id, { claimFixed: true, evidence: EVIDENCE })).code).toBe('CONFLICT');
    expect((await setPlan()).code).toBe('CONFLICT');
    expect((await reopen()).code).toBe('CONFLICT');
    await unchanged();
    // VERIFIED: nothing but reopening.
    await recheck(id, true);
    audited = await hub.count(auditRecords);
    expect((await progress(id)).code).toBe('CONFLICT');
    expect((await recheck(id, true)).code).toBe('CONFLICT');
    expect((await setPlan()).code).toBe('CONFLICT');
    expect((await hub.run(CLOSE_NOT_FIXED, provinceInspectorA, { id, reason: '关闭。' })).code).toBe('CONFLICT');
    await unchanged();
    // CLOSED_NOT_FIXED: nothing but reopening.
    await reopen();
    await hub.ok(CLOSE_NOT_FIXED, provinceInspectorA, { id, reason: '无法整改。' });
    audited = await hub.count(auditRecords);
    expect((await progress(id)).code).toBe('CONFLICT');
    expect((await recheck(id, false)).code).toBe('CONFLICT');
    expect((await setPlan()).code).toBe('CONFLICT');
    expect((await hub.run(CLOSE_NOT_FIXED, provinceInspectorA, { id, reason: '再关闭。' })).code).toBe('CONFLICT');
    await unchanged();
    expect((await reopen()).data?.reopenFinding.status).toBe('RECTIFYING');
  });

  it('closes an OPEN finding without a plan, and reopens it to OPEN', async () => {
    const id = (await hub.ok(RECORD, provinceInspectorA, { input: findingInput(inspectionId) })).recordFinding.id;
    const closed = await hub.ok(CLOSE_NOT_FIXED, provinceInspectorA, { id, reason: '问题不成立以外的原因无法整改。' });
    expect(closed.closeFindingNotFixed.status).toBe('CLOSED_NOT_FIXED');
    const reopened = await hub.ok(REOPEN, provinceInspectorB, { id, reason: '重新整改。' });
    expect(reopened.reopenFinding).toMatchObject({ status: 'OPEN', deadline: null, reopenedCount: 1 });
  });

  it('lets only another inspector re-check or reopen a finding', async () => {
    hub.clock.now = new Date('2025-09-10T02:00:00Z');
    const id = await findingWithPlan(hub, inspectionId);
    await progress(id, { claimFixed: true, evidence: EVIDENCE });
    // The finder (same subject), even as ADMIN, may not sign off their own finding.
    expect((await recheck(id, true, provinceInspectorA)).code).toBe('FORBIDDEN');
    const finderAsAdmin = principal('630000', ['ADMIN'], 'CIVIL_AFFAIRS', 'inspector:630000:1');
    expect((await recheck(id, true, finderAsAdmin)).code).toBe('FORBIDDEN');
    // Inspectors below the organiser (Xining, Datong) are not independent of the inspected county.
    expect((await recheck(id, true, xiningInspector)).code).toBe('FORBIDDEN');
    expect((await recheck(id, true, principal('630121', ['INSPECTOR']))).code).toBe('FORBIDDEN');
    expect((await recheck(id, true, principal('630000', ['REVIEWER']))).code).toBe('FORBIDDEN');
    expect((await recheck(id, true, provinceInspectorB)).data?.recheckFinding.status).toBe('VERIFIED');
    expect((await hub.run(REOPEN, provinceInspectorA, { id, reason: '重新打开。' })).code).toBe('FORBIDDEN');
    expect((await hub.run(REOPEN, provinceInspectorB, { id, reason: '重新打开。' })).errors).toBeUndefined();
  });

  it("lets only the county's (or the township's) civil affairs or government report rectification", async () => {
    const id = await findingWithPlan(hub, inspectionId); // in township 630121204
    const countyFinding = await findingWithPlan(hub, inspectionId, '2025-11-30T15:59:59Z', {
      regionCode: '630121',
      responsibleAgencyId: '630121:CIVIL_AFFAIRS',
    });
    expect((await progress(id, {}, principal('630102', ['REPORTER']))).code).toBe('NOT_FOUND');
    expect((await progress(id, {}, principal('630100', ['REPORTER']))).code).toBe('FORBIDDEN');
    expect((await progress(id, {}, principal('630121', ['VIEWER']))).code).toBe('FORBIDDEN');
    expect((await progress(id, {}, principal('630121', ['REPORTER'], 'FINANCE'))).code).toBe('FORBIDDEN');
    expect((await progress(id, {}, principal('630121', ['INSPECTOR']))).code).toBe('FORBIDDEN');
    expect((await progress(id, {}, principal('630121', ['REPORTER'], 'GOVERNMENT'))).errors).toBeUndefined();
    expect((await progress(id, {}, principal('630121204', ['REPORTER'], 'GOVERNMENT'))).errors).toBeUndefined();
    expect((await progress(id, {}, principal('630121100', ['REPORTER']))).code).toBe('NOT_FOUND');
    // A county-level finding is the county's: its townships cannot see it.
    expect((await progress(countyFinding, {}, principal('630121204', ['REPORTER']))).code).toBe('NOT_FOUND');
    expect((await progress(countyFinding)).errors).toBeUndefined();
  });

  it('sums funds recovered and households removed or added over the progress reports', async () => {
    const id = await findingWithPlan(hub, inspectionId, '2025-11-30T15:59:59Z', { category: 'WRONGLY_EXCLUDED' });
    await progress(id, { fundsRecoveredFen: 120_000, householdsRemoved: 1, householdsAdded: 3 });
    const second = await progress(id, { fundsRecoveredFen: 80_000, householdsAdded: 2, evidence: EVIDENCE });
    expect(second.data?.recordRectificationProgress).toMatchObject({
      fundsRecoveredFen: 200_000,
      householdsRemoved: 1,
      householdsAdded: 5,
    });
    const rows = await hub.dataSource.query(
      `SELECT sum(funds_recovered_fen)::int AS funds, sum(households_added)::int AS added
         FROM rectification_event WHERE finding_id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ funds: 200_000, added: 5 });
  });

  it('refuses bad input: no evidence for a claim, past deadlines, unrelated responsible agencies', async () => {
    hub.clock.now = new Date('2025-09-10T02:00:00Z');
    const id = await findingWithPlan(hub, inspectionId);
    expect((await progress(id, { claimFixed: true })).code).toBe('BAD_USER_INPUT');
    expect((await progress(id, { evidence: ['not a link'] })).code).toBe('BAD_USER_INPUT');
    expect((await progress(id, { evidence: ['ftp://files.example.org/a.pdf'] })).code).toBe('BAD_USER_INPUT');
    expect((await progress(id, { fundsRecoveredFen: -1 })).code).toBe('BAD_USER_INPUT');
    expect((await progress(id, { note: ' ' })).code).toBe('BAD_USER_INPUT');
    const pastPlan = await hub.run(SET_PLAN, provinceInspectorA, {
      input: { findingId: id, measures: '整改。', deadline: '2025-09-01T00:00:00Z' },
    });
    expect(pastPlan.code).toBe('BAD_USER_INPUT');
    const record = (overrides: Record<string, unknown>) =>
      hub.run(RECORD, provinceInspectorA, { input: findingInput(inspectionId, overrides) });
    expect((await record({ responsibleAgencyId: '632200:GOVERNMENT' })).code).toBe('BAD_USER_INPUT');
    expect((await record({ responsibleAgencyId: '630121:NOT_A_KIND' })).code).toBe('BAD_USER_INPUT');
    expect((await record({ responsibleAgencyId: '630012:GOVERNMENT' })).code).toBe('BAD_USER_INPUT');
    expect((await record({ regionCode: '630012' })).code).toBe('BAD_USER_INPUT'); // well-shaped, not a code
    expect((await record({ regionCode: '632221' })).code).toBe('BAD_USER_INPUT'); // not a target
    expect((await record({ regionCode: '630100' })).code).toBe('BAD_USER_INPUT'); // a prefecture
    expect((await record({ deadline: '2026-03-31T15:59:59Z' })).code).toBe('BAD_USER_INPUT'); // without measures
    expect((await record({ householdsAffected: -3 })).code).toBe('BAD_USER_INPUT');
    // A value outside the enum fails variable coercion (Apollo Server reports it as BAD_USER_INPUT).
    expect((await record({ category: 'NOT_A_CATEGORY' })).errors?.[0].message).toMatch(/ProblemCategory/);
    expect((await record({ inspectionId: 'nope' })).code).toBe('BAD_USER_INPUT');
    expect(
      (await hub.run(RECHECK, provinceInspectorB, { input: { findingId: id, verified: true, note: '' } })).code,
    ).toBe('BAD_USER_INPUT');
    expect((await hub.run(CLOSE_NOT_FIXED, provinceInspectorA, { id, reason: ' ' })).code).toBe('BAD_USER_INPUT');
    expect((await hub.run(REOPEN, provinceInspectorB, { id: 'nope', reason: '原因。' })).code).toBe('NOT_FOUND');
  });
});
