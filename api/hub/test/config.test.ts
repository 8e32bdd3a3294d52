import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCheckpointKey } from '@dibao/db';
import { subgraphNames } from '@dibao/gateway';
import { loadConfig } from '../src/config.js';

/** Every secret production needs, each fresh and long enough. */
const productionSecrets = () => ({
  HUB_JWT_SECRET: randomBytes(32).toString('base64url'),
  GATEWAY_SECRET: randomBytes(32).toString('base64url'),
  COMPLAINTS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  HUB_AUDIT_KEY: randomBytes(32).toString('base64url'),
  HUB_CHECKPOINT_KEY: generateCheckpointKey().privateKey,
  HUB_DB_ROLE_SECRET: randomBytes(32).toString('base64url'),
  MONITORING_PSEUDONYM_KEY: randomBytes(32).toString('base64url'),
});

describe('configuration of secrets', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'dibao-config-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('generates development secrets once under the data directory and keeps them', async () => {
    const first = await loadConfig({ HUB_DATA_DIR: dataDir });
    const again = await loadConfig({ HUB_DATA_DIR: dataDir });
    for (const key of ['jwtSecret', 'gatewaySecret', 'complaintsEncryptionKey', 'auditKey', 'checkpointKey'] as const) {
      expect(again[key]).toBe(first[key]);
    }
    expect(await readFile(path.join(dataDir, 'audit-key'), 'utf8')).toBe(first.auditKey);
    expect(first.checkpointKey).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(first.databaseRoleSecret).toBe((await readFile(path.join(dataDir, 'db-role-secret'), 'utf8')).trim());
  });

  it('starts in production with secrets of its own', async () => {
    const secrets = productionSecrets();
    const config = await loadConfig({ NODE_ENV: 'production', HUB_DATA_DIR: dataDir, ...secrets });
    expect(config).toMatchObject({
      production: true,
      jwtSecret: secrets.HUB_JWT_SECRET,
      auditKey: secrets.HUB_AUDIT_KEY,
      checkpointKey: secrets.HUB_CHECKPOINT_KEY.trim(),
    });
  });

  for (const variable of Object.keys(productionSecrets()) as Array<keyof ReturnType<typeof productionSecrets>>) {
    it(`refuses production without ${variable}, with a short one, or with the development one`, async () => {
      const { [variable]: _left, ...others } = productionSecrets();
      const env = { NODE_ENV: 'production', HUB_DATA_DIR: dataDir, ...others };
      await expect(loadConfig(env)).rejects.toThrow(`${variable} must be set when NODE_ENV=production`);
      await expect(loadConfig({ ...env, [variable]: 'short' })).rejects.toThrow(new RegExp(`^${variable} must be`));
      // What development generated under .data/ (the first test) is not a production secret.
      const file = {
        HUB_JWT_SECRET: 'jwt-signing-secret',
        GATEWAY_SECRET: 'gateway-secret',
        COMPLAINTS_ENCRYPTION_KEY: 'complaints-encryption-key',
        HUB_AUDIT_KEY: 'audit-key',
        HUB_CHECKPOINT_KEY: 'audit-checkpoint-key.pem',
        HUB_DB_ROLE_SECRET: 'db-role-secret',
        MONITORING_PSEUDONYM_KEY: 'monitoring-pseudonym-key',
      }[variable];
      const development = await readFile(path.join(dataDir, file), 'utf8');
      await expect(loadConfig({ ...env, [variable]: development })).rejects.toThrow(
        `${variable} is the development secret generated in ${path.join(dataDir, file)}`,
      );
    });
  }

  it('needs no role secret in production when an administrator gives every subgraph its own URL', async () => {
    const { HUB_DB_ROLE_SECRET: _none, ...secrets } = productionSecrets();
    const urls = Object.fromEntries(
      subgraphNames.map((name) => [`DATABASE_URL_${name.toUpperCase()}`, `postgres://dibao_${name}:x@db/dibao`]),
    );
    const config = await loadConfig({
      NODE_ENV: 'production',
      HUB_DATA_DIR: dataDir,
      DATABASE_URL: 'postgres://dibao_owner:x@db/dibao',
      ...urls,
      ...secrets,
    });
    expect(config.databaseRoleSecret).toBeUndefined();
    expect(config.subgraphDatabaseUrls.registry).toBe('postgres://dibao_registry:x@db/dibao');
  });
});
