import { AuditTrail1764000000000, EventOutbox1765000000000 } from '@dibao/db';
import { Accountability1764000000600 } from './1764000000600-accountability.js';

/** In order; applied in one transaction by the migration runner. */
export const accountabilityMigrations = [
  AuditTrail1764000000000,
  Accountability1764000000600,
  EventOutbox1765000000000,
];
