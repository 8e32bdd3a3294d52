import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkpointPrivateKey, generateCheckpointKey } from '@dibao/db';

export class ConfigError extends Error {}

/**
 * One secret of the hub: where it is configured, where development keeps a generated one, and what a usable
 * value looks like. Development generates what is missing under the data directory; production
 * (NODE_ENV=production) refuses to start with a development secret: missing, too short, or equal to a
 * generated development file's content (a copied .data/ is not a production key).
 */
export interface SecretSpec {
  variable: string;
  /** File name under the data directory. */
  file: string;
  generate(): string;
  /** Why the value cannot be used, or undefined when it can. */
  problem(value: string): string | undefined;
}

const atLeast = (length: number) => (value: string) =>
  value.length < length ? `must be at least ${length} characters long` : undefined;

const random = (bytes: number, encoding: 'base64' | 'base64url') => () => randomBytes(bytes).toString(encoding);

export const SECRETS = {
  jwt: {
    variable: 'HUB_JWT_SECRET',
    file: 'jwt-signing-secret',
    generate: random(32, 'base64url'),
    problem: atLeast(32),
  },
  gateway: {
    variable: 'GATEWAY_SECRET',
    file: 'gateway-secret',
    generate: random(32, 'base64url'),
    problem: atLeast(32),
  },
  complaintsEncryption: {
    variable: 'COMPLAINTS_ENCRYPTION_KEY',
    file: 'complaints-encryption-key',
    generate: random(32, 'base64'),
    problem: (value: string) =>
      Buffer.from(value, 'base64').length !== 32 ? 'must be 32 bytes in base64 (AES-256)' : undefined,
  },
  monitoringPseudonym: {
    variable: 'MONITORING_PSEUDONYM_KEY',
    file: 'monitoring-pseudonym-key',
    generate: random(32, 'base64url'),
    problem: atLeast(32),
  },
  audit: { variable: 'HUB_AUDIT_KEY', file: 'audit-key', generate: random(32, 'base64url'), problem: atLeast(32) },
  checkpoint: {
    variable: 'HUB_CHECKPOINT_KEY',
    file: 'audit-checkpoint-key.pem',
    generate: () => generateCheckpointKey().privateKey,
    problem: (value: string) => {
      try {
        checkpointPrivateKey(value);
        return undefined;
      } catch {
        return 'must be an Ed25519 private key in PEM (PKCS#8)';
      }
    },
  },
  databaseRoles: {
    variable: 'HUB_DB_ROLE_SECRET',
    file: 'db-role-secret',
    generate: random(32, 'base64url'),
    problem: atLeast(32),
  },
} satisfies Record<string, SecretSpec>;

/** PEM keys in one-line environment variables carry their line breaks as `\n`. */
const normalised = (value: string) => value.replaceAll('\\n', '\n').trim();

async function readDevelopmentFile(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').then(
    (content) => content.trim(),
    () => undefined,
  );
}

export async function loadSecret(
  env: NodeJS.ProcessEnv,
  spec: SecretSpec,
  dataDir: string,
  production: boolean,
): Promise<string> {
  const file = path.join(dataDir, spec.file);
  const configured = env[spec.variable] ? normalised(env[spec.variable]!) : undefined;
  if (configured) {
    const problem = spec.problem(configured);
    if (problem) throw new ConfigError(`${spec.variable} ${problem}`);
    if (production && configured === (await readDevelopmentFile(file))) {
      throw new ConfigError(
        `${spec.variable} is the development secret generated in ${file}: production needs a secret of its own`,
      );
    }
    return configured;
  }
  if (production) throw new ConfigError(`${spec.variable} must be set when NODE_ENV=production`);
  const existing = await readDevelopmentFile(file);
  if (existing) return existing;
  await mkdir(path.dirname(file), { recursive: true });
  // 'wx': when two processes start at once, the first file written wins and both read it.
  await writeFile(file, spec.generate(), { mode: 0o600, flag: 'wx' }).catch(() => undefined);
  return (await readFile(file, 'utf8')).trim();
}
