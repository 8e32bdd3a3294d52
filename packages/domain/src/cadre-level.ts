import type { RegionLevel } from './region-level.js';
import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/**
 * Which level's party committee manages an official as a cadre (干部管理权限). It decides which discipline
 * inspection or organization department may hold the official accountable. Townships manage no cadres:
 * their officials are managed by the county.
 */
export const CadreLevel = {
  PROVINCE_MANAGED: { zh: '省管干部', en: 'Province-managed cadre' },
  PREFECTURE_MANAGED: { zh: '市管干部', en: 'Prefecture-managed cadre' },
  COUNTY_MANAGED: { zh: '县管干部', en: 'County-managed cadre' },
} as const satisfies Vocabulary;
export type CadreLevel = keyof typeof CadreLevel;
export const cadreLevelValues: readonly CadreLevel[] = vocabularyCodes(CadreLevel);

const cadreLevelByManagingLevel = {
  PROVINCE: 'PROVINCE_MANAGED',
  PREFECTURE: 'PREFECTURE_MANAGED',
  COUNTY: 'COUNTY_MANAGED',
} as const satisfies Partial<Record<RegionLevel, CadreLevel>>;

/** The cadre level of officials managed by a region of the given level; townships and villages manage none. */
export function cadreLevelManagedAt(level: RegionLevel): CadreLevel {
  if (level === 'TOWNSHIP' || level === 'VILLAGE') {
    throw new RangeError(
      'Townships and villages have no cadre management authority; their officials are county-managed',
    );
  }
  const cadreLevel = cadreLevelByManagingLevel[level];
  if (cadreLevel === undefined) throw new RangeError(`Unknown region level ${JSON.stringify(level)}`);
  return cadreLevel;
}

/** The level of the region whose bodies manage (and may discipline) officials of this cadre level. */
export function managingRegionLevelOf(cadreLevel: CadreLevel): RegionLevel {
  for (const [level, managed] of Object.entries(cadreLevelByManagingLevel)) {
    if (managed === cadreLevel) return level as RegionLevel;
  }
  throw new RangeError(`Unknown cadre level ${JSON.stringify(cadreLevel)}`);
}
