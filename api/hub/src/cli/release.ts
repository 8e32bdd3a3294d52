import { subgraphNames } from '@dibao/gateway';
import { loadConfig } from '../config.js';
import { openDatabase, type HubDatabase } from '../database.js';
import { loadDemoData } from '../demo.js';
import { releaseTokens, writeRelease } from '../release/index.js';
import { startHubRuntime, type HubRuntime } from '../runtime.js';

/*
 * `pnpm release`: database, migrations, the demo data if the database is empty, the subgraphs and the gateway
 * on free ports; then the release is read through that gateway and written to <HUB_DATA_DIR>/releases/.
 * With RELEASE_GATEWAY_URL it reads through a gateway that is already running instead (same HUB_JWT_SECRET).
 */
const log = (line: string) => console.log(`[release] ${line}`);

async function main(): Promise<void> {
  const config = await loadConfig();
  const tokens = releaseTokens(config.jwtSecret);
  const external = process.env.RELEASE_GATEWAY_URL;
  let database: HubDatabase | undefined;
  let runtime: HubRuntime | undefined;
  try {
    let gatewayUrl: string;
    if (external) {
      gatewayUrl = external;
      log(`reading through the running gateway ${gatewayUrl}`);
    } else {
      database = await openDatabase(config.databaseUrl, config.dataDir, log);
      runtime = await startHubRuntime({
        ...config,
        // Every service in this process: the release needs the whole supergraph.
        services: new Set(['gateway', ...subgraphNames]),
        // Free ports: the release must not collide with a hub serving on the usual ones.
        hubPort: 0,
        subgraphPorts: {},
        databaseUrl: database.url,
        log,
      });
      await loadDemoData(runtime.dataSources, config.demo, log);
      gatewayUrl = runtime.gateway!.url;
      log(`gateway ${gatewayUrl}`);
    }
    const release = await writeRelease({ gatewayUrl, token: tokens, dataDir: config.dataDir, log });
    const datasets = release.manifest.datasets;
    log(
      `version ${release.version}: ${datasets.length} datasets, ${datasets.reduce((sum, dataset) => sum + dataset.rows, 0)} rows, ` +
        `${datasets.reduce((sum, dataset) => sum + dataset.suppressedCells, 0)} cells suppressed`,
    );
    log(`release: ${release.path}`);
  } finally {
    await runtime?.stop().catch((error: unknown) => console.error(error));
    await database?.stop().catch((error: unknown) => console.error(error));
  }
}

try {
  await main();
} catch (error) {
  console.error(`[release] failed: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG) console.error(error);
  process.exit(1);
}
