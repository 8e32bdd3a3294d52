import type { RegionLevel } from './region-level.js';

/*
 * GB/T 2260 region codes. A six-digit code is three two-digit parts: province, prefecture, county; a zero
 * part means "this level and above" (630000 is Qinghai, 630100 Xining, 630102 Chengdong District). Township-
 * level units have nine digits: their county's six plus three (prefecture-level cities without counties,
 * such as Dongguan 441900, hold their townships directly, so the six may also be a prefecture code), and
 * village-level units (村委会, 居委会) twelve: their township's nine plus three, as the statistical division
 * codes number them.
 * Codes are strings: leading digits matter and they are compared by prefix.
 */

const SIX_DIGITS = /^[1-9]\d{5}$/;
const NINE_DIGITS = /^[1-9]\d{8}$/;
const TWELVE_DIGITS = /^[1-9]\d{11}$/;

/** True for a well-formed six-digit region code, nine-digit township code or twelve-digit village code. */
export function isRegionCode(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (TWELVE_DIGITS.test(value)) return isRegionCode(value.slice(0, 9));
  if (NINE_DIGITS.test(value)) return !value.slice(0, 6).endsWith('0000');
  if (!SIX_DIGITS.test(value)) return false;
  // A county part without a prefecture part (xx00yy) does not exist: counties directly under a province use
  // the reserved prefecture part 90 instead.
  return !(value.slice(2, 4) === '00' && value.slice(4) !== '00');
}

function assertRegionCode(code: string): void {
  if (!isRegionCode(code)) {
    throw new RangeError(
      `Malformed region code ${JSON.stringify(code)}: expected a GB/T 2260 code of 6 digits ` +
        '(e.g. 630000, 630100, 630102), 9 digits for a township-level unit or 12 for a village-level one',
    );
  }
}

/**
 * Pads the short codes found in data files to six digits ('63' → '630000', '6301' → '630100'); six- and
 * nine- and twelve-digit codes are kept. Anything else, or a result that is not a code of the expected level, throws.
 */
export function normalizeRegionCode(input: string): string {
  if (typeof input !== 'string' || !/^\d+$/.test(input)) {
    throw new RangeError(`Malformed region code ${JSON.stringify(input)}: expected digits only`);
  }
  const padded = padToRegionCode(input);
  assertRegionCode(padded);
  const expectedLevel = input.length === 2 ? 'PROVINCE' : input.length === 4 ? 'PREFECTURE' : undefined;
  if (expectedLevel !== undefined && regionLevelOf(padded) !== expectedLevel) {
    throw new RangeError(
      `Malformed region code ${JSON.stringify(input)}: a ${input.length}-digit code must name a ${expectedLevel.toLowerCase()}`,
    );
  }
  return padded;
}

function padToRegionCode(digits: string): string {
  switch (digits.length) {
    case 2:
      return `${digits}0000`;
    case 4:
      return `${digits}00`;
    case 6:
    case 9:
    case 12:
      return digits;
    default:
      throw new RangeError(
        `Malformed region code ${JSON.stringify(digits)}: expected 2, 4, 6, 9 or 12 digits, got ${digits.length}`,
      );
  }
}

/** The tier a code names, read from its shape alone. */
export function regionLevelOf(code: string): RegionLevel {
  assertRegionCode(code);
  if (code.length === 12) return 'VILLAGE';
  if (code.length === 9) return 'TOWNSHIP';
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'PREFECTURE';
  return 'COUNTY';
}

/** The code of the enclosing region, or null for a province. */
export function parentCodeOf(code: string): string | null {
  switch (regionLevelOf(code)) {
    case 'PROVINCE':
      return null;
    case 'PREFECTURE':
      return `${code.slice(0, 2)}0000`;
    case 'COUNTY':
      return `${code.slice(0, 4)}00`;
    case 'TOWNSHIP':
      return code.slice(0, 6);
    case 'VILLAGE':
      return code.slice(0, 9);
  }
}

/** All enclosing regions, province first; the code itself is not included. */
export function ancestorCodesOf(code: string): string[] {
  const ancestors: string[] = [];
  for (let parent = parentCodeOf(code); parent !== null; parent = parentCodeOf(parent)) {
    ancestors.unshift(parent);
  }
  return ancestors;
}

/**
 * The string every code in the region's subtree (itself included) starts with, so that SQL can select a
 * subtree with `code LIKE prefix || '%'`: '63' for 630000, '6301' for 630100, the whole code for a county
 * (its townships extend it) and for a township.
 */
export function subtreeCodePrefix(code: string): string {
  switch (regionLevelOf(code)) {
    case 'PROVINCE':
      return code.slice(0, 2);
    case 'PREFECTURE':
      return code.slice(0, 4);
    case 'COUNTY':
    case 'TOWNSHIP':
    case 'VILLAGE':
      return code;
  }
}

/** True when `code` is `scopeCode` or lies inside it: the test behind every region-scoped permission. */
export function isWithinRegion(code: string, scopeCode: string): boolean {
  assertRegionCode(code);
  return code.startsWith(subtreeCodePrefix(scopeCode));
}

/**
 * True for a code of a region that has agencies (province down to township): the regions the other
 * subgraphs' records belong to. Villages are places that payment rosters and alerts name, not bodies that
 * report, receive complaints or are held accountable, so those records refuse a village code.
 */
export function isAgencyRegionCode(value: unknown): value is string {
  return isRegionCode(value) && value.length <= 9;
}
