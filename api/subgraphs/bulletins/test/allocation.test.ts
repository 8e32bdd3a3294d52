import { describe, expect, it } from 'vitest';
import { allocate, largestRemainder, type AllocationInput } from '@dibao/bulletins';
import { mulberry32, randomInt } from '@dibao/seed';

const regions = (...entries: Array<[string, number, number]>) =>
  entries.map(([regionCode, score, recipients]) => ({ regionCode, score, recipients }));

const amounts = (input: AllocationInput) =>
  Object.fromEntries(allocate(input).map((line) => [line.regionCode, line.amountFen]));

const total = (input: AllocationInput) => allocate(input).reduce((sum, line) => sum + line.amountFen, 0);

describe('以奖代补: the whole pool by score', () => {
  it('divides in proportion to the scores', () => {
    const input: AllocationInput = {
      poolFen: 1_000_000,
      method: 'REWARD_IN_LIEU_OF_SUBSIDY',
      performanceShareBasisPoints: 0,
      regions: regions(['630100', 50, 10], ['630200', 30, 999], ['632200', 20, 0]),
    };
    expect(amounts(input)).toEqual({ '630100': 500_000, '630200': 300_000, '632200': 200_000 });
    expect(allocate(input).every((line) => line.baseFen === 0)).toBe(true);
  });

  it('hands out the fen left by rounding to the largest remainders, ties to the lower region code', () => {
    const input: AllocationInput = {
      poolFen: 100,
      method: 'REWARD_IN_LIEU_OF_SUBSIDY',
      performanceShareBasisPoints: 10_000,
      regions: regions(['632200', 70, 1], ['630200', 70, 1], ['630100', 70, 1]),
    };
    expect(amounts(input)).toEqual({ '630100': 34, '630200': 33, '632200': 33 });
    // 10 fen by 1 : 2 : 4 → quotas 1.43, 2.86, 5.71: floors 1 + 2 + 5 = 8, the two fen go to .86 and .71.
    expect(
      amounts({ ...input, poolFen: 10, regions: regions(['630100', 10, 0], ['630200', 20, 0], ['632200', 40, 0]) }),
    ).toEqual({ '630100': 1, '630200': 3, '632200': 6 });
  });

  it('gives ties the same amount where the pool allows, and the odd fen by region code', () => {
    const input: AllocationInput = {
      poolFen: 1_001,
      method: 'REWARD_IN_LIEU_OF_SUBSIDY',
      performanceShareBasisPoints: 10_000,
      regions: regions(['630200', 40, 0], ['630100', 40, 0], ['632200', 20, 0]),
    };
    // Quotas 400.4, 400.4, 200.2: the one fen left goes to the lower of the two equal remainders.
    expect(amounts(input)).toEqual({ '630100': 401, '630200': 400, '632200': 200 });
    expect(total(input)).toBe(1_001);
  });

  it('gives a region with score 0 nothing, and splits equally when every score is 0', () => {
    const input: AllocationInput = {
      poolFen: 900,
      method: 'REWARD_IN_LIEU_OF_SUBSIDY',
      performanceShareBasisPoints: 10_000,
      regions: regions(['630100', 0, 500], ['630200', 60, 100], ['632200', 30, 100]),
    };
    expect(amounts(input)).toEqual({ '630100': 0, '630200': 600, '632200': 300 });
    const allZero = { ...input, regions: regions(['630100', 0, 500], ['630200', 0, 100], ['632200', 0, 100]) };
    expect(amounts(allZero)).toEqual({ '630100': 300, '630200': 300, '632200': 300 });
  });

  it('gives a single region the whole pool', () => {
    const input: AllocationInput = {
      poolFen: 123_456_789,
      method: 'REWARD_IN_LIEU_OF_SUBSIDY',
      performanceShareBasisPoints: 10_000,
      regions: regions(['630100', 12.5, 10]),
    };
    expect(amounts(input)).toEqual({ '630100': 123_456_789 });
    expect(amounts({ ...input, regions: regions(['630100', 0, 0]) })).toEqual({ '630100': 123_456_789 });
  });
});

describe('奖补结合: a base share by recipients plus a performance share by score', () => {
  const input: AllocationInput = {
    poolFen: 10_001,
    method: 'REWARD_COMBINED_WITH_SUBSIDY',
    performanceShareBasisPoints: 4_000,
    regions: regions(['630100', 75, 3_000], ['630200', 25, 1_000], ['632200', 0, 1_000]),
  };

  it('splits the pool at the share (rounded down to the fen) and divides each part by its rule', () => {
    const lines = allocate(input);
    // performance: floor(10,001 × 40%) = 4,000 by score 3 : 1 : 0; base: 6,001 by recipients 3 : 1 : 1.
    expect(
      lines.map(({ regionCode, baseFen, performanceFen, amountFen }) => [
        regionCode,
        baseFen,
        performanceFen,
        amountFen,
      ]),
    ).toEqual([
      ['630100', 3_601, 3_000, 6_601],
      ['630200', 1_200, 1_000, 2_200],
      ['632200', 1_200, 0, 1_200],
    ]);
    expect(total(input)).toBe(10_001);
  });

  it('divides the performance share by recipients when every score is 0', () => {
    const allZero = { ...input, regions: regions(['630100', 0, 3_000], ['630200', 0, 1_000], ['632200', 0, 1_000]) };
    expect(allocate(allZero).map((line) => line.performanceFen)).toEqual([2_400, 800, 800]);
    expect(total(allZero)).toBe(10_001);
  });

  it('divides the base share equally when no region has recipients', () => {
    const noRecipients = { ...input, regions: regions(['630100', 75, 0], ['630200', 25, 0], ['632200', 0, 0]) };
    expect(allocate(noRecipients).map((line) => line.baseFen)).toEqual([2_001, 2_000, 2_000]);
  });

  it('is all base at 0 basis points and all performance at 10,000', () => {
    expect(allocate({ ...input, performanceShareBasisPoints: 0 }).every((line) => line.performanceFen === 0)).toBe(
      true,
    );
    expect(allocate({ ...input, performanceShareBasisPoints: 10_000 }).every((line) => line.baseFen === 0)).toBe(true);
  });
});

describe('every allocation', () => {
  it('sums exactly to the pool, whatever the pool, scores and recipients', () => {
    const random = mulberry32(42);
    for (let run = 0; run < 500; run++) {
      const count = randomInt(random, 1, 12);
      const input: AllocationInput = {
        poolFen: randomInt(random, 0, 2_000_000_000) * (run % 7 === 0 ? 1 : 1_000),
        method: run % 2 === 0 ? 'REWARD_IN_LIEU_OF_SUBSIDY' : 'REWARD_COMBINED_WITH_SUBSIDY',
        performanceShareBasisPoints: randomInt(random, 0, 10_000),
        regions: Array.from({ length: count }, (_, index) => ({
          regionCode: String(630100 + index * 100),
          score: run % 5 === 0 ? 0 : Math.round(random() * 100 * 1e6) / 1e6,
          recipients: randomInt(random, 0, 500_000),
        })),
      };
      const lines = allocate(input);
      expect(lines.reduce((sum, line) => sum + line.amountFen, 0)).toBe(input.poolFen);
      expect(lines.every((line) => Number.isSafeInteger(line.amountFen) && line.amountFen >= 0)).toBe(true);
      expect(lines.every((line) => line.amountFen === line.baseFen + line.performanceFen)).toBe(true);
    }
  });

  it('refuses what it cannot divide', () => {
    const base: AllocationInput = {
      poolFen: 100,
      method: 'REWARD_COMBINED_WITH_SUBSIDY',
      performanceShareBasisPoints: 5_000,
      regions: regions(['630100', 50, 10]),
    };
    expect(() => allocate({ ...base, regions: [] })).toThrow(RangeError);
    expect(() => allocate({ ...base, poolFen: -1 })).toThrow(RangeError);
    expect(() => allocate({ ...base, poolFen: 10.5 })).toThrow(RangeError);
    expect(() => allocate({ ...base, performanceShareBasisPoints: 10_001 })).toThrow(RangeError);
    expect(() => allocate({ ...base, regions: regions(['630100', 50, 10], ['630100', 20, 1]) })).toThrow(RangeError);
    expect(() => allocate({ ...base, regions: regions(['630100', -1, 10]) })).toThrow(RangeError);
  });

  it('divides by largest remainder in integers', () => {
    expect(largestRemainder(7n, [1n, 1n, 1n], ['a', 'b', 'c'])).toEqual([3n, 2n, 2n]);
    expect(largestRemainder(7n, [0n, 0n], ['a', 'b'])).toEqual([4n, 3n]);
    expect(largestRemainder(0n, [5n, 1n], ['a', 'b'])).toEqual([0n, 0n]);
  });
});
