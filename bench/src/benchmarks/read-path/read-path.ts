import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GATEWAY_TOKEN_ISSUER, mintToken } from '@dibao/auth';
import {
  ensureDatabase,
  generateCheckpointKey,
  rolePassword,
  startEmbeddedPostgres,
  subgraphRole,
  totalStatements,
  urlAsRole,
  withDatabase,
} from '@dibao/db';
import { subgraphNames } from '@dibao/gateway';
import { loadDemoData, startHubRuntime } from '@dibao/hub';
import { GATEWAY_SECRET_HEADER, READY_PATH } from '@dibao/server';
import type { Benchmark, Figure } from '../../benchmark.js';
import { peakRssMiB, postOnce, runRound, type Round, type Target } from './load.js';
import {
  dashboardVariables,
  HUB_DASHBOARD,
  HUB_LIST,
  listVariables,
  PEER_DASHBOARD,
  PEER_LIST,
  peerListVariables,
} from './operations.js';

/*
 * read-path: the hub's two read operations (operations.ts) against PostGraphile 5 on the same database and
 * the same rows (peer.ts), and the list against a floor of one SQL statement behind node:http + pg; each
 * server in processes of its own, loaded on loopback by load.ts at 1, 8 and 32 clients, hub and peer rounds
 * interleaved. The hub runs in production mode (as deployed: authentication, scope, trusted documents; the
 * bench carries the gateway secret that lets the hub's own processes send documents as text) and is measured
 * twice: in one process, then split (HUB_SERVICES groups, each its own OS process).
 *
 * Knobs: BENCH_READ_SECONDS (each timed round, default 10), BENCH_READ_CLIENTS (default 1,8,32),
 * BENCH_READ_PRINCIPALS (distinct officials' tokens, default 48), BENCH_READ_SPLIT (the split layout: process
 * groups separated by "|", services by ","; "each" for one process per service; default the gateway apart
 * from all subgraphs).
 */

const MAIN = fileURLToPath(new URL('../../../../api/hub/dist/main.js', import.meta.url));
const PEER = fileURLToPath(new URL('./peer.js', import.meta.url));

const numberFrom = (name: string, fallback: number) => {
  const value = process.env[name] ? Number(process.env[name]) : fallback;
  if (!(Number.isInteger(value) && value > 0)) throw new Error(`${name} must be a positive whole number`);
  return value;
};

function splitLayout(): string[][] {
  const value = process.env.BENCH_READ_SPLIT ?? `gateway|${subgraphNames.join(',')}`;
  if (value === 'each') return ['gateway', ...subgraphNames].map((name) => [name]);
  const groups = value.split('|').map((group) => group.split(',').map((name) => name.trim()));
  const named = groups.flat().sort();
  if (named.join() !== ['gateway', ...subgraphNames].sort().join())
    throw new Error(`BENCH_READ_SPLIT must name gateway and every subgraph once: ${value}`);
  return groups;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Child {
  name: string;
  child: ChildProcess;
  output: () => string;
}

function startChild(name: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, child, output: () => output };
}

async function until(child: Child, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.child.exitCode !== null) throw new Error(`${child.name} exited:\n${child.output()}`);
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${child.name} not ready after 3 minutes:\n${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stopChildren(children: readonly Child[]): Promise<void> {
  await Promise.all(
    children.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }),
  );
}

/** A peer process (peer.ts); resolves once it prints the port it listens on. */
async function startPeer(kind: 'postgraphile' | 'floor', databaseUrl: string) {
  const peer = startChild(kind, [PEER, kind], { PATH: process.env.PATH, DATABASE_URL: databaseUrl, PORT: '0' });
  let port = 0;
  await until(peer, async () => {
    port = Number(/\{"port":(\d+)\}/.exec(peer.output())?.[1] ?? 0);
    return port > 0;
  });
  return { peer, base: `http://127.0.0.1:${port}` };
}

/** A complaint of the list as either side answers it (PostGraphile's uuid is `rowId`). */
interface ListNode {
  id?: string;
  rowId?: string;
  receivedAt: string;
  region?: { name: string } | null;
  [field: string]: unknown;
}
interface HubList {
  data: { region: { complaints: { edges: Array<{ node: ListNode }> } } };
}
interface PeerList {
  data: { allComplaintsComplaints: { nodes: ListNode[] } };
}
interface HubDashboard {
  data: { region: { children: unknown[] } };
}
interface PeerDashboard {
  data: { regionByCode: { regionsByParentCode: { nodes: unknown[] } } };
}

/** Rows as both sides agree to print them: the list's complaints and the dashboard's counties. */
const listRows = (nodes: ListNode[]) =>
  nodes.map(({ region, receivedAt, rowId, ...complaint }) => ({
    ...complaint,
    ...(rowId === undefined ? {} : { id: rowId }),
    receivedAt: new Date(receivedAt).toISOString(),
    regionName: region?.name,
  }));
const hubList = (answer: HubList) => listRows(answer.data.region.complaints.edges.map((edge) => edge.node));
const peerList = (answer: PeerList) => listRows(answer.data.allComplaintsComplaints.nodes);
const hubDashboard = (answer: HubDashboard) => answer.data.region.children;
const peerDashboard = (answer: PeerDashboard) => answer.data.regionByCode.regionsByParentCode.nodes;

/** Equal as JSON with keys in order, so that field order does not matter but every value does. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );

function sameRows(label: string, expected: unknown[], actual: unknown[], log: (line: string) => void) {
  if (expected.length === 0) throw new Error(`${label}: the hub answered no rows: nothing to compare`);
  if (canonical(expected) !== canonical(actual))
    throw new Error(
      `${label}: answers differ\n hub:  ${canonical(expected).slice(0, 800)}\n peer: ${canonical(actual).slice(0, 800)}`,
    );
  log(`${label}: same ${expected.length} rows on both sides`);
}

/** SQL statements per request of a peer process, over `count` sequential requests after one to warm up. */
async function peerStatements(target: Target, base: string, count: number): Promise<number> {
  const statements = async () =>
    ((await (await fetch(`${base}/statements`)).json()) as { statements: number }).statements;
  await postOnce(target);
  const before = await statements();
  for (let index = 0; index < count; index += 1) await postOnce(target);
  return ((await statements()) - before) / count;
}

export const readPath: Benchmark = {
  name: 'read-path',
  description: "the hub's list and dashboard against PostGraphile 5 and a one-statement floor, 1/8/32 clients",
  async run({ workDir, log }) {
    const seconds = numberFrom('BENCH_READ_SECONDS', 10);
    const principals = numberFrom('BENCH_READ_PRINCIPALS', 48);
    const clientCounts = (process.env.BENCH_READ_CLIENTS ?? '1,8,32').split(',').map(Number);
    if (!clientCounts.every((count) => Number.isInteger(count) && count > 0))
      throw new Error('BENCH_READ_CLIENTS must be positive whole numbers separated by commas');
    const layout = splitLayout();
    // The secrets the hub's processes share (as the test setup and a deployment provide them).
    const secrets = {
      COMPLAINTS_ENCRYPTION_KEY: (process.env.COMPLAINTS_ENCRYPTION_KEY ??= randomBytes(32).toString('base64')),
      HUB_AUDIT_KEY: (process.env.HUB_AUDIT_KEY ??= randomBytes(32).toString('base64url')),
      MONITORING_PSEUDONYM_KEY: (process.env.MONITORING_PSEUDONYM_KEY ??= randomBytes(32).toString('base64url')),
      HUB_DB_ROLE_SECRET: (process.env.HUB_DB_ROLE_SECRET ??= randomBytes(32).toString('base64url')),
      HUB_JWT_SECRET: randomBytes(32).toString('base64url'),
      GATEWAY_SECRET: randomBytes(32).toString('base64url'),
      HUB_CHECKPOINT_KEY: generateCheckpointKey().privateKey,
    };
    // The monitoring demo is millions of roster rows that neither operation reads.
    process.env.HUB_DEMO_MONITORING_SCALE ??= '0';

    const postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'postgres'), persistent: false });
    const children: Child[] = [];
    try {
      const databaseUrl = withDatabase(postgres.url, 'bench_read_path');
      await ensureDatabase(databaseUrl);
      // Officials of Qinghai and of Xining who handle complaints: each token a distinct principal in scope.
      const tokens = await Promise.all(
        Array.from({ length: principals }, (_, index) =>
          mintToken(
            {
              subject: `bench-official-${index + 1}`,
              agency: 'CIVIL_AFFAIRS',
              region: index % 2 === 0 ? '630000' : '630100',
              roles: ['COMPLAINT_HANDLER', 'VIEWER'],
            },
            secrets.HUB_JWT_SECRET,
            { issuer: GATEWAY_TOKEN_ISSUER, expiresIn: '4h' },
          ),
        ),
      );
      const hubHeaders = { [GATEWAY_SECRET_HEADER]: secrets.GATEWAY_SECRET };
      const hubTargets = (url: string, pids: () => number[]) => ({
        list: { url, body: { query: HUB_LIST, variables: listVariables }, tokens, headers: hubHeaders, pids },
        dashboard: {
          url,
          body: { query: HUB_DASHBOARD, variables: dashboardVariables },
          tokens,
          headers: hubHeaders,
          pids,
        },
      });

      // 1. The Qinghai demo, loaded by an in-process hub, which also counts the statements of each operation
      // (the counters of @dibao/db are per process) and gives the answers the others must match.
      log('loading the Qinghai demo (monitoring rosters left out)');
      const runtime = await startHubRuntime({
        databaseUrl,
        services: new Set(['gateway', ...subgraphNames]),
        host: '127.0.0.1',
        hubPort: 0,
        subgraphPorts: {},
        subgraphUrls: {},
        gatewaySecret: secrets.GATEWAY_SECRET,
        jwtSecret: secrets.HUB_JWT_SECRET,
        production: true,
        oidc: null,
        log: () => undefined,
      });
      let hubAnswers: { list: HubList; dashboard: HubDashboard };
      const statements: Record<string, number> = {};
      try {
        await loadDemoData(runtime.dataSources, 'qinghai', log);
        const inProcess = hubTargets(runtime.gateway!.url, () => [process.pid]);
        hubAnswers = {
          list: await postOnce<HubList>(inProcess.list),
          dashboard: await postOnce<HubDashboard>(inProcess.dashboard),
        };
        for (const name of ['list', 'dashboard'] as const) {
          const before = totalStatements();
          for (const token of tokens.slice(0, 8)) await postOnce(inProcess[name], token);
          statements[`hub ${name}`] = (totalStatements() - before) / 8;
        }
      } finally {
        await runtime.stop();
      }

      // 2. The peers, checked against the hub's answers before anything is timed.
      const postgraphile = await startPeer('postgraphile', databaseUrl);
      children.push(postgraphile.peer);
      const floor = await startPeer('floor', databaseUrl);
      children.push(floor.peer);
      const peerPids = (child: Child) => () => [child.child.pid!];
      const peer = {
        list: {
          url: `${postgraphile.base}/graphql`,
          body: { query: PEER_LIST, variables: peerListVariables },
          tokens: [],
          pids: peerPids(postgraphile.peer),
        },
        dashboard: {
          url: `${postgraphile.base}/graphql`,
          body: { query: PEER_DASHBOARD, variables: dashboardVariables },
          tokens: [],
          pids: peerPids(postgraphile.peer),
        },
      };
      const floorList: Target = {
        url: `${floor.base}/graphql`,
        body: { query: HUB_LIST, variables: listVariables },
        tokens: [],
        pids: peerPids(floor.peer),
      };
      sameRows('list, PostGraphile', hubList(hubAnswers.list), peerList(await postOnce<PeerList>(peer.list)), log);
      sameRows('list, floor', hubList(hubAnswers.list), hubList(await postOnce<HubList>(floorList)), log);
      sameRows(
        'dashboard, PostGraphile',
        hubDashboard(hubAnswers.dashboard),
        peerDashboard(await postOnce<PeerDashboard>(peer.dashboard)),
        log,
      );
      statements['PostGraphile list'] = await peerStatements(peer.list, postgraphile.base, 8);
      statements['PostGraphile dashboard'] = await peerStatements(peer.dashboard, postgraphile.base, 8);
      statements['floor list'] = await peerStatements(floorList, floor.base, 8);
      for (const [name, count] of Object.entries(statements)) log(`SQL statements per request, ${name}: ${count}`);

      // 3. The hub as processes of its own (HUB_SERVICES), connecting as the subgraphs' roles as deployed.
      const gatewayPort = await freePort();
      const ports = Object.fromEntries(await Promise.all(subgraphNames.map(async (name) => [name, await freePort()])));
      const common: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HUB_DATA_DIR: path.join(workDir, 'hub'),
        HUB_DEMO: 'none',
        HUB_SITE_PORT: 'off',
        HUB_MIGRATE: 'off',
        HUB_PORT: String(gatewayPort),
        HUB_GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
        DATABASE_URL: databaseUrl,
        ...secrets,
      };
      for (const name of subgraphNames) {
        const upper = name.toUpperCase();
        common[`SUBGRAPH_${upper}_PORT`] = String(ports[name]);
        common[`SUBGRAPH_${upper}_URL`] = `http://127.0.0.1:${ports[name]}/graphql`;
        common[`DATABASE_URL_${upper}`] = urlAsRole(
          databaseUrl,
          subgraphRole(name),
          rolePassword(secrets.HUB_DB_ROLE_SECRET, subgraphRole(name)),
        );
      }
      const startHub = async (groups: string[][]) => {
        const started = groups.map((group) =>
          startChild(`hub ${group.join(',')}`, [MAIN], { ...common, HUB_SERVICES: group.join(',') }),
        );
        children.push(...started);
        // Subgraph processes first would be tidier, but the gateway waits for its subgraphs itself.
        await Promise.all(
          started.map((child, index) => {
            const group = groups[index]!;
            const port = group.includes('gateway') ? gatewayPort : ports[group[0]!];
            return until(child, async () => (await fetch(`http://127.0.0.1:${port}${READY_PATH}`)).ok);
          }),
        );
        return {
          started,
          targets: hubTargets(common.HUB_GATEWAY_URL!, () => started.map((child) => child.child.pid!)),
        };
      };

      const rounds: Entry[] = [];
      let block = '';
      const measure = async (server: string, operation: string, target: Target, connections: number) => {
        const round = await runRound(target, connections, seconds);
        rounds.push({ block, server, operation, round });
        log(
          `${operation} ${server} ${connections} client${connections > 1 ? 's' : ''}: ${round.requestsPerSecond.toFixed(1)} req/s, p50 ${round.p50Ms} ms, p99 ${round.p99Ms} ms, ${round.cpuMsPerRequest.toFixed(2)} CPU ms/req, peak RSS ${round.peakRssMiB.toFixed(0)} MiB, ${round.failures} failures (load ${round.load.toFixed(2)})`,
        );
      };
      const hubRss: Record<string, number> = {};
      for (const [mode, groups] of [
        ['hub, one process', [['gateway', ...subgraphNames]]],
        [`hub, ${layout.length} processes`, layout],
      ] as const) {
        log(`starting the ${mode}`);
        block = mode;
        const hub = await startHub(groups as string[][]);
        sameRows(
          `list, ${mode} ≡ in-process`,
          hubList(hubAnswers.list),
          hubList(await postOnce<HubList>(hub.targets.list)),
          log,
        );
        for (const operation of ['list', 'dashboard'] as const) {
          for (const connections of clientCounts) {
            await measure(mode, operation, hub.targets[operation], connections);
            await measure('PostGraphile', operation, peer[operation], connections);
            if (operation === 'list') await measure('floor', operation, floorList, connections);
          }
        }
        hubRss[mode] = await peakRssMiB(hub.started.map((child) => child.child.pid!));
        await stopChildren(hub.started);
      }
      return figuresOf(rounds, statements, hubRss);
    } finally {
      await stopChildren(children);
      await postgres.stop();
    }
  },
};

/** A timed round, with the hub mode whose interleaving it belongs to. */
interface Entry {
  block: string;
  server: string;
  operation: string;
  round: Round;
}

function figuresOf(rounds: Entry[], statements: Record<string, number>, hubRss: Record<string, number>): Figure[] {
  const figures: Figure[] = [];
  // The peer's rounds beside each hub mode's: the ratio is taken between rounds of the same interleaving.
  for (const mode of new Set(rounds.map((entry) => entry.block))) {
    const block = rounds.filter((entry) => entry.block === mode);
    for (const { operation, round } of block.filter((entry) => entry.server === mode)) {
      const beside = (server: string) =>
        block.find(
          (entry) =>
            entry.server === server && entry.operation === operation && entry.round.connections === round.connections,
        )?.round;
      const where = `${operation}, ${mode}, ${round.connections} client${round.connections > 1 ? 's' : ''}`;
      const note = (other: Round | undefined, name: string) =>
        `p50/p99 ${round.p50Ms}/${round.p99Ms} ms (${name} ${other?.p50Ms}/${other?.p99Ms}); CPU ${round.cpuMsPerRequest.toFixed(2)} ms/req (${name} ${other?.cpuMsPerRequest.toFixed(2)}); ${round.failures} failures; load ${round.load.toFixed(2)}`;
      const peer = beside('PostGraphile');
      if (peer)
        figures.push({
          name: `${where}: throughput`,
          value: Math.round(round.requestsPerSecond * 10) / 10,
          unit: 'req/s',
          baseline: { name: 'PostGraphile 5.1.5, same rows', value: Math.round(peer.requestsPerSecond * 10) / 10 },
          ratio: round.requestsPerSecond / peer.requestsPerSecond,
          note: note(peer, 'PostGraphile'),
        });
      const floor = beside('floor');
      if (floor)
        figures.push({
          name: `${where}: throughput against the floor`,
          value: Math.round(round.requestsPerSecond * 10) / 10,
          unit: 'req/s',
          baseline: { name: 'node:http + pg, one statement', value: Math.round(floor.requestsPerSecond * 10) / 10 },
          ratio: round.requestsPerSecond / floor.requestsPerSecond,
          note: note(floor, 'floor'),
        });
    }
  }
  const peak = Math.max(...rounds.map((entry) => entry.round.connections));
  for (const [mode, rss] of Object.entries(hubRss)) {
    const peerRss = Math.max(...rounds.filter((e) => e.server === 'PostGraphile').map((e) => e.round.peakRssMiB));
    figures.push({
      name: `peak RSS, ${mode}, through ${peak} clients`,
      value: Math.round(rss),
      unit: 'MiB',
      baseline: { name: 'PostGraphile', value: Math.round(peerRss) },
      note: 'sum of VmHWM over the processes; no ratio (lower is better)',
    });
  }
  for (const operation of ['list', 'dashboard']) {
    const hub = statements[`hub ${operation}`]!;
    const peer = statements[`PostGraphile ${operation}`]!;
    figures.push({
      name: `SQL statements per request, ${operation}, hub`,
      value: hub,
      unit: 'statements',
      baseline: { name: 'PostGraphile', value: peer },
      note: `counted over 8 sequential requests of distinct principals${operation === 'list' ? `; floor ${statements['floor list']}` : ''}; no ratio (lower is better)`,
    });
  }
  return figures;
}
