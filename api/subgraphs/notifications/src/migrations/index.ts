import { AuditTrail1764000000000, EventOutbox1765000000000 } from '@dibao/db';
import { Notifications1766000000000 } from './1766000000000-notifications.js';
import { JobQueue1766000000100 } from './1766000000100-job-queue.js';
import { Deliveries1766000000400 } from './1766000000400-deliveries.js';

/** In order; applied in one transaction by the migration runner. */
export const notificationsMigrations = [
  AuditTrail1764000000000,
  EventOutbox1765000000000,
  Notifications1766000000000,
  JobQueue1766000000100,
  Deliveries1766000000400,
];
