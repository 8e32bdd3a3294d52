import { describe, expect, it } from 'vitest';
import {
  annualDeadline,
  compareStrictness,
  DEFAULT_ASSESSMENT_INDICATORS,
  looseningProblems,
  monitoringRuleKey,
  monitoringRuleKeys,
  parseAssessmentScheme,
  resolveRules,
  ruleOf,
  RULES,
  ruleShapeProblems,
  type RuleVersionRecord,
} from '@dibao/domain';

const version = (
  regionCode: string,
  effectiveFrom: string,
  settings: RuleVersionRecord['settings'],
  number = 1,
): RuleVersionRecord => ({ id: `${regionCode}-${number}`, regionCode, version: number, effectiveFrom, settings });

const province = version('630000', '2021-01-01', {
  complaintConcludeDays: { value: 60, fixed: true },
  annualReportDeadlineCounty: { value: '12-15', fixed: true },
  rewardsOffered: { value: true, fixed: false },
});
const xining = version('630100', '2026-01-01', { complaintConcludeDays: { value: 45, fixed: true } });
const datong = version('630121', '2026-01-01', { complaintConcludeDays: { value: 40, fixed: false } });
const all = [province, xining, datong];

describe('rules in force', () => {
  it('inherits from the nearest region above, down to the national baseline, with where each comes from', () => {
    const rules = resolveRules('630121', '2026-06-01', all);
    expect(rules.complaintConcludeDays).toMatchObject({ value: 40, fixed: true, source: { regionCode: '630121' } });
    expect(rules.annualReportDeadlineCounty).toMatchObject({ value: '12-15', source: { regionCode: '630000' } });
    expect(rules.incidentReportHours).toMatchObject({
      value: RULES.incidentReportHours.national,
      source: { regionCode: null, versionId: null },
    });
    // A sibling county takes Xining's value; another prefecture's county the province's.
    expect(resolveRules('630102', '2026-06-01', all).complaintConcludeDays.source.regionCode).toBe('630100');
    expect(resolveRules('630202', '2026-06-01', all).complaintConcludeDays.value).toBe(60);
  });

  it('uses the versions in force on the day asked: earlier days keep earlier rules', () => {
    expect(resolveRules('630121', '2025-12-31', all).complaintConcludeDays.value).toBe(60);
    expect(resolveRules('630121', '2026-01-01', all).complaintConcludeDays.value).toBe(40);
    expect(resolveRules('630121', '2020-12-31', all).complaintConcludeDays.source.regionCode).toBeNull();
    const revised = version('630000', '2027-01-01', { complaintConcludeDays: { value: 50, fixed: false } }, 2);
    // The province's second version replaces its own set from its day: rewardsOffered falls back to national.
    const later = resolveRules('630202', '2027-02-01', [...all, revised]);
    expect(later.complaintConcludeDays).toMatchObject({ value: 50, source: { version: 2 } });
    expect(later.rewardsOffered.source.regionCode).toBeNull();
  });

  it('keeps a bound fixed above even against a looser value below adopted earlier', () => {
    const lax = version('630202', '2024-01-01', { complaintConcludeDays: { value: 90, fixed: false } });
    const rules = resolveRules('630202', '2024-06-01', [province, lax]);
    expect(rules.complaintConcludeDays).toMatchObject({
      value: 60,
      source: { regionCode: '630000' },
      overriddenBy: { regionCode: '630000' },
    });
  });
});

describe('tightening and loosening', () => {
  const above = resolveRules('630100', '2026-06-01', all);

  it('allows a stricter value and refuses a looser one than a bound fixed above', () => {
    expect(looseningProblems({ complaintConcludeDays: { value: 30, fixed: false } }, above)).toEqual([]);
    expect(looseningProblems({ complaintConcludeDays: { value: 45, fixed: false } }, above)).toEqual([]);
    const refused = looseningProblems({ complaintConcludeDays: { value: 50, fixed: false } }, above);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ key: 'complaintConcludeDays' });
    expect(refused[0]?.en).toMatch(/looser than 45/);
  });

  it('orders month-day deadlines by the reporting cycle, and leaves unfixed values free', () => {
    expect(compareStrictness('annualReportDeadlineCounty', '12-10', '12-15')).toBeLessThan(0);
    expect(compareStrictness('annualReportDeadlineCounty', '01-10', '12-15')).toBeGreaterThan(0);
    expect(looseningProblems({ annualReportDeadlineCounty: { value: '01-10', fixed: false } }, above)).toHaveLength(1);
    expect(looseningProblems({ incidentReportHours: { value: 48, fixed: false } }, above)).toEqual([]);
    expect(looseningProblems({ rewardsOffered: { value: false, fixed: false } }, above)).toEqual([]);
  });

  it('checks the shape of each value', () => {
    expect(ruleShapeProblems({ complaintConcludeDays: { value: 0 } })).toHaveLength(1);
    expect(ruleShapeProblems({ annualReportDeadlineCounty: { value: '02-30' } })).toHaveLength(1);
    expect(ruleShapeProblems({ nope: { value: 1 } })[0]?.en).toMatch(/Unknown rule/);
    expect(ruleShapeProblems({ rewardsOffered: { value: true, fixed: true } })[0]?.en).toMatch(/cannot be fixed/);
    expect(ruleShapeProblems({ rewardsOffered: { value: 'yes' } })).toHaveLength(1);
    expect(ruleShapeProblems({ complaintConcludeDays: { value: 30, fixed: true } })).toEqual([]);
  });

  it('puts deadlines before July in the year after the report year, at the end of the day in Beijing', () => {
    expect(annualDeadline('12-15', 2025).toISOString()).toBe('2025-12-15T15:59:59.999Z');
    expect(annualDeadline('01-20', 2025).toISOString()).toBe('2026-01-20T15:59:59.999Z');
  });
});

describe('assessment scheme as a rule', () => {
  it('inherits the national default scheme, which parses to the default indicators', () => {
    const parsed = parseAssessmentScheme(String(resolveRules('630121', '2026-01-01', []).assessmentScheme.value));
    expect(parsed).toEqual({ ok: true, indicators: DEFAULT_ASSESSMENT_INDICATORS });
  });

  it('takes known indicators with weights adding up to 100, each in its natural direction', () => {
    expect(parseAssessmentScheme('REPORT_VALIDATION_ISSUES:40.5, COMPLAINTS_CLOSED_ON_TIME:59.5')).toEqual({
      ok: true,
      indicators: [
        { code: 'REPORT_VALIDATION_ISSUES', weight: 40.5, direction: 'LOWER_IS_BETTER' },
        { code: 'COMPLAINTS_CLOSED_ON_TIME', weight: 59.5, direction: 'HIGHER_IS_BETTER' },
      ],
    });
  });

  it('refuses each kind of bad scheme with its reason', () => {
    const reason = (text: string) => {
      const parsed = parseAssessmentScheme(text);
      return parsed.ok ? 'ok' : parsed.reason;
    };
    expect(reason('REPORT_TIMELINESS:50,COMPLAINTS_CLOSED_ON_TIME:49.99')).toBe('SCHEME_WEIGHTS_SUM');
    expect(reason('REPORT_TIMELINESS:50,WELLBEING:50')).toBe('SCHEME_UNKNOWN_INDICATOR');
    expect(reason('REPORT_TIMELINESS:50,REPORT_TIMELINESS:50')).toBe('SCHEME_DUPLICATE_INDICATOR');
    expect(reason('REPORT_TIMELINESS=100')).toBe('SCHEME_SYNTAX');
    expect(reason('REPORT_TIMELINESS:0,COMPLAINTS_CLOSED_ON_TIME:100')).toBe('SCHEME_SYNTAX');
    expect(reason('')).toBe('SCHEME_SYNTAX');
    expect(ruleShapeProblems({ assessmentScheme: { value: 'REPORT_TIMELINESS:90' } })).toEqual([
      expect.objectContaining({ key: 'assessmentScheme', reason: 'SCHEME_WEIGHTS_SUM' }),
    ]);
    expect(ruleShapeProblems({ assessmentScheme: { value: 'REPORT_TIMELINESS:100', fixed: true } })).toHaveLength(1);
    expect(ruleShapeProblems({ assessmentScheme: { value: 'REPORT_TIMELINESS:100' } })).toEqual([]);
  });
});

describe('monitoring thresholds as rule values', () => {
  it('resolves them by date and inheritance like any rule, from the national defaults', () => {
    const versions = [
      version('630100', '2025-09-01', { 'monitoring.ABOVE_STANDARD.tolerance': { value: 0.2, fixed: true } }),
      version('630102', '2025-10-01', { 'monitoring.ABOVE_STANDARD.tolerance': { value: 0.1, fixed: false } }),
    ];
    const tolerance = (on: string) =>
      ruleOf(resolveRules('630102', on, versions), 'monitoring.ABOVE_STANDARD.tolerance');
    expect(tolerance('2025-08-01')).toMatchObject({ value: 0.05, source: { regionCode: null } });
    expect(tolerance('2025-09-01')).toMatchObject({ value: 0.2, fixed: true, source: { regionCode: '630100' } });
    expect(tolerance('2025-10-01')).toMatchObject({ value: 0.1, source: { regionCode: '630102' } });
    expect(monitoringRuleKeys).toContain(monitoringRuleKey('EQUAL_SPLITTING', 'share'));
    expect(Object.keys(RULES).some((key) => key.startsWith('monitoring.'))).toBe(false);
  });

  it('checks their shape and refuses loosening a value fixed above', () => {
    expect(ruleShapeProblems({ 'monitoring.EQUAL_SPLITTING.share': { value: 0.75 } })).toEqual([]);
    expect(ruleShapeProblems({ 'monitoring.EQUAL_SPLITTING.share': { value: 1.5 } })).toHaveLength(1);
    expect(ruleShapeProblems({ 'monitoring.EQUAL_SPLITTING.minHouseholds': { value: 2.5 } })).toHaveLength(1);
    expect(ruleShapeProblems({ 'monitoring.NOPE.x': { value: 1 } })[0]?.en).toMatch(/Unknown rule/);
    const above = resolveRules('630100', '2025-09-01', [
      version('630100', '2025-09-01', { 'monitoring.ABOVE_STANDARD.tolerance': { value: 0.2, fixed: true } }),
    ]);
    expect(
      looseningProblems({ 'monitoring.ABOVE_STANDARD.tolerance': { value: 0.5, fixed: false } }, above),
    ).toHaveLength(1);
    expect(looseningProblems({ 'monitoring.ABOVE_STANDARD.tolerance': { value: 0.1, fixed: false } }, above)).toEqual(
      [],
    );
  });
});
