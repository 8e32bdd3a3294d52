import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRuleVersion } from '../../../../test/support/rules.js';
import { fullContent, principal, SAVE, startReportingHarness, SUBMIT, type ReportingHarness } from './harness.js';

/*
 * Haidong (630200) shortens its counties' annual report deadline to 5 December and the incident reporting limit
 * to 12 hours from 1 June 2020, so from the 2020 reporting cycle (which begins on 1 July). The same filing days
 * then count as late in Haidong and on time in Xining, from 2020 on, while 2019 stays as it was; so do the
 * filings still missing.
 */
describe("the rules in force for the region and date, in reporting's computations", () => {
  let hub: ReportingHarness;

  async function file(code: string, year: number, at: string) {
    hub.clock.now = new Date(at);
    const as = principal(code, ['REPORTER']);
    const saved = await hub.run(SAVE, as, { input: { regionCode: code, year, content: fullContent() } });
    expect(saved.errors).toBeUndefined();
    const submitted = await hub.run(SUBMIT, as, {
      id: saved.data?.saveAnnualReportDraft.id,
      requestId: `${code}-${year}`,
    });
    expect(submitted.errors).toBeUndefined();
    return submitted.data?.submitAnnualReport as { id: string; late: boolean };
  }

  const lateCount = async (under: string, year: number) => {
    const { data, errors } = await hub.run(
      `query($under: ID!, $year: Int!) { reportingCompleteness(under: $under, year: $year) {
        levels { level submittedOnTime submittedLate lateRegions { code }
          overdue { region { code } deadline daysOverdue } } } }`,
      principal('630000', ['VIEWER']),
      { under, year },
    );
    expect(errors).toBeUndefined();
    return data?.reportingCompleteness.levels.find((level: { level: string }) => level.level === 'COUNTY');
  };

  beforeAll(async () => {
    hub = await startReportingHarness('reporting_local_rules');
    await putRuleVersion(hub.registry, {
      regionCode: '630200',
      effectiveFrom: '2020-06-01',
      settings: {
        annualReportDeadlineCounty: { value: '12-05', fixed: true },
        incidentReportHours: { value: 12, fixed: true },
      },
    });
    // 10 December, Beijing time, in both years and both prefectures.
    await file('630202', 2019, '2019-12-10T02:00:00Z');
    await file('630102', 2019, '2019-12-10T02:00:00Z');
    await file('630202', 2020, '2020-12-10T02:00:00Z');
    await file('630102', 2020, '2020-12-10T02:00:00Z');
  });
  afterAll(async () => hub?.stop());

  it("changes the prefecture's overdue counts from the day its rule takes effect, and no other's", async () => {
    expect(await lateCount('630200', 2020)).toMatchObject({ submittedLate: 1, lateRegions: [{ code: '630202' }] });
    expect(await lateCount('630100', 2020)).toMatchObject({ submittedLate: 0, submittedOnTime: 1 });
    expect(await lateCount('630200', 2019)).toMatchObject({ submittedLate: 0, submittedOnTime: 1 });
    expect(await lateCount('630100', 2019)).toMatchObject({ submittedLate: 0, submittedOnTime: 1 });
  });

  it('counts missing filings overdue by the deadline of their region for the year', async () => {
    hub.clock.now = new Date('2020-12-10T02:00:00Z');
    const haidong = await lateCount('630200', 2020);
    expect(haidong.overdue.length).toBeGreaterThan(0);
    for (const filing of haidong.overdue) {
      expect(filing).toMatchObject({ deadline: '2020-12-05T15:59:59.999Z', daysOverdue: 5 });
    }
    expect(haidong.overdue.map((filing: { region: { code: string } }) => filing.region.code)).not.toContain('630202');
    // Xining's counties have until 15 December: nothing overdue yet.
    expect((await lateCount('630100', 2020)).overdue).toEqual([]);
    // 2019's missing filings keep 2019's deadline.
    const earlier = await lateCount('630200', 2019);
    expect(earlier.overdue.length).toBeGreaterThan(0);
    for (const filing of earlier.overdue) expect(filing.deadline).toBe('2019-12-15T15:59:59.999Z');
  });

  it("shows each report's deadline under the rules it was filed under", async () => {
    const { data, errors } = await hub.run(
      `{ h19: annualReport(regionCode: "630202", year: 2019) { late deadline }
         h20: annualReport(regionCode: "630202", year: 2020) { late deadline }
         x20: annualReport(regionCode: "630102", year: 2020) { late deadline } }`,
      principal('630000', ['VIEWER']),
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      h19: { late: false, deadline: '2019-12-15T15:59:59.999Z' },
      h20: { late: true, deadline: '2020-12-05T15:59:59.999Z' },
      x20: { late: false, deadline: '2020-12-15T15:59:59.999Z' },
    });
  });

  it('flags an incident reported later than the limit of its region on the day reported', async () => {
    const report = `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) {
      reportingDelayHours reportingLimitHours reportedLate } }`;
    const incident = (regionCode: string) => ({
      regionCode,
      occurredAt: '2021-03-01T00:00:00Z',
      severity: 'MAJOR',
      category: 'ACCIDENT',
      title: '低保户房屋火灾',
      description: '两户低保家庭房屋受损。',
      causeAnalysis: '取暖用火不慎。',
      rectificationMeasures: '临时安置。',
    });
    hub.clock.now = new Date('2021-03-01T18:00:00Z');
    const haidong = await hub.run(report, principal('630202', ['REPORTER']), { input: incident('630202') });
    expect(haidong.errors).toBeUndefined();
    expect(haidong.data?.reportIncident).toEqual({
      reportingDelayHours: 18,
      reportingLimitHours: 12,
      reportedLate: true,
    });
    const xining = await hub.run(report, principal('630102', ['REPORTER']), { input: incident('630102') });
    expect(xining.data?.reportIncident).toEqual({
      reportingDelayHours: 18,
      reportingLimitHours: 24,
      reportedLate: false,
    });
  });
});
