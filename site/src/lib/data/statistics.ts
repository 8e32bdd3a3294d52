import type { DatasetName, DatasetRow } from '@dibao/datasets';
import { figure, integer, sumFigures, text, type Figure } from '../release/cells.ts';
import { datasetRows } from '../release/release.ts';

/*
 * Region × year statistics of the release, as the region pages, the statistics page and the home page read
 * them. Every function returns rows of one dataset, so that a page can link each table to the file it shows.
 */

export type RegionYearDataset = Extract<
  DatasetName,
  | 'report-figures'
  | 'reporting-completeness'
  | 'inspection-findings'
  | 'complaints'
  | 'accountability'
  | 'monitoring-alerts'
>;

const indexes = new Map<RegionYearDataset, Map<string, DatasetRow[]>>();

/** The rows of a dataset about one region (its own figures, not its children's), oldest year first. */
export function rowsOfRegion(dataset: RegionYearDataset, code: string): DatasetRow[] {
  let index = indexes.get(dataset);
  if (!index) {
    index = new Map();
    for (const row of datasetRows(dataset)) {
      const region = text(row, 'region_code');
      if (region) index.set(region, [...(index.get(region) ?? []), row]);
    }
    for (const rows of index.values()) rows.sort((a, b) => (integer(a, 'year') ?? 0) - (integer(b, 'year') ?? 0));
    indexes.set(dataset, index);
  }
  return index.get(code) ?? [];
}

export const yearOf = (row: DatasetRow) => integer(row, 'year') ?? 0;

/** The years a region has rows for in a dataset, oldest first. */
export function yearsOf(rows: DatasetRow[]): number[] {
  return [...new Set(rows.map(yearOf))].filter((year) => year > 0).sort((a, b) => a - b);
}

/** The most recent year of the annual figures: the year the headline figures are about. */
export function latestYear(): number | null {
  const years = yearsOf(datasetRows('report-figures'));
  return years.at(-1) ?? yearsOf(datasetRows('reporting-completeness')).at(-1) ?? null;
}

export function rowOfYear(rows: DatasetRow[], year: number): DatasetRow | undefined {
  return rows.find((row) => yearOf(row) === year);
}

/** Recipients (urban plus rural persons) of a report-figures row. */
export const recipients = (row: DatasetRow | undefined): Figure =>
  sumFigures([figure(row, 'urban_persons'), figure(row, 'rural_persons')]);

export const households = (row: DatasetRow | undefined): Figure =>
  sumFigures([figure(row, 'urban_households'), figure(row, 'rural_households')]);

/** One value of a breakdown (complaints by channel, accountability by sanction, ...) in one year. */
export interface BreakdownCell {
  year: number;
  value: string;
  row: DatasetRow;
}

/** The rows of one dimension of the complaints or accountability dataset for a region. */
export function breakdown(dataset: 'complaints' | 'accountability', code: string, dimension: string): BreakdownCell[] {
  return rowsOfRegion(dataset, code)
    .filter((row) => text(row, 'dimension') === dimension)
    .map((row) => ({ year: yearOf(row), value: text(row, 'value') ?? '', row }));
}

/** Inspection findings of a region in a year, one row per problem category. */
export function findingsOfYear(code: string, year: number): DatasetRow[] {
  return rowsOfRegion('inspection-findings', code).filter((row) => yearOf(row) === year);
}

/** The sum of one column over rows, suppressed if any row's cell is. */
export const total = (rows: DatasetRow[], field: string): Figure => sumFigures(rows.map((row) => figure(row, field)));

/** The monitoring alerts of a region in its latest year with alerts, one row per rule (the ALL total apart). */
export function alertsOfLatestYear(
  code: string,
): { year: number; rules: DatasetRow[]; total: DatasetRow | undefined } | null {
  const rows = rowsOfRegion('monitoring-alerts', code);
  const year = yearsOf(rows).at(-1);
  if (year === undefined) return null;
  const ofYear = rows.filter((row) => yearOf(row) === year);
  return {
    year,
    rules: ofYear.filter((row) => text(row, 'rule') !== 'ALL'),
    total: ofYear.find((row) => text(row, 'rule') === 'ALL'),
  };
}
