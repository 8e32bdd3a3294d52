// First, before anything else loads: refuse an older Node with a message that says what is needed.
import './require-node.js';
import { loadConfig } from './config.js';
import { openDatabase } from './database.js';
import { loadDemoData } from './demo.js';
import { startPublicSite, type RunningSite } from './public-site.js';
import { startHubRuntime } from './runtime.js';
import { scriptCommand } from './commands.js';
import { GRAPHIQL_TOKEN_COOKIE, startDevIdentity, type DevIdentity } from './dev-identity.js';

const log = (line: string) => console.log(`[hub] ${line}`);

/**
 * The embedded development identity provider: in development, when no provider is configured
 * (HUB_OIDC_ISSUER), on HUB_DEV_IDP_PORT (default: the hub's port + 90). HUB_DEV_IDP=off turns it off; it needs
 * a fixed hub port (its callback is the gateway's /auth/callback).
 */
async function maybeStartDevIdentity(config: Awaited<ReturnType<typeof loadConfig>>): Promise<DevIdentity | undefined> {
  if (config.production || config.oidc || process.env.HUB_DEV_IDP === 'off' || config.hubPort === 0) return undefined;
  if (!config.services.has('gateway') || !config.services.has('registry')) return undefined;
  const port = Number(process.env.HUB_DEV_IDP_PORT || config.hubPort + 90);
  return startDevIdentity({ host: config.host, port, hubUrl: `http://${config.host}:${config.hubPort}` });
}

/** `pnpm start`: database, migrations, demo data once, subgraphs and gateway; Ctrl-C stops it all. */
async function main() {
  const config = await loadConfig();
  const runsSubgraphs = [...config.services].some((service) => service !== 'gateway');
  const database = runsSubgraphs ? await openDatabase(config.databaseUrl, config.dataDir, log) : undefined;
  let runtime: Awaited<ReturnType<typeof startHubRuntime>> | undefined;
  let site: RunningSite | undefined;
  let devIdentity: DevIdentity | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ...`);
    await site?.stop().catch((error: unknown) => console.error(error));
    await runtime?.stop().catch((error: unknown) => console.error(error));
    await devIdentity?.stop().catch((error: unknown) => console.error(error));
    await database?.stop().catch((error: unknown) => console.error(error));
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    devIdentity = await maybeStartDevIdentity(config);
    runtime = await startHubRuntime({
      ...config,
      databaseUrl: database?.url ?? '',
      log,
      ...(devIdentity
        ? { oidc: devIdentity.oidc, gatewayRoutes: devIdentity.routes, graphiqlTokenCookie: GRAPHIQL_TOKEN_COOKIE }
        : {}),
    });
    await loadDemoData(runtime.dataSources, config.demo, log);
    const registry = runtime.dataSources.get('registry');
    if (devIdentity && registry) {
      const examples = await devIdentity.grantDemoAccounts(registry);
      log(`Development identity provider: ${devIdentity.oidc.issuer} (any password; HUB_DEV_IDP=off turns it off)`);
      log(
        `Sign in to GraphiQL: http://${config.host}:${config.hubPort}/auth/sign-in with a demo account, for example:`,
      );
      for (const { login, name, roles } of examples) log(`  ${login.padEnd(32)} ${name} (${roles.join(', ')})`);
      log('  Demo accounts: <agency kind>.<region code> for every agency, e.g. civil-affairs.630102');
    }
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
