import { AuditRecord } from '@dibao/db';

// The monitoring tables are read and written in SQL (loaders.ts, services/*): rosters arrive by COPY and the
// rules are set-based queries, so only the audit chain is mapped.
export const monitoringEntities = [AuditRecord];
