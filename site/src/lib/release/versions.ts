import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Which releases a releases folder holds. Versions are `YYYY.MM.DD-N`; the LATEST file names the newest one.
 * Shared by the build integration (which copies the folders) and the pages (which read the latest). Reads are
 * synchronous: they happen once per build, and the pages' helpers stay plain functions.
 */

const VERSION = /^\d{4}\.\d{2}\.\d{2}-\d+$/;

export const isReleaseVersion = (name: string) => VERSION.test(name);

/** Newest first. The day sorts as a string; N is compared as a number so that -10 comes after -9. */
export function compareVersionsDescending(a: string, b: string): number {
  const [dayA = '', nA = '0'] = a.split('-');
  const [dayB = '', nB = '0'] = b.split('-');
  if (dayA !== dayB) return dayA < dayB ? 1 : -1;
  return Number(nB) - Number(nA);
}

export function releaseVersionsIn(releasesDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(releasesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    throw new Error(`No releases folder at ${releasesDir}: run \`pnpm release\` or set SITE_RELEASES_DIR`);
  }
  return names.filter(isReleaseVersion).sort(compareVersionsDescending);
}

export function latestVersionIn(releasesDir: string): string {
  const file = path.join(releasesDir, 'LATEST');
  let latest = '';
  try {
    latest = readFileSync(file, 'utf8').trim();
  } catch {
    // Reported below, with the folder named.
  }
  if (!isReleaseVersion(latest)) {
    throw new Error(`${file} is missing or does not name a release version: run \`pnpm release\` first`);
  }
  if (!releaseVersionsIn(releasesDir).includes(latest)) {
    throw new Error(`${file} names ${latest}, but ${releasesDir} has no folder of that name`);
  }
  return latest;
}
