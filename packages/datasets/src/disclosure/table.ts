import type { DatasetRow } from '../release-format.js';
import { suppressCells, type AdditiveRelation, type DisclosureCell, type SuppressionOptions } from './suppression.js';

/** Rows of a table that add up: for every person-count field, the total row's cell is the sum of the parts'. */
export interface RowSum {
  total: number;
  parts: number[];
}

/**
 * Within each group (year, breakdown and value), a region's row is the sum of its children's rows. Tables are
 * dense (every region has a row in every group), so a parent's children are exactly the rows naming it.
 */
export function regionSums<R>(
  rows: readonly R[],
  keys: { group(row: R): string; region(row: R): string; parent(row: R): string | null },
): RowSum[] {
  const indexOf = new Map<string, number>();
  rows.forEach((row, index) => indexOf.set(`${keys.group(row)}\u0000${keys.region(row)}`, index));
  const children = new Map<number, number[]>();
  rows.forEach((row, index) => {
    const parent = keys.parent(row);
    if (parent === null) return;
    const parentIndex = indexOf.get(`${keys.group(row)}\u0000${parent}`);
    if (parentIndex === undefined) return;
    const list = children.get(parentIndex);
    if (list) list.push(index);
    else children.set(parentIndex, [index]);
  });
  return [...children].map(([total, parts]) => ({ total, parts }));
}

/** Within each group (year, region and breakdown), the total row is the sum of the rows of the breakdown. */
export function marginSums<R>(
  rows: readonly R[],
  keys: { group(row: R): string | null; total(row: R): string | null },
): RowSum[] {
  const totals = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = keys.total(row);
    if (key !== null) totals.set(key, index);
  });
  const parts = new Map<number, number[]>();
  rows.forEach((row, index) => {
    const key = keys.group(row);
    if (key === null) return;
    const total = totals.get(key);
    if (total === undefined) return;
    const list = parts.get(total);
    if (list) list.push(index);
    else parts.set(total, [index]);
  });
  return [...parts].map(([total, list]) => ({ total, parts: list }));
}

export interface SuppressedTable {
  rows: DatasetRow[];
  suppressedCells: number;
  primaryCells: number;
  /** Cells that remain computable although withheld (should be none; reported, never hidden). */
  unprotected: string[];
  unaudited: number;
}

const cellId = (row: number, field: string) => `${row}:${field}`;

/**
 * Applies primary and secondary suppression to the person-count fields of a table. A withheld cell becomes
 * null and its field is listed in the row's `suppressed`. `order` breaks ties between equal counts (region
 * code first).
 */
export function suppressTable(
  rows: readonly DatasetRow[],
  personFields: readonly string[],
  sums: readonly RowSum[],
  options: SuppressionOptions & { order(row: DatasetRow, index: number): string },
): SuppressedTable {
  const cells: DisclosureCell[] = [];
  rows.forEach((row, index) => {
    for (const field of personFields) {
      const value = row[field];
      if (value !== null && value !== undefined && typeof value !== 'number') {
        throw new TypeError(`Row ${index}: person count ${field} must be a number or null`);
      }
      cells.push({ id: cellId(index, field), value: value ?? null, order: `${options.order(row, index)}|${field}` });
    }
  });
  const relations: AdditiveRelation[] = sums.flatMap((sum) =>
    personFields.map((field) => ({
      total: cellId(sum.total, field),
      parts: sum.parts.map((part) => cellId(part, field)),
    })),
  );
  const result = suppressCells(cells, relations, options);
  const out = rows.map((row, index) => {
    const withheld = personFields.filter((field) => result.suppressed.has(cellId(index, field)));
    if (withheld.length === 0) return { ...row };
    const copy: DatasetRow = { ...row, suppressed: [...(row.suppressed ?? []), ...withheld] };
    for (const field of withheld) copy[field] = null;
    return copy;
  });
  return {
    rows: out,
    suppressedCells: result.suppressed.size,
    primaryCells: result.primary.size,
    unprotected: result.unprotected,
    unaudited: result.unaudited,
  };
}
