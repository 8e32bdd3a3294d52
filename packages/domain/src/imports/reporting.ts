import type {
  AnnualReportContent,
  IncidentCategory,
  IncidentSeverity,
  IncidentStatus,
  ReportSection,
  ReportStatus,
} from '../index.js';

/*
 * What the reporting subgraph's import (`importReporting`) takes, and so what the demo generator produces:
 * reporting units, historical annual reports, waivers and incidents.
 */

/** The two tiers that file annual reports: counties to their prefecture, prefectures to the province. */
export type ReportingLevel = 'PREFECTURE' | 'COUNTY';

export interface ReportingUnitImport {
  regionCode: string;
  level: ReportingLevel;
  /** The region whose civil affairs department receives the report. */
  parentCode: string;
}

export interface AnnualReportImport {
  /** UUID v4-shaped, drawn from the seeded PRNG so that it is stable across runs. */
  id: string;
  regionCode: string;
  year: number;
  status: ReportStatus;
  /** All five sections, except for a DRAFT, which lacks one or two. */
  content: AnnualReportContent;
  /** When the first draft was saved. */
  createdAt: Date;
  firstSubmittedAt: Date | null;
  lastSubmittedAt: Date | null;
  /** The first submission came after the deadline (see reportDeadline). */
  late: boolean;
  acceptedAt: Date | null;
  /** Why the report was sent back; only for RETURNED. */
  returnedReason: string | null;
  /** The sections the reason is about; non-empty exactly for RETURNED. */
  returnedSections: ReportSection[];
}

/** A missing county report, waived so that its prefecture's report could be accepted. */
export interface ReportWaiverImport {
  regionCode: string;
  year: number;
  reason: string;
}

export interface IncidentUpdateImport {
  at: Date;
  note: string;
  /** The incident's status after this update. */
  status: IncidentStatus;
}

export interface IncidentImport {
  id: string;
  /** The county or township where it happened. */
  regionCode: string;
  /** The civil affairs bureau that reported it to the province: the county's, or its prefecture's. */
  reportedByRegionCode: string;
  occurredAt: Date;
  reportedAt: Date;
  severity: IncidentSeverity;
  category: IncidentCategory;
  status: IncidentStatus;
  title: string;
  description: string;
  causeAnalysis: string;
  rectificationMeasures: string;
  /** Chronological; the last one's status is the incident's status (none while still REPORTED). */
  updates: IncidentUpdateImport[];
}

export interface ReportingImport {
  units: ReportingUnitImport[];
  reports: AnnualReportImport[];
  waivers: ReportWaiverImport[];
  incidents: IncidentImport[];
}
