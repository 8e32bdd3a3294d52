import { AuditRecord } from '@dibao/db';

// Notifications are read and written in SQL (loaders.ts, services/*): fan-out is set-based and the audience match
// is a jsonb and array condition, so only the audit chain is mapped.
export const notificationsEntities = [AuditRecord];
