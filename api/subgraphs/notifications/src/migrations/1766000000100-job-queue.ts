import pg from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runMigrations } from 'graphile-worker';
import { COMPANION_SCHEMAS, schemaOf } from '@dibao/db';
import { quietLogger } from '../services/worker-logger.js';

/*
 * The deadline job queue (graphile-worker) in the companion schema `notifications_jobs`, installed by the owner
 * like every migration, so the run-time role owns none of its tables. graphile-worker's own migrations run on their
 * own connection (they commit on their own and are idempotent); a later graphile-worker with new migrations needs
 * a migration here that runs them again.
 */
export class JobQueue1766000000100 implements MigrationInterface {
  name = 'JobQueue1766000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = COMPANION_SCHEMAS[schemaOf(queryRunner.connection)];
    if (!schema) throw new Error('the job queue belongs to the notifications subgraph');
    const { url } = queryRunner.connection.options as { url: string };
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    try {
      // graphile-worker's own bootstrap starts with CREATE SCHEMA IF NOT EXISTS, which needs the right to create
      // schemas in the database even when the schema exists; the owner has not got it (the administrator made the
      // schema). Its bootstrap's table, made here, lets it go on to its migrations.
      await pool.query(`CREATE TABLE IF NOT EXISTS "${schema}".migrations (
        id int PRIMARY KEY, ts timestamptz DEFAULT now() NOT NULL, breaking boolean NOT NULL DEFAULT false)`);
      await runMigrations({ pgPool: pool, schema, logger: quietLogger(() => undefined) });
      // Its private tables have row-level security without policies (only their owner passes): the run-time role
      // is let through; nobody else may even use the schema (see grantSubgraphAccess).
      const secured = (
        await pool.query(
          `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relrowsecurity
            AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'run_time_role')`,
          [schema],
        )
      ).rows as Array<{ relname: string }>;
      for (const { relname } of secured) {
        await pool.query(
          `CREATE POLICY run_time_role ON "${schema}"."${relname}" TO PUBLIC USING (true) WITH CHECK (true)`,
        );
      }
    } finally {
      await pool.end();
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = COMPANION_SCHEMAS[schemaOf(queryRunner.connection)];
    if (schema) await queryRunner.query(`DROP SCHEMA "${schema}" CASCADE`);
  }
}
