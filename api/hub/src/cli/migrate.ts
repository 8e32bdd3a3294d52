import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { openSubgraphDataSources } from '../runtime.js';

// `pnpm db:migrate`: applies pending migrations of every subgraph (or those in HUB_SERVICES) and exits.
const log = (line: string) => console.log(`[migrate] ${line}`);
const config = await loadConfig();
const database = await openDatabase(config.databaseUrl, config.dataDir, log);
try {
  const dataSources = await openSubgraphDataSources(database.url, config.services, log, config);
  for (const dataSource of dataSources.values()) await dataSource.destroy();
  log(`schemas up to date: ${[...dataSources.keys()].join(', ')}`);
} finally {
  await database.stop();
}
