import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The token signing secret: HUB_JWT_SECRET when set (production), otherwise a random development secret kept
 * in `file` (created on first use, readable by its owner only) so that dev tokens survive restarts.
 */
export async function loadSigningSecret(file: string, env = process.env): Promise<string> {
  const configured = env.HUB_JWT_SECRET;
  if (configured) {
    if (configured.length < 32) throw new Error('HUB_JWT_SECRET must be at least 32 characters long');
    return configured;
  }
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    await writeFile(file, secret, { mode: 0o600, flag: 'wx' }).catch(async () => undefined);
    return (await readFile(file, 'utf8')).trim();
  }
}
