import type { DatasetRow } from '@dibao/datasets';
import type { Locale } from '../../i18n/locales.ts';
import { formatNumber } from '../format.ts';
import { integer } from '../release/cells.ts';

/*
 * How much of a region-year the annual figures cover: the accepted county reports they add up against the
 * county reports expected. A year is provisional until every expected report is accepted: 28 of 45 counties
 * summed would otherwise read as a fall in recipients. Every card, chart and table that shows report figures
 * marks a provisional year with its coverage, from the row itself (any region, any year).
 */

export interface Coverage {
  included: number;
  expected: number;
  provisional: boolean;
}

/** The coverage of a report-figures row; undefined when the row does not say. */
export function coverageOf(row: DatasetRow | undefined): Coverage | undefined {
  const included = integer(row, 'reports_included');
  const expected = integer(row, 'reports_expected');
  if (included === null || expected === null) return undefined;
  // The release states it (provisional); an older release without the column is judged from the counts.
  const stated = row?.provisional;
  const provisional = typeof stated === 'boolean' ? stated : included < expected;
  return { included, expected, provisional };
}

/** "28 of 45 county reports" / "28/45 县级报告". */
export function coverageText(coverage: Coverage, locale: Locale): string {
  const included = formatNumber(coverage.included, locale);
  const expected = formatNumber(coverage.expected, locale);
  return locale === 'zh-CN'
    ? `${included}/${expected} 县级报告`
    : `${included} of ${expected} county ${coverage.expected === 1 ? 'report' : 'reports'}`;
}

/** "Provisional: 28 of 45 county reports" / "暂定：28/45 县级报告"; null for a complete year. */
export function provisionalNote(coverage: Coverage | undefined, locale: Locale): string | null {
  if (!coverage?.provisional) return null;
  return locale === 'zh-CN'
    ? `暂定：${coverageText(coverage, locale)}`
    : `Provisional: ${coverageText(coverage, locale)}`;
}

/** A year label with its provisional note: "2025 (provisional: 28 of 45 county reports)". */
export function yearWithCoverage(year: number, coverage: Coverage | undefined, locale: Locale): string {
  if (!coverage?.provisional) return String(year);
  return locale === 'zh-CN'
    ? `${year}（暂定：${coverageText(coverage, locale)}）`
    : `${year} (provisional: ${coverageText(coverage, locale)})`;
}
