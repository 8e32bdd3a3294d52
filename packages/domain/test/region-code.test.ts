import { describe, expect, it } from 'vitest';
import {
  ancestorCodesOf,
  isAgencyRegionCode,
  isRegionCode,
  isWithinRegion,
  normalizeRegionCode,
  parentCodeOf,
  regionLevelOf,
  subtreeCodePrefix,
} from '../src/index.js';

const QINGHAI = '630000';
const XINING = '630100';
const CHENGDONG = '630102';
const DATONG = '630121';
const HAIDONG = '630200';
const DATONG_TOWNSHIP = '630121100';
const MALFORMED = [
  '',
  '63',
  '6301',
  '63010',
  '6301020',
  '63012110',
  '6301211000',
  '000000',
  '063010',
  '6301a2',
  ' 630102',
  '630001',
  '630000100',
  630102,
];

describe('isRegionCode', () => {
  it('accepts six-digit codes at every level and nine-digit township codes', () => {
    for (const code of [
      QINGHAI,
      XINING,
      CHENGDONG,
      DATONG,
      HAIDONG,
      '110101',
      DATONG_TOWNSHIP,
      '441900003',
      '350527000',
    ]) {
      expect(isRegionCode(code), code).toBe(true);
    }
  });

  it('rejects malformed input', () => {
    for (const value of [...MALFORMED, null, undefined]) expect(isRegionCode(value), String(value)).toBe(false);
  });
});

describe('normalizeRegionCode', () => {
  it('pads data-file codes to GB/T 2260', () => {
    expect(normalizeRegionCode('63')).toBe(QINGHAI);
    expect(normalizeRegionCode('6301')).toBe(XINING);
    expect(normalizeRegionCode('1101')).toBe('110100');
  });

  it('keeps six- and nine-digit codes', () => {
    expect(normalizeRegionCode(CHENGDONG)).toBe(CHENGDONG);
    expect(normalizeRegionCode(QINGHAI)).toBe(QINGHAI);
    expect(normalizeRegionCode(DATONG_TOWNSHIP)).toBe(DATONG_TOWNSHIP);
  });

  it('throws a RangeError for anything else', () => {
    for (const value of [
      '',
      '6',
      '630',
      '63010',
      '6301020',
      '00',
      '0001',
      '6300',
      '63a1',
      '630001',
      ' 63',
      '630000100',
    ]) {
      expect(() => normalizeRegionCode(value), value).toThrow(RangeError);
    }
    expect(() => normalizeRegionCode(63 as never)).toThrow(RangeError);
    expect(() => normalizeRegionCode('12345')).toThrow(/2, 4, 6, 9 or 12 digits/);
  });
});

describe('regionLevelOf', () => {
  it('reads the level from the shape of the code', () => {
    expect(regionLevelOf(QINGHAI)).toBe('PROVINCE');
    expect(regionLevelOf(XINING)).toBe('PREFECTURE');
    expect(regionLevelOf(HAIDONG)).toBe('PREFECTURE');
    expect(regionLevelOf(CHENGDONG)).toBe('COUNTY');
    expect(regionLevelOf(DATONG)).toBe('COUNTY');
    expect(regionLevelOf(DATONG_TOWNSHIP)).toBe('TOWNSHIP');
    expect(regionLevelOf('110101')).toBe('COUNTY');
  });

  it('throws for malformed codes', () => {
    for (const value of MALFORMED) expect(() => regionLevelOf(value as string), String(value)).toThrow(RangeError);
  });
});

describe('parentCodeOf', () => {
  it('walks one level up', () => {
    expect(parentCodeOf(QINGHAI)).toBeNull();
    expect(parentCodeOf(XINING)).toBe(QINGHAI);
    expect(parentCodeOf(HAIDONG)).toBe(QINGHAI);
    expect(parentCodeOf(CHENGDONG)).toBe(XINING);
    expect(parentCodeOf(DATONG)).toBe(XINING);
    expect(parentCodeOf(DATONG_TOWNSHIP)).toBe(DATONG);
  });

  it('gives a municipality district its placeholder prefecture', () => {
    expect(parentCodeOf('110101')).toBe('110100');
    expect(parentCodeOf('110100')).toBe('110000');
  });

  it('attaches the townships of a city without counties to the city', () => {
    expect(parentCodeOf('441900003')).toBe('441900');
  });

  it('throws for malformed codes', () => {
    expect(() => parentCodeOf('6301')).toThrow(RangeError);
  });
});

describe('ancestorCodesOf', () => {
  it('lists enclosing regions root first, excluding the code itself', () => {
    expect(ancestorCodesOf(QINGHAI)).toEqual([]);
    expect(ancestorCodesOf(XINING)).toEqual([QINGHAI]);
    expect(ancestorCodesOf(DATONG)).toEqual([QINGHAI, XINING]);
    expect(ancestorCodesOf(DATONG_TOWNSHIP)).toEqual([QINGHAI, XINING, DATONG]);
    expect(ancestorCodesOf('441900003')).toEqual(['440000', '441900']);
  });

  it('throws for malformed codes', () => {
    expect(() => ancestorCodesOf('abc')).toThrow(RangeError);
  });
});

describe('subtreeCodePrefix', () => {
  it('gives the prefix shared by the whole subtree', () => {
    expect(subtreeCodePrefix(QINGHAI)).toBe('63');
    expect(subtreeCodePrefix(XINING)).toBe('6301');
    expect(subtreeCodePrefix(CHENGDONG)).toBe(CHENGDONG);
    expect(subtreeCodePrefix(DATONG_TOWNSHIP)).toBe(DATONG_TOWNSHIP);
  });

  it('is a prefix of every descendant and of the code itself', () => {
    for (const code of [XINING, CHENGDONG, DATONG, DATONG_TOWNSHIP]) {
      for (const ancestor of [...ancestorCodesOf(code), code]) {
        expect(code.startsWith(subtreeCodePrefix(ancestor)), `${code} in ${ancestor}`).toBe(true);
      }
    }
  });

  it('throws for malformed codes', () => {
    expect(() => subtreeCodePrefix('63')).toThrow(RangeError);
  });
});

describe('isWithinRegion', () => {
  it('is true for the scope itself and its subtree', () => {
    expect(isWithinRegion(QINGHAI, QINGHAI)).toBe(true);
    expect(isWithinRegion(DATONG, QINGHAI)).toBe(true);
    expect(isWithinRegion(DATONG, XINING)).toBe(true);
    expect(isWithinRegion(DATONG_TOWNSHIP, XINING)).toBe(true);
    expect(isWithinRegion(DATONG_TOWNSHIP, DATONG)).toBe(true);
    expect(isWithinRegion(DATONG_TOWNSHIP, DATONG_TOWNSHIP)).toBe(true);
  });

  it('is false outside the scope, including for ancestors and siblings', () => {
    expect(isWithinRegion(QINGHAI, XINING)).toBe(false);
    expect(isWithinRegion(XINING, DATONG)).toBe(false);
    expect(isWithinRegion(DATONG, HAIDONG)).toBe(false);
    expect(isWithinRegion(CHENGDONG, DATONG)).toBe(false);
    expect(isWithinRegion('110101', QINGHAI)).toBe(false);
    expect(isWithinRegion('630202', XINING)).toBe(false);
  });

  it('throws for malformed codes on either side', () => {
    expect(() => isWithinRegion('63', QINGHAI)).toThrow(RangeError);
    expect(() => isWithinRegion(DATONG, '6301')).toThrow(RangeError);
  });
});

describe('village codes (12 digits)', () => {
  const VILLAGE = '630121100201';

  it('are region codes of the VILLAGE level under their township', () => {
    expect(isRegionCode(VILLAGE)).toBe(true);
    expect(isAgencyRegionCode(VILLAGE)).toBe(false);
    expect(isAgencyRegionCode(DATONG_TOWNSHIP)).toBe(true);
    expect(regionLevelOf(VILLAGE)).toBe('VILLAGE');
    expect(parentCodeOf(VILLAGE)).toBe(DATONG_TOWNSHIP);
    expect(ancestorCodesOf(VILLAGE)).toEqual([QINGHAI, XINING, DATONG, DATONG_TOWNSHIP]);
    expect(normalizeRegionCode(VILLAGE)).toBe(VILLAGE);
    expect(subtreeCodePrefix(VILLAGE)).toBe(VILLAGE);
  });

  it('lie within every enclosing region and no other', () => {
    for (const scope of [QINGHAI, XINING, DATONG, DATONG_TOWNSHIP, VILLAGE]) {
      expect(isWithinRegion(VILLAGE, scope), scope).toBe(true);
    }
    expect(isWithinRegion(VILLAGE, CHENGDONG)).toBe(false);
    expect(isWithinRegion(VILLAGE, '630121101')).toBe(false);
    expect(isWithinRegion(DATONG_TOWNSHIP, VILLAGE)).toBe(false);
  });

  it('refuses twelve digits whose township part is malformed, and other lengths', () => {
    for (const code of ['630000100201', '6301211002011', '63012110020', '630121100a01']) {
      expect(isRegionCode(code), code).toBe(false);
    }
  });
});
