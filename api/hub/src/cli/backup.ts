import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupEmbeddedCluster, withDatabase } from '@dibao/db';
import { scriptCommand } from '../commands.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';

/*
 * `pnpm db:backup [--to <folder>]`: an online base backup of the embedded PostgreSQL (the hub may keep running)
 * into <HUB_DATA_DIR>/backups/<time>/ by default. The secrets under .data/ (audit key, signing keys) are not
 * in it: keep them apart, the restored chains verify only with the same HUB_AUDIT_KEY.
 */
const log = (line: string) => console.log(`[backup] ${line}`);
const { values } = parseArgs({ options: { to: { type: 'string' } } });
const config = await loadConfig();
if (config.databaseUrl) {
  console.error(
    '[backup] DATABASE_URL names an external server: back it up with its own tools, e.g. pg_dump of the ' +
      'server\'s major version: pg_dump --format=custom --file=dibao.dump "$DATABASE_URL" (see the README).',
  );
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = path.resolve(values.to ?? path.join(config.dataDir, 'backups', stamp));
const database = await openDatabase(undefined, config.dataDir, log, { attach: true });
try {
  await backupEmbeddedCluster({
    adminUrl: withDatabase(database.url, 'postgres'),
    dataDir: database.dataDir!,
    target,
    log,
  });
  log(`restore it (hub stopped) with: ${scriptCommand('db:restore', target)}`);
} catch (error) {
  console.error(`[backup] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
