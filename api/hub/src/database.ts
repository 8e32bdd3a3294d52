import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from '@dibao/db';

export interface HubDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'dibao';

/** DATABASE_URL when given; otherwise the embedded server under the data directory (reused across starts). */
export async function openDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
  log: (line: string) => void,
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
  });
  log(`Embedded PostgreSQL on port ${server.port} (data in ${server.dataDir})`);
  const url = withDatabase(server.url, DATABASE_NAME);
  await ensureDatabase(url);
  return { url, embedded: true, stop: server.stop };
}
