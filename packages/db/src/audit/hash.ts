import { createHmac } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { AuditActor } from './audit-record.entity.js';
import { auditKey } from './key.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  seq: string;
  recordedAt: Date;
  actor: AuditActor;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

/**
 * HMAC-SHA-256, keyed with the audit key, over the previous hash and the RFC 8785 canonical JSON of the record.
 * Canonical JSON makes the hash independent of key order, which jsonb does not preserve; the key (which the
 * database never holds) means that whoever alters a record cannot compute a hash that verifies.
 */
export function auditHash(previousHash: string, fields: HashedFields, key: Buffer = auditKey()): string {
  const body = canonicalize({
    seq: fields.seq,
    recordedAt: fields.recordedAt.toISOString(),
    actor: fields.actor,
    entityType: fields.entityType,
    entityId: fields.entityId,
    action: fields.action,
    before: fields.before ?? null,
    after: fields.after ?? null,
  });
  return createHmac('sha256', key).update(`${previousHash}\n${body}`).digest('hex');
}
