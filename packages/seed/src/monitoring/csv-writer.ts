import type { RegisterRow, RosterRow, StandardRow } from './types.js';

/*
 * The CSV formats: UTF-8, a header row, comma-separated, RFC 4180 quoting (a field holding a comma, a
 * quote or a line break is quoted, quotes doubled), CRLF line ends as RFC 4180 writes them.
 */

export const ROSTER_COLUMNS = [
  'month',
  'county_code',
  'township_code',
  'village',
  'household_id',
  'head_id_number',
  'household_size',
  'amount_fen',
  'area',
  'bank_paid',
] as const satisfies ReadonlyArray<keyof RosterRow>;
export const REGISTER_COLUMNS = ['id_number', 'kind', 'since', 'source'] as const satisfies ReadonlyArray<
  keyof RegisterRow
>;
export const STANDARD_COLUMNS = ['county_code', 'area', 'from_month', 'standard_fen'] as const satisfies ReadonlyArray<
  keyof StandardRow
>;

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Lines of a CSV file, header first, each ending in CRLF: a file of millions of rows is written piece by piece. */
export function* csvLines<Row>(columns: ReadonlyArray<keyof Row & string>, rows: Iterable<Row>): Generator<string> {
  yield `${columns.join(',')}\r\n`;
  for (const row of rows) {
    yield `${columns.map((column) => csvField(row[column] as string | number | boolean)).join(',')}\r\n`;
  }
}

export function rosterCsv(rows: Iterable<RosterRow>): string {
  return [...csvLines(ROSTER_COLUMNS, rows)].join('');
}

export function registerCsv(rows: Iterable<RegisterRow>): string {
  return [...csvLines(REGISTER_COLUMNS, rows)].join('');
}

export function standardsCsv(rows: Iterable<StandardRow>): string {
  return [...csvLines(STANDARD_COLUMNS, rows)].join('');
}
