import { appendFile, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { backupEmbeddedCluster, restoreEmbeddedCluster } from './backup.js';
import { usableDataDir } from './launcher.js';
import { serverUser } from './server-user.js';

/*
 * A streaming standby of the embedded cluster, made without pg_basebackup (the npm package has none): the
 * base-backup API copy that `pnpm db:backup` takes, restored into a new data directory, with standby.signal
 * and primary_conninfo. A permanent replication slot on the primary keeps the WAL the standby still needs.
 * Started with startEmbeddedPostgres, the copy replays the backup's WAL, then streams from the primary and
 * answers read-only connections (hot standby, on by default).
 */

export interface StandbyOptions {
  /** A superuser's URL of the running primary. */
  primaryAdminUrl: string;
  /** The primary's data directory. */
  primaryDataDir: string;
  /** The standby's data directory; must not exist yet. */
  standbyDataDir: string;
  /** The replication slot on the primary (created when missing). */
  slotName?: string;
  log?: (line: string) => void;
}

const quoted = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/** Writes a standby's data directory; start it with startEmbeddedPostgres({ dataDir: standbyDataDir }). */
export async function createEmbeddedStandby(options: StandbyOptions): Promise<{ slotName: string; dataDir: string }> {
  // Where startEmbeddedPostgres will look for it (a folder the server user cannot reach is relocated).
  const dataDir = await usableDataDir(options.standbyDataDir, serverUser(), options.log);
  const slotName = options.slotName ?? 'dibao_standby';
  if (!/^[a-z0-9_]{1,63}$/.test(slotName)) throw new Error(`not a replication slot name: ${slotName}`);
  const client = new pg.Client({ connectionString: options.primaryAdminUrl });
  await client.connect();
  try {
    await client.query(
      `SELECT pg_create_physical_replication_slot($1, true)
        WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = $1)`,
      [slotName],
    );
  } finally {
    await client.end();
  }
  const staging = await mkdtemp(path.join(tmpdir(), 'dibao-standby-'));
  try {
    const backup = path.join(staging, 'backup');
    await backupEmbeddedCluster({
      adminUrl: options.primaryAdminUrl,
      dataDir: options.primaryDataDir,
      target: backup,
      ...(options.log ? { log: options.log } : {}),
    });
    await restoreEmbeddedCluster({
      backupDir: backup,
      dataDir,
      ...(options.log ? { log: options.log } : {}),
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const primary = new URL(options.primaryAdminUrl);
  const conninfo = [
    `host=${primary.hostname}`,
    `port=${primary.port || '5432'}`,
    `user=${decodeURIComponent(primary.username)}`,
    `password=${decodeURIComponent(primary.password)}`,
    'application_name=dibao_standby',
  ].join(' ');
  const autoConf = path.join(dataDir, 'postgresql.auto.conf');
  await appendFile(
    autoConf,
    `\n# Written by createEmbeddedStandby: stream from the primary.\n` +
      `primary_conninfo = ${quoted(conninfo)}\nprimary_slot_name = ${quoted(slotName)}\nhot_standby = on\n`,
  );
  const signal = path.join(dataDir, 'standby.signal');
  await writeFile(signal, '', { mode: 0o600 });
  const user = serverUser();
  if (user) {
    await chown(autoConf, user.uid, user.gid);
    await chown(signal, user.uid, user.gid);
  }
  options.log?.(`standby written to ${dataDir} (slot ${slotName})`);
  return { slotName, dataDir };
}

/** Drops the standby's slot on the primary once the standby is gone (a kept slot would hold WAL forever). */
export async function dropStandbySlot(primaryAdminUrl: string, slotName = 'dibao_standby'): Promise<void> {
  const client = new pg.Client({ connectionString: primaryAdminUrl });
  await client.connect();
  try {
    await client.query(
      `SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1 AND NOT active`,
      [slotName],
    );
  } finally {
    await client.end();
  }
}
