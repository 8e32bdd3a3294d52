import { agencyKindValues, type AgencyImport, type AgencyKind } from '@dibao/domain';

import { agencyNames } from './agency-names.js';
import { isPlaceholderPrefecture } from './placeholder-prefectures.js';
import type { RegionSeed } from './regions.js';

/** An agency as the registry's import takes it. */
export type AgencySeed = AgencyImport;

/** Townships have a government and a civil affairs office; the other bodies exist from the county up. */
const TOWNSHIP_AGENCY_KINDS: readonly AgencyKind[] = ['CIVIL_AFFAIRS', 'GOVERNMENT'];

export function agencyKey(regionCode: string, kind: AgencyKind): string {
  return `${regionCode}:${kind}`;
}

/**
 * The agencies of each region, in region order then in AgencyKind order. Placeholder prefectures (北京市市辖区)
 * get none: no such bodies exist, the municipality's own bureaus cover its districts.
 */
export function demoAgencies(regions: readonly RegionSeed[]): AgencySeed[] {
  return regions.flatMap((region) => {
    if (isPlaceholderPrefecture(region)) return [];
    const kinds = region.level === 'TOWNSHIP' ? TOWNSHIP_AGENCY_KINDS : agencyKindValues;
    return kinds.map((kind) => ({
      key: agencyKey(region.code, kind),
      regionCode: region.code,
      kind,
      ...agencyNames(region, kind),
    }));
  });
}
