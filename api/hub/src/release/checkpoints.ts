import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import {
  AUDIT_CHECKPOINTS_FILE,
  LATEST_FILE,
  type AuditCheckpointRecord,
  type AuditCheckpointsFile,
} from '@dibao/datasets';
import { checkpointPrivateKey, checkpointPublicKeyPem, readAuditHead, signCheckpoint } from '@dibao/db';

export interface AuditAnchor {
  /** The subgraphs' data sources, whose chains' heads the release publishes. */
  dataSources: ReadonlyMap<string, DataSource>;
  /** Ed25519 private key (PEM) from HUB_CHECKPOINT_KEY or the development key file. */
  checkpointKey: string;
}

/** Reads the head of every audit chain and signs it: what a release publishes in audit-checkpoints.json. */
export async function signAuditCheckpoints(
  anchor: AuditAnchor,
  now: Date = new Date(),
): Promise<{ publicKey: string; checkpoints: AuditCheckpointRecord[] }> {
  const key = checkpointPrivateKey(anchor.checkpointKey);
  const checkpoints: AuditCheckpointRecord[] = [];
  for (const [schema, dataSource] of [...anchor.dataSources].sort(([a], [b]) => a.localeCompare(b))) {
    checkpoints.push(signCheckpoint(await readAuditHead(dataSource, schema, now), key));
  }
  return { publicKey: checkpointPublicKeyPem(key), checkpoints };
}

/** The checkpoints of the newest release under `<dataDir>/releases`, or undefined when there is none. */
export async function latestPublishedCheckpoints(
  releasesDir: string,
): Promise<{ version: string; file: string; content: AuditCheckpointsFile } | undefined> {
  const version = (await readFile(path.join(releasesDir, LATEST_FILE), 'utf8').catch(() => '')).trim();
  if (!version) return undefined;
  const file = path.join(releasesDir, version, AUDIT_CHECKPOINTS_FILE);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  return { version, file, content: JSON.parse(text) as AuditCheckpointsFile };
}
