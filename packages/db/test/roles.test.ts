import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertLeastPrivilege,
  AuditRecord,
  AuditTrail1764000000000,
  createSubgraphDataSource,
  OWNER_ROLE,
  resolveDatabaseAccess,
  roleOf,
  rolePassword,
  subgraphRole,
  urlAsRole,
} from '../src/index.js';
import { freshDatabase, subgraphDataSource } from '../../../test/support/database.js';

/** Two subgraphs' schemas in one database, each opened the way the hub opens it. */
describe('least privilege in PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let alpha: DataSource;
  let beta: DataSource;

  const open = (schema: string) =>
    subgraphDataSource(database.url, { schema, entities: [AuditRecord], migrations: [AuditTrail1764000000000] });

  beforeAll(async () => {
    database = await freshDatabase('roles');
    alpha = await open('alpha');
    beta = await open('beta');
  });

  afterAll(async () => {
    await alpha?.destroy();
    await beta?.destroy();
    await database?.drop();
  });

  const one = async (dataSource: DataSource, sql: string) => ((await dataSource.query(sql)) as any[])[0];

  it('connects each subgraph as its own role, which is no superuser and owns nothing', async () => {
    expect(await one(alpha, 'SELECT current_user AS role')).toEqual({ role: subgraphRole('alpha') });
    expect(await one(beta, 'SELECT current_user AS role')).toEqual({ role: subgraphRole('beta') });
    expect(
      await one(alpha, `SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`),
    ).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false });
    expect(
      await one(alpha, `SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = 'alpha'`),
    ).toEqual({ owner: OWNER_ROLE });
    // The migrations ran as the owner: the tables are the owner's, not the run-time role's.
    expect(
      await one(alpha, `SELECT tableowner FROM pg_tables WHERE schemaname = 'alpha' AND tablename = 'audit_record'`),
    ).toEqual({ tableowner: OWNER_ROLE });
  });

  it("cannot read another subgraph's schema", async () => {
    await expect(alpha.query('SELECT count(*) FROM beta.audit_record')).rejects.toThrow(
      /permission denied for schema beta/,
    );
    await expect(beta.query('SELECT count(*) FROM alpha.audit_record')).rejects.toThrow(
      /permission denied for schema alpha/,
    );
    expect(await one(alpha, 'SELECT count(*)::int AS n FROM alpha.audit_record')).toEqual({ n: 0 });
  });

  it('may only INSERT into and SELECT from its audit table, and cannot touch the migrations or the schema', async () => {
    const privileges = await one(
      alpha,
      `SELECT ${['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']
        .map((privilege) => `has_table_privilege('alpha.audit_record', '${privilege}') AS "${privilege}"`)
        .join(', ')}`,
    );
    expect(privileges).toEqual({
      SELECT: true,
      INSERT: true,
      UPDATE: false,
      DELETE: false,
      TRUNCATE: false,
      REFERENCES: false,
      TRIGGER: false,
    });
    await expect(alpha.query(`UPDATE audit_record SET action = 'X'`)).rejects.toThrow(/permission denied/);
    await expect(alpha.query(`DELETE FROM audit_record`)).rejects.toThrow(/permission denied/);
    await expect(alpha.query(`TRUNCATE audit_record`)).rejects.toThrow(/permission denied/);
    await expect(alpha.query(`SELECT * FROM migrations`)).rejects.toThrow(/permission denied/);
    await expect(alpha.query(`DROP TRIGGER audit_record_append_only ON audit_record`)).rejects.toThrow(/must be owner/);
    await expect(alpha.query(`CREATE TABLE alpha.intruder (id int)`)).rejects.toThrow(/permission denied/);
    await expect(alpha.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
  });

  it('refuses to run a subgraph as a superuser or as the schema owner', async () => {
    const asSuperuser = createSubgraphDataSource({ url: database.url, schema: 'alpha', entities: [], migrations: [] });
    await asSuperuser.initialize();
    await expect(assertLeastPrivilege(asSuperuser, 'alpha')).rejects.toThrow(/is a superuser/);
    await asSuperuser.destroy();
    const secret = process.env.HUB_DB_ROLE_SECRET!;
    const ownerUrl = urlAsRole(database.url, OWNER_ROLE, rolePassword(secret, OWNER_ROLE));
    const asOwner = createSubgraphDataSource({ url: ownerUrl, schema: 'alpha', entities: [], migrations: [] });
    await asOwner.initialize();
    await expect(assertLeastPrivilege(asOwner, 'alpha')).rejects.toThrow(/owns the schema "alpha"/);
    await asOwner.destroy();
  });

  it('asks for one URL per subgraph when DATABASE_URL cannot create roles', async () => {
    const secret = process.env.HUB_DB_ROLE_SECRET!;
    const ownerUrl = urlAsRole(database.url, OWNER_ROLE, rolePassword(secret, OWNER_ROLE));
    await expect(resolveDatabaseAccess(ownerUrl, { schemas: ['alpha', 'beta'] })).rejects.toThrow(
      /DATABASE_URL_ALPHA, DATABASE_URL_BETA/,
    );
    // With them, the given URL is the owner's and nothing is provisioned.
    const alphaUrl = urlAsRole(database.url, subgraphRole('alpha'), rolePassword(secret, subgraphRole('alpha')));
    const access = await resolveDatabaseAccess(ownerUrl, { schemas: ['alpha'], subgraphUrls: { alpha: alphaUrl } });
    expect(roleOf(access.ownerUrl)).toBe(OWNER_ROLE);
    expect(roleOf(access.subgraphUrl('alpha'))).toBe(subgraphRole('alpha'));
    const client = new pg.Client({ connectionString: access.subgraphUrl('alpha') });
    await client.connect();
    expect((await client.query('SELECT current_user AS role')).rows[0]).toEqual({ role: subgraphRole('alpha') });
    await client.end();
  });
});
