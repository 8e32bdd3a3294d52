import { AuditTrail1764000000000, EventOutbox1765000000000 } from '@dibao/db';
import { Monitoring1764000001100 } from './1764000001100-monitoring.js';
import { ReferralsAndVillages1767000001100 } from './1767000001100-referrals-and-villages.js';
import { RosterHeadIndex1768000001100 } from './1768000001100-roster-head-index.js';
import { RosterCountyPartitions1769000001100 } from './1769000001100-roster-county-partitions.js';
import { ThresholdsAsRules1770000001100 } from './1770000001100-thresholds-as-rules.js';
import { JobQueue1771000001100 } from './1771000001100-job-queue.js';
import { TownshipMonthFigures1772000001100 } from './1772000001100-township-month-figures.js';

/** In order; applied in one transaction by the migration runner. */
export const monitoringMigrations = [
  AuditTrail1764000000000,
  EventOutbox1765000000000,
  Monitoring1764000001100,
  ReferralsAndVillages1767000001100,
  RosterHeadIndex1768000001100,
  RosterCountyPartitions1769000001100,
  ThresholdsAsRules1770000001100,
  JobQueue1771000001100,
  TownshipMonthFigures1772000001100,
];
