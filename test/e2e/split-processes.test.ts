import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_TOKEN_ISSUER, mintToken } from '@dibao/auth';
import { documentIdOf, PublicRegionDocument, RegionYearDocument } from '@dibao/client';
import { generateCheckpointKey, rolePassword, subgraphRole, urlAsRole } from '@dibao/db';
import { subgraphNames } from '@dibao/gateway';
import { loadDemoData, openSubgraphDataSources, startHubRuntime, type HubRuntime } from '@dibao/hub';
import { GATEWAY_SECRET_HEADER, HEALTH_PATH, READY_PATH, ROUTER_CLAIMS_EXTENSION } from '@dibao/server';
import { decodeJwt } from 'jose';
import { freshDatabase } from '../support/database.js';
import { postGraphQL } from '../support/hub.js';

/** What HUB_SERVICES does: subgraphs in one runtime, the gateway in another that finds them by URL. */
describe('services run apart', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let subgraphs: HubRuntime;
  let gateway: HubRuntime;

  beforeAll(async () => {
    database = await freshDatabase('split');
    const common = {
      databaseUrl: database.url,
      host: '127.0.0.1',
      hubPort: 0,
      subgraphPorts: {},
      gatewaySecret: randomBytes(16).toString('hex'),
      jwtSecret: randomBytes(32).toString('hex'),
      production: true,
      log: () => undefined,
    };
    subgraphs = await startHubRuntime({ ...common, services: new Set(subgraphNames), subgraphUrls: {} });
    await loadDemoData(subgraphs.dataSources, 'qinghai', () => undefined);
    const urls = Object.fromEntries(subgraphs.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
    gateway = await startHubRuntime({ ...common, services: new Set(['gateway']), subgraphUrls: urls });
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await database?.drop();
  });

  it('answers through a gateway that runs alone', async () => {
    expect(gateway.subgraphs).toEqual([]);
    expect(subgraphs.gateway).toBeUndefined();
    // Production runs trusted documents only: @dibao/client's PublicRegion, by its id.
    const response = await postGraphQL<{ region: { name: string; parentCode: string } }>(gateway.gateway!.url, {
      documentId: documentIdOf(PublicRegionDocument),
      variables: { code: '630121' },
    });
    expect(response.data?.region).toMatchObject({ name: '大通回族土族自治县', parentCode: '630100' });
  });

  it('turns introspection off in production mode', async () => {
    const response = await postGraphQL(gateway.gateway!.url, { query: '{ __schema { types { name } } }' });
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.data ?? null).toBeNull();
  });
});

/** A free TCP port on loopback (closed again at once, for a child process to take). */
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

const MAIN = fileURLToPath(new URL('../../api/hub/dist/main.js', import.meta.url));

/** One OS process of the hub, running the services HUB_SERVICES names, as a deployment runs them. */
interface ServiceProcess {
  name: string;
  child: ChildProcess;
  base: string;
  output: () => string;
}

function startService(name: string, env: NodeJS.ProcessEnv, port: number): ServiceProcess {
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { name, child, base: `http://127.0.0.1:${port}`, output: () => output };
}

/** Waits until the process answers /readyz with 200, or fails with what it printed when it exits first. */
async function untilReady(service: ServiceProcess): Promise<void> {
  for (;;) {
    if (service.child.exitCode !== null)
      throw new Error(`${service.name} exited (${service.child.exitCode}):\n${service.output()}`);
    const ok = await fetch(`${service.base}${READY_PATH}`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stopService(service: ServiceProcess): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  const exited = new Promise((resolve) => service.child.once('exit', resolve));
  service.child.kill('SIGTERM');
  await exited;
}

/**
 * The production shape: the gateway and every subgraph of api/gateway/src/subgraphs.ts each in an OS process
 * of its own (`node api/hub/dist/main.js` with HUB_SERVICES naming one service), finding each other by URL.
 */
describe('every service in its own OS process', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  const services: ServiceProcess[] = [];
  const jwtSecret = randomBytes(32).toString('base64url');
  const gatewaySecret = randomBytes(32).toString('base64url');
  let gateway: ServiceProcess;

  beforeAll(async () => {
    database = await freshDatabase('processes');
    const seeded = await openSubgraphDataSources(database.url, new Set(subgraphNames), () => undefined);
    await loadDemoData(seeded, 'qinghai', () => undefined);
    await Promise.all([...seeded.values()].map((dataSource) => dataSource.destroy()));
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dibao-processes-'));
    const gatewayPort = await freePort();
    const ports = Object.fromEntries(await Promise.all(subgraphNames.map(async (name) => [name, await freePort()])));
    const urls = Object.fromEntries(
      subgraphNames.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[name]}/graphql`]),
    );
    const common: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HUB_DATA_DIR: dataDir,
      HUB_DEMO: 'none',
      HUB_SITE_PORT: 'off',
      DATABASE_URL: database.url,
      HUB_JWT_SECRET: jwtSecret,
      GATEWAY_SECRET: gatewaySecret,
      COMPLAINTS_ENCRYPTION_KEY: process.env.COMPLAINTS_ENCRYPTION_KEY,
      HUB_AUDIT_KEY: process.env.HUB_AUDIT_KEY,
      MONITORING_PSEUDONYM_KEY: process.env.MONITORING_PSEUDONYM_KEY,
      HUB_DB_ROLE_SECRET: process.env.HUB_DB_ROLE_SECRET,
      HUB_CHECKPOINT_KEY: generateCheckpointKey().privateKey,
      // Bulletins' assessments read other subgraphs' figures through the gateway.
      HUB_GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
      ...urls,
    };
    // As in infra/kubernetes: the schemas are migrated already, so each process connects as its own role only.
    for (const name of subgraphNames) {
      const ownRole = urlAsRole(
        database.url,
        subgraphRole(name),
        rolePassword(process.env.HUB_DB_ROLE_SECRET!, subgraphRole(name)),
      );
      services.push(
        startService(
          name,
          {
            ...common,
            HUB_SERVICES: name,
            HUB_MIGRATE: 'off',
            DATABASE_URL: ownRole,
            [`DATABASE_URL_${name.toUpperCase()}`]: ownRole,
            [`SUBGRAPH_${name.toUpperCase()}_PORT`]: String(ports[name]),
          },
          ports[name],
        ),
      );
    }
    await Promise.all(services.map(untilReady));
    gateway = startService(
      'gateway',
      { ...common, HUB_SERVICES: 'gateway', HUB_PORT: String(gatewayPort) },
      gatewayPort,
    );
    services.push(gateway);
    await untilReady(gateway);
  });

  afterAll(async () => {
    await Promise.all(services.map(stopService));
    await database?.drop();
  });

  it('runs one process per service, each alive and ready', async () => {
    expect(services.map((service) => service.name)).toEqual([...subgraphNames, 'gateway']);
    expect(new Set(services.map((service) => service.child.pid)).size).toBe(subgraphNames.length + 1);
    for (const service of services) {
      const health = await fetch(`${service.base}${HEALTH_PATH}`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
    }
  });

  it('answers a query that needs every subgraph, each from its own process', async () => {
    // Production refuses development tokens: a token of the gateway's own issuer (what it hands a signed-in
    // official to the subgraphs) stands in for a sign-in.
    const token = await mintToken(
      { subject: 'processes-viewer', agency: 'CIVIL_AFFAIRS', region: '630000', roles: ['VIEWER'] },
      jwtSecret,
      { issuer: GATEWAY_TOKEN_ISSUER },
    );
    const response = await postGraphQL<{ region: Record<string, unknown> }>(
      `${gateway.base}/graphql`,
      // Production runs trusted documents only: @dibao/client's RegionYear, by its id.
      { documentId: documentIdOf(RegionYearDocument), variables: { code: '630100', year: 2024 } },
      { authorization: `Bearer ${token}` },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.region).toEqual({
      code: '630100',
      name: '西宁市',
      nameEn: expect.any(String),
      reportSummary: { reportsIncluded: expect.any(Number), reportsExpected: expect.any(Number) },
      oversightStats: expect.objectContaining({ findings: expect.any(Number) }),
      complaintStats: { received: expect.any(Number), closed: expect.any(Number) },
      accountabilityStats: { casesOpened: expect.any(Number), peopleHeldAccountable: expect.any(Number) },
      assessment: { score: expect.any(Number), rank: expect.any(Number) },
    });
  });

  it('refuses a request to a subgraph process that lacks the gateway secret', async () => {
    const registry = services.find((service) => service.name === 'registry')!;
    const response = await postGraphQL(`${registry.base}/graphql`, { query: '{ _service { sdl } }' });
    expect(response.status).toBe(401);
  });

  it('takes the claims as Hive Router forwards them (extensions.jwt_claims), with the gateway secret only', async () => {
    const registry = services.find((service) => service.name === 'registry')!;
    const token = await mintToken(
      { subject: 'router-caller', agency: 'CIVIL_AFFAIRS', region: '630121', roles: ['REPORTER'] },
      jwtSecret,
    );
    const body = {
      query: '{ me { subject regionCode } }',
      extensions: { [ROUTER_CLAIMS_EXTENSION]: decodeJwt(token) },
    };
    const response = await postGraphQL<{ me: { subject: string; regionCode: string } }>(
      `${registry.base}/graphql`,
      body,
      { [GATEWAY_SECRET_HEADER]: gatewaySecret },
    );
    expect(response.data?.me).toEqual({ subject: 'router-caller', regionCode: '630121' });
    expect((await postGraphQL(`${registry.base}/graphql`, body)).status).toBe(401);
  });

  it('reports the gateway unready once a subgraph process is gone, and the rest still alive', async () => {
    const last = services.find((service) => service.name === subgraphNames.at(-1))!;
    await stopService(last);
    expect((await fetch(`${gateway.base}${READY_PATH}`)).status).toBe(503);
    expect((await fetch(`${gateway.base}${HEALTH_PATH}`)).status).toBe(200);
  });
});
