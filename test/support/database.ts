import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import {
  dropDatabase,
  ensureDatabase,
  openSubgraphDatabase,
  resolveDatabaseAccess,
  withDatabase,
  type SubgraphDataSourceOptions,
} from '@dibao/db';

/** A new, empty database on the suite's server (its URL is the administrator's); drop() removes it. */
export async function freshDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `test_${label.replace(/\W+/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(inject('adminDatabaseUrl'), name);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}

/**
 * A subgraph's data source as the hub opens it: roles provisioned with the administrator's URL, migrations run
 * as the owner role, and the returned data source connected as the subgraph's own role.
 */
export async function subgraphDataSource(
  adminUrl: string,
  options: Omit<SubgraphDataSourceOptions, 'url'>,
): Promise<DataSource> {
  const access = await resolveDatabaseAccess(adminUrl, { schemas: [options.schema] });
  return (await openSubgraphDatabase(access, options)).dataSource;
}
