import type { DataSource } from 'typeorm';
import { parentCodeOf } from '@dibao/domain';

/** The local rules, whose thresholds are configurable per region. */
export const LOCAL_RULES = [
  'EQUAL_SPLITTING',
  'DUPLICATE_PERSON',
  'ABOVE_STANDARD',
  'REGISTER_MATCH',
  'ABRUPT_CHANGE',
] as const;
export type LocalRule = (typeof LOCAL_RULES)[number];
export const PROCESS_RULES = ['OVERDUE_REPORT', 'OVERDUE_RECTIFICATION', 'OVERDUE_COMPLAINT'] as const;
export const ALERT_RULES = [...LOCAL_RULES, ...PROCESS_RULES] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

/**
 * Each rule's parameters and their defaults: a region's override replaces some of them and is inherited by the
 * regions below it until one of those sets its own.
 */
export const DEFAULT_THRESHOLDS = {
  /** A village is flagged when `share` of its households, of at least `minSizes` sizes, are paid one amount. */
  EQUAL_SPLITTING: { minHouseholds: 5, share: 0.6, minSizes: 2 },
  /** Flagged when the same person heads more than `maxHeads` households paid in one month. */
  DUPLICATE_PERSON: { maxHeads: 1 },
  /** Flagged when the amount per person exceeds the standard by more than `tolerance` (a fraction). */
  ABOVE_STANDARD: { tolerance: 0.05 },
  /** Register kinds that count (all by default). */
  REGISTER_MATCH: { deceasedGraceMonths: 0 },
  /** Month-over-month `change` (fraction) from a base of at least `minBase` households, or a modified z-score. */
  ABRUPT_CHANGE: { change: 0.3, minBase: 20, zScore: 3.5 },
  OVERDUE_REPORT: { graceDays: 0 },
  OVERDUE_RECTIFICATION: { graceDays: 0 },
  OVERDUE_COMPLAINT: { graceDays: 0 },
} satisfies Record<AlertRule, Record<string, number>>;

export type Thresholds = { [R in AlertRule]: (typeof DEFAULT_THRESHOLDS)[R] };

/** Checks an override: known parameter names, finite non-negative numbers (shares at most 1). */
export function thresholdProblem(rule: AlertRule, parameters: Record<string, unknown>): string | undefined {
  const known = DEFAULT_THRESHOLDS[rule] as Record<string, number>;
  for (const [name, value] of Object.entries(parameters)) {
    if (!(name in known)) return `${rule} has no parameter ${name} (it has ${Object.keys(known).join(', ')})`;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return `${name} must be a number ≥ 0`;
    if (name === 'share' && value > 1) return 'share must be at most 1';
  }
  return undefined;
}

export interface ThresholdOverride {
  regionCode: string;
  rule: AlertRule;
  parameters: Record<string, number>;
}

export async function loadOverrides(dataSource: DataSource): Promise<ThresholdOverride[]> {
  const rows = (await dataSource.query('SELECT region_code, rule, parameters FROM rule_threshold')) as Array<{
    region_code: string;
    rule: AlertRule;
    parameters: Record<string, number>;
  }>;
  return rows.map((row) => ({ regionCode: row.region_code, rule: row.rule, parameters: row.parameters }));
}

/** The effective thresholds of a region: defaults, then each ancestor's override from the province down. */
export function thresholdsOf(regionCode: string, overrides: readonly ThresholdOverride[]): Thresholds {
  const chain: string[] = [];
  for (let code: string | null = regionCode; code; code = parentCodeOf(code)) chain.unshift(code);
  const result = structuredClone(DEFAULT_THRESHOLDS) as Record<AlertRule, Record<string, number>>;
  for (const code of chain) {
    for (const override of overrides) {
      if (override.regionCode === code) Object.assign(result[override.rule], override.parameters);
    }
  }
  return result as Thresholds;
}
