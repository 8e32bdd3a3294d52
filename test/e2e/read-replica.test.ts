import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken, type Principal } from '@dibao/auth';
import {
  createEmbeddedStandby,
  dropStandbySlot,
  ensureDatabase,
  startEmbeddedPostgres,
  subgraphRole,
  withDatabase,
  type RunningPostgres,
} from '@dibao/db';
import { subgraphNames } from '@dibao/gateway';
import { loadDemoData, openSubgraphDataSources, startHubRuntime, type HubRuntime } from '@dibao/hub';
import { postGraphQL } from '../support/hub.js';
import { ANNUAL_REPORT_CONTENT as CONTENT } from '../support/annual-report.js';

/** Statements a server logged (log_statement = all, prefixed with the role), by role. */
class StatementLog {
  private readonly lines: string[] = [];
  record = (line: string) => {
    if (/\] LOG:\s+(statement|execute [^:]*):/.test(line)) this.lines.push(line);
  };
  mark(): number {
    return this.lines.length;
  }
  /** Statements since `mark` whose role is one of the subgraphs' run-time roles, and whose text matches. */
  since(mark: number, role?: string, text?: RegExp): string[] {
    return this.lines
      .slice(mark)
      .filter((line) => (role ? line.startsWith(`[${role}]`) : /^\[dibao_/.test(line)))
      .filter((line) => !text || text.test(line));
  }
}

const SAVE = `mutation($input: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $input) { id } }`;
const READ = `query($code: ID!, $year: Int!) { annualReport(regionCode: $code, year: $year) { id } }`;

/**
 * A real streaming standby of an embedded primary (base-backup API copy + standby.signal + primary_conninfo),
 * the hub with DATABASE_REPLICA_URL pointing at it, and both servers logging every statement with its role.
 */
describe('read replicas', () => {
  let folder: string;
  let primary: RunningPostgres;
  let standby: RunningPostgres;
  let hub: HubRuntime;
  const primaryLog = new StatementLog();
  const standbyLog = new StatementLog();
  const jwtSecret = randomBytes(32).toString('base64url');
  let databaseUrl: string;
  let standbyUrl: string;

  const token = (principal: Partial<Principal> & Pick<Principal, 'region' | 'roles' | 'subject'>) =>
    mintToken({ agency: 'CIVIL_AFFAIRS', ...principal }, jwtSecret);
  const query = <T>(document: string, variables: Record<string, unknown>, bearer: string) =>
    postGraphQL<T>(hub.gateway!.url, { query: document, variables }, { authorization: `Bearer ${bearer}` });

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'dibao-replica-'));
    // The servers run as the postgres user when tests run as root: it must reach both data directories.
    await chmod(folder, 0o755);
    primary = await startEmbeddedPostgres({
      dataDir: path.join(folder, 'primary'),
      persistent: false,
      log: primaryLog.record,
    });
    const admin = new pg.Client({ connectionString: primary.url });
    await admin.connect();
    // Copied into the standby with the rest of the cluster's configuration.
    await admin.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await admin.query(`ALTER SYSTEM SET log_line_prefix = '[%u] '`);
    await admin.query('SELECT pg_reload_conf()');
    await admin.end();
    databaseUrl = withDatabase(primary.url, 'dibao');
    await ensureDatabase(databaseUrl);
    // Roles, schemas and the demo on the primary first: the standby is a copy of all of it.
    const seeded = await openSubgraphDataSources(databaseUrl, new Set(subgraphNames), () => undefined);
    await loadDemoData(seeded, 'qinghai', () => undefined);
    await Promise.all([...seeded.values()].map((dataSource) => dataSource.destroy()));

    await createEmbeddedStandby({
      primaryAdminUrl: primary.url,
      primaryDataDir: primary.dataDir,
      standbyDataDir: path.join(folder, 'standby'),
    });
    standby = await startEmbeddedPostgres({
      dataDir: path.join(folder, 'standby'),
      persistent: false,
      log: standbyLog.record,
    });
    standbyUrl = withDatabase(standby.url, 'dibao');
    hub = await startHubRuntime({
      databaseUrl,
      replicaUrl: standbyUrl,
      services: new Set(['gateway', ...subgraphNames]),
      host: '127.0.0.1',
      hubPort: 0,
      subgraphPorts: {},
      subgraphUrls: {},
      gatewaySecret: randomBytes(32).toString('base64url'),
      jwtSecret,
      production: false,
      log: () => undefined,
    });
  });

  afterAll(async () => {
    await hub?.stop();
    await standby?.stop();
    if (primary) await dropStandbySlot(primary.url).catch(() => undefined);
    await primary?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('runs a standby that streams from the primary and refuses writes', async () => {
    const client = new pg.Client({ connectionString: standbyUrl });
    await client.connect();
    try {
      expect((await client.query('SELECT pg_is_in_recovery() AS r')).rows[0].r).toBe(true);
      await expect(client.query('CREATE TABLE public.x (n int)')).rejects.toThrow(/read-only transaction/);
    } finally {
      await client.end();
    }
    const admin = new pg.Client({ connectionString: primary.url });
    await admin.connect();
    try {
      await expect
        .poll(async () => (await admin.query(`SELECT state FROM pg_stat_replication`)).rows.map((row) => row.state))
        .toEqual(['streaming']);
    } finally {
      await admin.end();
    }
  });

  it('connects to the standby as each subgraph’s own role, with no more rights there than on the primary', async () => {
    const routers = [...hub.routers.entries()];
    expect(routers.map(([name]) => name)).toEqual(subgraphNames);
    for (const [name, router] of routers) {
      expect(router.replica).toBeDefined();
      const [me] = (await router.replica!.query(
        `SELECT current_user AS role, pg_is_in_recovery() AS standby, r.rolsuper AS superuser
           FROM pg_roles r WHERE r.rolname = current_user`,
      )) as Array<{ role: string; standby: boolean; superuser: boolean }>;
      expect(me).toEqual({ role: subgraphRole(name), standby: true, superuser: false });
      // Another subgraph's schema stays closed to it on the standby too.
      const other = subgraphNames.find((candidate) => candidate !== name)!;
      await expect(router.replica!.query(`SELECT 1 FROM "${other}".migrations LIMIT 1`)).rejects.toThrow(
        /permission denied/,
      );
    }
  });

  it('serves reads from the standby while the primary takes writes, and a writer reads its own write', async () => {
    const readers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        token({ subject: `reader-${index}`, region: '630000', roles: ['VIEWER'] }),
      ),
    );
    const counties = ['630121', '630123', '630102', '630103'];
    const writers = await Promise.all(
      counties.map((code) => token({ subject: `reporter-${code}`, region: code, roles: ['REPORTER'] })),
    );
    const primaryMark = primaryLog.mark();
    const standbyMark = standbyLog.mark();

    // Writers save drafts and at once read them back, while readers read region data beside them.
    const results = await Promise.all([
      ...counties.map(async (code, index) => {
        const saved = await query<{ saveAnnualReportDraft: { id: string } }>(
          SAVE,
          { input: { regionCode: code, year: 2026, content: CONTENT } },
          writers[index]!,
        );
        expect(saved.errors).toBeUndefined();
        const read = await query<{ annualReport: { id: string } | null }>(READ, { code, year: 2026 }, writers[index]!);
        expect(read.errors).toBeUndefined();
        // Read-your-own-writes: the draft just saved, whichever server answered.
        expect(read.data?.annualReport?.id).toBe(saved.data!.saveAnnualReportDraft.id);
      }),
      ...readers.flatMap((reader) =>
        [1, 2, 3].map(async () => {
          const read = await query<{ region: { name: string; children: Array<{ code: string }> } }>(
            `{ region(code: "630100") { name children { code } } }`,
            {},
            reader,
          );
          expect(read.data?.region.name).toBe('西宁市');
        }),
      ),
    ]);
    expect(results).toHaveLength(counties.length + readers.length * 3);

    // The writes reached the primary only; the readers' region reads ran on the standby, not on the primary.
    const writes = /\b(INSERT|UPDATE)\b/i;
    await expect.poll(() => primaryLog.since(primaryMark, subgraphRole('reporting'), writes).length).toBeGreaterThan(0);
    expect(standbyLog.since(standbyMark, undefined, writes)).toEqual([]);
    await expect.poll(() => standbyLog.since(standbyMark, subgraphRole('registry')).length).toBeGreaterThan(0);
    expect(primaryLog.since(primaryMark, subgraphRole('registry'))).toEqual([]);
  });

  it('sends a writer back to the standby once it has replayed the write', async () => {
    const code = '630104';
    const writer = await token({ subject: `reporter-${code}`, region: code, roles: ['REPORTER'] });
    const saved = await query<{ saveAnnualReportDraft: { id: string } }>(
      SAVE,
      { input: { regionCode: code, year: 2026, content: CONTENT } },
      writer,
    );
    expect(saved.errors).toBeUndefined();
    const router = hub.routers.get('reporting')!;
    // Reads of this writer wait for the standby, and go there again once it has replayed the write.
    await expect
      .poll(async () => {
        const mark = standbyLog.mark();
        const read = await query<{ annualReport: { id: string } | null }>(READ, { code, year: 2026 }, writer);
        expect(read.data?.annualReport?.id).toBe(saved.data!.saveAnnualReportDraft.id);
        return standbyLog.since(mark, subgraphRole('reporting'), /annual_report/).length > 0;
      })
      .toBe(true);
    expect(router.pendingPrincipals).toBe(0);
  });
});
