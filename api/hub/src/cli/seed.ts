import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { loadDemoData } from '../demo.js';
import { openSubgraphDataSources } from '../runtime.js';

// `pnpm db:seed`: migrations, then the demo data (HUB_DEMO=qinghai|national) where a subgraph is still empty.
const log = (line: string) => console.log(`[seed] ${line}`);
const config = await loadConfig();
const database = await openDatabase(config.databaseUrl, config.dataDir, log);
try {
  const dataSources = await openSubgraphDataSources(database.url, config.services, log, config);
  await loadDemoData(dataSources, config.demo === 'none' ? 'qinghai' : config.demo, log);
  for (const dataSource of dataSources.values()) await dataSource.destroy();
} finally {
  await database.stop();
}
