/**
 * The key ID numbers are pseudonymised with (MONITORING_PSEUDONYM_KEY): the hub loads it like its other
 * secrets (a generated development file, refused in production when missing) and hands it over here.
 */
export function pseudonymKeyFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const key = env.MONITORING_PSEUDONYM_KEY;
  if (!key || key.length < 32) {
    throw new Error('MONITORING_PSEUDONYM_KEY must be set (at least 32 characters) to pseudonymise ID numbers');
  }
  return key;
}
