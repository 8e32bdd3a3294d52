import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chown, mkdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { locatePostgresBinaries, reachableByOthers } from './binaries.js';
import { serverUser, type ServerUser } from './server-user.js';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 or absent picks a free one. */
  port?: number;
  /** Delete the data directory on stop (throwaway test clusters). */
  persistent?: boolean;
  /** The server's own log lines. */
  log?: (line: string) => void;
  /** What the launcher itself has to say (first-time initialisation, a relocated data directory). */
  notice?: (line: string) => void;
  /**
   * When a running hub already serves this data directory, connect to its server instead of refusing (for
   * commands such as audit:verify and db:backup that run beside a hub); stop() then leaves it running.
   */
  attach?: boolean;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` database as the superuser. */
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
  /** True when this handle attached to a server another process runs. */
  attached?: boolean;
}

const SUPERUSER = 'postgres';

/** The superuser's password sits next to the cluster (not inside it, where a backup copy would carry it along). */
export const passwordFileOf = (dataDir: string) => `${dataDir}.password`;

/** The PID of a live server running on `dataDir`, if any. */
export async function runningServerPid(dataDir: string): Promise<number | undefined> {
  const pidFile = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const pid = Number(pidFile?.split('\n')[0]);
  return pid && isAlive(pid) ? pid : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/**
 * As root the server runs as `postgres`, which cannot enter a data directory below a private folder such as
 * /root. Rather than fail, such a cluster lives under the system temp directory, at a path derived from the
 * requested one so that the next start finds the same data again.
 */
export async function usableDataDir(
  requested: string,
  user: ServerUser | undefined = serverUser(),
  log: (line: string) => void = () => undefined,
) {
  const absolute = path.resolve(requested);
  if (!user || (await reachableByOthers(absolute))) return absolute;
  const digest = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  const relocated = path.join(tmpdir(), `dibao-pgdata-${digest}`);
  log(
    `PostgreSQL runs as the "postgres" user, which cannot reach ${absolute}; ` +
      `using ${relocated} instead (set DATABASE_URL to use your own server).`,
  );
  return relocated;
}

function run(program: string, args: string[], user: ServerUser | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { uid: user?.uid, gid: user?.gid, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(program)} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

async function initialiseCluster(
  dataDir: string,
  passwordFile: string,
  user: ServerUser | undefined,
  initdb: string,
): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (user) await chown(dataDir, user.uid, user.gid);
  const password = randomBytes(18).toString('base64url');
  await writeFile(passwordFile, password, { mode: 0o600 });
  // initdb reads the password from a file the server user can read; it is removed right after.
  const initdbPasswordFile = path.join(tmpdir(), `dibao-initdb-${randomBytes(6).toString('hex')}`);
  await writeFile(initdbPasswordFile, `${password}\n`, { mode: 0o600 });
  if (user) await chown(initdbPasswordFile, user.uid, user.gid);
  try {
    await run(
      initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${initdbPasswordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--no-locale',
      ],
      user,
    );
  } finally {
    await unlink(initdbPasswordFile).catch(() => undefined);
  }
}

function waitUntilReady(child: ChildProcess, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      for (const line of text.split('\n')) if (line.trim()) log(line);
      // A standby says 'ready to accept read-only connections'.
      if (/database system is ready to accept (read-only )?connections/.test(output)) resolve();
    };
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.on('error', reject);
    // 'close' (not 'exit') fires after the output pipes drain, so the message holds the server's last words.
    child.on('close', (code, signal) =>
      reject(new Error(`PostgreSQL exited during start-up (${signal ?? `exit ${code}`}):\n${output.trim()}`)),
    );
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function parentPidOf(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = /^PPid:\s+(\d+)/m.exec(status);
  return match ? Number(match[1]) : undefined;
}

/**
 * A server left behind by a hub that was killed outright (SIGKILL) is an orphan adopted by init: stop it and
 * carry on. A server whose parent is alive belongs to another running hub: say so instead of PostgreSQL's
 * terse lock-file error.
 */
async function takeOverDataDir(
  dataDir: string,
  notice: (line: string) => void,
  attach: boolean,
): Promise<{ port: number } | undefined> {
  const pidFile = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const lines = pidFile?.split('\n') ?? [];
  const pid = Number(lines[0]);
  if (!pid || !isAlive(pid)) return undefined; // no server, or a stale lock file PostgreSQL recovers from by itself
  if ((await parentPidOf(pid)) === 1) {
    notice(`Stopping PostgreSQL process ${pid} left behind by an earlier run`);
    process.kill(pid, 'SIGINT');
    for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    if (!isAlive(pid)) return undefined;
  }
  // postmaster.pid: pid, data directory, start time, port, ...
  if (attach && Number(lines[3]) > 0) return { port: Number(lines[3]) };
  throw new Error(
    `The database in ${dataDir} is already in use by PostgreSQL process ${pid} (is another hub running?). ` +
      'Stop that hub first, or set HUB_DATA_DIR to use another data directory.',
  );
}

/** Starts a PostgreSQL server from the binaries shipped on npm, initialising the cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const notice = options.notice ?? (() => undefined);
  const user = serverUser();
  const dataDir = await usableDataDir(options.dataDir, user, notice);
  const binaries = await locatePostgresBinaries(user !== undefined);
  const passwordFile = passwordFileOf(dataDir);
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    notice(`Initialising PostgreSQL ${binaries.version} cluster in ${dataDir}`);
    await initialiseCluster(dataDir, passwordFile, user, binaries.initdb);
  }
  const running = await takeOverDataDir(dataDir, notice, options.attach === true);
  const password = (await readFile(passwordFile, 'utf8')).trim();
  if (running) {
    notice(`Using the PostgreSQL server a running hub serves on port ${running.port}`);
    const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${running.port}/postgres`;
    return { url, port: running.port, dataDir, stop: async () => undefined, attached: true };
  }
  const port = options.port || (await freePort());
  const child = spawn(
    binaries.postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      // TCP only: the default socket folder (/var/run/postgresql) may not exist or be writable.
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    // Its own process group: Ctrl-C in a terminal reaches the hub, which stops the server after its clients.
    { uid: user?.uid, gid: user?.gid, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  // If this process dies without calling stop(), do not leave the server behind.
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);
  await waitUntilReady(child, () => undefined).catch((error: unknown) => {
    process.off('exit', killOnExit);
    throw error;
  });
  child.stderr?.removeAllListeners('data');
  child.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log(line);
  });
  child.removeAllListeners('close');

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      // SIGINT asks for a fast shutdown; SIGKILL only if it hangs.
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGINT');
    }).then(async () => {
      if (options.persistent === false) {
        await rm(dataDir, { recursive: true, force: true });
        await rm(passwordFile, { force: true });
      }
    }));

  const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return { url, port, dataDir, stop };
}
