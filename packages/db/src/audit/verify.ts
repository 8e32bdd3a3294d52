import type { DataSource } from 'typeorm';
import { auditHash, GENESIS_HASH } from './hash.js';

export interface AuditVerification {
  schema: string;
  records: number;
  ok: boolean;
  /** The first record that does not fit the chain, and why. */
  firstBroken?: { seq: string; reason: string };
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

/** Walks the chain of one schema in order, in batches (memory stays flat), and stops at the first break. */
export async function verifyAuditChain(dataSource: DataSource, schema: string): Promise<AuditVerification> {
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
      const recomputed = auditHash(previousHash, {
        seq,
        recordedAt: row.recorded_at,
        actor: row.actor,
        entityType: row.entity_type,
        entityId: row.entity_id,
        action: row.action,
        before: row.before,
        after: row.after,
      });
      if (recomputed !== row.hash) return broken('content does not match its hash (the record was altered)');
      previousHash = row.hash;
      expectedSeq += 1n;
      records += 1;
    }
    if (rows.length < BATCH) return { schema, records, ok: true };
  }
}
