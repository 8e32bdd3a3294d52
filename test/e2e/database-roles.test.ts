import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_READERS, readsShared, SHARED_READS, subgraphRole } from '@dibao/db';
import { subgraphNames } from '@dibao/gateway';
import { openSubgraphDataSources } from '@dibao/hub';
import { freshDatabase } from '../support/database.js';

/** The hub's own path to the database: every subgraph, migrated, as the hub and the CLIs open them. */
describe('the roles the hub connects as', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let dataSources: Map<string, DataSource>;

  beforeAll(async () => {
    database = await freshDatabase('roles_hub');
    dataSources = await openSubgraphDataSources(database.url, new Set(subgraphNames), () => undefined);
  });

  afterAll(async () => {
    await Promise.all([...(dataSources?.values() ?? [])].map((dataSource) => dataSource.destroy()));
    await database?.drop();
  });

  it('connects every subgraph as its own role, none a superuser', async () => {
    expect([...dataSources.keys()].sort()).toEqual([...subgraphNames].sort());
    for (const [name, dataSource] of dataSources) {
      const [row] = (await dataSource.query(
        `SELECT current_user AS role, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
      )) as Array<{ role: string; superuser: boolean }>;
      expect(row).toEqual({ role: subgraphRole(name), superuser: false });
    }
  });

  it("keeps each subgraph out of every other subgraph's schema, but for the shared reads", async () => {
    const shared = new Set(SHARED_READS.map((read) => read.schema));
    for (const [name, dataSource] of dataSources) {
      for (const other of subgraphNames.filter((candidate) => candidate !== name)) {
        // A schema with shared tables is open to USAGE, and then its other tables refuse one by one; so is every
        // schema to the outbox readers (notifications), for its outbox alone.
        const open = shared.has(other) || OUTBOX_READERS.includes(name);
        await expect(dataSource.query(`SELECT 1 FROM "${other}".audit_record LIMIT 1`)).rejects.toThrow(
          new RegExp(open ? 'permission denied for table audit_record' : `permission denied for schema ${other}`),
        );
      }
    }
  });

  it("lets every other subgraph read the regions' rules, the notifications the officials, and none write them", async () => {
    for (const read of SHARED_READS) {
      for (const [name, dataSource] of dataSources) {
        if (name === read.schema) continue;
        if (!readsShared(read, name)) {
          // Personal data of the registry (officials, addresses) is the notifications role's read alone.
          await expect(dataSource.query(`SELECT 1 FROM "${read.schema}"."${read.table}" LIMIT 1`)).rejects.toThrow(
            new RegExp(`permission denied for table ${read.table}`),
          );
          continue;
        }
        await expect(dataSource.query(`SELECT count(*) FROM "${read.schema}"."${read.table}"`)).resolves.toHaveLength(
          1,
        );
        await expect(dataSource.query(`DELETE FROM "${read.schema}"."${read.table}"`)).rejects.toThrow(
          /permission denied/,
        );
        await expect(dataSource.query(`SELECT 1 FROM "${read.schema}".region LIMIT 1`)).rejects.toThrow(
          /permission denied for table region/,
        );
      }
    }
  });

  it('lets the notifications role read every source outbox, and only read it', async () => {
    const notifications = dataSources.get('notifications')!;
    const sources = subgraphNames.filter((name) => name !== 'notifications');
    for (const source of sources) {
      await expect(notifications.query(`SELECT count(*) FROM "${source}".outbox_event`)).resolves.toHaveLength(1);
      await expect(
        notifications.query(`INSERT INTO "${source}".outbox_event (topic, payload) VALUES ('notify', '{}')`),
      ).rejects.toThrow(/permission denied/);
    }
    // The outboxes and the officials' shared reads, nothing else: not the registry's audit trail or service
    // accounts, not another subgraph's records.
    await expect(notifications.query(`SELECT 1 FROM registry.official LIMIT 1`)).resolves.toBeDefined();
    await expect(notifications.query(`UPDATE registry.delivery_preference SET email = NULL`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(notifications.query(`SELECT 1 FROM registry.service_account LIMIT 1`)).rejects.toThrow(
      /permission denied for table service_account/,
    );
    await expect(notifications.query(`SELECT 1 FROM reporting.annual_report LIMIT 1`)).rejects.toThrow(
      /permission denied for table annual_report/,
    );
  });

  it('lets no subgraph UPDATE, DELETE or TRUNCATE its audit records', async () => {
    for (const [name, dataSource] of dataSources) {
      const [privileges] = (await dataSource.query(
        `SELECT has_table_privilege($1, 'INSERT') AS insert, has_table_privilege($1, 'SELECT') AS select,
                has_table_privilege($1, 'UPDATE') AS update, has_table_privilege($1, 'DELETE') AS delete,
                has_table_privilege($1, 'TRUNCATE') AS truncate`,
        [`${name}.audit_record`],
      )) as Array<Record<string, boolean>>;
      expect(privileges, name).toEqual({ insert: true, select: true, update: false, delete: false, truncate: false });
      await expect(dataSource.query(`DELETE FROM audit_record`)).rejects.toThrow(/permission denied/);
    }
  });
});
