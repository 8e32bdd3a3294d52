import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from '@dibao/db';

export interface HubDatabase {
  /** An administrator's URL of the hub's database: it provisions the roles, nothing serves requests with it. */
  url: string;
  embedded: boolean;
  /** The embedded cluster's data directory (absent for DATABASE_URL). */
  dataDir?: string;
  stop(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Use the embedded server a running hub serves, instead of refusing (commands run beside a hub). */
  attach?: boolean;
}

const DATABASE_NAME = 'dibao';

/** DATABASE_URL when given; otherwise the embedded server under the data directory (reused across starts). */
export async function openDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
  log: (line: string) => void,
  options: OpenDatabaseOptions = {},
): Promise<HubDatabase> {
  if (databaseUrl) {
    await ensureDatabase(databaseUrl);
    return { url: databaseUrl, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    log: (line) => {
      if (/ERROR|FATAL|PANIC/.test(line)) log(`postgres: ${line}`);
    },
    notice: log,
    ...(options.attach ? { attach: true } : {}),
  });
  if (!server.attached) log(`Embedded PostgreSQL on port ${server.port} (data in ${server.dataDir})`);
  const url = withDatabase(server.url, DATABASE_NAME);
  await ensureDatabase(url);
  return { url, embedded: true, dataDir: server.dataDir, stop: server.stop };
}
