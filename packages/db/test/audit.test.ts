import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  appendAudit,
  AuditRecord,
  AuditTrail1764000000000,
  checkpointPrivateKey,
  checkpointPublicKeyPem,
  checkpointMessage,
  generateCheckpointKey,
  readAuditHead,
  signCheckpoint,
  verifyAuditChain,
  verifyCheckpointSignature,
} from '../src/index.js';
import { freshDatabase, subgraphDataSource } from '../../../test/support/database.js';

const actor = { kind: 'system' as const, subject: 'test' };

describe('audit trail (real PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  /** As the subgraph's own role, as at run time. */
  let dataSource: DataSource;
  /** As the server's superuser: what an attacker with full database access can do. */
  let superuser: pg.Client;

  beforeAll(async () => {
    database = await freshDatabase('audit');
    dataSource = await subgraphDataSource(database.url, {
      schema: 'audited',
      entities: [AuditRecord],
      migrations: [AuditTrail1764000000000],
    });
    superuser = new pg.Client({ connectionString: database.url });
    await superuser.connect();
  });

  afterAll(async () => {
    await superuser?.end();
    await dataSource?.destroy();
    await database?.drop();
  });

  const append = (entityId: string, after: unknown) =>
    dataSource.transaction((manager) =>
      appendAudit(manager, { actor, entityType: 'Thing', entityId, action: 'UPDATE', before: { v: 0 }, after }),
    );

  /** Runs statements as the superuser with the append-only triggers switched off. */
  const bypassingTriggers = async (...statements: string[]) => {
    await superuser.query('BEGIN');
    await superuser.query('SET LOCAL session_replication_role = replica');
    for (const statement of statements) await superuser.query(statement);
    await superuser.query('COMMIT');
  };

  it('chains records and verifies them', async () => {
    const first = await append('a', { v: 1, when: new Date('2025-01-02T03:04:05Z'), nested: { b: 2, a: 1 } });
    const second = await append('b', { v: 2 });
    expect(first.seq).toBe('1');
    expect(second.previousHash).toBe(first.hash);
    expect(await verifyAuditChain(dataSource, 'audited')).toEqual({ schema: 'audited', records: 2, ok: true });
  });

  it('serialises concurrent writers into one gapless chain', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, index) => append(`c${index}`, { index })));
    const result = await verifyAuditChain(dataSource, 'audited');
    expect(result).toMatchObject({ ok: true, records: 14 });
  });

  it('refuses appends outside a transaction', async () => {
    await expect(
      appendAudit(dataSource.manager, { actor, entityType: 'T', entityId: 'x', action: 'A' }),
    ).rejects.toThrow(/inside the transaction/);
  });

  it('rolls the record back with the change', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await appendAudit(manager, { actor, entityType: 'T', entityId: 'x', action: 'A' });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await dataSource.getRepository(AuditRecord).count()).toBe(14);
  });

  it("refuses UPDATE, DELETE and TRUNCATE: the subgraph's role has no such right, and the triggers stop everyone else", async () => {
    for (const statement of [
      `UPDATE audit_record SET action = 'X' WHERE seq = 1`,
      `DELETE FROM audit_record WHERE seq = 1`,
      `TRUNCATE audit_record`,
    ]) {
      await expect(dataSource.query(statement)).rejects.toThrow(/permission denied/);
    }
    await expect(superuser.query(`UPDATE audited.audit_record SET action = 'X' WHERE seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(superuser.query(`DELETE FROM audited.audit_record WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(superuser.query(`TRUNCATE audited.audit_record`)).rejects.toThrow(/append-only/);
  });

  it('detects a record altered with every hash recomputed, because the hashes are keyed', async () => {
    // A superuser rewrites record 2 and recomputes the chain from there the way an unkeyed chain is computed.
    const rows = (
      await superuser.query(
        `SELECT seq::text AS seq, recorded_at, actor, entity_type, entity_id, action, before, after, previous_hash
           FROM audited.audit_record ORDER BY audit_record.seq`,
      )
    ).rows as Array<Record<string, any>>;
    let previous = rows[0]!.previous_hash as string;
    const statements: string[] = [];
    for (const [index, row] of rows.entries()) {
      if (index === 0) {
        previous = (await superuser.query(`SELECT hash FROM audited.audit_record WHERE seq = 1`)).rows[0].hash;
        continue;
      }
      const after = row.seq === '2' ? { v: 99 } : row.after;
      const body = canonicalize({
        seq: row.seq,
        recordedAt: (row.recorded_at as Date).toISOString(),
        actor: row.actor,
        entityType: row.entity_type,
        entityId: row.entity_id,
        action: row.action,
        before: row.before ?? null,
        after: after ?? null,
      });
      const hash = createHash('sha256').update(`${previous}\n${body}`).digest('hex');
      statements.push(
        `UPDATE audited.audit_record SET after = '${JSON.stringify(after)}', previous_hash = '${previous}', hash = '${hash}' WHERE seq = ${row.seq}`,
      );
      previous = hash;
    }
    await bypassingTriggers(...statements);
    expect(await verifyAuditChain(dataSource, 'audited')).toMatchObject({
      ok: false,
      records: 1,
      firstBroken: { seq: '2', reason: expect.stringMatching(/altered/) },
    });
  });

  it('reports a deleted record in the middle', async () => {
    const fresh = await freshChain('middle');
    await fresh.append(3);
    await bypassingTriggers(`DELETE FROM ${fresh.schema}.audit_record WHERE seq = 2`);
    expect(await verifyAuditChain(fresh.dataSource, fresh.schema)).toMatchObject({
      ok: false,
      records: 1,
      firstBroken: { seq: '3', reason: 'record 2 is missing' },
    });
    await fresh.dataSource.destroy();
  });

  describe('checkpoints', () => {
    const key = checkpointPrivateKey(generateCheckpointKey().privateKey);
    const publicKey = checkpointPublicKeyPem(key);

    it('detects the newest records deleted after a checkpoint, which the chain alone cannot show', async () => {
      const fresh = await freshChain('newest');
      await fresh.append(5);
      const checkpoint = signCheckpoint(await readAuditHead(fresh.dataSource, fresh.schema), key);
      expect(checkpoint).toMatchObject({ schema: fresh.schema, seq: '5' });
      expect(verifyCheckpointSignature(checkpoint, publicKey)).toBe(true);
      expect(await verifyAuditChain(fresh.dataSource, fresh.schema, { checkpoint })).toMatchObject({
        ok: true,
        checkpoint: { seq: '5', ok: true },
      });
      await fresh.append(2);

      await bypassingTriggers(`DELETE FROM ${fresh.schema}.audit_record WHERE seq >= 5`);
      // Links alone: four records that still fit together.
      expect(await verifyAuditChain(fresh.dataSource, fresh.schema)).toEqual({
        schema: fresh.schema,
        records: 4,
        ok: true,
      });
      expect(await verifyAuditChain(fresh.dataSource, fresh.schema, { checkpoint })).toMatchObject({
        ok: false,
        records: 4,
        checkpoint: { seq: '5', ok: false },
        firstBroken: { seq: '5', reason: expect.stringMatching(/record 5 .* is missing: the chain ends at 4/) },
      });
      await fresh.dataSource.destroy();
    });

    it('refuses a forged checkpoint: edited fields, an edited message, or another key', () => {
      const genuine = signCheckpoint(
        { schema: 'audited', seq: '7', headHash: 'a'.repeat(64), signedAt: '2026-12-01T00:00:00.000Z' },
        key,
      );
      expect(verifyCheckpointSignature(genuine, publicKey)).toBe(true);
      const shorter = { ...genuine, seq: '3' };
      expect(verifyCheckpointSignature(shorter, publicKey)).toBe(false);
      expect(verifyCheckpointSignature({ ...shorter, message: checkpointMessage(shorter) }, publicKey)).toBe(false);
      const otherKey = checkpointPrivateKey(generateCheckpointKey().privateKey);
      const forged = signCheckpoint(shorter, otherKey);
      expect(verifyCheckpointSignature(forged, publicKey)).toBe(false);
      expect(verifyCheckpointSignature({ ...genuine, signature: 'AAAA' }, publicKey)).toBe(false);
    });
  });

  /** Another chain in its own schema of the same database. */
  async function freshChain(label: string) {
    const schema = `audited_${label}`;
    const chain = await subgraphDataSource(database.url, {
      schema,
      entities: [AuditRecord],
      migrations: [AuditTrail1764000000000],
    });
    return {
      schema,
      dataSource: chain,
      async append(count: number) {
        for (let index = 0; index < count; index++) {
          await chain.transaction((manager) =>
            appendAudit(manager, { actor, entityType: 'Thing', entityId: `${index}`, action: 'A', after: { index } }),
          );
        }
      },
    };
  }
});
