export type {
  AnnualReportSeed,
  DemoReporting,
  IncidentSeed,
  IncidentUpdateSeed,
  ReportDiscrepancySeed,
  ReportingLevel,
  ReportingUnitSeed,
  ReportWaiverSeed,
} from './types.js';
export { demoReportingUnits } from './units.js';
export { demoReporting, DEFAULT_REPORT_YEARS, type DemoReportingOptions } from './demo-reporting.js';
export { isLateSubmission, reportDeadline } from './deadlines.js';
export { incidentCountyCode, incidentYear } from './incidents.js';
export { shortRegionName } from './short-names.js';
