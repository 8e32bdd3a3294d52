/** The demo's 24 months, 2023-12 to 2025-11, the months up to the reporting demo's open year's November. */
export const DEMO_FIRST_MONTH = '2023-12';
export const DEMO_MONTH_COUNT = 24;

/**
 * The month of the national demo's rosters (one month of every county): a month in which the demo plants its
 * anomalies (they fall in the middle of 2025), so that detection over the country has leads to find.
 */
export const NATIONAL_ROSTER_MONTH = '2025-08';

/** YYYY-MM, `offset` months after `month`. */
export function addMonths(month: string, offset: number): string {
  const [year, monthOfYear] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthOfYear - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function demoMonths(first = DEMO_FIRST_MONTH, count = DEMO_MONTH_COUNT): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(first, i));
}

export function yearOf(month: string): number {
  return Number(month.slice(0, 4));
}
