import pg from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { Logger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import { schemaOf } from './data-source.js';
import { COMPANION_SCHEMAS } from './roles.js';

/*
 * The job queue of a subgraph that runs work on a schedule or later (notifications: deadlines, deliveries and
 * digests; monitoring: the daily process rules): graphile-worker in the subgraph's companion schema
 * (`<subgraph>_jobs`, COMPANION_SCHEMAS). Jobs are rows, so they survive a restart, and graphile-worker locks each
 * one, so several hub processes run it once; a cron item is planned once per period across processes.
 */

/** The job queue's schema of a subgraph. */
export function jobSchemaOf(subgraph: string): string {
  const schema = COMPANION_SCHEMAS[subgraph];
  if (!schema) throw new Error(`the ${subgraph} subgraph has no job queue (COMPANION_SCHEMAS)`);
  return schema;
}

/** graphile-worker's log, warnings and errors only, into the hub's log (its default writes every job out). */
export function jobQueueLogger(subgraph: string, log: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') log(`${subgraph} job queue: ${message}`);
  });
}

/**
 * The migration's body: installs graphile-worker in the subgraph's companion schema, as the owner like every
 * migration, so the run-time role owns none of its tables. graphile-worker's own migrations run on their own
 * connection (they commit on their own and are idempotent); a later graphile-worker with new migrations needs a
 * migration that runs this again.
 */
export async function installJobQueue(queryRunner: QueryRunner): Promise<void> {
  const subgraph = schemaOf(queryRunner.connection);
  const schema = jobSchemaOf(subgraph);
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
    await runMigrations({ pgPool: pool, schema, logger: jobQueueLogger(subgraph, () => undefined) });
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

/** The migration's undoing: the companion schema goes with its jobs. */
export async function dropJobQueue(queryRunner: QueryRunner): Promise<void> {
  const schema = COMPANION_SCHEMAS[schemaOf(queryRunner.connection)];
  if (schema) await queryRunner.query(`DROP SCHEMA "${schema}" CASCADE`);
}

export interface JobRunnerOptions {
  taskList: TaskList;
  /** graphile-worker crontab lines; none when empty. */
  crontab?: string;
  log: (line: string) => void;
  pollInterval?: number;
  concurrency?: number;
}

/** graphile-worker's runner for this process, connected as the subgraph's run-time role. */
export function startJobRunner(dataSource: DataSource, options: JobRunnerOptions): Promise<Runner> {
  const subgraph = schemaOf(dataSource);
  const { url } = dataSource.options as { url: string };
  return run({
    connectionString: url,
    schema: jobSchemaOf(subgraph),
    concurrency: options.concurrency ?? 2,
    maxPoolSize: 4,
    pollInterval: options.pollInterval ?? 1_000,
    noHandleSignals: true,
    taskList: options.taskList,
    ...(options.crontab ? { crontab: options.crontab } : {}),
    logger: jobQueueLogger(subgraph, options.log),
  });
}

export type { Runner as JobRunner, Task as JobTask, TaskList as JobTaskList } from 'graphile-worker';
