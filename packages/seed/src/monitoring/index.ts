export type {
  DemoRoster,
  LocalRule,
  MonitoringDemo,
  PlantedAnomaly,
  RegisterKind,
  RegisterRow,
  RosterArea,
  RosterRow,
  StandardRow,
} from './types.js';
export { monitoringDemo, type MonitoringDemoOptions } from './demo-monitoring.js';
export { idNumberCheckCharacter, isValidIdNumber, makeIdNumber } from './id-number.js';
export { DEMO_FIRST_MONTH, DEMO_MONTH_COUNT, demoMonths, NATIONAL_ROSTER_MONTH } from './months.js';
export {
  csvField,
  csvLines,
  registerCsv,
  REGISTER_COLUMNS,
  rosterCsv,
  ROSTER_COLUMNS,
  STANDARDS_COLUMNS,
  standardsCsv,
} from './csv-writer.js';
