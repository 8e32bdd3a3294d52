import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreEmbeddedCluster, startEmbeddedPostgres, usableDataDir } from '@dibao/db';
import { scriptCommand } from '../commands.js';
import { loadConfig } from '../config.js';

/*
 * `pnpm db:restore <backup folder>`: puts a backup made by `pnpm db:backup` in place of the embedded cluster
 * (stop the hub first; the current data directory is moved aside, not deleted), then starts PostgreSQL once so
 * that it replays the backup's WAL, and stops it again. Run `pnpm audit:verify` afterwards.
 */
const log = (line: string) => console.log(`[restore] ${line}`);
const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const config = await loadConfig();
if (config.databaseUrl) {
  console.error(
    '[restore] DATABASE_URL names an external server: restore it with its own tools, e.g. pg_restore of the ' +
      'server\'s major version: pg_restore --clean --if-exists --dbname="$DATABASE_URL" dibao.dump (see the README).',
  );
  process.exit(2);
}
const from = positionals[0];
if (!from) {
  console.error(`Usage: ${scriptCommand('db:restore', '<backup folder>')} (as printed by db:backup)`);
  process.exit(2);
}
try {
  const requested = path.join(config.dataDir, 'postgres');
  const dataDir = await usableDataDir(requested, undefined, log);
  await restoreEmbeddedCluster({ backupDir: path.resolve(from), dataDir, log });
  log('starting PostgreSQL to replay the WAL ...');
  const server = await startEmbeddedPostgres({ dataDir: requested, notice: log });
  await server.stop();
  log(`restored and consistent; start the hub and run ${scriptCommand('audit:verify')}`);
} catch (error) {
  console.error(`[restore] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
