import { isRegionCode, REGISTER_COLUMNS, ROSTER_COLUMNS, STANDARDS_COLUMNS } from '@dibao/domain';
import { idNumberProblem } from './id-number.js';

/*
 * The three file formats of issue 11, fixed so that other systems can send them: UTF-8 CSV with a header row
 * (an optional BOM), RFC 4180 quoting, columns in this order. A format checks one row at a time and turns it
 * into the row that is stored, with the ID numbers already replaced by pseudonyms.
 */

export type FileKind = 'ROSTER' | 'REGISTER' | 'STANDARDS';

export { REGISTER_COLUMNS, ROSTER_COLUMNS, STANDARDS_COLUMNS };

export const REGISTER_KINDS = [
  'DECEASED',
  'OFFICIAL',
  'OFFICIAL_RELATIVE',
  'VEHICLE_OWNER',
  'PROPERTY_OWNER',
  'BUSINESS_OWNER',
] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** One bad cell (or a bad line, column null): what the rejection report lists. */
export interface RowProblem {
  line: number;
  column: string | null;
  reason: string;
}

export class CellError extends Error {
  constructor(
    readonly column: string,
    reason: string,
  ) {
    super(reason);
  }
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const INTEGER = /^(0|[1-9]\d*)$/;

export function monthCell(column: string, value: string): string {
  if (!MONTH.test(value)) throw new CellError(column, 'must be a month YYYY-MM');
  return `${value}-01`;
}

function dayCell(column: string, value: string): string {
  const match = DAY.exec(value);
  if (!match) throw new CellError(column, 'must be a date YYYY-MM-DD');
  const date = new Date(`${value}T00:00:00Z`);
  if (date.toISOString().slice(0, 10) !== value) throw new CellError(column, 'is not a calendar date');
  return value;
}

function countyCell(column: string, value: string): string {
  if (!/^\d{6}$/.test(value) || !isRegionCode(value) || value.endsWith('00')) {
    throw new CellError(column, 'must be a 6-digit county code (GB/T 2260)');
  }
  return value;
}

function integerCell(column: string, value: string, min: number, max: number): number {
  if (!INTEGER.test(value)) throw new CellError(column, 'must be a whole number');
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new CellError(column, `must be between ${min} and ${max}`);
  }
  return number;
}

function areaCell(column: string, value: string): 'URBAN' | 'RURAL' {
  if (value !== 'URBAN' && value !== 'RURAL') throw new CellError(column, 'must be URBAN or RURAL');
  return value;
}

function idCell(column: string, value: string): string {
  const problem = idNumberProblem(value);
  // The reason never repeats the value: the report may be shown and logged, the number must not be.
  if (problem) throw new CellError(column, `resident ID number ${problem}`);
  return value.toUpperCase();
}

export interface RosterRow {
  month: string;
  countyCode: string;
  townshipCode: string;
  villageName: string;
  householdId: string;
  headIdNumber: string;
  householdSize: number;
  amountFen: number;
  area: 'URBAN' | 'RURAL';
  bankPaid: boolean;
}

export function rosterRow(cells: string[]): RosterRow {
  const [month, county, township, village, household, head, size, amount, area, bank] = cells as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const countyCode = countyCell('county_code', county);
  if (!/^\d{9}$/.test(township) || !township.startsWith(countyCode)) {
    throw new CellError('township_code', 'must be a 9-digit township code within the county');
  }
  if (village.trim() === '' || village.length > 100)
    throw new CellError('village', 'must be a name of 1–100 characters');
  if (household.trim() === '' || household.length > 64) {
    throw new CellError('household_id', 'must be an id of 1–64 characters');
  }
  if (bank !== 'true' && bank !== 'false') throw new CellError('bank_paid', 'must be true or false');
  return {
    month: monthCell('month', month),
    countyCode,
    townshipCode: township,
    villageName: village.trim(),
    householdId: household,
    headIdNumber: idCell('head_id_number', head),
    householdSize: integerCell('household_size', size, 1, 20),
    amountFen: integerCell('amount_fen', amount, 0, Number.MAX_SAFE_INTEGER),
    area: areaCell('area', area),
    bankPaid: bank === 'true',
  };
}

export interface RegisterRow {
  idNumber: string;
  kind: RegisterKind;
  since: string;
  source: string;
}

export function registerRow(cells: string[]): RegisterRow {
  const [id, kind, since, source] = cells as [string, string, string, string];
  if (!(REGISTER_KINDS as readonly string[]).includes(kind)) {
    throw new CellError('kind', `must be one of ${REGISTER_KINDS.join(', ')}`);
  }
  if (source.trim() === '' || source.length > 200)
    throw new CellError('source', 'must name the department (1–200 characters)');
  return {
    idNumber: idCell('id_number', id),
    kind: kind as RegisterKind,
    since: dayCell('since', since),
    source: source.trim(),
  };
}

export interface StandardRow {
  countyCode: string;
  area: 'URBAN' | 'RURAL';
  fromMonth: string;
  standardFen: number;
}

export function standardRow(cells: string[]): StandardRow {
  const [county, area, from, fen] = cells as [string, string, string, string];
  return {
    countyCode: countyCell('county_code', county),
    area: areaCell('area', area),
    fromMonth: monthCell('from_month', from),
    standardFen: integerCell('standard_fen', fen, 0, 100_000_000),
  };
}

export const COLUMNS_OF: Record<FileKind, readonly string[]> = {
  ROSTER: ROSTER_COLUMNS,
  REGISTER: REGISTER_COLUMNS,
  STANDARDS: STANDARDS_COLUMNS,
};
