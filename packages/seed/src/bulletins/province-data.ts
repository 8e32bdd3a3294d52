import { isPlaceholderPrefecture } from '../placeholder-prefectures.js';
import type { RegionSeed } from '../regions.js';
import { incidentYear } from '../reporting/incidents.js';
import { shortRegionName } from '../reporting/short-names.js';
import type { AnnualReportSeed, DemoReporting, IncidentSeed } from '../reporting/types.js';
import type { BulletinEvidenceSources } from './types.js';

/** What the bulletins of one province draw on: its regions, its reports and incidents, other evidence. */
export interface ProvinceData {
  province: RegionSeed;
  /** Real prefectures (placeholders have no bureau) and counties, in code order. */
  prefectures: RegionSeed[];
  counties: RegionSeed[];
  countiesOf(prefectureCode: string): RegionSeed[];
  reportOf(regionCode: string, year: number): AnnualReportSeed | undefined;
  incidentsOf(year: number): IncidentSeed[];
  discrepancyFigures(regionCode: string, year: number): number;
  /** How a public text names a region: 海东市, 西宁市大通县. */
  place(regionCode: string): string;
  sources: BulletinEvidenceSources;
}

export function provinceData(
  province: RegionSeed,
  regions: readonly RegionSeed[],
  reporting: DemoReporting,
  sources: BulletinEvidenceSources,
): ProvinceData {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const within = (region: RegionSeed) => region.code.slice(0, 2) === province.code.slice(0, 2);
  const prefectures = regions.filter(
    (region) => within(region) && region.level === 'PREFECTURE' && !isPlaceholderPrefecture(region),
  );
  const counties = regions.filter((region) => within(region) && region.level === 'COUNTY');
  const reports = new Map(reporting.reports.map((report) => [`${report.regionCode}|${report.year}`, report] as const));
  const discrepancies = new Map(
    reporting.discrepancies.map((entry) => [`${entry.regionCode}|${entry.year}`, entry.figures.length] as const),
  );
  const incidents = reporting.incidents.filter((incident) => incident.regionCode.startsWith(province.code.slice(0, 2)));
  const shortName = (code: string) => shortRegionName(byCode.get(code)?.name ?? code);
  return {
    province,
    prefectures,
    counties,
    countiesOf: (prefectureCode) => counties.filter((county) => county.parentCode === prefectureCode),
    reportOf: (regionCode, year) => reports.get(`${regionCode}|${year}`),
    incidentsOf: (year) => incidents.filter((incident) => incidentYear(incident) === year),
    discrepancyFigures: (regionCode, year) => discrepancies.get(`${regionCode}|${year}`) ?? 0,
    place(regionCode) {
      const region = byCode.get(regionCode);
      if (region?.level !== 'COUNTY' || region.parentCode === null) return shortName(regionCode);
      const parent = byCode.get(region.parentCode);
      const prefix = parent && !isPlaceholderPrefecture(parent) ? shortName(parent.code) : '';
      return `${prefix}${shortName(regionCode)}`;
    },
    sources,
  };
}
