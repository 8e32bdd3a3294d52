import { createHmac } from 'node:crypto';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { databaseNameOf, withDatabase } from './database-url.js';
import { readsShared, SHARED_READS } from './shared-reads.js';

/*
 * Least privilege in PostgreSQL. Three kinds of role:
 * - an administrator (the embedded server's superuser, or whoever an operator's DATABASE_URL names when it may
 *   create roles) only provisions: it creates the roles below and each subgraph's schema, and disconnects;
 * - the owner role owns every subgraph schema and runs the migrations;
 * - each subgraph connects at run time as its own login role, which may use only its own schema, read and
 *   write its tables, and only INSERT into and SELECT from its audit table.
 * Nothing connects as a superuser while the hub serves requests.
 */

export const OWNER_ROLE = 'dibao_owner';

/** The login role a subgraph connects as at run time. */
export const subgraphRole = (schema: string): string => `dibao_${schema}`;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The password of a provisioned role, derived from one secret (HUB_DB_ROLE_SECRET or its development file), so
 * every process of a deployment computes the same passwords without a file per role.
 */
export function rolePassword(secret: string, role: string): string {
  return createHmac('sha256', secret).update(`postgres-role:${role}`).digest('base64url');
}

/** The URL of `base`'s server and database with another role's credentials. */
export function urlAsRole(base: string, role: string, password: string): string {
  const url = new URL(base);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** The role a connection URL logs in as. */
export const roleOf = (url: string): string => decodeURIComponent(new URL(url).username);

/** True when the URL's role may create roles (a superuser, or CREATEROLE), so the hub can provision. */
export async function canProvisionRoles(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ can: boolean }>(
      'SELECT rolsuper OR rolcreaterole AS can FROM pg_roles WHERE rolname = current_user',
    );
    return rows[0]?.can === true;
  } finally {
    await client.end();
  }
}

export interface ProvisionOptions {
  /** An administrator's URL of the hub's database. */
  adminUrl: string;
  /** The subgraph schemas to provision. */
  schemas: readonly string[];
  /** The secret role passwords are derived from. */
  secret: string;
}

/**
 * Schemas a subgraph owns beside its own, for a library that keeps tables of its own: the job queues of
 * notifications and monitoring (graphile-worker, whose `migrations` table would clash with TypeORM's in the
 * subgraph's schema; see job-queue.ts). Provisioned and
 * owned like the subgraph's schema; its role may use it like its own.
 */
export const COMPANION_SCHEMAS: Readonly<Record<string, string>> = {
  notifications: 'notifications_jobs',
  monitoring: 'monitoring_jobs',
};

/** The schemas to provision for some subgraphs: theirs and their companions. */
export const provisionedSchemas = (schemas: readonly string[]): string[] =>
  schemas.flatMap((schema) => (COMPANION_SCHEMAS[schema] ? [schema, COMPANION_SCHEMAS[schema]] : [schema]));

/** Roles are cluster-wide: one lock in the `postgres` database serialises hubs and test files provisioning. */
const ROLE_LOCK = 0x6469_6261;

/** Runs `work` while holding the provisioning lock (taken in the `postgres` database, so it spans databases). */
async function withProvisioningLock<T>(adminUrl: string, work: (lockHolder: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ROLE_LOCK]);
    return await work(client);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [ROLE_LOCK]).catch(() => undefined);
    await client.end();
  }
}

async function ensureRoles(client: pg.Client, roles: string[], secret: string): Promise<void> {
  for (const role of roles) {
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(rolePassword(secret, role))}`;
    await client.query(`${rowCount ? 'ALTER' : 'CREATE'} ROLE ${ident(role)} WITH ${attributes}`);
  }
}

/**
 * Hands a schema made before the owner role existed (objects owned by the administrator) to the owner, so its
 * migrations can alter them.
 */
async function handOverSchema(client: pg.Client, schema: string): Promise<void> {
  const { rows } = await client.query<{ statement: string }>(
    `SELECT format('ALTER %s %I.%I OWNER TO %I',
              CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
              n.nspname, c.relname, $2::text) AS statement
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = $2)
        AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
     UNION ALL
     SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, $2::text)
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1 AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = $2)
     UNION ALL
     SELECT format('ALTER TYPE %I.%I OWNER TO %I', n.nspname, t.typname, $2::text)
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0
        AND t.typowner <> (SELECT oid FROM pg_roles WHERE rolname = $2)`,
    [schema, OWNER_ROLE],
  );
  for (const { statement } of rows) await client.query(statement);
}

/**
 * Creates (or updates) the owner and subgraph roles with their derived passwords, and in the hub's database
 * each subgraph schema owned by the owner role, with the right to connect. Idempotent: runs at every start.
 */
export async function provisionRoles(options: ProvisionOptions): Promise<void> {
  // One lock for roles (cluster-wide) and grants on the database: processes starting together (one per
  // subgraph, or parallel test files) would otherwise update the same catalogue rows at once.
  await withProvisioningLock(options.adminUrl, async (lockHolder) => {
    await ensureRoles(lockHolder, [OWNER_ROLE, ...options.schemas.map(subgraphRole)], options.secret);
    await provisionDatabase(options);
  });
}

async function provisionDatabase(options: ProvisionOptions): Promise<void> {
  const client = new pg.Client({ connectionString: options.adminUrl });
  await client.connect();
  try {
    const database = ident(databaseNameOf(options.adminUrl));
    // Schemas are made here, by the administrator; the owner needs no right to create anything else.
    await client.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${ident(OWNER_ROLE)}`);
    for (const schema of options.schemas) {
      await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${ident(subgraphRole(schema))}`);
      for (const owned of provisionedSchemas([schema])) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(owned)} AUTHORIZATION ${ident(OWNER_ROLE)}`);
        await client.query(`ALTER SCHEMA ${ident(owned)} OWNER TO ${ident(OWNER_ROLE)}`);
        await handOverSchema(client, owned);
      }
    }
  } finally {
    await client.end();
  }
}

/**
 * Subgraphs whose role may read (SELECT only) every other subgraph's outbox, and nothing else of theirs: the
 * notifications fan-out, which turns the `notify` events each source raises into notifications.
 */
export const OUTBOX_READERS: readonly string[] = ['notifications'];

/**
 * SELECT on outboxes for the readers: granted whichever migrates last, the source or the reader (processes of a
 * split deployment migrate in any order), and only to reader roles that exist.
 */
async function grantOutboxReaders(manager: EntityManager, schema: string, hasOutbox: boolean): Promise<void> {
  const existing = async (role: string) =>
    ((await manager.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])) as unknown[]).length > 0;
  const grant = async (source: string, reader: string) => {
    await manager.query(`GRANT USAGE ON SCHEMA ${ident(source)} TO ${ident(subgraphRole(reader))}`);
    await manager.query(`GRANT SELECT ON ${ident(source)}.outbox_event TO ${ident(subgraphRole(reader))}`);
  };
  if (hasOutbox) {
    for (const reader of OUTBOX_READERS) {
      if (reader !== schema && (await existing(subgraphRole(reader)))) await grant(schema, reader);
    }
  }
  if (OUTBOX_READERS.includes(schema)) {
    const sources = (await manager.query(
      `SELECT t.schemaname FROM pg_tables t JOIN pg_namespace n ON n.nspname = t.schemaname
        WHERE t.tablename = 'outbox_event' AND t.schemaname <> $1 AND pg_has_role(current_user, n.nspowner, 'USAGE')`,
      [schema],
    )) as Array<{ schemaname: string }>;
    for (const { schemaname } of sources) await grant(schemaname, schema);
  }
}

/**
 * Run by the owner after the migrations: the subgraph's role may use the schema, read and write its tables and
 * sequences, never the migrations table, and only INSERT and SELECT on the audit and outbox tables.
 */
export async function grantSubgraphAccess(owner: DataSource, schema: string, role: string): Promise<void> {
  const s = ident(schema);
  const r = ident(role);
  await owner.transaction(async (manager) => {
    await manager.query(`REVOKE ALL ON SCHEMA ${s} FROM PUBLIC`);
    await manager.query(`GRANT USAGE ON SCHEMA ${s} TO ${r}`);
    await manager.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM ${r}`);
    await manager.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`);
    await manager.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`);
    // A schema's functions are revoked from PUBLIC where they run as their owner; its own role may call them.
    await manager.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${s} TO ${r}`);
    const tables = (await manager.query(`SELECT tablename FROM pg_tables WHERE schemaname = $1`, [schema])) as Array<{
      tablename: string;
    }>;
    const names = new Set(tables.map((table) => table.tablename));
    if (names.has('migrations')) await manager.query(`REVOKE ALL ON ${s}.migrations FROM ${r}`);
    if (names.has('audit_record')) {
      await manager.query(`REVOKE ALL ON ${s}.audit_record FROM ${r}`);
      await manager.query(`GRANT SELECT, INSERT ON ${s}.audit_record TO ${r}`);
    }
    // The outbox only grows at run time, like the audit trail: events are appended with their change and read.
    if (names.has('outbox_event')) {
      await manager.query(`REVOKE ALL ON ${s}.outbox_event FROM ${r}`);
      await manager.query(`GRANT SELECT, INSERT ON ${s}.outbox_event TO ${r}`);
    }
    await grantSharedReads(manager, schema, role);
    await grantOutboxReaders(manager, schema, names.has('outbox_event'));
    const companion = COMPANION_SCHEMAS[schema];
    if (companion) {
      // The library's tables are written at run time (its jobs); its migrations run as the owner, like ours.
      const c = ident(companion);
      await manager.query(`REVOKE ALL ON SCHEMA ${c} FROM PUBLIC`);
      await manager.query(`GRANT USAGE ON SCHEMA ${c} TO ${r}`);
      await manager.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${c} TO ${r}`);
      await manager.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${c} TO ${r}`);
      await manager.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${c} TO ${r}`);
    }
  });
}

/**
 * SELECT on the tables every subgraph reads (SHARED_READS), and USAGE on their schema. Subgraphs migrate in any
 * order (one process each, or together), so both sides grant: a reader once the shared table exists, and the
 * owning subgraph to every subgraph role that exists already when it creates the table.
 */
async function grantSharedReads(manager: EntityManager, schema: string, role: string): Promise<void> {
  for (const shared of SHARED_READS) {
    const [exists] = (await manager.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [
      `${ident(shared.schema)}.${ident(shared.table)}`,
    ])) as Array<{ present: boolean }>;
    if (!exists?.present) continue;
    let readers: string[];
    if (shared.schema === schema) {
      const rows = (await manager.query(
        `SELECT rolname FROM pg_roles WHERE rolname LIKE 'dibao\\_%' AND rolname NOT IN ($1, $2)`,
        [OWNER_ROLE, role],
      )) as Array<{ rolname: string }>;
      readers = rows
        .map((row) => row.rolname)
        .filter((name) => !shared.readers || shared.readers.some((reader) => subgraphRole(reader) === name));
    } else if (readsShared(shared, schema)) {
      readers = [role];
    } else {
      continue;
    }
    for (const reader of readers) {
      await manager.query(`GRANT USAGE ON SCHEMA ${ident(shared.schema)} TO ${ident(reader)}`);
      await manager.query(`GRANT SELECT ON ${ident(shared.schema)}.${ident(shared.table)} TO ${ident(reader)}`);
    }
  }
}

/**
 * Refuses a run-time connection with more rights than a subgraph needs: a superuser, a role that bypasses row
 * security, or the owner of the schema (which could drop the audit table's triggers).
 */
export async function assertLeastPrivilege(dataSource: DataSource, schema: string): Promise<void> {
  const [row] = (await dataSource.query(
    `SELECT r.rolname AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
            coalesce(pg_has_role(current_user, n.nspowner, 'USAGE'), false) AS owner
       FROM pg_roles r LEFT JOIN pg_namespace n ON n.nspname = $1
      WHERE r.rolname = current_user`,
    [schema],
  )) as Array<{ role: string; superuser: boolean; bypass: boolean; owner: boolean }>;
  if (!row) throw new Error(`${schema}: cannot read the connection's own role`);
  const problem = row.superuser
    ? 'is a superuser'
    : row.bypass
      ? 'bypasses row-level security'
      : row.owner
        ? `owns the schema "${schema}" (give migrations their own owner role)`
        : undefined;
  if (problem) {
    throw new Error(
      `The ${schema} subgraph would connect as "${row.role}", which ${problem}; it must connect as a role of its own ` +
        `with rights on its schema only (see DATABASE_URL_${schema.toUpperCase()} in the README)`,
    );
  }
}
