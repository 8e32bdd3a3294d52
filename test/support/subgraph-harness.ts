import { graphql, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { SubgraphContext, SubgraphModule, SubgraphRequestInfo } from '@dibao/server';
import { freshDatabase, subgraphDataSource } from './database.js';

export interface OperationResult {
  data: Record<string, any> | null | undefined;
  errors: readonly any[] | undefined;
  /** `extensions.code` of the first error. */
  code: unknown;
}

export interface SubgraphHarness {
  dataSource: DataSource;
  /**
   * The registry's data source on the same database (its own, for the registry's harness): every subgraph reads
   * the regions' rules in force from the registry's rule_version table, as in the hub.
   */
  registry: DataSource;
  /** Runs an operation on the subgraph's schema as one request of `as` would (fresh context and loaders). */
  run(
    source: string,
    as: Principal | null,
    variables?: Record<string, unknown>,
    request?: { request?: SubgraphRequestInfo; bearerToken?: string | null },
  ): Promise<OperationResult>;
  /** The first row's `n` of a counting query on the subgraph's own schema. */
  count(sql: string, parameters?: unknown[]): Promise<number>;
  stop(): Promise<void>;
}

/**
 * One subgraph on a fresh database of the suite's real PostgreSQL, migrated, without HTTP or gateway; its data
 * source connects as the subgraph's own role, as in the hub.
 */
export async function startSubgraphHarness<C extends SubgraphContext>(
  label: string,
  module: SubgraphModule<C>,
): Promise<SubgraphHarness> {
  const database = await freshDatabase(label);
  const registryModule = (await import('@dibao/registry')).registry;
  // Migrated first, so the shared read grant on its rules reaches the subgraph's role when that one migrates.
  const registry =
    module.name === registryModule.name
      ? undefined
      : await subgraphDataSource(database.url, {
          schema: registryModule.name,
          entities: registryModule.entities,
          migrations: registryModule.migrations,
        });
  const dataSource = await subgraphDataSource(database.url, {
    schema: module.name,
    entities: module.entities,
    migrations: module.migrations,
  });
  const schema: GraphQLSchema = (await module.buildSchema()).schema;
  return {
    dataSource,
    registry: registry ?? dataSource,
    async run(source, as, variableValues, request) {
      const contextValue = module.createContext(dataSource, request?.request);
      contextValue.principal = as;
      if (request?.bearerToken !== undefined) contextValue.bearerToken = request.bearerToken;
      const result = await graphql({ schema, source, contextValue, variableValues });
      return {
        data: result.data as Record<string, any>,
        errors: result.errors,
        code: result.errors?.[0]?.extensions.code,
      };
    },
    async count(sql, parameters) {
      const [row] = (await dataSource.query(sql, parameters)) as Array<{ n: number }>;
      return Number(row?.n ?? 0);
    },
    async stop() {
      await dataSource.destroy();
      await registry?.destroy();
      await database.drop();
    },
  };
}
