/** The size of the national demo (HUB_DEMO=national), as the project states it. */
export const NATIONAL_TOTALS = {
  complaints: 1_000_000,
  findings: 200_000,
  accountabilityCases: 50_000,
} as const;

/** Ten years of annual reports, the latest (2025) the open year. */
export const NATIONAL_REPORT_YEARS: readonly number[] = Array.from({ length: 10 }, (_, index) => 2016 + index);

/** Nothing in the national demo happens after this instant (end of November 2025, Beijing). */
export const NATIONAL_AS_OF = new Date('2025-11-30T16:00:00Z');
