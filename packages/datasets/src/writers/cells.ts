import { SUPPRESSION_MARKER, type Cell, type DatasetField, type DatasetRow } from '../release-format.js';

const isSuppressed = (row: DatasetRow, field: string) => row.suppressed?.includes(field) ?? false;

function checkedValue(row: DatasetRow, field: DatasetField): Cell {
  const value = row[field.name];
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) throw new TypeError(`${field.name}: a cell cannot hold a list`);
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new RangeError(`${field.name}: ${value} is not a number`);
  return value;
}

/** A row as CSV text cells: S for a withheld cell, empty for none, numbers and booleans as Table Schema reads them. */
export function csvRecord(row: DatasetRow, fields: readonly DatasetField[]): string[] {
  return fields.map((field) => {
    if (isSuppressed(row, field.name)) return SUPPRESSION_MARKER;
    const value = checkedValue(row, field);
    if (value === null) return '';
    if (typeof value === 'string' && value === SUPPRESSION_MARKER) {
      throw new Error(`${field.name}: the text "${SUPPRESSION_MARKER}" would read as a withheld cell`);
    }
    return String(value);
  });
}

/** A row as the contract's JSON: the fields in order, withheld cells null and listed in `suppressed`. */
export function jsonRow(row: DatasetRow, fields: readonly DatasetField[]): DatasetRow {
  const out: DatasetRow = {};
  const withheld: string[] = [];
  for (const field of fields) {
    if (isSuppressed(row, field.name)) {
      out[field.name] = null;
      withheld.push(field.name);
    } else {
      out[field.name] = checkedValue(row, field);
    }
  }
  if (withheld.length > 0) out.suppressed = withheld;
  return out;
}
