import type { DataSource } from 'typeorm';
import { subgraphNames } from '@dibao/gateway';
import { loadConfig } from '../config.js';
import { openDatabase, type HubDatabase } from '../database.js';
import { loadDemoData } from '../demo.js';
import { releaseTokens, writeRelease } from '../release/index.js';
import { openSubgraphDataSources, startHubRuntime, type HubRuntime } from '../runtime.js';

/*
 * `pnpm release`: database, migrations, the demo data if the database is empty, the subgraphs and the gateway
 * on free ports; then the release is read through that gateway and written to <HUB_DATA_DIR>/releases/.
 * With RELEASE_GATEWAY_URL it reads through a gateway that is already running instead (same HUB_JWT_SECRET).
 * Either way it reads the heads of the audit chains from the database and publishes them signed.
 */
const log = (line: string) => console.log(`[release] ${line}`);

async function main(): Promise<void> {
  const config = await loadConfig();
  const tokens = releaseTokens(config.jwtSecret);
  const external = process.env.RELEASE_GATEWAY_URL;
  let database: HubDatabase | undefined;
  let runtime: HubRuntime | undefined;
  let chains: Map<string, DataSource> | undefined;
  try {
    let gatewayUrl: string;
    database = await openDatabase(config.databaseUrl, config.dataDir, log, { attach: true });
    if (external) {
      gatewayUrl = external;
      log(`reading through the running gateway ${gatewayUrl}`);
      chains = await openSubgraphDataSources(database.url, new Set(subgraphNames), log, config);
    } else {
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
      chains = runtime.dataSources;
      log(`gateway ${gatewayUrl}`);
    }
    const release = await writeRelease({
      gatewayUrl,
      gatewaySecret: config.gatewaySecret,
      token: tokens,
      dataDir: config.dataDir,
      audit: { dataSources: chains, checkpointKey: config.checkpointKey },
      log,
    });
    const datasets = release.manifest.datasets;
    log(
      `version ${release.version}: ${datasets.length} datasets, ${datasets.reduce((sum, dataset) => sum + dataset.rows, 0)} rows, ` +
        `${datasets.reduce((sum, dataset) => sum + dataset.suppressedCells, 0)} cells suppressed`,
    );
    log(`release: ${release.path}`);
  } finally {
    if (!runtime) await Promise.all([...(chains?.values() ?? [])].map((dataSource) => dataSource.destroy()));
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
