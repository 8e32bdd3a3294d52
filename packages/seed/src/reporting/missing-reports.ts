import type { Random } from '../random.js';
import { shuffled } from './sampling.js';
import type { ReportingUnitSeed } from './types.js';

/*
 * About 3% of county reports never arrive in the open year, fewer (2%) in settled years, where most gaps
 * were eventually filled. The count is the expected number rounded up or down at random, so a province
 * of 45 counties misses one or two a year.
 */
const MISSING_SHARE = { open: 0.03, settled: 0.02 };

/** Counties with no report this year; `protectedCodes` (story and incident counties) always report. */
export function pickMissingCounties(
  random: Random,
  counties: readonly ReportingUnitSeed[],
  open: boolean,
  protectedCodes: ReadonlySet<string>,
): Set<string> {
  const expected = counties.length * (open ? MISSING_SHARE.open : MISSING_SHARE.settled);
  const candidates = counties.filter((county) => !protectedCodes.has(county.regionCode));
  const count = Math.min(candidates.length, Math.floor(expected + random()));
  return new Set(
    shuffled(random, candidates)
      .slice(0, count)
      .map((county) => county.regionCode),
  );
}
