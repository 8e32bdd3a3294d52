import type { VocabularyLabel } from './vocabulary.js';

/*
 * The parameters of the monitoring rules (动态监测规则阈值) as local rule values: each `monitoring.RULE.param`
 * is adopted in a region's rule version like any other rule, effective-dated and inherited, so a change of a
 * threshold judges the months from its first day on and leaves earlier months as they were judged.
 * They are kept out of the public catalogue (`RULES`): a published threshold tells how to stay below it.
 */

/** The monitoring rules with parameters, and each parameter's national value (the hub's defaults). */
export const MONITORING_THRESHOLD_DEFAULTS = {
  /** A village is flagged when `share` of its households, of at least `minSizes` sizes, are paid one amount. */
  EQUAL_SPLITTING: { minHouseholds: 5, share: 0.6, minSizes: 2 },
  /** Flagged when the same person heads more than `maxHeads` households paid in one month. */
  DUPLICATE_PERSON: { maxHeads: 1 },
  /** Flagged when the amount per person exceeds the standard by more than `tolerance` (a fraction). */
  ABOVE_STANDARD: { tolerance: 0.05 },
  /** A death counts from `deceasedGraceMonths` months after it. */
  REGISTER_MATCH: { deceasedGraceMonths: 0 },
  /** Month-over-month `change` (fraction) from a base of at least `minBase` households, or a modified z-score. */
  ABRUPT_CHANGE: { change: 0.3, minBase: 20, zScore: 3.5 },
  OVERDUE_REPORT: { graceDays: 0 },
  OVERDUE_RECTIFICATION: { graceDays: 0 },
  OVERDUE_COMPLAINT: { graceDays: 0 },
} as const;

export type MonitoringRuleName = keyof typeof MONITORING_THRESHOLD_DEFAULTS;
export type MonitoringThresholds = {
  -readonly [R in MonitoringRuleName]: { -readonly [P in keyof (typeof MONITORING_THRESHOLD_DEFAULTS)[R]]: number };
};

/** The rule key of one parameter: `monitoring.EQUAL_SPLITTING.share`. */
export const monitoringRuleKey = (rule: string, parameter: string) => `monitoring.${rule}.${parameter}`;

interface ParameterSpec {
  /** DECIMAL for fractions and scores, INTEGER for counts, months and days. */
  kind: 'DECIMAL' | 'INTEGER';
  /** 0 unless given. */
  min?: number;
  max: number;
  label: VocabularyLabel;
  unit?: VocabularyLabel;
}

/** Grace days may cover any backlog the process rules look at (years of reports): a bound, not a policy. */
const GRACE_DAYS_MAX = 100_000;
const FRACTION = { zh: '比例（0–1）', en: 'fraction (0–1)' } as const;

/**
 * Every parameter is a limit where lower is stricter (it flags more): a level may fix it so that the levels
 * below can tighten it but never loosen it, e.g. a province keeps a county from tolerating more above the standard.
 */
const PARAMETERS: Record<string, ParameterSpec> = {
  'EQUAL_SPLITTING.minHouseholds': {
    kind: 'INTEGER',
    max: 10_000,
    label: { zh: '平均分配：村内最少户数', en: 'Equal splitting: least households in the village' },
  },
  'EQUAL_SPLITTING.share': {
    kind: 'DECIMAL',
    max: 1,
    label: { zh: '平均分配：同一金额户数占比', en: 'Equal splitting: share of households paid one amount' },
    unit: FRACTION,
  },
  'EQUAL_SPLITTING.minSizes': {
    kind: 'INTEGER',
    max: 100,
    label: { zh: '平均分配：最少家庭规模种数', en: 'Equal splitting: least household sizes among them' },
  },
  'DUPLICATE_PERSON.maxHeads': {
    kind: 'INTEGER',
    min: 1,
    max: 100,
    label: { zh: '重复享受：同一户主最多户数', en: 'Duplicate person: most households one person may head' },
  },
  'ABOVE_STANDARD.tolerance': {
    kind: 'DECIMAL',
    max: 100,
    label: { zh: '超标准发放：允许超出比例', en: 'Above standard: tolerated excess over the standard' },
    unit: FRACTION,
  },
  'REGISTER_MATCH.deceasedGraceMonths': {
    kind: 'INTEGER',
    max: 120,
    label: { zh: '数据比对：死亡后宽限月数', en: 'Register match: months of grace after a death' },
    unit: { zh: '月', en: 'months' },
  },
  'ABRUPT_CHANGE.change': {
    kind: 'DECIMAL',
    max: 100,
    label: { zh: '异常变动：环比变动比例', en: 'Abrupt change: month-over-month change' },
    unit: FRACTION,
  },
  'ABRUPT_CHANGE.minBase': {
    kind: 'INTEGER',
    max: 1_000_000,
    label: { zh: '异常变动：最少基数户数', en: 'Abrupt change: least households in the base month' },
  },
  'ABRUPT_CHANGE.zScore': {
    kind: 'DECIMAL',
    max: 1_000,
    label: { zh: '异常变动：修正 Z 分数', en: 'Abrupt change: modified z-score' },
  },
  'OVERDUE_REPORT.graceDays': {
    kind: 'INTEGER',
    max: GRACE_DAYS_MAX,
    label: { zh: '报告逾期：宽限天数', en: 'Overdue report: days of grace' },
    unit: { zh: '天', en: 'days' },
  },
  'OVERDUE_RECTIFICATION.graceDays': {
    kind: 'INTEGER',
    max: GRACE_DAYS_MAX,
    label: { zh: '整改逾期：宽限天数', en: 'Overdue rectification: days of grace' },
    unit: { zh: '天', en: 'days' },
  },
  'OVERDUE_COMPLAINT.graceDays': {
    kind: 'INTEGER',
    max: GRACE_DAYS_MAX,
    label: { zh: '投诉逾期：宽限天数', en: 'Overdue complaint: days of grace' },
    unit: { zh: '天', en: 'days' },
  },
};

export interface MonitoringRuleDefinition {
  readonly kind: 'DECIMAL' | 'INTEGER';
  readonly bound: 'AT_MOST';
  readonly national: number;
  readonly min: number;
  readonly max: number;
  readonly label: VocabularyLabel;
  readonly unit?: VocabularyLabel;
  readonly rule: MonitoringRuleName;
  readonly parameter: string;
}

/** The catalogue of the monitoring rule values, by rule key, in the order of the rules and their parameters. */
export const MONITORING_RULES: Readonly<Record<string, MonitoringRuleDefinition>> = Object.fromEntries(
  Object.entries(MONITORING_THRESHOLD_DEFAULTS).flatMap(([rule, parameters]) =>
    Object.entries(parameters).map(([parameter, national]) => {
      const spec = PARAMETERS[`${rule}.${parameter}`];
      if (!spec) throw new Error(`No definition of the monitoring parameter ${rule}.${parameter}`);
      const definition: MonitoringRuleDefinition = {
        kind: spec.kind,
        bound: 'AT_MOST',
        national,
        min: spec.min ?? 0,
        max: spec.max,
        label: spec.label,
        ...(spec.unit ? { unit: spec.unit } : {}),
        rule: rule as MonitoringRuleName,
        parameter,
      };
      return [monitoringRuleKey(rule, parameter), definition];
    }),
  ),
);

export const monitoringRuleKeys = Object.keys(MONITORING_RULES);
