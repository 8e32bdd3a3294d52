import { isPlaceholderPrefecture } from '../placeholder-prefectures.js';
import type { RegionSeed } from '../regions.js';
import type { ReportingUnitSeed } from './types.js';

/**
 * Who files annual reports to whom: every real prefecture to its province, every county to its prefecture.
 * Counties under a placeholder prefecture (省直辖县级行政区划) have no prefecture bureau above them and file
 * to the province directly; Qinghai has none. Prefectures come first, then counties, each in code order.
 */
export function demoReportingUnits(regions: readonly RegionSeed[]): ReportingUnitSeed[] {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const prefectures: ReportingUnitSeed[] = [];
  const counties: ReportingUnitSeed[] = [];
  for (const region of regions) {
    if (region.parentCode === null) continue;
    if (region.level === 'PREFECTURE' && !isPlaceholderPrefecture(region)) {
      prefectures.push({ regionCode: region.code, level: 'PREFECTURE', parentCode: region.parentCode });
    } else if (region.level === 'COUNTY') {
      const prefecture = byCode.get(region.parentCode);
      const placeholder = prefecture !== undefined && isPlaceholderPrefecture(prefecture);
      const parentCode = placeholder ? (prefecture.parentCode ?? region.parentCode) : region.parentCode;
      counties.push({ regionCode: region.code, level: 'COUNTY', parentCode });
    }
  }
  const byRegionCode = (a: ReportingUnitSeed, b: ReportingUnitSeed) => a.regionCode.localeCompare(b.regionCode);
  return [...prefectures.sort(byRegionCode), ...counties.sort(byRegionCode)];
}
