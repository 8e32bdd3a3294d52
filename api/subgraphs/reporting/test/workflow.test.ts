import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCEPT,
  fullContent,
  principal,
  REOPEN,
  RETURN,
  SAVE,
  startReportingHarness,
  SUBMIT,
  type ReportingHarness,
} from './harness.js';

const datong = principal('630121', ['REPORTER']);
const xiningReviewer = principal('630100', ['REVIEWER']);
const xiningReporter = principal('630100', ['REPORTER']);
const provinceReviewer = principal('630000', ['REVIEWER']);

describe('annual report workflow', () => {
  let hub: ReportingHarness;
  beforeAll(async () => {
    hub = await startReportingHarness('reporting_workflow');
  });
  afterAll(async () => hub?.stop());

  const save = (as = datong, year = 2025, content: object = fullContent(), regionCode = '630121') =>
    hub.run(SAVE, as, { input: { regionCode, year, content } });
  const submit = (id: string, requestId = `req-${Math.random()}`, as = datong) =>
    hub.run(SUBMIT, as, { id, requestId });

  it('goes DRAFT → SUBMITTED → RETURNED (one section) → DRAFT → SUBMITTED → ACCEPTED, keeping every version', async () => {
    hub.clock.now = new Date('2025-12-01T02:00:00Z');
    const first = await save(datong, 2025, { policy: fullContent().policy });
    expect(first.errors).toBeUndefined();
    expect(first.data?.saveAnnualReportDraft).toMatchObject({ status: 'DRAFT', currentVersion: 1 });
    const id = first.data?.saveAnnualReportDraft.id as string;

    const second = await save();
    expect(second.data?.saveAnnualReportDraft).toMatchObject({ id, status: 'DRAFT', currentVersion: 2 });

    const submitted = await submit(id);
    expect(submitted.data?.submitAnnualReport).toMatchObject({ status: 'SUBMITTED', late: false });

    const returned = await hub.run(RETURN, xiningReviewer, {
      input: { id, reason: '资金数据有误', sections: ['FUNDS'] },
    });
    expect(returned.data?.returnAnnualReport).toMatchObject({ status: 'RETURNED', returnedSections: ['FUNDS'] });

    const policyChanged = { ...fullContent(), policy: { ...fullContent().policy, exits: 1 } };
    expect((await save(datong, 2025, policyChanged)).code).toBe('CONFLICT');

    const fundsFixed = { ...fullContent(), funds: { ...fullContent().funds, narrative: '已核实' } };
    const revised = await save(datong, 2025, fundsFixed);
    expect(revised.data?.saveAnnualReportDraft).toMatchObject({
      status: 'DRAFT',
      currentVersion: 3,
      returnedSections: ['FUNDS'],
    });

    expect((await submit(id)).data?.submitAnnualReport.status).toBe('SUBMITTED');
    const accepted = await hub.run(ACCEPT, xiningReviewer, { id });
    expect(accepted.data?.acceptAnnualReport.status).toBe('ACCEPTED');

    const read = await hub.run(
      `query { annualReport(regionCode: "630121", year: 2025) { status returnedSections versions { version status savedBy }
        content { funds { narrative } } } }`,
      datong,
    );
    expect(read.data?.annualReport.status).toBe('ACCEPTED');
    expect(read.data?.annualReport.returnedSections).toEqual([]);
    expect(read.data?.annualReport.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(read.data?.annualReport.content.funds.narrative).toBe('已核实');

    const audit = await hub.dataSource.query(
      `SELECT action FROM audit_record WHERE entity_type = 'AnnualReport' AND entity_id = $1 ORDER BY seq`,
      [id],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'CREATE',
      'SAVE_DRAFT',
      'SUBMIT',
      'RETURN',
      'SAVE_DRAFT',
      'SUBMIT',
      'ACCEPT',
    ]);
  });

  it('refuses every illegal transition with CONFLICT and changes nothing', async () => {
    hub.clock.now = new Date('2025-12-01T02:00:00Z');
    const id = (await save(datong, 2024)).data?.saveAnnualReportDraft.id as string;
    const auditBefore = await hub.count(`SELECT count(*)::int AS n FROM audit_record`);
    // From DRAFT: accept, return and reopen are illegal.
    expect((await hub.run(ACCEPT, xiningReviewer, { id })).code).toBe('CONFLICT');
    expect((await hub.run(RETURN, xiningReviewer, { input: { id, reason: '不合格' } })).code).toBe('CONFLICT');
    expect((await hub.run(REOPEN, xiningReviewer, { id, reason: '重新审核' })).code).toBe('CONFLICT');
    // From SUBMITTED: saving, submitting again and reopening are illegal.
    await submit(id);
    const afterSubmit = await hub.count(`SELECT count(*)::int AS n FROM audit_record`);
    expect((await save(datong, 2024)).code).toBe('CONFLICT');
    expect((await submit(id)).code).toBe('CONFLICT');
    expect((await hub.run(REOPEN, xiningReviewer, { id, reason: '重新审核' })).code).toBe('CONFLICT');
    // From RETURNED: submitting without going back to DRAFT, accepting and returning again are illegal.
    await hub.run(RETURN, xiningReviewer, { id, input: { id, reason: '请补充说明' } });
    expect((await submit(id)).code).toBe('CONFLICT');
    expect((await hub.run(ACCEPT, xiningReviewer, { id })).code).toBe('CONFLICT');
    expect((await hub.run(RETURN, xiningReviewer, { input: { id, reason: '再退' } })).code).toBe('CONFLICT');
    // From ACCEPTED: saving, submitting, accepting and returning are illegal.
    await save(datong, 2024);
    await submit(id);
    await hub.run(ACCEPT, xiningReviewer, { id });
    const afterAccept = await hub.count(`SELECT count(*)::int AS n FROM audit_record`);
    expect((await save(datong, 2024)).code).toBe('CONFLICT');
    expect((await submit(id)).code).toBe('CONFLICT');
    expect((await hub.run(ACCEPT, xiningReviewer, { id })).code).toBe('CONFLICT');
    expect((await hub.run(RETURN, xiningReviewer, { input: { id, reason: '不合格' } })).code).toBe('CONFLICT');
    expect(await hub.count(`SELECT count(*)::int AS n FROM audit_record`)).toBe(afterAccept);
    expect(afterSubmit).toBe(auditBefore + 1);
  });

  it('lets only the reviewer of the parent region review, and only the region write', async () => {
    const id = (await save(datong, 2023)).data?.saveAnnualReportDraft.id as string;
    await submit(id);
    expect((await hub.run(ACCEPT, provinceReviewer, { id })).code).toBe('FORBIDDEN');
    expect((await hub.run(ACCEPT, principal('630100', ['REVIEWER'], 'GOVERNMENT'), { id })).code).toBe('FORBIDDEN');
    expect((await hub.run(ACCEPT, datong, { id })).code).toBe('FORBIDDEN');
    expect((await save(xiningReporter, 2023, fullContent(), '630121')).code).toBe('FORBIDDEN');
    expect((await hub.run(ACCEPT, xiningReviewer, { id })).data?.acceptAnnualReport.status).toBe('ACCEPTED');
  });

  it('files a retried submission once (idempotent request id)', async () => {
    const id = (await save(datong, 2022)).data?.saveAnnualReportDraft.id as string;
    const requestId = 'retry-me-0001';
    const first = await submit(id, requestId);
    const again = await submit(id, requestId);
    expect(first.data?.submitAnnualReport).toEqual(again.data?.submitAnnualReport);
    expect(
      await hub.count(`SELECT count(*)::int AS n FROM submission_request WHERE request_id = $1`, [requestId]),
    ).toBe(1);
    expect(
      await hub.count(`SELECT count(*)::int AS n FROM audit_record WHERE entity_id = $1 AND action = 'SUBMIT'`, [id]),
    ).toBe(1);
    const other = (await save(principal('630102', ['REPORTER']), 2022, fullContent(), '630102')).data
      ?.saveAnnualReportDraft.id as string;
    expect((await submit(other, requestId, principal('630102', ['REPORTER']))).code).toBe('CONFLICT');
    expect((await submit(id, 'short')).code).toBe('BAD_USER_INPUT');
  });

  it('marks a submission after the deadline late, until the reviewer grants an exception', async () => {
    hub.clock.now = new Date('2022-01-10T02:00:00Z');
    const id = (await save(principal('630102', ['REPORTER']), 2021, fullContent(), '630102')).data
      ?.saveAnnualReportDraft.id as string;
    const late = await submit(id, 'late-0000001', principal('630102', ['REPORTER']));
    expect(late.data?.submitAnnualReport.late).toBe(true);
    const grant = await hub.run(
      `mutation { grantDeadlineException(regionCode: "630102", year: 2021, until: "2022-01-31T00:00:00Z", reason: "雪灾影响") { until } }`,
      xiningReviewer,
    );
    expect(grant.errors).toBeUndefined();
    const read = await hub.run(`{ annualReport(regionCode: "630102", year: 2021) { late deadline } }`, xiningReviewer);
    expect(read.data?.annualReport).toEqual({ late: false, deadline: '2022-01-31T00:00:00.000Z' });
    const tooEarly = await hub.run(
      `mutation { grantDeadlineException(regionCode: "630102", year: 2021, until: "2021-12-01T00:00:00Z", reason: "无") { until } }`,
      xiningReviewer,
    );
    expect(tooEarly.code).toBe('BAD_USER_INPUT');
  });

  it("accepts a prefecture's report only when its counties are accepted or waived (approval ladder)", async () => {
    hub.clock.now = new Date('2020-12-20T02:00:00Z');
    const prefecture = (await save(xiningReporter, 2020, fullContent(7), '630100')).data?.saveAnnualReportDraft
      .id as string;
    await submit(prefecture, 'pref-2020-0001', xiningReporter);
    const blocked = await hub.run(ACCEPT, provinceReviewer, { id: prefecture });
    expect(blocked.code).toBe('CONFLICT');
    expect(blocked.errors?.[0]?.extensions.pendingRegions).toContain('630121');

    const counties = ['630102', '630103', '630104', '630105', '630106', '630121', '630123'];
    const county = counties[0] as string;
    const countyReporter = principal(county, ['REPORTER']);
    const countyReport = (await save(countyReporter, 2020, fullContent(), county)).data?.saveAnnualReportDraft
      .id as string;
    await submit(countyReport, 'county-2020-01', countyReporter);
    await hub.run(ACCEPT, xiningReviewer, { id: countyReport });
    const stillBlocked = await hub.run(ACCEPT, provinceReviewer, { id: prefecture });
    expect(stillBlocked.errors?.[0]?.extensions.pendingRegions).not.toContain(county);

    expect(
      (await hub.run(`mutation { waiveAnnualReport(regionCode: "630121", year: 2020, reason: "无") { year } }`, datong))
        .code,
    ).toBe('FORBIDDEN');
    for (const code of counties.slice(1)) {
      const waiver = await hub.run(
        `mutation($code: ID!) { waiveAnnualReport(regionCode: $code, year: 2020, reason: "机构改革，职能调整") { regionCode } }`,
        provinceReviewer,
        { code },
      );
      expect(waiver.errors).toBeUndefined();
    }
    expect((await hub.run(ACCEPT, provinceReviewer, { id: prefecture })).data?.acceptAnnualReport.status).toBe(
      'ACCEPTED',
    );

    // The county stays locked while its prefecture is accepted; the prefecture must be reopened first.
    expect((await hub.run(REOPEN, xiningReviewer, { id: countyReport, reason: '数据更正' })).code).toBe('CONFLICT');
    expect(
      (await hub.run(REOPEN, provinceReviewer, { id: prefecture, reason: '数据更正' })).data?.reopenAnnualReport.status,
    ).toBe('RETURNED');
    expect(
      (await hub.run(REOPEN, xiningReviewer, { id: countyReport, reason: '数据更正' })).data?.reopenAnnualReport.status,
    ).toBe('RETURNED');
    const reopenAudit = await hub.count(`SELECT count(*)::int AS n FROM audit_record WHERE action = 'REOPEN'`);
    expect(reopenAudit).toBe(2);
  });
});
