import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSigningSecret } from '@dibao/auth';
import { DEFAULT_MAX_BODY_BYTES, subgraphNames } from '@dibao/gateway';
import { REPO_ROOT } from './repo-root.js';

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
  production: boolean;
  demo: DemoScope;
  /** Largest request body the gateway accepts, in bytes (HUB_MAX_BODY_BYTES); larger ones are refused with 413. */
  maxBodyBytes: number;
}

export class ConfigError extends Error {}

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

/** A secret from the environment, or in development one generated once (32 random bytes) and kept under .data/. */
async function secretFrom(
  env: NodeJS.ProcessEnv,
  name: string,
  file: string,
  production: boolean,
  encoding: 'base64' | 'base64url' = 'base64url',
): Promise<string> {
  const configured = env[name];
  if (configured) return configured;
  if (production) throw new ConfigError(`${name} must be set when NODE_ENV=production`);
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString(encoding);
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}

/**
 * Hands the secrets that subgraphs read from the environment (rather than from the hub's options) to them:
 * the same process may run any subset of subgraphs, and a subgraph process of its own reads the same variables.
 */
function exportSubgraphSecrets(config: HubConfig, env: NodeJS.ProcessEnv = process.env): void {
  env.COMPLAINTS_ENCRYPTION_KEY = config.complaintsEncryptionKey;
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
  if (production && !env.HUB_JWT_SECRET) throw new ConfigError('HUB_JWT_SECRET must be set when NODE_ENV=production');
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
    gatewaySecret: await secretFrom(env, 'GATEWAY_SECRET', path.join(dataDir, 'gateway-secret'), production),
    jwtSecret: await loadSigningSecret(path.join(dataDir, 'jwt-signing-secret'), env),
    complaintsEncryptionKey: await secretFrom(
      env,
      'COMPLAINTS_ENCRYPTION_KEY',
      path.join(dataDir, 'complaints-encryption-key'),
      production,
      'base64',
    ),
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
