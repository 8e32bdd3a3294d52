import { mulberry32, pickOne, randomInt, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { countyProfile } from './county-profiles.js';
import { generateCountyReport, type GeneratedReport } from './county-reports.js';
import { demoIncidents, incidentCountyCode, incidentYear } from './incidents.js';
import { pickMissingCounties } from './missing-reports.js';
import { generatePrefectureReport } from './prefecture-reports.js';
import { shuffled } from './sampling.js';
import { drawStandardOffsets, standardsFor } from './standards.js';
import type { AnnualReportSeed, DemoReporting, ReportingUnitSeed } from './types.js';
import { demoReportingUnits } from './units.js';

export const DEFAULT_REPORT_YEARS: readonly number[] = [2021, 2022, 2023, 2024, 2025];
const DEFAULT_SEED = 2014;

/** Datong County, whose report and inspection findings the end-to-end story follows. */
const STORY_COUNTY = '630121';

export interface DemoReportingOptions {
  /** Report years; the latest is the "open" year whose reviews are still under way. */
  years?: number[];
  seed?: number;
}

/**
 * Demo data for the reporting subgraph: who reports to whom, annual reports of counties and prefectures for
 * each year, waivers of missing county reports, and major incidents. Deterministic: the same regions and
 * options give the same output.
 *
 * A prefecture's figures are the consolidation (see prefectureFigures) of its counties' reports of the same
 * year that have been submitted (status other than DRAFT), except for the reports in `discrepancies`.
 */
export function demoReporting(regions: readonly RegionSeed[], options: DemoReportingOptions = {}): DemoReporting {
  const years = [...new Set(options.years ?? DEFAULT_REPORT_YEARS)].sort((a, b) => a - b);
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const units = demoReportingUnits(regions);
  const regionsByCode = new Map(regions.map((region) => [region.code, region]));
  // Units are derived from these regions, so every unit's region is there.
  const regionOf = (unit: ReportingUnitSeed): RegionSeed => regionsByCode.get(unit.regionCode) as RegionSeed;
  const countyUnits = units.filter((unit) => unit.level === 'COUNTY');
  const prefectureUnits = units.filter((unit) => unit.level === 'PREFECTURE');
  const openYear = years.at(-1);

  // Drawn once, before the yearly loop: they hold for every year.
  const incidents = demoIncidents(random, regions, countyUnits, years);
  const incidentsById = new Map(incidents.map((incident) => [incident.id, incident]));
  const prefectureOffsets = new Map(
    prefectureUnits.map((unit) => [unit.regionCode, drawStandardOffsets(random, 10, 6)]),
  );
  const counties = countyUnits.map((unit) => ({
    unit,
    region: regionOf(unit),
    profile: countyProfile(random, regionOf(unit)),
    offsets: [prefectureOffsets.get(unit.parentCode), drawStandardOffsets(random, 5, 4)].filter((o) => o !== undefined),
  }));
  const inconsistent = pickInconsistentReports(random, prefectureUnits, years);
  // One prefecture has already reviewed all its counties' reports of the open year, so that the open year
  // shows the whole chain (county accepted, prefecture accepted) and not only reviews in progress.
  const earlyPrefecture = prefectureUnits.length > 0 ? pickOne(random, prefectureUnits).regionCode : null;

  const result: DemoReporting = { units, reports: [], waivers: [], incidents, discrepancies: [] };
  for (const year of years) {
    const open = year === openYear;
    const yearIncidents = incidents.filter((incident) => incidentYear(incident) === year);
    const protectedCodes = new Set([STORY_COUNTY, ...yearIncidents.map(incidentCountyCode)]);
    const missing = pickMissingCounties(random, countyUnits, open, protectedCodes);

    const countyReports = new Map<string, GeneratedReport>();
    for (const { unit, region, profile, offsets } of counties) {
      if (missing.has(unit.regionCode)) continue;
      const generated = generateCountyReport(random, {
        county: region,
        year,
        open,
        profile,
        standards: standardsFor(year, ...offsets),
        incidents: yearIncidents.filter((incident) => incidentCountyCode(incident) === unit.regionCode),
        ...(unit.regionCode === STORY_COUNTY && open ? { knownProblem: 'EQUAL_SPLITTING' as const } : {}),
        reviewed: unit.parentCode === earlyPrefecture,
      });
      countyReports.set(unit.regionCode, generated);
      result.reports.push(generated.report);
    }

    for (const unit of prefectureUnits) {
      const itsCounties = countyUnits.filter((county) => county.parentCode === unit.regionCode);
      const generated = generatePrefectureReport(random, {
        prefecture: regionOf(unit),
        year,
        open,
        countyReports: itsCounties.flatMap((county) => countyReports.get(county.regionCode) ?? []),
        missingCounties: itsCounties.filter((county) => missing.has(county.regionCode)).map((c) => c.regionCode),
        inconsistent: inconsistent.has(slotKey(unit.regionCode, year)),
        incidentsById,
      });
      result.reports.push(generated.report);
      result.waivers.push(...generated.waivers);
      if (generated.discrepancy !== null) result.discrepancies.push(generated.discrepancy);
    }
  }
  result.reports.sort(byYearLevelAndRegion);
  return result;
}

/** Two to four prefecture-years whose consolidated figures will not match their counties'. */
function pickInconsistentReports(
  random: Random,
  prefectures: readonly ReportingUnitSeed[],
  years: readonly number[],
): Set<string> {
  const slots = prefectures.flatMap((unit) => years.map((year) => slotKey(unit.regionCode, year)));
  return new Set(shuffled(random, slots).slice(0, randomInt(random, 2, 4)));
}

function slotKey(regionCode: string, year: number): string {
  return `${regionCode}:${year}`;
}

function byYearLevelAndRegion(a: AnnualReportSeed, b: AnnualReportSeed): number {
  const levelOrder = (report: AnnualReportSeed) => (report.level === 'PREFECTURE' ? 0 : 1);
  return a.year - b.year || levelOrder(a) - levelOrder(b) || a.regionCode.localeCompare(b.regionCode);
}
