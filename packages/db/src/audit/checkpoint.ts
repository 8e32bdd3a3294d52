import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { GENESIS_HASH } from './hash.js';

/*
 * A checkpoint anchors the head of one audit chain outside the database: each release publishes, per chain,
 * the newest record's number and hash at that moment, signed with an Ed25519 key from configuration. A chain
 * that was cut back or rewritten after a checkpoint no longer contains the checkpoint's record with its hash,
 * which the keyed hashes alone cannot show (deleting the newest records leaves a chain that verifies).
 */

export interface AuditCheckpoint {
  /** The subgraph's schema, which names its chain. */
  schema: string;
  /** Number of the newest record (0 for an empty chain). */
  seq: string;
  /** Its hash (the genesis hash for an empty chain). */
  headHash: string;
  /** When the head was read (ISO 8601, UTC). */
  signedAt: string;
}

export interface SignedAuditCheckpoint extends AuditCheckpoint {
  /** The exact text that was signed (UTF-8), so anyone can verify it with any Ed25519 tool. */
  message: string;
  /** Ed25519 signature of `message`, base64. */
  signature: string;
}

const MESSAGE_HEADER = 'dibao audit checkpoint v1';

/** The signed text: one `name=value` per line, readable by a person and by a shell. */
export function checkpointMessage(checkpoint: AuditCheckpoint): string {
  return [
    MESSAGE_HEADER,
    `schema=${checkpoint.schema}`,
    `seq=${checkpoint.seq}`,
    `head=${checkpoint.headHash}`,
    `time=${checkpoint.signedAt}`,
    '',
  ].join('\n');
}

/** An Ed25519 private key from PEM (PKCS#8), as configured in HUB_CHECKPOINT_KEY or the development key file. */
export function checkpointPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('The checkpoint signing key must be an Ed25519 key');
  return key;
}

/** A new Ed25519 key pair as PEM (the private key PKCS#8, the public key SPKI). */
export function generateCheckpointKey(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** The public key (SPKI PEM) that verifies checkpoints signed with `privateKey`. */
export function checkpointPublicKeyPem(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
}

export function signCheckpoint(checkpoint: AuditCheckpoint, privateKey: KeyObject): SignedAuditCheckpoint {
  const message = checkpointMessage(checkpoint);
  const signature = sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64');
  return { ...checkpoint, message, signature };
}

/**
 * True when the signature is the public key's over the message, and the message says what the fields say
 * (a checkpoint whose fields were edited but whose message was left alone is as forged as a bad signature).
 */
export function verifyCheckpointSignature(checkpoint: SignedAuditCheckpoint, publicKeyPem: string): boolean {
  if (checkpoint.message !== checkpointMessage(checkpoint)) return false;
  try {
    return verify(
      null,
      Buffer.from(checkpoint.message, 'utf8'),
      createPublicKey(publicKeyPem),
      Buffer.from(checkpoint.signature, 'base64'),
    );
  } catch {
    return false;
  }
}

/** The newest record of a chain: what a checkpoint records. */
export async function readAuditHead(
  dataSource: DataSource,
  schema: string,
  now: Date = new Date(),
): Promise<AuditCheckpoint> {
  const [head] = (await dataSource.query(
    `SELECT seq::text AS seq, hash FROM "${schema}".audit_record ORDER BY audit_record.seq DESC LIMIT 1`,
  )) as Array<{ seq: string; hash: string }>;
  return { schema, seq: head?.seq ?? '0', headHash: head?.hash ?? GENESIS_HASH, signedAt: now.toISOString() };
}

/** Whether the chain in the database still holds the checkpoint's record, unchanged; the reason when not. */
export async function checkAgainstCheckpoint(
  dataSource: DataSource,
  checkpoint: AuditCheckpoint,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (checkpoint.seq === '0') return { ok: true };
  const [row] = (await dataSource.query(`SELECT hash FROM "${checkpoint.schema}".audit_record WHERE seq = $1`, [
    checkpoint.seq,
  ])) as Array<{ hash: string }>;
  if (!row) {
    const [{ newest }] = (await dataSource.query(
      `SELECT coalesce(max(seq), 0)::text AS newest FROM "${checkpoint.schema}".audit_record`,
    )) as [{ newest: string }];
    return {
      ok: false,
      reason: `record ${checkpoint.seq} of the checkpoint of ${checkpoint.signedAt} is missing: the chain ends at ${newest} (records were deleted)`,
    };
  }
  if (row.hash !== checkpoint.headHash) {
    return {
      ok: false,
      reason: `record ${checkpoint.seq} does not have the hash the checkpoint of ${checkpoint.signedAt} published (the chain was rewritten)`,
    };
  }
  return { ok: true };
}
