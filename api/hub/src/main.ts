// First, before anything else loads: refuse an older Node with a message that says what is needed.
import './require-node.js';
import { loadConfig } from './config.js';
import { openDatabase } from './database.js';
import { loadDemoData } from './demo.js';
import { startPublicSite, type RunningSite } from './public-site.js';
import { startHubRuntime } from './runtime.js';
import { scriptCommand } from './commands.js';

const log = (line: string) => console.log(`[hub] ${line}`);

/** `pnpm start`: database, migrations, demo data once, subgraphs and gateway; Ctrl-C stops it all. */
async function main() {
  const config = await loadConfig();
  const runsSubgraphs = [...config.services].some((service) => service !== 'gateway');
  const database = runsSubgraphs ? await openDatabase(config.databaseUrl, config.dataDir, log) : undefined;
  let runtime: Awaited<ReturnType<typeof startHubRuntime>> | undefined;
  let site: RunningSite | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ...`);
    await site?.stop().catch((error: unknown) => console.error(error));
    await runtime?.stop().catch((error: unknown) => console.error(error));
    await database?.stop().catch((error: unknown) => console.error(error));
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    runtime = await startHubRuntime({ ...config, databaseUrl: database?.url ?? '', log });
    await loadDemoData(runtime.dataSources, config.demo, log);
  } catch (error) {
    console.error(error);
    await runtime?.stop().catch(() => undefined);
    await database?.stop();
    process.exit(1);
  }
  for (const subgraph of runtime.subgraphs) log(`subgraph ${subgraph.name}: ${subgraph.url}`);
  if (runtime.gateway) {
    log(`GraphQL API (gateway): ${runtime.gateway.url}`);
    log(`Mint a token: ${scriptCommand('dev-token', '--region 630102 --agency CIVIL_AFFAIRS --role REPORTER')}`);
    if (config.sitePort !== null) {
      try {
        site = await startPublicSite(config, runtime.gateway.url, runtime.dataSources, log);
        log(`Transparency site (release ${site.version}): ${site.url}`);
      } catch (error) {
        // The API stays up: the site is rebuilt from the releases on the next start.
        log(`The transparency site could not be built: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  log('Ready. Ctrl-C stops everything.');
}

await main();
