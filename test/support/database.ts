import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { dropDatabase, ensureDatabase, withDatabase } from '@dibao/db';

/** A new, empty database on the suite's server; drop() removes it. */
export async function freshDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `test_${label.replace(/\W+/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(inject('adminDatabaseUrl'), name);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}
