import type { DataSource } from 'typeorm';
import { checkAgainstCheckpoint, type AuditCheckpoint } from './checkpoint.js';
import { auditHash, GENESIS_HASH } from './hash.js';
import { auditKey } from './key.js';

export interface AuditVerification {
  schema: string;
  records: number;
  ok: boolean;
  /** The first record that does not fit the chain, and why. */
  firstBroken?: { seq: string; reason: string };
  /** The published checkpoint the chain was checked against, when one was given. */
  checkpoint?: { seq: string; signedAt: string; ok: boolean };
}

export interface AuditVerificationOptions {
  /**
   * The latest published checkpoint of this chain (its signature already checked): its record must still be
   * there with the same hash, so a chain cut back or rewritten since is reported.
   */
  checkpoint?: AuditCheckpoint;
}

interface Row {
  seq: string;
  recorded_at: Date;
  actor: never;
  entity_type: string;
  entity_id: string;
  action: string;
  before: unknown;
  after: unknown;
  previous_hash: string;
  hash: string;
}

const BATCH = 2000;

/**
 * Walks the chain of one schema in order, in batches (memory stays flat), recomputing every keyed hash, and
 * stops at the first break; then checks the chain against the published checkpoint, when one is given.
 */
export async function verifyAuditChain(
  dataSource: DataSource,
  schema: string,
  options: AuditVerificationOptions = {},
): Promise<AuditVerification> {
  const linked = await verifyLinks(dataSource, schema);
  const { checkpoint } = options;
  if (!checkpoint) return linked;
  if (checkpoint.schema !== schema) throw new Error(`checkpoint of ${checkpoint.schema} given for ${schema}`);
  const anchored = await checkAgainstCheckpoint(dataSource, checkpoint);
  const result: AuditVerification = {
    ...linked,
    ok: linked.ok && anchored.ok,
    checkpoint: { seq: checkpoint.seq, signedAt: checkpoint.signedAt, ok: anchored.ok },
  };
  if (linked.ok && !anchored.ok) result.firstBroken = { seq: checkpoint.seq, reason: anchored.reason };
  return result;
}

async function verifyLinks(dataSource: DataSource, schema: string): Promise<AuditVerification> {
  const key = auditKey();
  let expectedSeq = 1n;
  let previousHash = GENESIS_HASH;
  let records = 0;
  for (;;) {
    const rows = (await dataSource.query(
      `SELECT * FROM "${schema}".audit_record WHERE seq >= $1 ORDER BY seq LIMIT ${BATCH}`,
      [String(expectedSeq)],
    )) as Row[];
    for (const row of rows) {
      const seq = String(row.seq);
      const broken = (reason: string): AuditVerification => ({
        schema,
        records,
        ok: false,
        firstBroken: { seq, reason },
      });
      if (BigInt(seq) !== expectedSeq) return broken(`record ${expectedSeq} is missing`);
      if (row.previous_hash !== previousHash) return broken('previous_hash does not match the record before it');
      const recomputed = auditHash(
        previousHash,
        {
          seq,
          recordedAt: row.recorded_at,
          actor: row.actor,
          entityType: row.entity_type,
          entityId: row.entity_id,
          action: row.action,
          before: row.before,
          after: row.after,
        },
        key,
      );
      if (recomputed !== row.hash) return broken('content does not match its hash (the record was altered)');
      previousHash = row.hash;
      expectedSeq += 1n;
      records += 1;
    }
    if (rows.length < BATCH) return { schema, records, ok: true };
  }
}
