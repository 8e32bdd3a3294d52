import type { DataSource } from 'typeorm';
import { createSubgraphDataSource, migrateSubgraph, type SubgraphDataSourceOptions } from './data-source.js';
import {
  assertLeastPrivilege,
  canProvisionRoles,
  grantSubgraphAccess,
  OWNER_ROLE,
  provisionRoles,
  roleOf,
  rolePassword,
  subgraphRole,
  urlAsRole,
} from './roles.js';

/** Who connects for what: the owner role runs migrations, each subgraph its own role at run time. */
export interface DatabaseAccess {
  ownerUrl: string;
  subgraphUrl(schema: string): string;
}

export interface ResolveAccessOptions {
  /** The subgraph schemas this process opens. */
  schemas: readonly string[];
  /** Run-time URLs an administrator gave (DATABASE_URL_<NAME>); the others are provisioned. */
  subgraphUrls?: Readonly<Record<string, string | undefined>>;
  /** The secret provisioned roles' passwords derive from; HUB_DB_ROLE_SECRET when absent. */
  roleSecret?: string;
}

export class DatabaseAccessError extends Error {}

/**
 * From the database URL the hub was given to the roles it connects as. When a run-time URL is given for
 * every subgraph, `url` is the owner's (migrations) and nothing is provisioned. Otherwise `url` must name a
 * role that may create roles (the embedded server's superuser, a development server's): the hub provisions
 * the owner and subgraph roles with it and then connects only as those.
 */
export async function resolveDatabaseAccess(url: string, options: ResolveAccessOptions): Promise<DatabaseAccess> {
  const given = options.subgraphUrls ?? {};
  const missing = options.schemas.filter((schema) => !given[schema]);
  if (missing.length === 0) {
    return { ownerUrl: url, subgraphUrl: (schema) => given[schema] ?? url };
  }
  if (!(await canProvisionRoles(url))) {
    throw new DatabaseAccessError(
      `The role "${roleOf(url)}" of DATABASE_URL cannot create roles, so each subgraph needs its own: set ` +
        missing.map((schema) => `DATABASE_URL_${schema.toUpperCase()}`).join(', ') +
        ' (see the README, "PostgreSQL roles")',
    );
  }
  const secret = options.roleSecret ?? process.env.HUB_DB_ROLE_SECRET;
  if (!secret) throw new DatabaseAccessError('HUB_DB_ROLE_SECRET is needed to provision the database roles');
  await provisionRoles({ adminUrl: url, schemas: missing, secret });
  return {
    ownerUrl: urlAsRole(url, OWNER_ROLE, rolePassword(secret, OWNER_ROLE)),
    subgraphUrl: (schema) =>
      given[schema] ?? urlAsRole(url, subgraphRole(schema), rolePassword(secret, subgraphRole(schema))),
  };
}

export interface OpenedSubgraphDatabase {
  /** The run-time data source, connected as the subgraph's own role. */
  dataSource: DataSource;
  /** Migrations applied now. */
  applied: string[];
}

/**
 * Brings a subgraph's schema up to date as the owner, grants the subgraph's role what it needs, and opens the
 * run-time data source as that role (refused when it is a superuser or owns the schema).
 */
export async function openSubgraphDatabase(
  access: DatabaseAccess,
  options: Omit<SubgraphDataSourceOptions, 'url'> & {
    /**
     * False where a separate job (Kubernetes' migration Job) migrates as the owner: the service then never
     * holds the owner's credentials and connects as its own role only.
     */
    migrate?: boolean;
  },
): Promise<OpenedSubgraphDatabase> {
  const { migrate = true, ...dataSourceOptions } = options;
  const runtimeUrl = access.subgraphUrl(options.schema);
  let applied: string[] = [];
  if (migrate) {
    const owner = createSubgraphDataSource({ ...dataSourceOptions, url: access.ownerUrl, poolSize: 1 });
    try {
      applied = await migrateSubgraph(owner);
      await grantSubgraphAccess(owner, options.schema, roleOf(runtimeUrl));
    } finally {
      if (owner.isInitialized) await owner.destroy();
    }
  }
  const dataSource = createSubgraphDataSource({ ...dataSourceOptions, url: runtimeUrl });
  await dataSource.initialize();
  try {
    await assertLeastPrivilege(dataSource, options.schema);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, applied };
}
