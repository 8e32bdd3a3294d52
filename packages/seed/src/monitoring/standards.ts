import type { AnnualReportSeed } from '../reporting/types.js';
import type { RosterArea, StandardRow } from './types.js';

/** A county's standard per area and year, in fen per person per month. */
export type CountyStandards = ReadonlyMap<number, Readonly<Record<RosterArea, number>>>;

/* The provincial yearly rise (see reporting/standards.ts), used only for a year whose report is missing. */
const RISE_FEN: Readonly<Record<RosterArea, number>> = { URBAN: 3800, RURAL: 2700 };

/**
 * The standards of a county's annual reports, so that the rosters pay what the reports say; a year without a
 * report (or with its policy section still missing) takes the nearest reported year's standard moved by the
 * provincial rise.
 */
export function countyStandards(reports: readonly AnnualReportSeed[], years: readonly number[]): CountyStandards {
  const reported = new Map<number, Record<RosterArea, number>>();
  for (const report of reports) {
    const policy = report.content.policy;
    if (policy) reported.set(report.year, { URBAN: policy.urbanStandardFen, RURAL: policy.ruralStandardFen });
  }
  const known = [...reported.keys()];
  return new Map(
    years.map((year) => {
      const own = reported.get(year);
      if (own) return [year, own];
      const nearest = known.sort((a, b) => Math.abs(a - year) - Math.abs(b - year))[0];
      const base =
        nearest === undefined ? { URBAN: 80000, RURAL: 55000 } : (reported.get(nearest) as Record<RosterArea, number>);
      const shift = nearest === undefined ? 0 : year - nearest;
      return [year, { URBAN: base.URBAN + shift * RISE_FEN.URBAN, RURAL: base.RURAL + shift * RISE_FEN.RURAL }];
    }),
  );
}

/** Standards rows: one per area and year, from January. */
export function standardRows(countyCode: string, standards: CountyStandards): StandardRow[] {
  return [...standards.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([year, byArea]) =>
      (['URBAN', 'RURAL'] as const).map((area) => ({
        county_code: countyCode,
        area,
        from_month: `${year}-01`,
        standard_fen: byArea[area],
      })),
    );
}
