import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/** The five tiers of China's administrative hierarchy, from the top down (declaration order is depth order). */
export const RegionLevel = {
  PROVINCE: { zh: '省', en: 'Province' },
  PREFECTURE: { zh: '市（州）', en: 'Prefecture' },
  COUNTY: { zh: '县（市、区）', en: 'County' },
  TOWNSHIP: { zh: '乡镇（街道）', en: 'Township' },
  VILLAGE: { zh: '村（社区）', en: 'Village' },
} as const satisfies Vocabulary;
export type RegionLevel = keyof typeof RegionLevel;
export const regionLevelValues: readonly RegionLevel[] = vocabularyCodes(RegionLevel);

/** 0 for a province, 4 for a village: handy for sorting regions top-down. */
export function regionLevelDepth(level: RegionLevel): number {
  return regionLevelValues.indexOf(level);
}

/** The tier right below a level (a province's prefectures, a prefecture's counties); null below villages. */
export function levelBelow(level: RegionLevel): RegionLevel | null {
  return regionLevelValues[regionLevelDepth(level) + 1] ?? null;
}
