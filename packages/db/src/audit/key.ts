/*
 * The key of the audit chain's HMAC. It comes from configuration (HUB_AUDIT_KEY), never from the database, so
 * that someone who can rewrite the database (a superuser, a stolen backup) cannot recompute the hashes of
 * altered records. It is process-wide: the hub sets it once at start-up (and the test setup through the
 * environment), and every appendAudit and verification of the process uses it.
 */

/** Keys shorter than this are refused: a guessable key would let anyone recompute the chain. */
export const AUDIT_KEY_MIN_LENGTH = 32;

let configured: Buffer | undefined;

function checked(key: string, origin: string): Buffer {
  if (key.length < AUDIT_KEY_MIN_LENGTH) {
    throw new Error(`${origin} must be at least ${AUDIT_KEY_MIN_LENGTH} characters long`);
  }
  return Buffer.from(key, 'utf8');
}

/** Sets the key for this process (the hub calls it once, after loading its configuration). */
export function configureAuditKey(key: string): void {
  configured = checked(key, 'The audit key');
}

/** The configured key, else HUB_AUDIT_KEY from the environment; an error when there is neither. */
export function auditKey(): Buffer {
  if (configured) return configured;
  const fromEnvironment = process.env.HUB_AUDIT_KEY;
  if (!fromEnvironment) {
    throw new Error('No audit key: set HUB_AUDIT_KEY (the hub generates a development key under .data/)');
  }
  configured = checked(fromEnvironment, 'HUB_AUDIT_KEY');
  return configured;
}
