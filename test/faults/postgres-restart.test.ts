import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '@dibao/auth';
import { ensureDatabase, startEmbeddedPostgres, withDatabase, type RunningPostgres } from '@dibao/db';
import { subgraphNames } from '@dibao/gateway';
import { loadDemoData, startHubRuntime, type HubRuntime } from '@dibao/hub';

/** One answer of the load, as the client saw it. */
interface Outcome {
  kind: 'read' | 'write';
  status: number;
  retryAfter: string | null;
  codes: string[];
  /** The official a write created, when the hub acknowledged it. */
  acknowledgedId?: string;
}

interface Principal {
  county: string;
  agencyId: string;
  token: string;
}

const CREATE_OFFICIAL = `mutation($input: NewOfficialInput!) { createOfficial(input: $input) { id name } }`;
const READ_OFFICIALS = `query($under: ID!) { officials(under: $under, first: 5) { totalCount } region(code: $under) { name } }`;

/** Counts of outcomes per phase, for a failure message that says what happened. */
function tally(phases: Record<string, Outcome[]>): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(phases).map(([name, list]) => {
      const counts: Record<string, number> = {};
      for (const outcome of list) {
        const key = `${outcome.kind} ${outcome.status} ${[...new Set(outcome.codes)].join(',')}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return [name, counts];
    }),
  );
}

/**
 * PostgreSQL stopped and started again under a bounded mixed load through the gateway, on a server of this
 * test's own (the suite's shared one must stay up for the other files).
 */
describe('PostgreSQL stops and starts again under load', () => {
  let workDir: string;
  let postgres: RunningPostgres;
  let databaseUrl: string;
  let runtime: HubRuntime;
  let gatewayUrl: string;
  let principals: Principal[];
  const outcomes: Outcome[] = [];
  const phases: Record<'beforeStop' | 'whileDown' | 'afterStart', Outcome[]> = {
    beforeStop: [],
    whileDown: [],
    afterStart: [],
  };
  let phase: keyof typeof phases = 'beforeStop';

  async function send(
    body: unknown,
    token: string,
  ): Promise<{ status: number; retryAfter: string | null; json: Record<string, unknown> }> {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), json: await response.json() };
  }

  async function request(kind: Outcome['kind'], principal: Principal, serial: number): Promise<Outcome> {
    const body =
      kind === 'write'
        ? {
            query: CREATE_OFFICIAL,
            variables: {
              input: {
                agencyId: principal.agencyId,
                name: `故障测试 ${serial}`,
                position: '科员',
                positionEn: 'Staff member',
                cadreLevel: 'COUNTY_MANAGED',
              },
            },
          }
        : { query: READ_OFFICIALS, variables: { under: principal.county } };
    const { status, retryAfter, json } = await send(body, principal.token);
    const errors = (json.errors ?? []) as Array<{ extensions?: { code?: string } }>;
    const created = (json.data as { createOfficial?: { id: string } } | null | undefined)?.createOfficial;
    const outcome: Outcome = {
      kind,
      status,
      retryAfter,
      codes: errors.map((error) => String(error.extensions?.code)),
      ...(kind === 'write' && created && errors.length === 0 ? { acknowledgedId: created.id } : {}),
    };
    outcomes.push(outcome);
    phases[phase].push(outcome);
    return outcome;
  }

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'dibao-fault-'));
    postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'postgres') });
    databaseUrl = withDatabase(postgres.url, 'faults');
    await ensureDatabase(databaseUrl);
    const jwtSecret = randomBytes(32).toString('base64url');
    runtime = await startHubRuntime({
      databaseUrl,
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
    await loadDemoData(runtime.dataSources, 'qinghai', () => undefined);
    gatewayUrl = runtime.gateway!.url;

    // Many distinct principals, one administrator per county, so the gateway cannot merge identical requests
    // and the token check meets regions it has not cached yet while the database is down.
    const anonymous = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions(level: COUNTY, first: 100) { edges { node { code } } } }' }),
    });
    const counties = (
      (await anonymous.json()) as { data: { regions: { edges: Array<{ node: { code: string } }> } } }
    ).data.regions.edges.map((edge) => edge.node.code);
    expect(counties.length).toBe(45);
    principals = await Promise.all(
      counties.map(async (county, index) => ({
        county,
        agencyId: `${county}:CIVIL_AFFAIRS`,
        token: await mintToken(
          { subject: `fault-admin-${index}`, agency: 'CIVIL_AFFAIRS', region: county, roles: ['ADMIN'] },
          jwtSecret,
        ),
      })),
    );
  }, 180_000);

  afterAll(async () => {
    await runtime?.stop();
    await postgres?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write, codes every error as SERVICE_UNAVAILABLE (503), and recovers by itself', async () => {
    const CLIENTS = 6;
    let serial = 0;
    let running = true;
    const client = async (clientIndex: number) => {
      for (let round = 0; running; round += 1) {
        const principal = principals[(clientIndex * 7 + round) % principals.length]!;
        await request(round % 2 === 0 ? 'write' : 'read', principal, (serial += 1));
        // Bounded load: a short pause keeps two cores responsive for the server restarting beside it.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const clients = Array.from({ length: CLIENTS }, (_, index) => client(index));
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    // Until some writes are acknowledged; then down until the load has met the outage many times (at least 2 s).
    const until = async (condition: () => boolean, timeoutMs: number) => {
      for (const end = Date.now() + timeoutMs; !condition() && Date.now() < end;) await wait(100);
    };
    await until(() => phases.beforeStop.filter((outcome) => outcome.acknowledgedId).length >= 10, 30_000);
    phase = 'whileDown';
    await postgres.stop();
    await wait(2_000);
    await until(() => phases.whileDown.filter((outcome) => outcome.status === 503).length >= 20, 20_000);
    postgres = await startEmbeddedPostgres({ dataDir: postgres.dataDir, port: postgres.port });
    phase = 'afterStart';
    // Recovery: wait until a full round of every principal succeeds, without restarting anything.
    const deadline = Date.now() + 30_000;
    let recovered = false;
    while (!recovered && Date.now() < deadline) {
      await wait(500);
      const recent = phases.afterStart.slice(-CLIENTS * 4);
      recovered =
        recent.length === CLIENTS * 4 &&
        recent.every((outcome) => outcome.status === 200 && outcome.codes.length === 0);
    }
    running = false;
    await Promise.all(clients);
    expect(recovered, `outcomes by phase: ${JSON.stringify(tally(phases))}`).toBe(true);

    // The load did run on both sides of the outage, and the outage was felt.
    expect(phases.beforeStop.filter((outcome) => outcome.acknowledgedId).length).toBeGreaterThanOrEqual(10);
    expect(phases.afterStart.filter((outcome) => outcome.acknowledgedId).length).toBeGreaterThan(5);
    const failed = outcomes.filter((outcome) => outcome.status !== 200 || outcome.codes.length > 0);
    expect(failed.length).toBeGreaterThan(0);

    // Every error meanwhile is coded: SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, never an internal error.
    const described = failed.map(
      (outcome) => `${outcome.status} ${outcome.retryAfter} ${[...new Set(outcome.codes)].join(',')}`,
    );
    expect(new Set(described)).toEqual(new Set(failed.map(() => '503 5 SERVICE_UNAVAILABLE')));

    // After recovery every principal reads again.
    for (const principal of principals) {
      const outcome = await request('read', principal, 0);
      expect(outcome).toMatchObject({ status: 200, codes: [] });
    }

    // Every write the hub acknowledged is in the database.
    const acknowledged = outcomes.flatMap((outcome) => (outcome.acknowledgedId ? [outcome.acknowledgedId] : []));
    const database = new pg.Client({ connectionString: databaseUrl });
    await database.connect();
    try {
      const { rows } = await database.query<{ id: string }>(
        'SELECT id::text FROM registry.official WHERE id::text = ANY($1)',
        [acknowledged],
      );
      expect(rows.length).toBe(new Set(acknowledged).size);
    } finally {
      await database.end();
    }
  }, 120_000);
});
