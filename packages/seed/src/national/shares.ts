import { mulberry32, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';

/*
 * How a national total is spread over the country: by county, in proportion to its number of townships
 * (a proxy for population the division data gives), rounded by largest remainder so that the shares add up
 * to the total exactly, whatever the total.
 */

/** Integer shares of `total` proportional to `weights`, summing to `total` (largest remainder, ties by index). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    shares[index] = (shares[index] as number) + 1;
    left -= 1;
  }
  return shares;
}

/** A county with its townships and its share of a total. */
export interface CountyShare {
  county: RegionSeed;
  townships: RegionSeed[];
  share: number;
}

/** The counties of the country (in code order) with their townships. */
export function countiesWithTownships(regions: readonly RegionSeed[]): Array<Omit<CountyShare, 'share'>> {
  const townshipsOf = new Map<string, RegionSeed[]>();
  for (const region of regions) {
    if (region.level !== 'TOWNSHIP') continue;
    const county = region.code.slice(0, 6);
    townshipsOf.set(county, [...(townshipsOf.get(county) ?? []), region]);
  }
  return regions
    .filter((region) => region.level === 'COUNTY')
    .map((county) => ({ county, townships: townshipsOf.get(county.code) ?? [] }));
}

/** Each county's share of `total`, weighted by its townships (one more, so a county without any still counts). */
export function countyShares(regions: readonly RegionSeed[], total: number): CountyShare[] {
  const counties = countiesWithTownships(regions);
  const shares = apportion(
    total,
    counties.map((county) => county.townships.length + 1),
  );
  return counties.map((county, index) => ({ ...county, share: shares[index] as number }));
}

/** The provinces of the regions, in code order. */
export const provincesOf = (regions: readonly RegionSeed[]): RegionSeed[] =>
  regions.filter((region) => region.level === 'PROVINCE').sort((a, b) => a.code.localeCompare(b.code));

/**
 * A PRNG of its own for each province and kind of data: a province's batch comes out the same whether the
 * whole country is generated or that province alone, which lets tests check one province and the loader
 * regenerate a batch to check its checksum.
 */
export function provinceRandom(provinceCode: string, kind: string): Random {
  let hash = 2166136261;
  for (const char of `${kind}:${provinceCode}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return mulberry32(hash >>> 0);
}

/** A random instant in a year (Beijing), not after `asOf`. */
export function instantIn(random: Random, year: number, asOf: Date): Date {
  const start = Date.UTC(year, 0, 1) - 8 * 3600_000;
  const end = Math.min(Date.UTC(year + 1, 0, 1) - 8 * 3600_000, asOf.getTime());
  return new Date(start + Math.floor(random() * Math.max(1, end - start)));
}

export const DAY = 24 * 3600_000;
export const later = (at: Date, days: number): Date => new Date(at.getTime() + days * DAY);
