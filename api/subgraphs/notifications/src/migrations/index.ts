import { AuditTrail1764000000000, EventOutbox1765000000000 } from '@dibao/db';
import { Notifications1766000000000 } from './1766000000000-notifications.js';

/** In order; applied in one transaction by the migration runner. */
export const notificationsMigrations = [AuditTrail1764000000000, EventOutbox1765000000000, Notifications1766000000000];
