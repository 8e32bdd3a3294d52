import { AuditTrail1764000000000, EventOutbox1765000000000 } from '@dibao/db';
import { Registry1764000000100 } from './1764000000100-registry.js';

/** In order; applied in one transaction by the migration runner. */
export const registryMigrations = [AuditTrail1764000000000, Registry1764000000100, EventOutbox1765000000000];
