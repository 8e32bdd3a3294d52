import { AuditTrail1764000000000, EventOutbox1765000000000 } from '@dibao/db';
import { Complaints1764000000400 } from './1764000000400-complaints.js';
import { MonitoringReferrals1767000000400 } from './1767000000400-monitoring-referrals.js';
import { PublicParticipation1768000000400 } from './1768000000400-public-participation.js';

/** In order; applied in one transaction by the migration runner. */
export const complaintsMigrations = [
  AuditTrail1764000000000,
  Complaints1764000000400,
  EventOutbox1765000000000,
  MonitoringReferrals1767000000400,
  PublicParticipation1768000000400,
];
