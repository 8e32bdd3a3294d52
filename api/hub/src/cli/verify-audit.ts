import { verifyAuditChain } from '@dibao/db';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { openSubgraphDataSources } from '../runtime.js';

// `pnpm audit:verify`: recomputes every subgraph's audit hash chain; exits 1 at the first broken record.
const log = (line: string) => console.log(`[audit] ${line}`);
const config = await loadConfig();
const database = await openDatabase(config.databaseUrl, config.dataDir, log);
let broken = 0;
try {
  const dataSources = await openSubgraphDataSources(database.url, config.services, () => undefined, config);
  for (const [schema, dataSource] of dataSources) {
    const result = await verifyAuditChain(dataSource, schema);
    if (result.ok) log(`${schema}: ${result.records} records, chain intact`);
    else {
      broken += 1;
      log(
        `${schema}: BROKEN at record ${result.firstBroken?.seq}: ${result.firstBroken?.reason} (${result.records} good records before it)`,
      );
    }
    await dataSource.destroy();
  }
} finally {
  await database.stop();
}
process.exit(broken > 0 ? 1 : 0);
