import { AuditTrail1764000000000, EventOutbox1765000000000 } from '@dibao/db';
import { Complaints1764000000400 } from './1764000000400-complaints.js';
import { MonitoringReferrals1767000000400 } from './1767000000400-monitoring-referrals.js';

/** In order; applied in one transaction by the migration runner. */
export const complaintsMigrations = [
  AuditTrail1764000000000,
  Complaints1764000000400,
  EventOutbox1765000000000,
  MonitoringReferrals1767000000400,
];
