import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LATEST_FILE, type ReleaseManifest } from '../release-format.js';
import type { PreviousRelease } from '../writers/changelog.js';
import { compareVersions, isVersion } from './version.js';

export const MANIFEST_FILE = 'release.json';

/** Version folders of a releases folder, oldest first (temporary folders of a release in progress are not). */
export async function listReleases(releasesDir: string): Promise<string[]> {
  try {
    const entries = await readdir(releasesDir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && isVersion(entry.name))
      .map((entry) => entry.name)
      .sort(compareVersions);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function readManifest(dir: string): Promise<ReleaseManifest> {
  return JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as ReleaseManifest;
}

/** The newest release: the one LATEST names, or else the newest version folder; null before the first. */
export async function latestRelease(releasesDir: string): Promise<PreviousRelease | null> {
  const versions = await listReleases(releasesDir);
  let version: string | undefined;
  try {
    const named = (await readFile(path.join(releasesDir, LATEST_FILE), 'utf8')).trim();
    if (versions.includes(named)) version = named;
  } catch {
    // No LATEST yet: fall back to the folders.
  }
  version ??= versions.at(-1);
  if (version === undefined) return null;
  const dir = path.join(releasesDir, version);
  return { dir, manifest: await readManifest(dir) };
}
