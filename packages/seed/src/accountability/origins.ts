import type { AccountabilityOriginKind } from '@dibao/domain';

import { chance, type Random } from '../random.js';
import type { CaseOriginSeed } from './types.js';

const PLACEHOLDER = /^demo-(finding|complaint|incident|inspection)-\d{6}-\d{4}-[a-z0-9]+$/;

/**
 * True for an origin id the demo made up because the owning subgraph's record is not known here:
 * `demo-<kind>-<region code>-<year>-<n>`. The integrator replaces these through `linkCaseOrigin` once
 * inspections, findings and complaints of the same region and year exist.
 */
export const isPlaceholderOriginId = (id: string) => PLACEHOLDER.test(id);

export const placeholderOriginId = (kind: AccountabilityOriginKind, regionCode: string, year: number, n: string) =>
  `demo-${kind.toLowerCase()}-${regionCode}-${year}-${n}`;

/** Hands out placeholder ids, numbered per kind, region and year. */
export class PlaceholderOrigins {
  private readonly serials = new Map<string, number>();

  next(kind: AccountabilityOriginKind, regionCode: string, year: number): CaseOriginSeed {
    const key = `${kind}|${regionCode}|${year}`;
    const serial = (this.serials.get(key) ?? 0) + 1;
    this.serials.set(key, serial);
    return { kind, id: placeholderOriginId(kind, regionCode, year, String(serial).padStart(2, '0')) };
  }
}

/**
 * Where a case came from: most from an inspection finding or a complaint, some from the inspection as a whole
 * or an incident report; a few from two sources. Ids are placeholders for the case's county (or region) and year.
 */
export function drawOrigins(
  random: Random,
  placeholders: PlaceholderOrigins,
  regionCode: string,
  year: number,
): CaseOriginSeed[] {
  const roll = random();
  const first: AccountabilityOriginKind =
    roll < 0.4 ? 'FINDING' : roll < 0.75 ? 'COMPLAINT' : roll < 0.9 ? 'INSPECTION' : 'INCIDENT';
  const origins = [placeholders.next(first, regionCode, year)];
  if (first === 'FINDING' && chance(random, 0.25)) origins.push(placeholders.next('COMPLAINT', regionCode, year));
  return origins;
}
