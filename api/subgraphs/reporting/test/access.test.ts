import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullContent, principal, SAVE, startReportingHarness, SUBMIT, type ReportingHarness } from './harness.js';

const datong = principal('630121', ['REPORTER']);
const datongGovernment = principal('630121', ['VIEWER', 'REPORTER'], 'GOVERNMENT');
const chengdong = principal('630102', ['REPORTER', 'VIEWER']);
const xiningReviewer = principal('630100', ['REVIEWER']);
const ledu = principal('630202', ['REPORTER']);

const READ = `query($code: ID!) { annualReport(regionCode: $code, year: 2025) { status content { policy { urbanPersons } } } }`;

describe('who may read and write annual reports', () => {
  let hub: ReportingHarness;
  beforeAll(async () => {
    hub = await startReportingHarness('reporting_access');
    hub.clock.now = new Date('2025-12-01T00:00:00Z');
    await hub.run(SAVE, datong, { input: { regionCode: '630121', year: 2025, content: fullContent() } });
    const ledusReport = await hub.run(SAVE, ledu, {
      input: { regionCode: '630202', year: 2025, content: fullContent() },
    });
    await hub.run(SUBMIT, ledu, { id: ledusReport.data?.saveAnnualReportDraft.id, requestId: 'ledu-2025-01' });
  });
  afterAll(async () => hub?.stop());

  it("keeps a county out of another county's draft", async () => {
    const read = await hub.run(READ, chengdong, { code: '630121' });
    expect(read.errors).toBeUndefined();
    expect(read.data?.annualReport).toBeNull();
    const list = await hub.run(`{ annualReports(under: "630121") { totalCount } }`, chengdong);
    expect(list.code).toBe('FORBIDDEN');
  });

  it('hides a draft from the reviewer above until it is filed', async () => {
    expect((await hub.run(READ, xiningReviewer, { code: '630121' })).data?.annualReport).toBeNull();
    const own = await hub.run(READ, datong, { code: '630121' });
    expect(own.data?.annualReport).toEqual({ status: 'DRAFT', content: { policy: { urbanPersons: 220 } } });
  });

  it("keeps a draft from the region's other agencies until it is filed", async () => {
    for (const agency of ['FINANCE', 'AUDIT', 'DISCIPLINE_INSPECTION', 'ORGANIZATION_DEPARTMENT'] as const) {
      const other = principal('630121', ['ADMIN'], agency);
      expect((await hub.run(READ, other, { code: '630121' })).data?.annualReport, agency).toBeNull();
      const list = await hub.run(`{ annualReports(under: "630121") { totalCount } }`, other);
      expect(list.data?.annualReports.totalCount, agency).toBe(0);
    }
  });

  it('lets the same-level government read but not write', async () => {
    const read = await hub.run(READ, datongGovernment, { code: '630121' });
    expect(read.data?.annualReport.status).toBe('DRAFT');
    const write = await hub.run(SAVE, datongGovernment, {
      input: { regionCode: '630121', year: 2025, content: fullContent() },
    });
    expect(write.code).toBe('FORBIDDEN');
  });

  it("shows a prefecture reviewer its own counties' filed reports only", async () => {
    const own = await hub.run(`{ annualReports(under: "630100") { totalCount } }`, xiningReviewer);
    expect(own.data?.annualReports.totalCount).toBe(0); // Datong's is still a draft
    expect((await hub.run(READ, xiningReviewer, { code: '630202' })).data?.annualReport).toBeNull();
    expect((await hub.run(`{ annualReports(under: "630200") { totalCount } }`, xiningReviewer)).code).toBe('FORBIDDEN');
    const haidong = await hub.run(
      `{ annualReports(under: "630200") { totalCount edges { node { regionCode status } } } }`,
      principal('630200', ['REVIEWER']),
    );
    expect(haidong.data?.annualReports).toEqual({
      totalCount: 1,
      edges: [{ node: { regionCode: '630202', status: 'SUBMITTED' } }],
    });
  });

  it('answers anonymous callers with UNAUTHENTICATED', async () => {
    expect((await hub.run(READ, null, { code: '630121' })).code).toBe('UNAUTHENTICATED');
    expect((await hub.run(`{ reportingCompleteness(under: "630000", year: 2025) { year } }`, null)).code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses writes for regions that file no reports, and bad input', async () => {
    const township = principal('630121100', ['REPORTER']);
    const save = await hub.run(SAVE, township, {
      input: { regionCode: '630121100', year: 2025, content: fullContent() },
    });
    expect(save.code).toBe('BAD_USER_INPUT');
    const future = await hub.run(SAVE, datong, { input: { regionCode: '630121', year: 2027, content: fullContent() } });
    expect(future.code).toBe('BAD_USER_INPUT');
    const negative = await hub.run(SAVE, datong, {
      input: { regionCode: '630121', year: 2025, content: { policy: { ...fullContent().policy, exits: -1 } } },
    });
    expect(negative.code).toBe('BAD_USER_INPUT');
    const empty = await hub.run(SAVE, datong, { input: { regionCode: '630121', year: 2025, content: {} } });
    expect(empty.code).toBe('BAD_USER_INPUT');
  });
});
