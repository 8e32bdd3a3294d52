import { ALLOCATION_BASIS_POINTS, type AllocationMethod } from '@dibao/domain';

/*
 * Dividing a pool of integer fen among regions, free of I/O:
 *
 * - 以奖代补 (REWARD_IN_LIEU_OF_SUBSIDY): the whole pool is the performance share, divided in proportion to
 *   the scores.
 * - 奖补结合 (REWARD_COMBINED_WITH_SUBSIDY): `performanceShareBasisPoints` of the pool (rounded down to the
 *   fen) is divided by score, the rest (the base share) in proportion to recipients.
 *
 * Each share is divided by the largest-remainder method: every region gets the whole fen of its exact quota,
 * and the fen left over go one each to the largest remainders, ties to the lower region code. The quotas are
 * computed in integers (BigInt), so remainders compare exactly and the amounts always add up to the pool.
 *
 * A region with score 0 gets nothing from the performance share. When every score is 0, the performance share
 * is divided like the base share (by recipients) under 奖补结合, and equally under 以奖代补, which has no base
 * rule: a pool is never left undivided. When every region has 0 recipients, the base share is divided equally.
 */

export interface AllocationRegionInput {
  regionCode: string;
  /** Assessment score, 0–100. */
  score: number;
  /** Recipients (persons), the weight of the base share. */
  recipients: number;
}

export interface AllocationInput {
  poolFen: number;
  method: AllocationMethod;
  /** Share of the pool divided by score, in basis points; ignored (10,000) for 以奖代补. */
  performanceShareBasisPoints: number;
  regions: readonly AllocationRegionInput[];
}

export interface AllocatedLine {
  regionCode: string;
  score: number;
  recipients: number;
  baseFen: number;
  performanceFen: number;
  amountFen: number;
}

/** Scores are compared and weighted in millionths of a point, as stored. */
const SCORE_UNITS = 1_000_000;

/**
 * Divides `amount` in proportion to `weights` by largest remainder; equal weights when every weight is 0.
 * Ties in remainder go to the region that comes first in `codes` order (callers pass them sorted).
 */
export function largestRemainder(amount: bigint, weights: readonly bigint[], codes: readonly string[]): bigint[] {
  if (weights.length === 0) return [];
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  const effective = total === 0n ? weights.map(() => 1n) : weights;
  const whole = total === 0n ? BigInt(weights.length) : total;
  const shares = effective.map((weight) => (amount * weight) / whole);
  const remainders = effective.map((weight) => (amount * weight) % whole);
  let left = amount - shares.reduce((sum, share) => sum + share, 0n);
  const order = effective
    .map((_, index) => index)
    .sort((a, b) => {
      const byRemainder = (remainders[b] as bigint) - (remainders[a] as bigint);
      if (byRemainder !== 0n) return byRemainder > 0n ? 1 : -1;
      return (codes[a] as string).localeCompare(codes[b] as string);
    });
  for (const index of order) {
    if (left === 0n) break;
    shares[index] = (shares[index] as bigint) + 1n;
    left -= 1n;
  }
  return shares;
}

function checkInput(input: AllocationInput): void {
  if (!Number.isSafeInteger(input.poolFen) || input.poolFen < 0) {
    throw new RangeError('The pool must be a whole, non-negative number of fen');
  }
  if (input.regions.length === 0) throw new RangeError('There are no regions to allocate to');
  const codes = new Set(input.regions.map((region) => region.regionCode));
  if (codes.size !== input.regions.length) throw new RangeError('A region appears twice in the allocation');
  const share = input.performanceShareBasisPoints;
  if (
    input.method === 'REWARD_COMBINED_WITH_SUBSIDY' &&
    (!Number.isInteger(share) || share < 0 || share > ALLOCATION_BASIS_POINTS)
  ) {
    throw new RangeError(`The performance share must be between 0 and ${ALLOCATION_BASIS_POINTS} basis points`);
  }
  for (const region of input.regions) {
    if (!Number.isFinite(region.score) || region.score < 0) {
      throw new RangeError(`${region.regionCode}: the score must be a non-negative number`);
    }
    if (!Number.isSafeInteger(region.recipients) || region.recipients < 0) {
      throw new RangeError(`${region.regionCode}: recipients must be a whole, non-negative number`);
    }
  }
}

/** The performance share in basis points a method actually uses. */
export function effectivePerformanceShare(method: AllocationMethod, requestedBasisPoints: number): number {
  return method === 'REWARD_IN_LIEU_OF_SUBSIDY' ? ALLOCATION_BASIS_POINTS : requestedBasisPoints;
}

/** Divides the pool; the lines come in region-code order and their amounts add up to the pool exactly. */
export function allocate(input: AllocationInput): AllocatedLine[] {
  checkInput(input);
  const regions = [...input.regions].sort((a, b) => a.regionCode.localeCompare(b.regionCode));
  const codes = regions.map((region) => region.regionCode);
  const pool = BigInt(input.poolFen);
  const shareBasisPoints = BigInt(effectivePerformanceShare(input.method, input.performanceShareBasisPoints));
  const performancePool = (pool * shareBasisPoints) / BigInt(ALLOCATION_BASIS_POINTS);
  const basePool = pool - performancePool;

  const recipientWeights = regions.map((region) => BigInt(region.recipients));
  const scoreWeights = regions.map((region) => BigInt(Math.round(region.score * SCORE_UNITS)));
  const allScoresZero = scoreWeights.every((weight) => weight === 0n);
  // Every score 0: the performance share follows the base rule (奖补结合) or is equal (以奖代补).
  const performanceWeights = !allScoresZero
    ? scoreWeights
    : input.method === 'REWARD_COMBINED_WITH_SUBSIDY'
      ? recipientWeights
      : regions.map(() => 1n);

  const base = largestRemainder(basePool, recipientWeights, codes);
  const performance = largestRemainder(performancePool, performanceWeights, codes);
  return regions.map((region, index) => {
    const baseFen = Number(base[index]);
    const performanceFen = Number(performance[index]);
    return {
      regionCode: region.regionCode,
      score: region.score,
      recipients: region.recipients,
      baseFen,
      performanceFen,
      amountFen: baseFen + performanceFen,
    };
  });
}
