import { chmod, chown, copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { passwordFileOf, runningServerPid } from './launcher.js';
import { serverUser } from './server-user.js';

/*
 * Backup and restore of the embedded cluster with PostgreSQL's own base-backup API, so no extra program is
 * needed (the npm package ships no pg_dump or pg_basebackup, and a distribution's older pg_dump refuses a newer
 * server). A backup is taken while the server runs: pg_backup_start(), a copy of the data directory,
 * pg_backup_stop() (whose backup_label goes into the copy), and the WAL written meanwhile, which a temporary
 * replication slot keeps from being recycled until it is copied. A restored copy starts like a crashed server:
 * it replays that WAL from the backup_label's checkpoint and is consistent.
 */

export const BACKUP_FORMAT = 'dibao-embedded-backup/1';
const MANIFEST = 'backup.json';
const CLUSTER = 'pgdata';
const PASSWORD = 'postgres.password';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  postgresVersion: string;
  startLsn: string;
  stopLsn: string;
  files: number;
  bytes: number;
  walSegments: string[];
}

/** What the docs say a base backup may leave out: runtime files and the contents of transient folders. */
const SKIPPED_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map']);
const EMPTIED_FOLDERS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);

interface Entry {
  relative: string;
  size: number;
}

async function listCluster(root: string, skipped = SKIPPED_FILES): Promise<{ files: Entry[]; folders: string[] }> {
  const files: Entry[] = [];
  const folders: string[] = [];
  const visit = async (relative: string) => {
    for (const entry of await readdir(path.join(root, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        folders.push(child);
        if (!(relative === '' && EMPTIED_FOLDERS.has(entry.name))) await visit(child);
      } else if (entry.isFile()) {
        if (relative === '' && skipped.has(entry.name)) continue;
        if (entry.name.startsWith('pgsql_tmp')) continue;
        const info = await stat(path.join(root, child)).catch(() => undefined);
        if (info) files.push({ relative: child, size: info.size });
      }
    }
  };
  await visit('');
  return { files, folders };
}

const sized = async (dir: string, names: string[]): Promise<Entry[]> =>
  Promise.all(names.map(async (name) => ({ relative: name, size: (await stat(path.join(dir, name))).size })));

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Copies files, reporting progress about every tenth of the bytes. */
async function copyAll(
  from: string,
  to: string,
  files: Entry[],
  log: (line: string) => void,
  what: string,
): Promise<number> {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let copied = 0;
  let reported = 0;
  log(`${what}: ${files.length} files, ${megabytes(total)}`);
  for (const file of files) {
    await mkdir(path.dirname(path.join(to, file.relative)), { recursive: true });
    // A relation dropped during the backup disappears; the WAL replay knows it is gone.
    await copyFile(path.join(from, file.relative), path.join(to, file.relative)).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      },
    );
    copied += file.size;
    if (total > 0 && copied - reported >= total / 10) {
      reported = copied;
      log(`${what}: ${Math.round((copied / total) * 100)} % (${megabytes(copied)} of ${megabytes(total)})`);
    }
  }
  return total;
}

const segmentOf = (labelFile: string): string => {
  const match = /START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)/.exec(labelFile);
  if (!match?.[1]) throw new Error('pg_backup_stop returned a backup label without its start WAL file');
  return match[1];
};

export interface BackupOptions {
  /** A superuser's URL of the running server (any database). */
  adminUrl: string;
  /** The cluster's data directory. */
  dataDir: string;
  /** Folder to write; must not exist yet. */
  target: string;
  log?: (line: string) => void;
}

/** Takes a consistent backup of the running embedded cluster into `target` (see the top of this file). */
export async function backupEmbeddedCluster(options: BackupOptions): Promise<BackupManifest> {
  const log = options.log ?? (() => undefined);
  if (
    await stat(options.target).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`${options.target} exists already: give a new folder for the backup`);
  }
  const client = new pg.Client({ connectionString: options.adminUrl });
  await client.connect();
  const work = `${options.target}.partial`;
  try {
    const [{ server_version: version }] = (await client.query('SHOW server_version')).rows as [
      { server_version: string },
    ];
    // Temporary: it lives as long as this session and keeps every WAL segment from now on.
    await client.query(`SELECT pg_create_physical_replication_slot('dibao_backup_' || pg_backend_pid(), true, true)`);
    const label = `dibao ${new Date().toISOString()}`;
    const [{ start }] = (await client.query('SELECT pg_backup_start($1, true)::text AS start', [label])).rows as [
      { start: string },
    ];
    log(`backup started at WAL ${start}`);
    await rm(work, { recursive: true, force: true });
    const cluster = path.join(work, CLUSTER);
    await mkdir(cluster, { recursive: true, mode: 0o700 });
    const { files, folders } = await listCluster(options.dataDir);
    for (const folder of folders) await mkdir(path.join(cluster, folder), { recursive: true, mode: 0o700 });
    const bytes = await copyAll(options.dataDir, cluster, files, log, 'copying the data directory');
    const [stopped] = (
      await client.query(
        `SELECT lsn::text AS lsn, labelfile, spcmapfile, pg_walfile_name(lsn) AS last FROM pg_backup_stop(false)`,
      )
    ).rows as Array<{ lsn: string; labelfile: string; spcmapfile: string | null; last: string }>;
    if (!stopped) throw new Error('pg_backup_stop returned nothing');
    // Completes the segment holding the end of the backup, so the copy of it holds every record up to there.
    await client.query('SELECT pg_switch_wal()');
    await writeFile(path.join(cluster, 'backup_label'), stopped.labelfile, { mode: 0o600 });
    if (stopped.spcmapfile) await writeFile(path.join(cluster, 'tablespace_map'), stopped.spcmapfile, { mode: 0o600 });
    const first = segmentOf(stopped.labelfile);
    const walDir = path.join(options.dataDir, 'pg_wal');
    const segments = (await readdir(walDir))
      .filter((name) => /^[0-9A-F]{24}$/.test(name) && name >= first && name <= stopped.last)
      .sort();
    if (segments[0] !== first) throw new Error(`WAL segment ${first} is no longer there; the backup is incomplete`);
    await copyAll(
      walDir,
      path.join(cluster, 'pg_wal'),
      await sized(walDir, segments),
      log,
      `copying ${segments.length} WAL segment(s)`,
    );
    await mkdir(path.join(cluster, 'pg_wal', 'archive_status'), { recursive: true, mode: 0o700 });
    // The superuser's password is not in the cluster's files but is needed to connect to the restored copy.
    await copyFile(passwordFileOf(options.dataDir), path.join(work, PASSWORD));
    await chmod(path.join(work, PASSWORD), 0o600);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      postgresVersion: version,
      startLsn: start,
      stopLsn: stopped.lsn,
      files: files.length,
      bytes,
      walSegments: segments,
    };
    await writeFile(path.join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(work, options.target);
    log(`backup complete: ${options.target} (WAL ${start} to ${stopped.lsn})`);
    return manifest;
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  } finally {
    await client.end();
  }
}

async function chownTree(root: string, uid: number, gid: number): Promise<void> {
  await chown(root, uid, gid);
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const child = path.join(root, entry.name);
    if (entry.isDirectory()) await chownTree(child, uid, gid);
    else await chown(child, uid, gid);
  }
}

export interface RestoreOptions {
  /** A folder written by backupEmbeddedCluster. */
  backupDir: string;
  /** The cluster's data directory (as the launcher resolves it). */
  dataDir: string;
  log?: (line: string) => void;
}

/**
 * Puts a backup in place of the cluster's data directory; the server must be stopped. An existing data
 * directory is moved aside (never deleted). The next start replays the backup's WAL.
 */
export async function restoreEmbeddedCluster(options: RestoreOptions): Promise<{ setAside?: string }> {
  const log = options.log ?? (() => undefined);
  const manifest = JSON.parse(await readFile(path.join(options.backupDir, MANIFEST), 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`${options.backupDir} is not a backup of this hub`);
  const pid = await runningServerPid(options.dataDir);
  if (pid) throw new Error(`PostgreSQL (process ${pid}) is running on ${options.dataDir}: stop the hub first`);
  let setAside: string | undefined;
  const present = await readdir(options.dataDir).then(
    (entries) => entries.length > 0,
    () => false,
  );
  if (present) {
    setAside = `${options.dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(options.dataDir, setAside);
    log(`the current data directory was moved to ${setAside}`);
  } else {
    await rm(options.dataDir, { recursive: true, force: true });
  }
  const source = path.join(options.backupDir, CLUSTER);
  // The backup's own backup_label is what makes the restored copy replay from the right checkpoint.
  const { files, folders } = await listCluster(source, new Set());
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  for (const folder of folders) await mkdir(path.join(options.dataDir, folder), { recursive: true, mode: 0o700 });
  const wal = (await readdir(path.join(source, 'pg_wal'))).filter((name) => /^[0-9A-F]{24}$/.test(name));
  await copyAll(source, options.dataDir, files, log, `restoring the backup of ${manifest.createdAt}`);
  await copyAll(
    path.join(source, 'pg_wal'),
    path.join(options.dataDir, 'pg_wal'),
    await sized(path.join(source, 'pg_wal'), wal),
    log,
    `restoring ${wal.length} WAL segment(s)`,
  );
  await chmod(options.dataDir, 0o700);
  const user = serverUser();
  if (user) await chownTree(options.dataDir, user.uid, user.gid);
  await copyFile(path.join(options.backupDir, PASSWORD), passwordFileOf(options.dataDir));
  await chmod(passwordFileOf(options.dataDir), 0o600);
  log(
    `restored into ${options.dataDir}; PostgreSQL ${manifest.postgresVersion} replays WAL to ${manifest.stopLsn} on start`,
  );
  return setAside ? { setAside } : {};
}
