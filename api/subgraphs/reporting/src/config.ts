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

/** How many days before a filing deadline its reporters are reminded of a report not yet submitted. */
export const REPORT_REMIND_DAYS = 14;

/**
 * The report year whose cycle is running at `at` (Asia/Shanghai): from 1 July of a year to 30 June of the next,
 * the cycle in which every deadline of that year falls.
 */
export function openReportYear(at: Date): number {
  const local = new Date(at.getTime() + 8 * 3600_000);
  return local.getUTCMonth() >= 6 ? local.getUTCFullYear() : local.getUTCFullYear() - 1;
}

/** How often every process running reporting checks that each region's open-year deadline is stamped. */
export const DEADLINE_SWEEP = { firstAfterMs: 5 * 60_000, everyMs: 60 * 60_000 };
