import type { AssessmentIndicator, AssessmentIndicatorDefinition, IndicatorDirection } from '@dibao/domain';

/*
 * The arithmetic of a performance assessment, free of I/O so that it can be checked on fixtures and gives the
 * same scores for the same inputs wherever it runs:
 *
 * 1. Normalise each indicator min-max across the regions assessed: the best raw value becomes 1, the worst 0
 *    (for LOWER_IS_BETTER the scale is turned round). When every region has the same value, each gets 1:
 *    none is behind the others. A region with no value (nothing to measure, e.g. no complaints to close)
 *    gets the neutral 0.5, neither rewarded nor punished for it.
 * 2. Weight: an indicator's contribution is its normalised value times its weight (the weights of a scheme
 *    add up to 100; other totals are scaled to 100).
 * 3. Sum the contributions: the score, out of 100.
 * 4. Rank by score, best first; equal scores share a rank and the next rank is skipped (1, 2, 2, 4).
 *
 * Every figure is rounded to six decimals as it is produced, so that ties are exact and the stored numeric
 * values read back equal to what was computed.
 */

export interface RegionIndicatorInputs {
  regionCode: string;
  /** Recipients (persons) in the region, the base share of 奖补结合; null when unknown. */
  recipients: number | null;
  /** Raw value of each indicator; null or absent when the region has nothing to measure. */
  raw: Partial<Record<AssessmentIndicator, number | null>>;
}

export interface IndicatorScore {
  code: AssessmentIndicator;
  weight: number;
  direction: IndicatorDirection;
  raw: number | null;
  normalised: number;
  contribution: number;
}

export interface RegionScore {
  regionCode: string;
  recipients: number | null;
  score: number;
  rank: number;
  indicators: IndicatorScore[];
}

/** The normalised value of a region without a raw value. */
export const NO_DATA_NORMALISED = 0.5;

const SCALE = 1_000_000;
const TOTAL_POINTS = 100;

/** Six decimals, the precision scores are stored and compared at. */
export const roundScore = (value: number): number => Math.round(value * SCALE) / SCALE;

/** Min-max normalisation of one indicator's raw values, in the order given. */
export function normalise(values: ReadonlyArray<number | null>, direction: IndicatorDirection): number[] {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return values.map(() => NO_DATA_NORMALISED);
  const min = Math.min(...present);
  const max = Math.max(...present);
  return values.map((value) => {
    if (value === null) return NO_DATA_NORMALISED;
    if (max === min) return 1;
    const share = direction === 'HIGHER_IS_BETTER' ? (value - min) / (max - min) : (max - value) / (max - min);
    return roundScore(share);
  });
}

/** Competition ranking ("1224") of scores already sorted best first. */
export function rankSorted(scores: readonly number[]): number[] {
  const ranks: number[] = [];
  scores.forEach((score, index) => {
    const tied = index > 0 && scores[index - 1] === score;
    ranks.push(tied ? (ranks[index - 1] as number) : index + 1);
  });
  return ranks;
}

function checkInputs(indicators: readonly AssessmentIndicatorDefinition[], regions: readonly RegionIndicatorInputs[]) {
  if (indicators.length === 0) throw new RangeError('A scheme needs at least one indicator');
  const codes = new Set(indicators.map((indicator) => indicator.code));
  if (codes.size !== indicators.length) throw new RangeError('An indicator appears twice in the scheme');
  for (const indicator of indicators) {
    if (!Number.isFinite(indicator.weight) || indicator.weight <= 0) {
      throw new RangeError(`The weight of ${indicator.code} must be a positive number`);
    }
  }
  const regionCodes = new Set(regions.map((region) => region.regionCode));
  if (regionCodes.size !== regions.length) throw new RangeError('A region appears twice in the assessment');
  for (const region of regions) {
    for (const [code, value] of Object.entries(region.raw)) {
      if (value !== null && value !== undefined && !Number.isFinite(value)) {
        throw new RangeError(`${region.regionCode}: the raw value of ${code} is not a finite number`);
      }
    }
  }
}

/** Scores and ranks the regions, best first (equal scores in region-code order). */
export function scoreRegions(
  indicators: readonly AssessmentIndicatorDefinition[],
  regions: readonly RegionIndicatorInputs[],
): RegionScore[] {
  checkInputs(indicators, regions);
  const totalWeight = indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
  const columns = indicators.map((indicator) => {
    const raw = regions.map((region) => region.raw[indicator.code] ?? null);
    const points = (indicator.weight / totalWeight) * TOTAL_POINTS;
    const normalised = normalise(raw, indicator.direction);
    return raw.map((value, index): IndicatorScore => ({
      code: indicator.code,
      weight: indicator.weight,
      direction: indicator.direction,
      raw: value,
      normalised: normalised[index] as number,
      contribution: roundScore(points * (normalised[index] as number)),
    }));
  });
  const unranked = regions.map((region, index) => {
    const scored = columns.map((column) => column[index] as IndicatorScore);
    const score = roundScore(scored.reduce((sum, indicator) => sum + indicator.contribution, 0));
    return { regionCode: region.regionCode, recipients: region.recipients, score, indicators: scored };
  });
  unranked.sort((a, b) => b.score - a.score || a.regionCode.localeCompare(b.regionCode));
  const ranks = rankSorted(unranked.map((region) => region.score));
  return unranked.map((region, index) => ({ ...region, rank: ranks[index] as number }));
}
