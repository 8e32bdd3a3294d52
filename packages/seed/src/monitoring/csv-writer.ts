import { REGISTER_COLUMNS, ROSTER_COLUMNS, STANDARDS_COLUMNS } from '@dibao/domain';
import type { RegisterRow, RosterRow, StandardRow } from './types.js';

/*
 * The CSV formats: UTF-8, a header row, comma-separated, RFC 4180 quoting (a field holding a comma, a
 * quote or a line break is quoted, quotes doubled), CRLF line ends as RFC 4180 writes them.
 */

export { REGISTER_COLUMNS, ROSTER_COLUMNS, STANDARDS_COLUMNS };

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
  return [...csvLines(STANDARDS_COLUMNS, rows)].join('');
}
