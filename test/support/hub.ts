import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { mintToken, type Principal } from '@dibao/auth';
import { loadDemoData } from '@dibao/hub';
import { startHubRuntime, type HubRuntime } from '@dibao/hub';
import { subgraphNames } from '@dibao/gateway';
import { freshDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }>;
}

export interface TestHub {
  gatewayUrl: string;
  runtime: HubRuntime;
  jwtSecret: string;
  gatewaySecret: string;
  /** The administrator's URL of the hub's database (the subgraphs connect as their own roles). */
  databaseUrl: string;
  /**
   * Runs SQL as the administrator, for tests that look across subgraph schemas (a subgraph's own role cannot).
   * Returns the rows.
   */
  adminQuery<T = any>(sql: string, parameters?: unknown[]): Promise<T[]>;
  token(
    principal: Partial<Principal> & Pick<Principal, 'region' | 'roles'>,
    expiresIn?: string | number,
  ): Promise<string>;
  query<T = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export async function postGraphQL<T>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...json };
}

/** Gateway and every subgraph on free ports, on a fresh database with the Qinghai demo registry. */
export async function startTestHub(label: string): Promise<TestHub> {
  const database = await freshDatabase(label);
  // The monitoring subgraph pseudonymises with this key; its demo (millions of rows) is left out of test hubs.
  process.env.MONITORING_PSEUDONYM_KEY ??= randomBytes(32).toString('base64url');
  process.env.HUB_DEMO_MONITORING_SCALE ??= '0';
  const jwtSecret = randomBytes(32).toString('base64url');
  const gatewaySecret = randomBytes(32).toString('base64url');
  const runtime = await startHubRuntime({
    databaseUrl: database.url,
    services: new Set(['gateway', ...subgraphNames]),
    host: '127.0.0.1',
    hubPort: 0,
    subgraphPorts: {},
    subgraphUrls: {},
    gatewaySecret,
    jwtSecret,
    production: false,
    log: () => undefined,
  });
  await loadDemoData(runtime.dataSources, 'qinghai', () => undefined);
  const gatewayUrl = runtime.gateway!.url;
  let admin: pg.Pool | undefined;
  return {
    gatewayUrl,
    runtime,
    jwtSecret,
    gatewaySecret,
    databaseUrl: database.url,
    async adminQuery(sql, parameters) {
      admin ??= new pg.Pool({ connectionString: database.url, max: 2 });
      return (await admin.query(sql, parameters)).rows;
    },
    token: (principal, expiresIn) =>
      mintToken(
        { subject: 'test-user', agency: 'CIVIL_AFFAIRS', ...principal },
        jwtSecret,
        expiresIn === undefined ? {} : { expiresIn },
      ),
    query: (document, variables, token) =>
      postGraphQL(gatewayUrl, { query: document, variables }, token ? { authorization: `Bearer ${token}` } : {}),
    async stop() {
      await admin?.end();
      await runtime.stop();
      await database.drop();
    },
  };
}
