import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCEPT,
  fullContent,
  principal,
  SAVE,
  startReportingHarness,
  SUBMIT,
  type ReportingHarness,
} from './harness.js';

const xiningReviewer = principal('630100', ['REVIEWER']);
const xining = principal('630100', ['REPORTER']);
const ISSUES = `query($code: ID!, $year: Int!) { annualReport(regionCode: $code, year: $year) {
  validationIssues { rule severity section field message { en zh } } } }`;

describe('validation rules', () => {
  let hub: ReportingHarness;
  let year = 2010;
  beforeAll(async () => {
    hub = await startReportingHarness('reporting_validation');
  });
  afterAll(async () => hub?.stop());

  /** Saves `content` as Datong's report of a fresh year and tries to submit it. */
  async function attempt(content: object, code = '630121') {
    year += 1;
    const as = principal(code, ['REPORTER']);
    const saved = await hub.run(SAVE, as, { input: { regionCode: code, year, content } });
    expect(saved.errors).toBeUndefined();
    const id = saved.data?.saveAnnualReportDraft.id as string;
    const submitted = await hub.run(SUBMIT, as, { id, requestId: `v-${code}-${year}` });
    const issues = await hub.run(ISSUES, as, { code, year });
    return {
      id,
      submitted,
      issues: issues.data?.annualReport.validationIssues as Array<{ rule: string; severity: string }>,
    };
  }
  const rules = (issues: Array<{ rule: string; severity: string }>) =>
    issues.map((item) => `${item.severity}:${item.rule}`);

  it('passes a consistent report', async () => {
    const { submitted, issues } = await attempt(fullContent());
    expect(submitted.errors).toBeUndefined();
    expect(issues).toEqual([]);
  });

  it('blocks submission when a section is missing', async () => {
    const { policy, management } = fullContent();
    const { submitted, issues } = await attempt({ policy, management });
    expect(submitted.code).toBe('BAD_USER_INPUT');
    expect(submitted.errors?.[0]?.extensions.validationIssues.map((item: { section: string }) => item.section)).toEqual(
      ['FUNDS', 'EMERGENCIES', 'SUPERVISION'],
    );
    expect(rules(issues)).toEqual(['ERROR:REQUIRED_SECTIONS', 'ERROR:REQUIRED_SECTIONS', 'ERROR:REQUIRED_SECTIONS']);
  });

  it('blocks submission when persons are fewer than households', async () => {
    const content = fullContent();
    const { submitted, issues } = await attempt({ ...content, policy: { ...content.policy, ruralPersons: 999 } });
    expect(submitted.code).toBe('BAD_USER_INPUT');
    expect(rules(issues)).toEqual(['ERROR:PERSONS_AT_LEAST_HOUSEHOLDS']);
    expect(submitted.errors?.[0]?.message).toMatch(/rural recipients \(999\).*\/.*农村低保人数（999）/);
  });

  it('blocks submission when more was disbursed than raised plus carried over', async () => {
    const content = fullContent();
    const funds = { ...content.funds, carryOverFen: 0, disbursedFen: 1_000_000_001, balanceFen: 0, paidViaBankFen: 0 };
    const { submitted, issues } = await attempt({ ...content, funds });
    expect(submitted.code).toBe('BAD_USER_INPUT');
    expect(rules(issues)).toEqual(['ERROR:DISBURSED_WITHIN_AVAILABLE']);
  });

  it('blocks submission when more was paid through banks than disbursed', async () => {
    const content = fullContent();
    const { submitted, issues } = await attempt({
      ...content,
      funds: { ...content.funds, paidViaBankFen: 990_000_001 },
    });
    expect(submitted.code).toBe('BAD_USER_INPUT');
    expect(rules(issues)).toEqual(['ERROR:BANK_PAYMENTS_WITHIN_DISBURSED']);
  });

  it('lists warnings without blocking', async () => {
    const content = fullContent();
    const { submitted, issues } = await attempt({
      ...content,
      funds: { ...content.funds, balanceFen: 1 },
      policy: { ...content.policy, approvals: 250, rejections: 60 },
      supervision: { ...content.supervision, complaintsClosed: 11, problemsRectified: 3 },
      emergencies: { handled: 0, incidentIds: ['8a1d4c1e-1111-4222-8333-944445555666'], narrative: '' },
    });
    expect(submitted.errors).toBeUndefined();
    expect(rules(issues).sort()).toEqual([
      'WARNING:BALANCE_IDENTITY',
      'WARNING:CLOSED_WITHIN_RECEIVED',
      'WARNING:DECISIONS_WITHIN_APPLICATIONS',
      'WARNING:EMERGENCIES_COVER_INCIDENTS',
      'WARNING:RECTIFIED_WITHIN_FOUND',
    ]);
  });

  it("compares a prefecture's figures with its counties' accepted reports", async () => {
    hub.clock.now = new Date('2009-12-01T00:00:00Z');
    const year = 2009;
    for (const [code, scale] of [
      ['630102', 1],
      ['630103', 2],
    ] as const) {
      const as = principal(code, ['REPORTER']);
      const id = (await hub.run(SAVE, as, { input: { regionCode: code, year, content: fullContent(scale) } })).data
        ?.saveAnnualReportDraft.id;
      await hub.run(SUBMIT, as, { id, requestId: `county-${code}-${year}` });
      expect((await hub.run(ACCEPT, xiningReviewer, { id })).errors).toBeUndefined();
    }
    // While five counties are neither accepted nor waived, one warning says the comparison waits.
    const content = fullContent(3);
    await hub.run(SAVE, xining, { input: { regionCode: '630100', year, content } });
    const waiting = await hub.run(ISSUES, xining, { code: '630100', year });
    expect(waiting.data?.annualReport.validationIssues.map((item: { rule: string }) => item.rule)).toEqual([
      'COUNTIES_PENDING',
    ]);
    for (const code of ['630104', '630105', '630106', '630121', '630123']) {
      const waived = await hub.run(
        `mutation($code: ID!) { waiveAnnualReport(regionCode: $code, year: ${year}, reason: "未设机构") { year } }`,
        principal('630000', ['REVIEWER']),
        { code },
      );
      expect(waived.errors).toBeUndefined();
    }
    // The counties add up to scale 3; a prefecture report 0.5 % off passes (tolerance 1 %), 5 % off warns.
    const nearly = { ...content, policy: { ...content.policy, ruralPersons: Math.round(6_900 * 1.005) } };
    await hub.run(SAVE, xining, { input: { regionCode: '630100', year, content: nearly } });
    const close = await hub.run(ISSUES, xining, { code: '630100', year });
    expect(close.data?.annualReport.validationIssues).toEqual([]);

    const off = { ...content, policy: { ...content.policy, ruralPersons: Math.round(6_900 * 1.05) } };
    await hub.run(SAVE, xining, { input: { regionCode: '630100', year, content: off } });
    const far = await hub.run(ISSUES, xining, { code: '630100', year });
    expect(far.data?.annualReport.validationIssues).toEqual([
      {
        rule: 'PREFECTURE_MATCHES_COUNTIES',
        severity: 'WARNING',
        section: 'POLICY',
        field: 'ruralPersons',
        message: {
          en: 'ruralPersons is 7245, but the 2 accepted county reports add up to 6900',
          zh: 'ruralPersons 为 7245，而 2 份已审核县级报告合计为 6900',
        },
      },
    ]);
  });
});
