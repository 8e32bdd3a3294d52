import { shanghaiTime } from './shanghai-time.js';
import type { ReportingLevel } from './types.js';

/*
 * County bureaus report to their prefecture by 15 December, so that prefectures can consolidate and report
 * to the province by 31 December ("by year-end", as the notice says). Both are end of day, Beijing time.
 */
const DUE_DAY_IN_DECEMBER: Record<ReportingLevel, number> = { COUNTY: 15, PREFECTURE: 31 };

/** The last millisecond on which a report for `year` is on time. */
export function reportDeadline(level: ReportingLevel, year: number): Date {
  const startOfNextDay = shanghaiTime(year, 12, DUE_DAY_IN_DECEMBER[level] + 1);
  return new Date(startOfNextDay.getTime() - 1);
}

export function isLateSubmission(level: ReportingLevel, year: number, firstSubmittedAt: Date | null): boolean {
  return firstSubmittedAt !== null && firstSubmittedAt.getTime() > reportDeadline(level, year).getTime();
}
