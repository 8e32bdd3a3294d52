import type {
  AnnualReportImport,
  IncidentImport,
  IncidentUpdateImport,
  ReportingImport,
  ReportingLevel,
  ReportingUnitImport,
  ReportWaiverImport,
} from '@dibao/domain';

/* The demo data of the reporting subgraph, in the shape its import takes (declared once, in @dibao/domain). */

export type { ReportingLevel };
export type ReportingUnitSeed = ReportingUnitImport;
export interface AnnualReportSeed extends AnnualReportImport {
  /** The unit's level (the import takes it from the reporting unit). */
  level: ReportingLevel;
}
export type ReportWaiverSeed = ReportWaiverImport;
export type IncidentUpdateSeed = IncidentUpdateImport;
export type IncidentSeed = IncidentImport;

/** A prefecture report whose figures deliberately differ from the sum of its county reports. */
export interface ReportDiscrepancySeed {
  regionCode: string;
  year: number;
  /** The figures that differ, as section.field ('policy.ruralPersons'), each by 3–8% of the county sum. */
  figures: string[];
}

export interface DemoReporting extends ReportingImport {
  reports: AnnualReportSeed[];
  discrepancies: ReportDiscrepancySeed[];
}
