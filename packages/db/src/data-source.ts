import 'reflect-metadata';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { CountingLogger, statementCounterFor } from './query-counter.js';

type EntityList = MixedList<string | (abstract new (...args: never[]) => unknown) | EntitySchema>;

export interface SubgraphDataSourceOptions {
  /** Connection URL of the database. */
  url: string;
  /** The PostgreSQL schema this subgraph owns; every table and its migrations table live there. */
  schema: string;
  entities: EntityList;
  migrations: MixedList<string | (new () => unknown)>;
  /** Connections in the pool; each subgraph gets its own pool. */
  poolSize?: number;
}

/** One DataSource per subgraph, confined to that subgraph's schema. */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities as never,
    migrations: options.migrations as never,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    // gen_random_uuid() is built in (PostgreSQL 13+); creating extensions would need a schema and superuser.
    installExtensions: false,
    logger: new CountingLogger(statementCounterFor(options.schema)),
    poolSize: options.poolSize ?? 10,
    // Unqualified names resolve to the owned schema only, so a stray query cannot read another subgraph's table.
    extra: { options: `-c search_path=${options.schema} -c timezone=UTC` },
  });
}

/** Creates the schema (the migrations table lives in it) and applies pending migrations in one transaction. */
export async function migrateSubgraph(dataSource: DataSource): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const schema = schemaOf(dataSource);
  // Provisioned databases have the schema already, and their owner role may not create schemas.
  const [present] = (await dataSource.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])) as unknown[];
  if (!present) await dataSource.query(`CREATE SCHEMA "${schema}"`);
  const applied = await dataSource.runMigrations({ transaction: 'all' });
  return applied.map((migration) => migration.name);
}

/** The schema a subgraph's data source is confined to. */
export function schemaOf(dataSource: DataSource): string {
  const { schema } = dataSource.options as { schema?: string };
  if (!schema) throw new Error('data source has no schema');
  return schema;
}
