import type {
  AnnualReportContent,
  IncidentCategory,
  IncidentSeverity,
  IncidentStatus,
  ReportSection,
  ReportStatus,
} from '@dibao/domain';

/** The two tiers that file annual reports: counties to their prefecture, prefectures to the province. */
export type ReportingLevel = 'PREFECTURE' | 'COUNTY';

export interface ReportingUnitSeed {
  regionCode: string;
  level: ReportingLevel;
  /** The region whose civil affairs department receives the report. */
  parentCode: string;
}

export interface AnnualReportSeed {
  /** UUID v4-shaped, drawn from the seeded PRNG so that it is stable across runs. */
  id: string;
  regionCode: string;
  level: ReportingLevel;
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
export interface ReportWaiverSeed {
  regionCode: string;
  year: number;
  reason: string;
}

export interface IncidentUpdateSeed {
  at: Date;
  note: string;
  /** The incident's status after this update. */
  status: IncidentStatus;
}

export interface IncidentSeed {
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
  updates: IncidentUpdateSeed[];
}

/** A prefecture report whose figures deliberately differ from the sum of its county reports. */
export interface ReportDiscrepancySeed {
  regionCode: string;
  year: number;
  /** The figures that differ, as section.field ('policy.ruralPersons'), each by 3–8% of the county sum. */
  figures: string[];
}

export interface DemoReporting {
  units: ReportingUnitSeed[];
  reports: AnnualReportSeed[];
  waivers: ReportWaiverSeed[];
  incidents: IncidentSeed[];
  discrepancies: ReportDiscrepancySeed[];
}
