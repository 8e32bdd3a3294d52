import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@dibao/auth';
import {
  CLOSE,
  CLOSE_NOT_FIXED,
  DISTRIBUTE,
  findingInput,
  PLAN,
  planInput,
  principal,
  provinceInspectorA,
  provinceInspectorB,
  RECORD,
  REPORT,
  START,
  startOversightHarness,
  xiningInspector,
  type OversightHarness,
} from './harness.js';

const provinceFinance = principal('630000', ['INSPECTOR'], 'FINANCE', 'inspector:630000:finance');
const provinceAudit = principal('630000', ['INSPECTOR'], 'AUDIT', 'inspector:630000:audit');
const auditRecords = `SELECT count(*)::int AS n FROM audit_record`;

describe('inspection workflow', () => {
  let hub: OversightHarness;
  beforeAll(async () => {
    hub = await startOversightHarness('oversight_inspections');
  });
  afterAll(async () => hub?.stop());

  it('goes PLANNED → IN_PROGRESS → REPORTED → distributed → CLOSED, audited at every step', async () => {
    const planned = await hub.ok(PLAN, provinceInspectorA, {
      input: planInput(['630121', '632200'], { partners: ['FINANCE', 'AUDIT'] }),
    });
    const inspection = planned.planInspection;
    expect(inspection).toMatchObject({
      status: 'PLANNED',
      year: 2025,
      organiser: { id: '630000:CIVIL_AFFAIRS' },
      jointOrganisers: [{ id: '630000:FINANCE' }, { id: '630000:AUDIT' }],
      targetRegions: [{ code: '630121' }, { code: '632200' }],
      partnerKinds: ['FINANCE', 'AUDIT'],
      startedAt: null,
      conclusion: null,
    });
    const id = inspection.id as string;

    hub.clock.now = new Date('2025-09-02T01:00:00Z');
    // A joint partner may run the inspection as well as the organiser.
    const started = await hub.ok(START, provinceFinance, { id });
    expect(started.startInspection).toMatchObject({ status: 'IN_PROGRESS', startedAt: '2025-09-02T01:00:00.000Z' });

    await hub.ok(RECORD, provinceInspectorA, { input: findingInput(id) });
    hub.clock.now = new Date('2025-10-10T01:00:00Z');
    const reported = await hub.ok(REPORT, provinceInspectorA, { id, conclusion: '发现问题1个，已反馈整改。' });
    expect(reported.reportInspection).toMatchObject({ status: 'REPORTED', conclusion: '发现问题1个，已反馈整改。' });

    const distributed = await hub.ok(DISTRIBUTE, provinceAudit, { id, recipients: ['SAME_LEVEL_GOVERNMENT'] });
    expect(distributed.distributeInspectionReport.distributions).toEqual([
      { recipient: 'SAME_LEVEL_GOVERNMENT', agency: { id: '630000:GOVERNMENT' } },
    ]);

    const findingId = (
      await hub.ok(
        `query($id: ID!) { inspection(id: $id) { findings { edges { node { id } } } } }`,
        provinceInspectorA,
        { id },
      )
    ).inspection.findings.edges[0].node.id;
    await hub.ok(CLOSE_NOT_FIXED, provinceInspectorA, { id: findingId, reason: '村干部已调离，问题移交纪委。' });
    const closed = await hub.ok(CLOSE, provinceInspectorA, { id });
    expect(closed.closeInspection).toMatchObject({ status: 'CLOSED' });

    const audit = await hub.dataSource.query(
      `SELECT action FROM audit_record WHERE entity_type = 'Inspection' AND entity_id = $1 ORDER BY seq`,
      [id],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'PLAN',
      'START',
      'REPORT',
      'DISTRIBUTE',
      'CLOSE',
    ]);
  });

  it('refuses every illegal transition with CONFLICT and changes nothing', async () => {
    const id = (await hub.ok(PLAN, provinceInspectorA, { input: planInput(['630121']) })).planInspection.id;
    const before = await hub.count(auditRecords);
    const conclusion = '结论';
    // From PLANNED: report, distribute, close, record findings.
    expect((await hub.run(REPORT, provinceInspectorA, { id, conclusion })).code).toBe('CONFLICT');
    expect((await hub.run(DISTRIBUTE, provinceInspectorA, { id, recipients: ['SAME_LEVEL_GOVERNMENT'] })).code).toBe(
      'CONFLICT',
    );
    expect((await hub.run(CLOSE, provinceInspectorA, { id })).code).toBe('CONFLICT');
    expect((await hub.run(RECORD, provinceInspectorA, { input: findingInput(id) })).code).toBe('CONFLICT');
    expect(await hub.count(auditRecords)).toBe(before);
    // From IN_PROGRESS: start again, distribute, close.
    await hub.ok(START, provinceInspectorA, { id });
    const inProgress = await hub.count(auditRecords);
    expect((await hub.run(START, provinceInspectorA, { id })).code).toBe('CONFLICT');
    expect((await hub.run(DISTRIBUTE, provinceInspectorA, { id, recipients: ['SAME_LEVEL_GOVERNMENT'] })).code).toBe(
      'CONFLICT',
    );
    expect((await hub.run(CLOSE, provinceInspectorA, { id })).code).toBe('CONFLICT');
    expect(await hub.count(auditRecords)).toBe(inProgress);
    // From REPORTED: start, report again; close while a finding is unsettled.
    await hub.ok(RECORD, provinceInspectorA, { input: findingInput(id) });
    await hub.ok(REPORT, provinceInspectorA, { id, conclusion });
    const reported = await hub.count(auditRecords);
    expect((await hub.run(START, provinceInspectorA, { id })).code).toBe('CONFLICT');
    expect((await hub.run(REPORT, provinceInspectorA, { id, conclusion })).code).toBe('CONFLICT');
    const blocked = await hub.run(CLOSE, provinceInspectorA, { id });
    expect(blocked.code).toBe('CONFLICT');
    expect(blocked.errors?.[0].extensions.unsettledFindings).toBe(1);
    await hub.ok(DISTRIBUTE, provinceInspectorA, { id, recipients: ['SAME_LEVEL_GOVERNMENT'] });
    expect((await hub.run(DISTRIBUTE, provinceInspectorA, { id, recipients: ['SAME_LEVEL_GOVERNMENT'] })).code).toBe(
      'CONFLICT',
    );
    expect(await hub.count(auditRecords)).toBe(reported + 1);
    // Findings may still be recorded while REPORTED; from CLOSED nothing moves.
    expect((await hub.run(RECORD, provinceInspectorA, { input: findingInput(id) })).errors).toBeUndefined();
    for (const row of (
      await hub.ok(
        `query($id: ID!) { inspection(id: $id) { findings { edges { node { id } } } } }`,
        provinceInspectorA,
        { id },
      )
    ).inspection.findings.edges) {
      await hub.ok(CLOSE_NOT_FIXED, provinceInspectorA, { id: row.node.id, reason: '无法整改，移交处理。' });
    }
    await hub.ok(CLOSE, provinceInspectorA, { id });
    const closed = await hub.count(auditRecords);
    expect((await hub.run(START, provinceInspectorA, { id })).code).toBe('CONFLICT');
    expect((await hub.run(REPORT, provinceInspectorA, { id, conclusion })).code).toBe('CONFLICT');
    expect((await hub.run(CLOSE, provinceInspectorA, { id })).code).toBe('CONFLICT');
    expect((await hub.run(RECORD, provinceInspectorA, { input: findingInput(id) })).code).toBe('CONFLICT');
    expect(await hub.count(auditRecords)).toBe(closed);
    // A closed inspection's report can still go to a recipient that has not had it (no superior for a province).
    expect((await hub.run(DISTRIBUTE, provinceInspectorA, { id, recipients: ['SUPERIOR_DEPARTMENT'] })).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lets only inspectors of the organising agencies, at the organiser region, manage it', async () => {
    const id = (await hub.ok(PLAN, provinceInspectorA, { input: planInput(['630121']) })).planInspection.id;
    const provinceDiscipline = principal('630000', ['INSPECTOR'], 'DISCIPLINE_INSPECTION');
    const provinceReporter = principal('630000', ['REPORTER', 'REVIEWER']);
    // Xining's inspectors do not even see a planned inspection of their county; the organiser's peers do.
    expect((await hub.run(START, xiningInspector, { id })).code).toBe('NOT_FOUND');
    expect((await hub.run(START, provinceDiscipline, { id })).code).toBe('FORBIDDEN');
    expect((await hub.run(START, provinceReporter, { id })).code).toBe('FORBIDDEN');
    expect((await hub.run(START, provinceFinance, { id })).code).toBe('FORBIDDEN'); // not a partner of this one
    expect((await hub.run(START, principal('630000', ['ADMIN']), { id })).data?.startInspection.status).toBe(
      'IN_PROGRESS',
    );
    // Another inspector of the organising agency may report it.
    expect((await hub.run(REPORT, provinceInspectorB, { id, conclusion: '未发现问题。' })).errors).toBeUndefined();
    // Once under way the target sees it, and still cannot manage it.
    const datongInspector = principal('630121', ['INSPECTOR']);
    expect((await hub.run(CLOSE, datongInspector, { id })).code).toBe('FORBIDDEN');
    // Outside the caller's sight it does not exist.
    expect((await hub.run(CLOSE, principal('632200', ['INSPECTOR']), { id })).code).toBe('NOT_FOUND');
    expect((await hub.run(CLOSE, provinceInspectorA, { id: '00000000-0000-4000-8000-000000000000' })).code).toBe(
      'NOT_FOUND',
    );
    expect((await hub.run(CLOSE, provinceInspectorA, { id: 'not-a-uuid' })).code).toBe('NOT_FOUND');
  });

  it('plans a prefecture inspection whose report goes to the government and the provincial department', async () => {
    hub.clock.now = new Date('2025-09-01T02:00:00Z');
    const id = (await hub.ok(PLAN, xiningInspector, { input: planInput(['630121', '630102']) })).planInspection.id;
    await hub.ok(START, xiningInspector, { id });
    await hub.ok(REPORT, xiningInspector, { id, conclusion: '总体良好。' });
    const distributed = await hub.ok(DISTRIBUTE, xiningInspector, {
      id,
      recipients: ['SAME_LEVEL_GOVERNMENT', 'SUPERIOR_DEPARTMENT'],
    });
    expect(distributed.distributeInspectionReport.distributions.map((row: any) => row.agency.id).sort()).toEqual([
      '630000:CIVIL_AFFAIRS',
      '630100:GOVERNMENT',
    ]);
  });

  it('refuses bad plans', async () => {
    const plan = (input: Record<string, unknown>, as: Principal | null = provinceInspectorA) =>
      hub.run(PLAN, as, { input });
    // Targets: not the organiser's own region, not outside its scope, well-formed.
    expect((await plan(planInput(['630000']))).code).toBe('BAD_USER_INPUT');
    expect((await plan(planInput(['630121']), xiningInspector)).errors).toBeUndefined();
    expect((await plan(planInput(['632200']), xiningInspector)).code).toBe('FORBIDDEN');
    expect((await plan(planInput(['63012']))).code).toBe('BAD_USER_INPUT');
    expect((await plan(planInput(['630012']))).code).toBe('BAD_USER_INPUT');
    expect((await plan(planInput([]))).code).toBe('BAD_USER_INPUT');
    // Period, team, topics, partners.
    expect((await plan(planInput(['630121'], { periodEnd: '2025-08-01T00:00:00Z' }))).code).toBe('BAD_USER_INPUT');
    expect((await plan(planInput(['630121'], { periodEnd: '2027-08-01T00:00:00Z' }))).code).toBe('BAD_USER_INPUT');
    const noLeader = [{ name: '李静', role: 'MEMBER' }];
    expect((await plan(planInput(['630121'], { team: noLeader }))).code).toBe('BAD_USER_INPUT');
    const twoLeaders = [
      { name: '王建国', role: 'LEADER' },
      { name: '李静', role: 'LEADER' },
    ];
    expect((await plan(planInput(['630121'], { team: twoLeaders }))).code).toBe('BAD_USER_INPUT');
    const badMember = [{ name: '王建国', role: 'LEADER', agencyId: '630000-FINANCE' }];
    expect((await plan(planInput(['630121'], { team: badMember }))).code).toBe('BAD_USER_INPUT');
    expect((await plan(planInput(['630121'], { topics: [] }))).code).toBe('BAD_USER_INPUT');
    expect((await plan(planInput(['630121'], { partners: ['FINANCE'] }), provinceFinance)).code).toBe('BAD_USER_INPUT');
    expect((await plan(planInput(['630121'], { title: 'x' }))).code).toBe('BAD_USER_INPUT');
    // Only inspectors above township level plan inspections.
    expect((await plan(planInput(['630121']), principal('630000', ['REVIEWER']))).code).toBe('FORBIDDEN');
    const township = principal('630121100', ['INSPECTOR']);
    expect((await plan(planInput(['630121100']), township)).code).toBe('FORBIDDEN');
    expect((await plan(planInput(['630121']), null)).code).toBe('UNAUTHENTICATED');
  });
});
