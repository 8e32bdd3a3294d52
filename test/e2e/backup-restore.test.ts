import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_CHECKPOINTS_FILE, LATEST_FILE } from '@dibao/datasets';
import {
  appendAudit,
  ensureDatabase,
  generateCheckpointKey,
  startEmbeddedPostgres,
  usableDataDir,
  withDatabase,
  type RunningPostgres,
} from '@dibao/db';
import { loadDemoData, openSubgraphDataSources, REPO_ROOT, signAuditCheckpoints } from '@dibao/hub';

const run = promisify(execFile);
const SUBGRAPHS = ['registry', 'oversight'];

/** Every table of the subgraphs' schemas: its row count and a checksum of its content. */
async function snapshot(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = ANY($1) ORDER BY 1`,
      [SUBGRAPHS],
    );
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${name} t`,
      );
      out[name] = rows[0]!;
    }
    return out;
  } finally {
    await client.end();
  }
}

/**
 * `pnpm db:backup` and `pnpm db:restore` on an embedded cluster of their own: back up while the server runs,
 * wipe the data directory, restore, start, and find the same data with audit chains that verify.
 */
describe('backup and restore of the embedded PostgreSQL', () => {
  let dataDir: string;
  let server: RunningPostgres | undefined;
  let env: NodeJS.ProcessEnv;
  let before: Awaited<ReturnType<typeof snapshot>>;
  const databaseUrl = () => withDatabase(server!.url, 'dibao');

  const cli = (script: string, args: string[] = []) =>
    run(process.execPath, [path.join(REPO_ROOT, 'api/hub/dist/cli', script), ...args], { env, timeout: 120_000 });

  beforeAll(async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dibao-backup-'));
    await chmod(root, 0o755); // the server runs as the postgres user when the tests run as root
    dataDir = path.join(root, 'data');
    await mkdir(dataDir, { mode: 0o755 });
    const checkpointKey = generateCheckpointKey().privateKey;
    const { DATABASE_URL: _external, ...inherited } = process.env;
    env = { ...inherited, HUB_DATA_DIR: dataDir, HUB_SERVICES: SUBGRAPHS.join(','), HUB_CHECKPOINT_KEY: checkpointKey };

    server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
    await ensureDatabase(databaseUrl());
    const dataSources = await openSubgraphDataSources(databaseUrl(), new Set(SUBGRAPHS), () => undefined);
    await loadDemoData(dataSources, 'qinghai', () => undefined);
    // A published checkpoint of the chains, as a release writes it.
    const signed = await signAuditCheckpoints({ dataSources, checkpointKey });
    await mkdir(path.join(dataDir, 'releases', '2026.12.01-1'), { recursive: true });
    await writeFile(
      path.join(dataDir, 'releases', '2026.12.01-1', AUDIT_CHECKPOINTS_FILE),
      JSON.stringify({ algorithm: 'ed25519', ...signed }),
    );
    await writeFile(path.join(dataDir, 'releases', LATEST_FILE), '2026.12.01-1\n');
    await Promise.all([...dataSources.values()].map((dataSource) => dataSource.destroy()));
    before = await snapshot(databaseUrl());
  });

  afterAll(async () => {
    await server?.stop();
    if (dataDir) await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('backs up, wipes, restores, and finds the same data with intact audit chains', async () => {
    expect(before['registry.region']!.rows).toBeGreaterThan(400);
    expect(before['registry.audit_record']!.rows).toBeGreaterThan(0);
    expect(before['oversight.audit_record']!.rows).toBeGreaterThan(0);

    const target = path.join(path.dirname(dataDir), 'backup');
    const backup = await cli('backup.js', ['--to', target]);
    expect(backup.stdout).toMatch(/copying the data directory: \d+ files/);
    expect(backup.stdout).toMatch(/backup complete/);

    // A change after the backup, which the restored cluster must not have.
    const dataSources = await openSubgraphDataSources(databaseUrl(), new Set(['registry']), () => undefined);
    await dataSources.get('registry')!.transaction((manager) =>
      appendAudit(manager, {
        actor: { kind: 'system', subject: 'test' },
        entityType: 'T',
        entityId: 'late',
        action: 'A',
      }),
    );
    await dataSources.get('registry')!.destroy();
    expect((await snapshot(databaseUrl()))['registry.audit_record']).not.toEqual(before['registry.audit_record']);

    await server!.stop();
    server = undefined;
    const cluster = await usableDataDir(path.join(dataDir, 'postgres'));
    await rm(cluster, { recursive: true, force: true });

    const restore = await cli('restore.js', [target]);
    expect(restore.stdout).toMatch(/restored and consistent/);

    server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') });
    expect(await snapshot(databaseUrl())).toEqual(before);

    const verified = await cli('verify-audit.js');
    for (const schema of SUBGRAPHS) {
      expect(verified.stdout).toMatch(
        new RegExp(`${schema}: \\d+ records, chain intact, checkpoint \\d+ of \\S+ holds`),
      );
    }
  });

  it('audit:verify exits 1 when the newest records were deleted behind the triggers, or the checkpoint was forged', async () => {
    const superuser = new pg.Client({ connectionString: databaseUrl() });
    await superuser.connect();
    await superuser.query('BEGIN');
    await superuser.query('SET LOCAL session_replication_role = replica');
    await superuser.query(
      'DELETE FROM oversight.audit_record WHERE seq = (SELECT max(seq) FROM oversight.audit_record)',
    );
    await superuser.query('COMMIT');
    await superuser.end();
    const cut = await cli('verify-audit.js').catch((error: { code: number; stdout: string }) => error);
    expect(cut).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/oversight: BROKEN at record \d+: record \d+ of the checkpoint .* is missing/),
    });
    expect(cut.stdout).toMatch(/registry: \d+ records, chain intact, checkpoint \d+ of \S+ holds/);

    const file = path.join(dataDir, 'releases', '2026.12.01-1', AUDIT_CHECKPOINTS_FILE);
    const published = JSON.parse(await readFile(file, 'utf8')) as { checkpoints: Array<{ message: string }> };
    // Claiming a shorter chain, to hide the deletion: the signature no longer fits.
    published.checkpoints[0]!.message = published.checkpoints[0]!.message.replace(/seq=\d+/, 'seq=1');
    await writeFile(file, JSON.stringify(published));
    const forged = await cli('verify-audit.js').catch((error: { code: number; stdout: string }) => error);
    expect(forged).toMatchObject({ code: 1, stdout: expect.stringMatching(/invalid signature \(forged\)/) });
  });

  it('refuses an external server with the documented route', async () => {
    const external = await run(process.execPath, [path.join(REPO_ROOT, 'api/hub/dist/cli/backup.js')], {
      env: { ...env, DATABASE_URL: 'postgres://someone@db.example/dibao' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(external).toMatchObject({ code: 2, stderr: expect.stringMatching(/pg_dump/) });
  });
});
