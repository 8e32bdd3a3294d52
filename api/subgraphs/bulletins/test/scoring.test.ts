import { describe, expect, it } from 'vitest';
import type { AssessmentIndicatorDefinition } from '@dibao/domain';
import {
  assessmentInputsHash,
  NO_DATA_NORMALISED,
  normalise,
  regionIndicatorInputs,
  scoreRegions,
  type RegionIndicatorInputs,
} from '@dibao/bulletins';

const SCHEME: AssessmentIndicatorDefinition[] = [
  { code: 'REPORT_TIMELINESS', weight: 60, direction: 'HIGHER_IS_BETTER' },
  { code: 'FINDINGS_PER_10K_RECIPIENTS', weight: 40, direction: 'LOWER_IS_BETTER' },
];

const region = (
  regionCode: string,
  timeliness: number | null,
  findings: number | null,
  recipients: number | null = 1000,
): RegionIndicatorInputs => ({
  regionCode,
  recipients,
  raw: { REPORT_TIMELINESS: timeliness, FINDINGS_PER_10K_RECIPIENTS: findings },
});

describe('min-max normalisation', () => {
  it('maps the best value to 1 and the worst to 0, in either direction', () => {
    expect(normalise([0.5, 1, 0.75], 'HIGHER_IS_BETTER')).toEqual([0, 1, 0.5]);
    expect(normalise([2, 10, 4], 'LOWER_IS_BETTER')).toEqual([1, 0, 0.75]);
  });

  it('gives everyone 1 when all values are equal, and the neutral value where there is none', () => {
    expect(normalise([3, 3, 3], 'LOWER_IS_BETTER')).toEqual([1, 1, 1]);
    expect(normalise([1, null, 0], 'HIGHER_IS_BETTER')).toEqual([1, NO_DATA_NORMALISED, 0]);
    expect(normalise([null, null], 'HIGHER_IS_BETTER')).toEqual([NO_DATA_NORMALISED, NO_DATA_NORMALISED]);
  });

  it('rounds to six decimals', () => {
    expect(normalise([0, 1, 3], 'HIGHER_IS_BETTER')).toEqual([0, 0.333333, 1]);
  });
});

describe('scoreRegions', () => {
  it('weights, sums and ranks, best first', () => {
    const scores = scoreRegions(SCHEME, [region('630100', 0.5, 4), region('630200', 1, 10), region('632200', 0.75, 2)]);
    // Timeliness normalised 0, 1, 0.5; findings (lower is better) (10 − 4) / 8 = 0.75, 0, 1.
    expect(scores.map(({ regionCode, score, rank }) => ({ regionCode, score, rank }))).toEqual([
      { regionCode: '632200', score: 70, rank: 1 },
      { regionCode: '630200', score: 60, rank: 2 },
      { regionCode: '630100', score: 30, rank: 3 },
    ]);
    const [best] = scores;
    expect(best?.indicators).toEqual([
      {
        code: 'REPORT_TIMELINESS',
        weight: 60,
        direction: 'HIGHER_IS_BETTER',
        raw: 0.75,
        normalised: 0.5,
        contribution: 30,
      },
      {
        code: 'FINDINGS_PER_10K_RECIPIENTS',
        weight: 40,
        direction: 'LOWER_IS_BETTER',
        raw: 2,
        normalised: 1,
        contribution: 40,
      },
    ]);
  });

  it('gives equal scores the same rank and skips the next (1, 2, 2, 4)', () => {
    const scores = scoreRegions(SCHEME, [
      region('632800', 0, 10),
      region('630200', 0.5, 6),
      region('630100', 1, 2),
      region('632200', 0.5, 6),
    ]);
    expect(scores.map(({ regionCode, rank }) => [regionCode, rank])).toEqual([
      ['630100', 1],
      ['630200', 2],
      ['632200', 2],
      ['632800', 4],
    ]);
  });

  it('gives a region without data the neutral value for that indicator', () => {
    const scores = scoreRegions(SCHEME, [region('630100', 1, null), region('630200', 0, 5), region('632200', 0.5, 1)]);
    const xining = scores.find((score) => score.regionCode === '630100');
    expect(xining?.indicators[1]).toMatchObject({ raw: null, normalised: NO_DATA_NORMALISED, contribution: 20 });
    expect(xining?.score).toBe(80);
  });

  it('scales weights that do not add up to 100', () => {
    const halved = SCHEME.map((indicator) => ({ ...indicator, weight: indicator.weight / 2 }));
    const regions = [region('630100', 0.2, 3), region('630200', 0.9, 7)];
    expect(scoreRegions(halved, regions).map((score) => score.score)).toEqual(
      scoreRegions(SCHEME, regions).map((score) => score.score),
    );
  });

  it('is reproducible: the same inputs in any order give the same scores and the same hash', () => {
    const regions = [region('630100', 0.3, 3.3), region('630200', 0.9, 7.1), region('632200', 2 / 3, 1 / 3)];
    const reversed = [...regions].reverse();
    expect(scoreRegions(SCHEME, reversed)).toEqual(scoreRegions(SCHEME, regions));
    const hash = (inputs: RegionIndicatorInputs[]) =>
      assessmentInputsHash({
        provinceCode: '630000',
        year: 2025,
        level: 'PREFECTURE',
        indicators: SCHEME,
        regions: inputs,
      });
    expect(hash(reversed)).toBe(hash(regions));
    expect(hash(regions)).toMatch(/^[0-9a-f]{64}$/);
    expect(hash([region('630100', 0.31, 3.3), ...regions.slice(1)])).not.toBe(hash(regions));
    expect(
      assessmentInputsHash({ provinceCode: '630000', year: 2024, level: 'PREFECTURE', indicators: SCHEME, regions }),
    ).not.toBe(hash(regions));
  });

  it('refuses inputs it cannot score', () => {
    expect(() => scoreRegions([], [region('630100', 1, 1)])).toThrow(RangeError);
    expect(() => scoreRegions([{ ...SCHEME[0]!, weight: 0 }], [region('630100', 1, 1)])).toThrow(RangeError);
    expect(() => scoreRegions([SCHEME[0]!, SCHEME[0]!], [region('630100', 1, 1)])).toThrow(RangeError);
    expect(() => scoreRegions(SCHEME, [region('630100', 1, 1), region('630100', 0, 1)])).toThrow(RangeError);
    expect(() => scoreRegions(SCHEME, [region('630100', Number.NaN, 1)])).toThrow(RangeError);
  });
});

describe('raw indicator values from the supergraph answers', () => {
  const answer = {
    reportingCompleteness: { levels: [{ level: 'COUNTY', expected: 7, submittedOnTime: 5 }] },
    region: {
      code: '630100',
      annualReports: {
        edges: [
          {
            node: {
              status: 'ACCEPTED',
              late: false,
              firstSubmittedAt: '2025-12-20T02:00:00Z',
              validationIssues: [{ severity: 'WARNING' }, { severity: 'WARNING' }],
            },
          },
        ],
      },
      reportSummary: { urbanPersons: 5_000, ruralPersons: 15_000 },
      oversightStats: { findings: 10, overdue: 2, closedNotFixed: 1 },
      complaintStats: { closed: 40, closedOnTime: 30, onTimeClosureRate: 0.75 },
      accountabilityStats: {
        casesOpened: 4,
        byStatus: [
          { status: 'OPENED', count: 1 },
          { status: 'INVESTIGATING', count: 0 },
          { status: 'DECIDED', count: 2 },
          { status: 'CLOSED', count: 1 },
        ],
      },
    },
  };

  it('turns counts into the indicators of the scheme', () => {
    expect(regionIndicatorInputs('630100', answer)).toEqual({
      regionCode: '630100',
      recipients: 20_000,
      raw: {
        // own report on time + 5 of 7 counties
        REPORT_TIMELINESS: 0.75,
        REPORT_VALIDATION_ISSUES: 2,
        FINDINGS_PER_10K_RECIPIENTS: 5,
        RECTIFICATION_ON_TIME: 0.7,
        COMPLAINTS_CLOSED_ON_TIME: 0.75,
        ACCOUNTABILITY_FOLLOW_THROUGH: 0.75,
      },
    });
  });

  it('leaves out what there was nothing to measure, and counts a missing report as not on time', () => {
    const empty = {
      reportingCompleteness: { levels: [{ level: 'COUNTY', expected: 3, submittedOnTime: 3 }] },
      region: {
        ...answer.region,
        annualReports: { edges: [] },
        reportSummary: { urbanPersons: 0, ruralPersons: 0 },
        oversightStats: { findings: 0, overdue: 0, closedNotFixed: 0 },
        complaintStats: { closed: 0, closedOnTime: 0, onTimeClosureRate: null },
        accountabilityStats: { casesOpened: 0, byStatus: [] },
      },
    };
    expect(regionIndicatorInputs('630100', empty).raw).toEqual({
      REPORT_TIMELINESS: 0.75,
      REPORT_VALIDATION_ISSUES: null,
      FINDINGS_PER_10K_RECIPIENTS: null,
      RECTIFICATION_ON_TIME: null,
      COMPLAINTS_CLOSED_ON_TIME: null,
      ACCOUNTABILITY_FOLLOW_THROUGH: null,
    });
  });

  it("does not count a county's own report twice", () => {
    const county = {
      ...answer,
      reportingCompleteness: { levels: [{ level: 'COUNTY', expected: 1, submittedOnTime: 1 }] },
    };
    expect(regionIndicatorInputs('630121', county).raw.REPORT_TIMELINESS).toBe(1);
  });
});
