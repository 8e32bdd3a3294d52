import { annualDeadline, type RulesInForce } from '@dibao/domain';

/*
 * Year-end reporting has no deployment-wide knobs any more: the filing deadlines and the reconciliation
 * tolerance are rules of each region (实施办法, read from the rule set in force, see @dibao/db rulesInForce).
 */

export type FilingLevel = 'COUNTY' | 'PREFECTURE';

/**
 * The day whose rules govern a report year: the first day of its reporting cycle, 1 July (deadlines before July
 * fall in the year after). A region's rule change applies from the next cycle that begins after it takes effect,
 * so a year's deadline is known when its cycle starts and never moves afterwards, filed or not.
 */
export const reportYearRulesDay = (year: number): string => `${year}-07-01`;

const DEADLINE_RULE = {
  COUNTY: 'annualReportDeadlineCounty',
  PREFECTURE: 'annualReportDeadlinePrefecture',
} as const satisfies Record<FilingLevel, keyof RulesInForce>;

/** The regular deadline of a report year under the filing region's rules (end of the day, Asia/Shanghai). */
export function deadlineOf(rules: RulesInForce, level: FilingLevel, year: number): Date {
  return annualDeadline(String(rules[DEADLINE_RULE[level]].value), year);
}

/** The relative tolerance of a prefecture's figures against the sum of its counties' accepted reports. */
export function toleranceOf(rules: RulesInForce): number {
  return Number(rules.reconciliationToleranceBasisPoints.value) / 10_000;
}
