import type { DataSource } from 'typeorm';
import { closeOutboxListener, openSubgraphDatabase, resolveDatabaseAccess } from '@dibao/db';
import { readCommittedSupergraph, startGateway, subgraphModules, type RunningGateway } from '@dibao/gateway';
import { startSubgraphServer, type RunningSubgraph } from '@dibao/server';

/** Which roles the subgraphs connect as (see resolveDatabaseAccess in @dibao/db). */
export interface DatabaseRoleOptions {
  /** Run-time URLs per subgraph an administrator provides (DATABASE_URL_<NAME>); others are provisioned. */
  subgraphDatabaseUrls?: Record<string, string | undefined>;
  /** The secret provisioned roles' passwords derive from (HUB_DB_ROLE_SECRET when absent). */
  databaseRoleSecret?: string;
}

export interface HubRuntimeOptions extends DatabaseRoleOptions {
  /**
   * The owner's URL when every subgraph has its own URL, otherwise an administrator's (such as the embedded
   * server's superuser), which only provisions the roles: nothing connects with it at run time.
   */
  databaseUrl: string;
  services: Set<string>;
  host: string;
  hubPort: number;
  subgraphPorts: Record<string, number>;
  /** For subgraphs this process does not run. */
  subgraphUrls: Record<string, string>;
  gatewaySecret: string;
  jwtSecret: string;
  production: boolean;
  /** Largest request body the gateway accepts (bytes); its default when absent. */
  maxBodyBytes?: number;
  log: (line: string) => void;
}

export interface HubRuntime {
  gateway: RunningGateway | undefined;
  subgraphs: RunningSubgraph[];
  dataSources: Map<string, DataSource>;
  stop(): Promise<void>;
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
  let gateway: RunningGateway | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
    await Promise.all(
      [...dataSources.values()].map(async (dataSource) => {
        await closeOutboxListener(dataSource);
        await dataSource.destroy();
      }),
    );
  };
  try {
    const urls = { ...options.subgraphUrls };
    for (const module of subgraphModules) {
      const dataSource = dataSources.get(module.name);
      if (!dataSource) continue;
      const { schema } = await module.buildSchema();
      const running = await startSubgraphServer({
        name: module.name,
        schema,
        host: options.host,
        port: options.subgraphPorts[module.name] ?? 0,
        gatewaySecret: options.gatewaySecret,
        createContext: (request) => module.createContext(dataSource, request),
        ...(module.routes ? { routes: module.routes(dataSource) } : {}),
      });
      subgraphs.push(running);
      urls[module.name] = running.url;
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
        maxBodyBytes: options.maxBodyBytes,
      });
      // Subgraphs that compute from other subgraphs' data (bulletins' assessments) query the supergraph here.
      process.env.HUB_GATEWAY_URL = gateway.url;
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { gateway, subgraphs, dataSources, stop };
}
