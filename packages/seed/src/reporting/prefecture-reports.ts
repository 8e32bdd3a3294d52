import type { ReportSection } from '@dibao/domain';

import { chance, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import type { GeneratedReport } from './county-reports.js';
import { introduceDiscrepancy, type NumericSectionKey } from './discrepancies.js';
import { prefectureLifecycle } from './lifecycle.js';
import { narrateReport } from './narratives.js';
import { prefectureFigures } from './prefecture-figures.js';
import { ALL_SECTIONS, draftSections, keepSections } from './sections.js';
import { shortRegionName } from './short-names.js';
import type { AnnualReportSeed, IncidentSeed, ReportDiscrepancySeed, ReportWaiverSeed } from './types.js';
import { seededUuid } from './uuid.js';
import { waiverReason } from './waiver-reasons.js';

export interface PrefectureReportInput {
  prefecture: RegionSeed;
  year: number;
  open: boolean;
  /** Reports of the counties that file to this prefecture this year. */
  countyReports: readonly GeneratedReport[];
  /** Codes of its counties that filed nothing this year. */
  missingCounties: readonly string[];
  /** Whether this report is one of the deliberately inconsistent ones. */
  inconsistent: boolean;
  incidentsById: ReadonlyMap<string, IncidentSeed>;
}

export interface PrefectureReportResult {
  report: AnnualReportSeed;
  waivers: ReportWaiverSeed[];
  discrepancy: ReportDiscrepancySeed | null;
}

/** Share of missing county reports the province waives when the prefecture's is otherwise complete. */
const WAIVER_SHARE = { open: 0.6, settled: 0.9 };

const NUMERIC_SECTIONS: ReadonlyArray<[ReportSection, NumericSectionKey]> = [
  ['POLICY', 'policy'],
  ['MANAGEMENT', 'management'],
  ['FUNDS', 'funds'],
];

/**
 * A prefecture's report consolidating its counties' submitted (non-draft) reports. The province accepts it
 * only once every county report is accepted, or waived where one never came; waivers are issued only for
 * prefectures that were in fact accepted.
 */
export function generatePrefectureReport(random: Random, input: PrefectureReportInput): PrefectureReportResult {
  const { prefecture, year, open, missingCounties } = input;
  const submitted = input.countyReports.filter(({ report }) => report.status !== 'DRAFT');
  const allAccepted = input.countyReports.every(({ report }) => report.status === 'ACCEPTED');
  const waivable = missingCounties.length > 0 && chance(random, open ? WAIVER_SHARE.open : WAIVER_SHARE.settled);
  const id = seededUuid(random);
  const lifecycle = prefectureLifecycle(random, year, open, {
    eligible: allAccepted && (missingCounties.length === 0 || waivable),
    countySubmissions: submitted.flatMap(({ report }) => report.lastSubmittedAt ?? []),
    countyAcceptances: input.countyReports.flatMap(({ report }) => report.acceptedAt ?? []),
  });
  const kept = lifecycle.status === 'DRAFT' ? draftSections(random) : ALL_SECTIONS;

  const figures = prefectureFigures(submitted.map(({ figures: countyFigures }) => countyFigures));
  const keptNumeric = new Set(NUMERIC_SECTIONS.filter(([section]) => kept.has(section)).map(([, key]) => key));
  const changed = input.inconsistent ? introduceDiscrepancy(random, figures, keptNumeric) : [];

  const name = shortRegionName(prefecture.name);
  const titles = figures.emergencies.incidentIds.flatMap(
    (incidentId) => input.incidentsById.get(incidentId)?.title ?? [],
  );
  const content = narrateReport(random, { name, consolidated: true }, year, figures, titles);
  const waivers =
    lifecycle.status === 'ACCEPTED'
      ? missingCounties.map((regionCode) => ({ regionCode, year, reason: waiverReason(random, name) }))
      : [];
  return {
    report: {
      id,
      regionCode: prefecture.code,
      level: 'PREFECTURE',
      year,
      ...lifecycle,
      content: keepSections(content, kept),
    },
    waivers,
    discrepancy: changed.length > 0 ? { regionCode: prefecture.code, year, figures: changed } : null,
  };
}
