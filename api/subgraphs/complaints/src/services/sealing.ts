import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/*
 * Personal data of complainants (name, contact, what they write in the message thread, a rating comment) is
 * sealed with AES-256-GCM before it reaches the database: authenticated encryption, a fresh random 12-byte
 * nonce per value, stored as base64(nonce ‖ tag ‖ ciphertext) next to the id of the key that sealed it, so
 * that keys can rotate later. The additional authenticated data names the row and field a value belongs to,
 * so a sealed value copied into another row or field does not open.
 */

export const ENCRYPTION_KEY_ENV = 'COMPLAINTS_ENCRYPTION_KEY';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

export interface SealingKey {
  /** A fingerprint of the key (not secret): says which key sealed a value. */
  id: string;
  secret: Buffer;
}

export class EncryptionKeyError extends Error {}

/** A 32-byte key given as base64 (e.g. `openssl rand -base64 32`). */
export function parseEncryptionKey(base64: string, source = ENCRYPTION_KEY_ENV): SealingKey {
  const trimmed = base64.trim();
  const secret = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || secret.length !== KEY_BYTES) {
    throw new EncryptionKeyError(
      `${source} must be ${KEY_BYTES} random bytes in base64 (44 characters, e.g. from "openssl rand -base64 32"); ` +
        `got ${trimmed.length} characters decoding to ${secret.length} bytes`,
    );
  }
  const id = `k1-${createHmac('sha256', secret).update('dibao/complaints/key-id').digest('hex').slice(0, 16)}`;
  return { id, secret };
}

/**
 * The key, read on first use rather than at import: a process that never touches personal data (composition,
 * migrations) needs no key, and a missing key fails loudly at the first operation that does.
 */
export function lazySealingKey(given?: string | SealingKey, env: NodeJS.ProcessEnv = process.env): () => SealingKey {
  let key: SealingKey | undefined = typeof given === 'object' ? given : undefined;
  return () => {
    if (key) return key;
    const source = typeof given === 'string' ? given : env[ENCRYPTION_KEY_ENV];
    if (!source) {
      throw new EncryptionKeyError(
        `${ENCRYPTION_KEY_ENV} is not set: the complaints subgraph needs a 32-byte base64 key to encrypt complainants' personal data`,
      );
    }
    key = parseEncryptionKey(source, given ? 'the encryption key given in the options' : ENCRYPTION_KEY_ENV);
    return key;
  };
}

/** Where a sealed value lives, bound into its authentication tag. */
export const sealingContext = (table: string, rowId: string, field: string) => `${table}:${rowId}:${field}`;

export function seal(key: SealingKey, plaintext: string, context: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.secret, nonce);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), ciphertext]).toString('base64');
}

export function unseal(key: SealingKey, keyId: string, sealed: string, context: string): string {
  if (keyId !== key.id) {
    throw new EncryptionKeyError(`A value was sealed with key ${keyId}, but the configured key is ${key.id}`);
  }
  const bytes = Buffer.from(sealed, 'base64');
  if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new EncryptionKeyError(`A sealed value is truncated (${context})`);
  const decipher = createDecipheriv('aes-256-gcm', key.secret, bytes.subarray(0, NONCE_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
