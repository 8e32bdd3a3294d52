import { AuditTrail1764000000000, EventOutbox1765000000000 } from '@dibao/db';
import { Oversight1764000000300 } from './1764000000300-oversight.js';
import { MonitoringFindings1767000000300 } from './1767000000300-monitoring-findings.js';

/** In order; applied in one transaction by the migration runner. */
export const oversightMigrations = [
  AuditTrail1764000000000,
  Oversight1764000000300,
  EventOutbox1765000000000,
  MonitoringFindings1767000000300,
];
