import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from '@dibao/db';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the server the suite runs on; each test file creates its own databases there. */
    adminDatabaseUrl: string;
  }
}

let server: RunningPostgres | undefined;

/** One real PostgreSQL for the whole run, and the environment the subgraphs expect: DATABASE_URL when set, otherwise a throwaway embedded cluster. */
export async function setup(project: TestProject) {
  // Workers inherit the environment: the complaints subgraph seals personal data with this key.
  process.env.COMPLAINTS_ENCRYPTION_KEY ??= randomBytes(32).toString('base64');
  // The audit chains' HMAC key, and the secret the passwords of the subgraph roles derive from: one per run, so
  // every worker provisions and connects with the same roles (they are cluster-wide).
  process.env.HUB_AUDIT_KEY ??= randomBytes(32).toString('base64url');
  // The monitoring subgraph pseudonymises ID numbers with this key (a hub in production mode refuses to start without it).
  process.env.MONITORING_PSEUDONYM_KEY ??= randomBytes(32).toString('base64url');
  process.env.HUB_DB_ROLE_SECRET ??= randomBytes(32).toString('base64url');
  if (process.env.DATABASE_URL) {
    project.provide('adminDatabaseUrl', process.env.DATABASE_URL);
    return;
  }
  const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'dibao-test-')), 'postgres');
  server = await startEmbeddedPostgres({ dataDir, persistent: false });
  project.provide('adminDatabaseUrl', server.url);
}

export async function teardown() {
  await server?.stop();
}
