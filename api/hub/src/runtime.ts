import type { DataSource } from 'typeorm';
import {
  assertLeastPrivilege,
  closeOutboxListener,
  createSubgraphDataSource,
  openSubgraphDatabase,
  ReplicaRouter,
  replicaUrlFor,
  resolveDatabaseAccess,
} from '@dibao/db';
import {
  readCommittedSupergraph,
  startGateway,
  subgraphModules,
  type GatewayOptions,
  type RunningGateway,
} from '@dibao/gateway';
import { startSubgraphServer, type HubServices, type RunningSubgraph } from '@dibao/server';
import { GATEWAY_TOKEN_ISSUER, mintToken, type OidcSettings } from '@dibao/auth';

/** Which roles the subgraphs connect as (see resolveDatabaseAccess in @dibao/db). */
export interface DatabaseRoleOptions {
  /** Run-time URLs per subgraph an administrator provides (DATABASE_URL_<NAME>); others are provisioned. */
  subgraphDatabaseUrls?: Record<string, string | undefined>;
  /** The secret provisioned roles' passwords derive from (HUB_DB_ROLE_SECRET when absent). */
  databaseRoleSecret?: string;
  /** False (HUB_MIGRATE=off) where a migration job runs the migrations as the owner: connect as own role only. */
  migrate?: boolean;
}

export interface HubRuntimeOptions extends DatabaseRoleOptions {
  /**
   * The owner's URL when every subgraph has its own URL, otherwise an administrator's (such as the embedded
   * server's superuser), which only provisions the roles: nothing connects with it at run time.
   */
  databaseUrl: string;
  /**
   * A streaming standby of that database (DATABASE_REPLICA_URL): read-only operations go there, writes and a
   * principal's reads of its own writes to the primary (see ReplicaRouter in @dibao/db).
   */
  replicaUrl?: string | undefined;
  services: Set<string>;
  host: string;
  hubPort: number;
  subgraphPorts: Record<string, number>;
  /** For subgraphs this process does not run. */
  subgraphUrls: Record<string, string>;
  gatewaySecret: string;
  jwtSecret: string;
  production: boolean;
  /** The OpenID provider officials and county systems sign in with (HUB_OIDC_*); null: development tokens only. */
  oidc?: OidcSettings | null;
  /** Routes served beside /graphql (the development sign-in) and the cookie GraphiQL's token comes from. */
  gatewayRoutes?: GatewayOptions['routes'];
  graphiqlTokenCookie?: string;
  /** Largest request body the gateway accepts (bytes); its default when absent. */
  maxBodyBytes?: number;
  log: (line: string) => void;
}

export interface HubRuntime {
  gateway: RunningGateway | undefined;
  subgraphs: RunningSubgraph[];
  dataSources: Map<string, DataSource>;
  /** Per subgraph, where its requests go (primary or standby). */
  routers: Map<string, ReplicaRouter>;
  /** Per subgraph, its work beside requests in this process (see SubgraphModule.background). */
  backgrounds: Map<string, { stop(): Promise<void> }>;
  stop(): Promise<void>;
}

/** The same subgraph's data source on the standby, as the same least-privileged role. */
async function openReplicaDataSource(
  primary: DataSource,
  module: (typeof subgraphModules)[number],
  replicaUrl: string,
): Promise<DataSource> {
  const { url } = primary.options as { url: string };
  const replica = createSubgraphDataSource({
    url: replicaUrlFor(url, replicaUrl),
    schema: module.name,
    entities: module.entities,
    migrations: module.migrations,
  });
  await replica.initialize();
  try {
    await assertLeastPrivilege(replica, module.name);
  } catch (error) {
    await replica.destroy();
    throw error;
  }
  return replica;
}

/**
 * Opens a data source per subgraph in this process, connected as that subgraph's own role, after bringing its
 * schema up to date as the owner role.
 */
export async function openSubgraphDataSources(
  databaseUrl: string,
  services: Set<string>,
  log: (line: string) => void,
  roles: DatabaseRoleOptions = {},
): Promise<Map<string, DataSource>> {
  const dataSources = new Map<string, DataSource>();
  const modules = subgraphModules.filter((candidate) => services.has(candidate.name));
  if (modules.length === 0) return dataSources;
  const access = await resolveDatabaseAccess(databaseUrl, {
    schemas: modules.map((module) => module.name),
    ...(roles.subgraphDatabaseUrls ? { subgraphUrls: roles.subgraphDatabaseUrls } : {}),
    ...(roles.databaseRoleSecret ? { roleSecret: roles.databaseRoleSecret } : {}),
  });
  for (const module of modules) {
    const { dataSource, applied } = await openSubgraphDatabase(access, {
      schema: module.name,
      entities: module.entities,
      migrations: module.migrations,
      migrate: roles.migrate !== false,
    });
    if (applied.length > 0) log(`${module.name}: applied migrations ${applied.join(', ')}`);
    dataSources.set(module.name, dataSource);
  }
  return dataSources;
}

/**
 * Starts the subgraphs this process runs, then the gateway if it runs here too. Everything that started is
 * stopped again by stop(), in reverse order.
 */
export async function startHubRuntime(options: HubRuntimeOptions): Promise<HubRuntime> {
  const dataSources = await openSubgraphDataSources(options.databaseUrl, options.services, options.log, options);
  const subgraphs: RunningSubgraph[] = [];
  const routers = new Map<string, ReplicaRouter>();
  const backgrounds = new Map<string, { stop(): Promise<void> }>();
  let gateway: RunningGateway | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
    await Promise.all([...backgrounds.values()].map((work) => work.stop()));
    await Promise.all(
      [...dataSources.values()].map(async (dataSource) => {
        await closeOutboxListener(dataSource);
        await dataSource.destroy();
      }),
    );
    await Promise.all([...routers.values()].map((router) => router.replica?.destroy()));
  };
  const hubServices: HubServices = {
    gatewaySecret: options.gatewaySecret,
    serviceToken: (principal) =>
      mintToken(principal, options.jwtSecret, { expiresIn: '1h', issuer: GATEWAY_TOKEN_ISSUER }),
  };
  try {
    const urls = { ...options.subgraphUrls };
    for (const module of subgraphModules) {
      const dataSource = dataSources.get(module.name);
      if (!dataSource) continue;
      const replica = options.replicaUrl
        ? await openReplicaDataSource(dataSource, module, options.replicaUrl)
        : undefined;
      const router = new ReplicaRouter(dataSource, replica);
      routers.set(module.name, router);
      const { schema } = await module.buildSchema();
      const running = await startSubgraphServer({
        name: module.name,
        schema,
        host: options.host,
        port: options.subgraphPorts[module.name] ?? 0,
        gatewaySecret: options.gatewaySecret,
        createContext: async (request) => module.createContext(await router.dataSourceFor(request), request),
        afterExecution: (request) => router.recordWrite(request),
        ready: async () => {
          await Promise.all([dataSource, ...(replica ? [replica] : [])].map((source) => source.query('SELECT 1')));
          return true;
        },
        // Uploads write: they go to the primary.
        ...(module.routes ? { routes: module.routes(dataSource) } : {}),
      });
      subgraphs.push(running);
      urls[module.name] = running.url;
      if (module.background) {
        backgrounds.set(module.name, await module.background(dataSource, options.log, hubServices));
      }
    }
    if (options.services.has('gateway')) {
      gateway = await startGateway({
        supergraphSdl: await readCommittedSupergraph(),
        subgraphUrls: urls,
        port: options.hubPort,
        host: options.host,
        gatewaySecret: options.gatewaySecret,
        jwtSecret: options.jwtSecret,
        production: options.production,
        oidc: options.oidc ?? null,
        ...(options.gatewayRoutes ? { routes: options.gatewayRoutes } : {}),
        ...(options.graphiqlTokenCookie ? { graphiqlTokenCookie: options.graphiqlTokenCookie } : {}),
        maxBodyBytes: options.maxBodyBytes,
      });
      // Subgraphs that compute from other subgraphs' data (bulletins' assessments) query the supergraph here.
      process.env.HUB_GATEWAY_URL = gateway.url;
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { gateway, subgraphs, dataSources, routers, backgrounds, stop };
}
