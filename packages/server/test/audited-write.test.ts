import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntitySchema, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { Principal } from '@dibao/auth';
import {
  AuditRecord,
  AuditTrail1764000000000,
  createSubgraphDataSource,
  migrateSubgraph,
  verifyAuditChain,
} from '@dibao/db';
import { auditedWrite, changeAudited, conflict, createAudited } from '../src/index.js';
import { freshDatabase } from '../../../test/support/database.js';

/** A throwaway entity, declared without decorators (the test files are not compiled with them). */
class WidgetEntity {
  id!: string;
  label!: string;
  size!: number;
}

const widgetSchema = new EntitySchema<WidgetEntity>({
  name: 'Widget',
  tableName: 'widget',
  target: WidgetEntity,
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    label: { type: 'text', unique: true },
    size: { type: 'int' },
  },
});

class Widgets1764000009999 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(
      `CREATE TABLE widget (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), label text NOT NULL UNIQUE, size int NOT NULL)`,
    );
  }
  async down(runner: QueryRunner) {
    await runner.query('DROP TABLE widget');
  }
}

const principal: Principal = { subject: 'official:1', agency: 'CIVIL_AFFAIRS', region: '630102', roles: ['ADMIN'] };

describe('the audited write (real PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let dataSource: DataSource;
  const records = () => dataSource.getRepository(AuditRecord).find({ order: { seq: 'ASC' } });
  const widgets = () => dataSource.getRepository(WidgetEntity).find({ order: { label: 'ASC' } });

  beforeAll(async () => {
    database = await freshDatabase('audited_write');
    dataSource = createSubgraphDataSource({
      url: database.url,
      schema: 'writes',
      entities: [AuditRecord, widgetSchema],
      migrations: [AuditTrail1764000000000, Widgets1764000009999],
    });
    await migrateSubgraph(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const lockWidget = (label: string) => (manager: DataSource['manager']) =>
    manager.findOneOrFail(WidgetEntity, { where: { label }, lock: { mode: 'pessimistic_write' } });

  it('creates a row and its audit record, naming the principal', async () => {
    const created = await createAudited(dataSource, principal, {
      entityType: 'Widget',
      action: 'CREATE',
      create: ({ manager }) => manager.create(WidgetEntity, { label: 'a', size: 1 }),
    });
    const [record] = await records();
    expect(record).toMatchObject({
      entityType: 'Widget',
      entityId: created.id,
      action: 'CREATE',
      before: null,
      after: { id: created.id, label: 'a', size: 1 },
      actor: { kind: 'principal', subject: 'official:1', agency: 'CIVIL_AFFAIRS', region: '630102', roles: ['ADMIN'] },
    });
  });

  it('audits a change with the state before and after it', async () => {
    const changed = await changeAudited(dataSource, principal, {
      entityType: 'Widget',
      action: (grownBy: number) => `GROW_${grownBy}`,
      lock: lockWidget('a'),
      state: (widget) => ({ size: widget.size }),
      apply(widget) {
        widget.size += 2;
        return 2;
      },
    });
    expect(changed.size).toBe(3);
    const last = (await records()).at(-1);
    expect(last).toMatchObject({ entityId: changed.id, action: 'GROW_2', before: { size: 1 }, after: { size: 3 } });
  });

  it('leaves no row and no audit record when a check refuses the change', async () => {
    const before = { rows: await widgets(), records: (await records()).length };
    await expect(
      changeAudited(dataSource, principal, {
        entityType: 'Widget',
        action: 'SHRINK',
        lock: lockWidget('a'),
        state: (widget) => ({ size: widget.size }),
        apply(widget) {
          widget.size = 0;
          throw conflict('A widget cannot vanish', '部件不能消失');
        },
      }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    await expect(
      auditedWrite(dataSource, principal, async ({ manager, audit }) => {
        await manager.insert(WidgetEntity, { label: 'b', size: 5 });
        await audit({ entityType: 'Widget', entityId: 'b', action: 'CREATE' });
        throw new Error('fails after the audit record');
      }),
    ).rejects.toThrow('fails after the audit record');
    expect({ rows: await widgets(), records: (await records()).length }).toEqual(before);
  });

  it('answers a duplicate with the CONFLICT it declares, writing nothing', async () => {
    const count = (await records()).length;
    await expect(
      createAudited(
        dataSource,
        { kind: 'system', subject: 'test' },
        {
          entityType: 'Widget',
          action: 'CREATE',
          create: ({ manager }) => manager.create(WidgetEntity, { label: 'a', size: 9 }),
          duplicate: { en: 'Label a is taken', zh: '标签 a 已被使用' },
        },
      ),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT', messages: { en: 'Label a is taken' } } });
    expect(await records()).toHaveLength(count);
    expect(await verifyAuditChain(dataSource, 'writes')).toMatchObject({ ok: true, records: count });
  });

  it('runs a write that lost a race to a concurrent one again, so both land', async () => {
    // Check-then-insert from two writers at once: the loser's INSERT hits the unique label the winner created;
    // run again, it finds the row and grows it instead.
    const growOrCreate = () =>
      auditedWrite(dataSource, principal, async ({ manager, audit }) => {
        const existing = await manager.findOne(WidgetEntity, {
          where: { label: 'raced' },
          lock: { mode: 'pessimistic_write' },
        });
        if (existing) {
          existing.size += 1;
          await manager.save(existing);
        } else {
          await new Promise((resolve) => setTimeout(resolve, 50));
          await manager.insert(WidgetEntity, { label: 'raced', size: 1 });
        }
        await audit({ entityType: 'Widget', entityId: 'raced', action: existing ? 'GROW' : 'CREATE' });
      });
    await Promise.all([growOrCreate(), growOrCreate()]);
    expect((await widgets()).find((widget) => widget.label === 'raced')?.size).toBe(2);
    expect(await verifyAuditChain(dataSource, 'writes')).toMatchObject({ ok: true });
  });

  it('runs the loser of a deadlock again instead of failing it', async () => {
    await dataSource.getRepository(WidgetEntity).insert([
      { label: 'left', size: 0 },
      { label: 'right', size: 0 },
    ]);
    const growBoth = (first: string, second: string) =>
      auditedWrite(dataSource, principal, async ({ manager, audit }) => {
        for (const label of [first, second]) {
          const widget = await lockWidget(label)(manager);
          widget.size += 1;
          await manager.save(widget);
          // Both writers hold their first row before either asks for its second: PostgreSQL breaks the deadlock.
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await audit({ entityType: 'Widget', entityId: `${first}+${second}`, action: 'GROW' });
      });
    await Promise.all([growBoth('left', 'right'), growBoth('right', 'left')]);
    const sizes = Object.fromEntries((await widgets()).map((widget) => [widget.label, widget.size]));
    expect(sizes).toMatchObject({ left: 2, right: 2 });
  });

  it('answers a race still lost after the last attempt with CONFLICT', async () => {
    const count = (await records()).length;
    await expect(
      auditedWrite(dataSource, principal, async ({ manager }) => {
        await manager.insert(WidgetEntity, { label: 'a', size: 9 });
      }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await records()).toHaveLength(count);
  });
});
