import { AuditTrail1764000000000, EventOutbox1765000000000 } from '@dibao/db';
import { Reporting1764000000200 } from './1764000000200-reporting.js';
import { ReportDeadlines1766000000500 } from './1766000000500-report-deadlines.js';

/** In order; applied in one transaction by the migration runner. */
export const reportingMigrations = [
  AuditTrail1764000000000,
  Reporting1764000000200,
  EventOutbox1765000000000,
  ReportDeadlines1766000000500,
];
