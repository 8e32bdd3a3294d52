import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_CHECKPOINTS_FILE, type AuditCheckpointsFile } from '@dibao/datasets';
import { latestRelease } from './release.ts';

/**
 * The signed audit checkpoints of the latest release and the public key that verifies them, or undefined for a
 * release made before releases carried them.
 */
export function latestAuditCheckpoints(): AuditCheckpointsFile | undefined {
  const dir = process.env.SITE_RELEASES_DIR;
  if (!dir) throw new Error('SITE_RELEASES_DIR is not set: build the site through astro.config.ts');
  const file = path.join(dir, latestRelease().version, AUDIT_CHECKPOINTS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AuditCheckpointsFile) : undefined;
}
