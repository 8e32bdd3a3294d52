import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { AuditActor } from './audit-record.entity.js';

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
 * sha256(previous hash + RFC 8785 canonical JSON of the record). Canonical JSON makes the hash independent of
 * key order, which jsonb does not preserve.
 */
export function auditHash(previousHash: string, fields: HashedFields): string {
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
  return createHash('sha256').update(`${previousHash}\n${body}`).digest('hex');
}
