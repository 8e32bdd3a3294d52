import path from 'node:path';
import { configureAuditKey } from '@dibao/db';
import { DEFAULT_MAX_BODY_BYTES, subgraphNames } from '@dibao/gateway';
import { REPO_ROOT } from './repo-root.js';
import { ConfigError, loadSecret, SECRETS } from './secrets.js';

export { ConfigError } from './secrets.js';

export { REPO_ROOT };

export type DemoScope = 'qinghai' | 'national' | 'none';

export interface HubConfig {
  dataDir: string;
  host: string;
  hubPort: number;
  /** Where the static transparency site is served; null turns it off (HUB_SITE_PORT=off). */
  sitePort: number | null;
  /** External server; absent means the embedded one under dataDir. */
  databaseUrl: string | undefined;
  /** Which services this process runs: 'gateway' and/or subgraph names. */
  services: Set<string>;
  /** Where each subgraph listens (or, for a gateway-only process, where to reach it). */
  subgraphUrls: Record<string, string>;
  subgraphPorts: Record<string, number>;
  gatewaySecret: string;
  jwtSecret: string;
  /** AES-256-GCM key sealing complainants' personal data (32 bytes, base64). */
  complaintsEncryptionKey: string;
  /** HMAC key of the audit chains (the database never holds it). */
  auditKey: string;
  /** HMAC-SHA-256 key of the pseudonyms monitoring stores instead of resident ID numbers. */
  monitoringPseudonymKey: string;
  /** Ed25519 private key (PEM) signing the audit checkpoints every release publishes. */
  checkpointKey: string;
  /** Run-time URLs of subgraphs an administrator provides (DATABASE_URL_<NAME>). */
  subgraphDatabaseUrls: Record<string, string>;
  /** Passwords of the roles the hub provisions derive from it; undefined when none are provisioned. */
  databaseRoleSecret: string | undefined;
  production: boolean;
  demo: DemoScope;
  /** Largest request body the gateway accepts, in bytes (HUB_MAX_BODY_BYTES); larger ones are refused with 413. */
  maxBodyBytes: number;
}

function wholeNumberFrom(value: string | undefined, fallback: number, name: string, max: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0 || number > max)
    throw new ConfigError(`${name} must be a whole number from 1 to ${max}, got "${value}"`);
  return number;
}

function portFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`${name} must be a port number, got "${value}"`);
  return port;
}

/**
 * Hands the secrets that subgraphs read from the environment (rather than from the hub's options) to them:
 * the same process may run any subset of subgraphs, and a subgraph process of its own reads the same variables.
 */
function exportSubgraphSecrets(config: HubConfig, env: NodeJS.ProcessEnv = process.env): void {
  env.COMPLAINTS_ENCRYPTION_KEY = config.complaintsEncryptionKey;
  env.HUB_AUDIT_KEY = config.auditKey;
  env.MONITORING_PSEUDONYM_KEY = config.monitoringPseudonymKey;
  if (config.databaseRoleSecret) env.HUB_DB_ROLE_SECRET = config.databaseRoleSecret;
  configureAuditKey(config.auditKey);
}

export async function loadConfig(env: NodeJS.ProcessEnv = process.env): Promise<HubConfig> {
  const production = env.NODE_ENV === 'production';
  const dataDir = path.resolve(env.HUB_DATA_DIR ?? path.join(REPO_ROOT, '.data'));
  const host = env.HUB_HOST ?? '127.0.0.1';
  const hubPort = portFrom(env.HUB_PORT, 4000, 'HUB_PORT');
  const known = ['gateway', ...subgraphNames];
  const services = new Set(
    (env.HUB_SERVICES ?? known.join(','))
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  );
  for (const service of services) {
    if (!known.includes(service))
      throw new ConfigError(`HUB_SERVICES: unknown service "${service}" (known: ${known.join(', ')})`);
  }
  const subgraphPorts: Record<string, number> = {};
  const subgraphUrls: Record<string, string> = {};
  subgraphNames.forEach((name, index) => {
    const variable = `SUBGRAPH_${name.toUpperCase()}`;
    subgraphPorts[name] = portFrom(
      env[`${variable}_PORT`],
      hubPort === 0 ? 0 : hubPort + 1 + index,
      `${variable}_PORT`,
    );
    subgraphUrls[name] = env[`${variable}_URL`] ?? `http://${host}:${subgraphPorts[name]}/graphql`;
  });
  const demo = (env.HUB_DEMO ?? 'qinghai') as DemoScope;
  if (!['qinghai', 'national', 'none'].includes(demo))
    throw new ConfigError(`HUB_DEMO must be qinghai, national or none`);
  const subgraphDatabaseUrls: Record<string, string> = {};
  for (const name of subgraphNames) {
    const url = env[`DATABASE_URL_${name.toUpperCase()}`];
    if (url) subgraphDatabaseUrls[name] = url;
  }
  // Roles are provisioned (and their secret needed) for every subgraph here without a URL of its own.
  const provisions = subgraphNames.some((name) => services.has(name) && !subgraphDatabaseUrls[name]);
  const secret = (spec: (typeof SECRETS)[keyof typeof SECRETS]) => loadSecret(env, spec, dataDir, production);
  const sitePort =
    env.HUB_SITE_PORT === 'off' ? null : portFrom(env.HUB_SITE_PORT, hubPort === 0 ? 0 : hubPort + 80, 'HUB_SITE_PORT');
  const config: HubConfig = {
    dataDir,
    host,
    hubPort,
    sitePort,
    databaseUrl: env.DATABASE_URL || undefined,
    services,
    subgraphUrls,
    subgraphPorts,
    gatewaySecret: await secret(SECRETS.gateway),
    jwtSecret: await secret(SECRETS.jwt),
    complaintsEncryptionKey: await secret(SECRETS.complaintsEncryption),
    auditKey: await secret(SECRETS.audit),
    checkpointKey: await secret(SECRETS.checkpoint),
    monitoringPseudonymKey: await secret(SECRETS.monitoringPseudonym),
    subgraphDatabaseUrls,
    databaseRoleSecret: provisions || !production ? await secret(SECRETS.databaseRoles) : undefined,
    production,
    demo,
    // It can only be lowered: subgraphs refuse bodies over twice the default.
    maxBodyBytes: wholeNumberFrom(
      env.HUB_MAX_BODY_BYTES,
      DEFAULT_MAX_BODY_BYTES,
      'HUB_MAX_BODY_BYTES',
      DEFAULT_MAX_BODY_BYTES,
    ),
  };
  exportSubgraphSecrets(config, env);
  return config;
}
