import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  appendAudit,
  AuditRecord,
  AuditTrail1764000000000,
  createSubgraphDataSource,
  migrateSubgraph,
  verifyAuditChain,
} from '../src/index.js';
import { freshDatabase } from '../../../test/support/database.js';

const actor = { kind: 'system' as const, subject: 'test' };

describe('audit trail (real PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await freshDatabase('audit');
    dataSource = createSubgraphDataSource({
      url: database.url,
      schema: 'audited',
      entities: [AuditRecord],
      migrations: [AuditTrail1764000000000],
    });
    expect(await migrateSubgraph(dataSource)).toEqual(['AuditTrail1764000000000']);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const append = (entityId: string, after: unknown) =>
    dataSource.transaction((manager) =>
      appendAudit(manager, { actor, entityType: 'Thing', entityId, action: 'UPDATE', before: { v: 0 }, after }),
    );

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

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(dataSource.query(`UPDATE audit_record SET action = 'X' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_record WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`TRUNCATE audit_record`)).rejects.toThrow(/append-only/);
  });

  it('reports the first altered record when the triggers are bypassed', async () => {
    // A superuser can switch triggers off; the hash chain still tells.
    await dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`UPDATE audit_record SET after = '{"v": 99}' WHERE seq = 2`);
    });
    expect(await verifyAuditChain(dataSource, 'audited')).toMatchObject({
      ok: false,
      records: 1,
      firstBroken: { seq: '2', reason: expect.stringMatching(/altered/) },
    });
  });

  it('reports a deleted record', async () => {
    await dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`DELETE FROM audit_record WHERE seq = 1`);
    });
    expect(await verifyAuditChain(dataSource, 'audited')).toMatchObject({
      ok: false,
      records: 0,
      firstBroken: { seq: '2', reason: 'record 1 is missing' },
    });
  });
});
