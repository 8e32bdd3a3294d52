import type { ProblemCategory } from '@dibao/domain';

import type { Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { countyFigures } from './county-figures.js';
import type { CountyProfile } from './county-profiles.js';
import type { ReportFigures } from './figures.js';
import { countyLifecycle } from './lifecycle.js';
import { narrateReport } from './narratives.js';
import { ALL_SECTIONS, draftSections, keepSections } from './sections.js';
import { shortRegionName } from './short-names.js';
import type { Standards } from './standards.js';
import type { AnnualReportSeed, IncidentSeed } from './types.js';
import { seededUuid } from './uuid.js';

/** A generated report with its full figures, which a draft's content may no longer all show. */
export interface GeneratedReport {
  report: AnnualReportSeed;
  figures: ReportFigures;
}

export interface CountyReportInput {
  county: RegionSeed;
  year: number;
  /** The latest year, whose reports are still being reviewed. */
  open: boolean;
  profile: CountyProfile;
  standards: Standards;
  /** The county's incidents of that year, in the order they happened. */
  incidents: readonly IncidentSeed[];
  knownProblem?: ProblemCategory;
  /** Its prefecture finished reviewing early: the report is accepted even in the open year. */
  reviewed: boolean;
}

export function generateCountyReport(random: Random, input: CountyReportInput): GeneratedReport {
  const { county, year, open } = input;
  const id = seededUuid(random);
  const lifecycle = countyLifecycle(random, year, open, input.reviewed);
  const figures = countyFigures(random, {
    profile: input.profile,
    standards: input.standards,
    year,
    settled: !open,
    incidentIds: input.incidents.map((incident) => incident.id),
    ...(input.knownProblem === undefined ? {} : { knownProblem: input.knownProblem }),
  });
  const narrator = { name: shortRegionName(county.name), consolidated: false };
  const content = narrateReport(
    random,
    narrator,
    year,
    figures,
    input.incidents.map((incident) => incident.title),
  );
  const kept = lifecycle.status === 'DRAFT' ? draftSections(random) : ALL_SECTIONS;
  return {
    report: { id, regionCode: county.code, level: 'COUNTY', year, ...lifecycle, content: keepSections(content, kept) },
    figures,
  };
}
