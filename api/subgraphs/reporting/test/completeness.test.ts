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

const YEAR = 2019;
const xiningReviewer = principal('630100', ['REVIEWER']);

/**
 * A known fixture for 2019: in Xining three counties file on time and are accepted, one files late, one keeps a
 * draft, two file nothing; Haidong files its own report late. Deadlines: counties 15 Dec, prefectures 31 Dec.
 */
describe('completeness and roll-ups', () => {
  let hub: ReportingHarness;

  async function file(code: string, at: string, accept: boolean, scale = 1) {
    hub.clock.now = new Date(at);
    const as = principal(code, ['REPORTER']);
    const id = (await hub.run(SAVE, as, { input: { regionCode: code, year: YEAR, content: fullContent(scale) } })).data
      ?.saveAnnualReportDraft.id as string;
    await hub.run(SUBMIT, as, { id, requestId: `c-${code}-${YEAR}` });
    if (accept) {
      const reviewer = code.endsWith('00') ? principal('630000', ['REVIEWER']) : xiningReviewer;
      expect((await hub.run(ACCEPT, reviewer, { id })).errors).toBeUndefined();
    }
  }

  beforeAll(async () => {
    hub = await startReportingHarness('reporting_completeness');
    await file('630102', '2019-12-10T02:00:00Z', true, 1);
    await file('630103', '2019-12-15T15:00:00Z', true, 2); // 23:00 in Shanghai on the deadline day: on time
    await file('630104', '2019-12-14T02:00:00Z', true, 3);
    await file('630105', '2019-12-15T16:30:00Z', false); // 00:30 on 16 Dec in Shanghai: late
    hub.clock.now = new Date('2019-12-01T00:00:00Z');
    await hub.run(SAVE, principal('630106', ['REPORTER']), {
      input: { regionCode: '630106', year: YEAR, content: fullContent() },
    });
    await file('630200', '2020-01-05T02:00:00Z', false);
  });
  afterAll(async () => hub?.stop());

  const COMPLETENESS = `query($under: ID!) { reportingCompleteness(under: $under, year: ${YEAR}) { year levels {
    level expected submittedOnTime submittedLate missing accepted waived submissionRate onTimeRate
    missingRegions { code } lateRegions { code } } } }`;

  it('counts a prefecture over its counties', async () => {
    const { data, errors } = await hub.run(COMPLETENESS, xiningReviewer, { under: '630100' });
    expect(errors).toBeUndefined();
    expect(data?.reportingCompleteness.levels).toEqual([
      {
        level: 'COUNTY',
        expected: 7,
        submittedOnTime: 3,
        submittedLate: 1,
        missing: 3,
        accepted: 3,
        waived: 0,
        submissionRate: 0.5714,
        onTimeRate: 0.4286,
        missingRegions: [{ code: '630106' }, { code: '630121' }, { code: '630123' }],
        lateRegions: [{ code: '630105' }],
      },
    ]);
  });

  it('counts the province over prefectures and counties', async () => {
    const { data } = await hub.run(COMPLETENESS, principal('630000', ['VIEWER']), { under: '630000' });
    const [prefectures, counties] = data?.reportingCompleteness.levels ?? [];
    expect(prefectures).toMatchObject({
      level: 'PREFECTURE',
      expected: 8,
      submittedOnTime: 0,
      submittedLate: 1,
      missing: 7,
    });
    expect(prefectures.lateRegions).toEqual([{ code: '630200' }]);
    expect(counties).toMatchObject({
      level: 'COUNTY',
      expected: 45,
      submittedOnTime: 3,
      submittedLate: 1,
      missing: 41,
    });
  });

  it('is refused outside the caller’s scope', async () => {
    expect((await hub.run(COMPLETENESS, xiningReviewer, { under: '630000' })).code).toBe('FORBIDDEN');
  });

  it('rolls accepted county reports up the region tree, without the unaccepted ones', async () => {
    const SUMMARY = `query($year: Int!) { _entities(representations: [{ __typename: "Region", code: "630100" }]) {
      ... on Region { reportSummary(year: $year) { reportsIncluded reportsExpected ruralPersons disbursedFen raisedFen
        urbanStandardMinFen problemsFound { category count } } } } }`;
    const { data, errors } = await hub.run(SUMMARY, xiningReviewer, { year: YEAR });
    expect(errors).toBeUndefined();
    const scale = 1 + 2 + 3;
    expect(data?._entities[0].reportSummary).toEqual({
      reportsIncluded: 3,
      reportsExpected: 7,
      ruralPersons: 2_300 * scale,
      disbursedFen: 990_000_000 * scale,
      raisedFen: 1_000_000_000 * scale,
      urbanStandardMinFen: 78_000,
      problemsFound: [{ category: 'EQUAL_SPLITTING', count: 2 * scale }],
    });
    const outside = await hub.run(SUMMARY, principal('630200', ['VIEWER']), { year: YEAR });
    expect(outside.code).toBe('FORBIDDEN');
  });
});
