import type { DatasetRow } from '@dibao/datasets';

/*
 * Typed reads of the loosely typed rows of a dataset. A suppressed cell is null in the JSON and named in the
 * row's `suppressed` list; the pages must tell it apart from "no value", so counts come back as a `Figure`.
 */

/** A number as the release publishes it: a value, suppressed (withheld for privacy), or absent. */
export interface Figure {
  value: number | null;
  suppressed: boolean;
}

export const NO_FIGURE: Figure = { value: null, suppressed: false };

export const isSuppressed = (row: DatasetRow, field: string) => row.suppressed?.includes(field) ?? false;

export function figure(row: DatasetRow | undefined, field: string): Figure {
  if (!row) return NO_FIGURE;
  if (isSuppressed(row, field)) return { value: null, suppressed: true };
  const value = row[field];
  return { value: typeof value === 'number' && Number.isFinite(value) ? value : null, suppressed: false };
}

export function text(row: DatasetRow | undefined, field: string): string | null {
  const value = row?.[field];
  if (typeof value === 'string') return value.length > 0 ? value : null;
  if (typeof value === 'number') return String(value);
  return null;
}

export function integer(row: DatasetRow | undefined, field: string): number | null {
  const value = row?.[field];
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return null;
}

/**
 * The sum of figures: suppressed when any part is (a partial sum would mislead), absent when all parts are.
 * Used where the release gives parts and a page wants their total, e.g. urban plus rural recipients.
 */
export function sumFigures(parts: Figure[]): Figure {
  if (parts.some((part) => part.suppressed)) return { value: null, suppressed: true };
  const present = parts.filter((part) => part.value !== null);
  if (present.length === 0) return NO_FIGURE;
  return { value: present.reduce((total, part) => total + (part.value ?? 0), 0), suppressed: false };
}
