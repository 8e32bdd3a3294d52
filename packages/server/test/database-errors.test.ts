import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeErrorForLog } from '@dibao/db';
import { isDatabaseUnavailable } from '../src/database-unavailable.js';
import { freshDatabase } from '../../../test/support/database.js';

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const dataSourceFor = (url: string) => new DataSource({ type: 'postgres', url, connectTimeoutMS: 2_000 });

describe('errors of a real PostgreSQL, through TypeORM', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let reachable: DataSource;

  beforeAll(async () => {
    database = await freshDatabase('database_errors');
    reachable = await dataSourceFor(database.url).initialize();
  });
  afterAll(async () => {
    await reachable?.destroy();
    await database?.drop();
  });

  it('count a refused connection as the database being unavailable', async () => {
    const url = `postgres://postgres:x@127.0.0.1:${await closedPort()}/postgres`;
    const error = await dataSourceFor(url)
      .initialize()
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('count a connection the server ends as unavailable (57P01 from pg_terminate_backend)', async () => {
    const victim = await dataSourceFor(database.url).initialize();
    try {
      const [{ pid }] = (await victim.query('SELECT pg_backend_pid() AS pid')) as [{ pid: number }];
      const running = victim.query('SELECT pg_sleep(10)').then(
        () => undefined,
        (caught: unknown) => caught,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      await reachable.query('SELECT pg_terminate_backend($1)', [pid]);
      expect(isDatabaseUnavailable(await running)).toBe(true);
    } finally {
      await victim.destroy().catch(() => undefined);
    }
  });

  it('count every later statement of a transaction whose connection died as unavailable', async () => {
    const victim = await dataSourceFor(database.url).initialize();
    const seen: unknown[] = [];
    try {
      await victim
        .transaction(async (manager) => {
          const [{ pid }] = (await manager.query('SELECT pg_backend_pid() AS pid')) as [{ pid: number }];
          await reachable.query('SELECT pg_terminate_backend($1)', [pid]);
          await new Promise((resolve) => setTimeout(resolve, 200));
          for (let statement = 0; statement < 3; statement += 1) {
            await manager.query('SELECT 1').catch((caught: unknown) => seen.push(caught));
          }
        })
        .catch((caught: unknown) => seen.push(caught));
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.map((error) => (error as Error).name)).toContain('QueryRunnerProviderAlreadyReleasedError');
      for (const error of seen) expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    } finally {
      await victim.destroy().catch(() => undefined);
    }
  });

  it('do not count errors of a query itself', async () => {
    for (const statement of ['SELECT * FROM no_such_table', "SELECT 'x'::int", 'SELECT 1/0']) {
      const error = await reachable.query(statement).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error, statement).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(error), statement).toBe(false);
    }
  });

  it('are logged without the values that travelled with them', async () => {
    const secret = 'SECRET-VALUE-13800000000';
    const error = await reachable.query('SELECT $1::int', [secret]).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    // The raw error carries the value twice: in its message and in its parameters.
    expect(JSON.stringify(error) + String((error as Error).message)).toContain(secret);
    const logged = describeErrorForLog(error);
    expect(logged).not.toContain(secret);
    expect(logged).toMatch(/^QueryFailedError: invalid input syntax for type integer: "…" \(code 22P02\)/);
  });
});
