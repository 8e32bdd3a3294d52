import type { EntityManager } from 'typeorm';
import { schemaOf } from '../data-source.js';
import { AuditRecord, type AuditActor } from './audit-record.entity.js';
import { auditHash, GENESIS_HASH } from './hash.js';

export interface AuditEntry {
  actor: AuditActor;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Values as jsonb will give them back (Dates as ISO strings, no undefined), so the hash verifies later. */
function asStoredJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * Appends to the chain of the manager's schema. Must run inside the transaction that makes the change, so
 * the record and the change commit or roll back together; the advisory lock serialises writers of one chain.
 */
export async function appendAudit(manager: EntityManager, entry: AuditEntry): Promise<AuditRecord> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendAudit must be called inside the transaction that makes the change');
  }
  const schema = schemaOf(manager.connection);
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${schema}.audit_record`]);
  const [last] = (await manager.query(`SELECT seq, hash FROM audit_record ORDER BY seq DESC LIMIT 1`)) as Array<{
    seq: string;
    hash: string;
  }>;
  const fields = {
    seq: String(BigInt(last?.seq ?? '0') + 1n),
    recordedAt: new Date(),
    actor: asStoredJson(entry.actor) as AuditActor,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: asStoredJson(entry.before),
    after: asStoredJson(entry.after),
  };
  const previousHash = last?.hash ?? GENESIS_HASH;
  const record = manager.create(AuditRecord, { ...fields, previousHash, hash: auditHash(previousHash, fields) });
  return manager.save(AuditRecord, record);
}
