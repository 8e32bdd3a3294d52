import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatasetJson, DatasetManifest, DatasetName, ReleaseManifest } from '@dibao/datasets';
import { latestVersionIn, releaseVersionsIn } from './versions.ts';

/*
 * The release the pages are built from: the folder LATEST names, read once per build and kept in memory.
 * Nothing else feeds the site (no database, no API), so every figure on a page comes from a file a reader can
 * download at /data/<version>/.
 */

function releasesDir(): string {
  const dir = process.env.SITE_RELEASES_DIR;
  // astro.config.ts resolves the folder (and its default) before any page is rendered.
  if (!dir) throw new Error('SITE_RELEASES_DIR is not set: build the site through astro.config.ts');
  return dir;
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
}

let latest: ReleaseManifest | undefined;

/** The manifest (release.json) of the latest release. */
export function latestRelease(): ReleaseManifest {
  if (!latest) {
    const dir = releasesDir();
    latest = readJson<ReleaseManifest>(path.join(dir, latestVersionIn(dir), 'release.json'));
  }
  return latest;
}

const datasets = new Map<string, DatasetJson | null>();

/** The manifest entry of a dataset of the latest release, or undefined when the release does not have it. */
export function datasetManifest(name: DatasetName): DatasetManifest | undefined {
  return latestRelease().datasets.find((dataset) => dataset.name === name);
}

/**
 * The rows of a dataset of the latest release; an empty list when the release does not carry the dataset
 * (assessments and allocations exist only once something was published), so that pages degrade to "no data".
 */
export function datasetRows(name: DatasetName): DatasetJson['rows'] {
  if (!datasets.has(name)) {
    const manifest = datasetManifest(name);
    const release = latestRelease();
    datasets.set(
      name,
      manifest ? readJson<DatasetJson>(path.join(releasesDir(), release.version, manifest.files.json)) : null,
    );
  }
  return datasets.get(name)?.rows ?? [];
}

export interface ReleaseEntry {
  version: string;
  manifest: ReleaseManifest | null;
  /** CHANGELOG.md as written by the release job, or null when the folder has none. */
  changelog: string | null;
  /** Files of the release folder that the releases page links to, those present. */
  files: string[];
}

const RELEASE_FILES = ['release.json', 'datapackage.json', 'SHA256SUMS', 'CHANGELOG.md', 'LICENSE.md'];

/** Every release of the folder, newest first, for the list of releases and their changelogs. */
export function allReleases(): ReleaseEntry[] {
  const dir = releasesDir();
  return releaseVersionsIn(dir).map((version) => {
    const folder = path.join(dir, version);
    const manifestFile = path.join(folder, 'release.json');
    const changelogFile = path.join(folder, 'CHANGELOG.md');
    return {
      version,
      manifest: existsSync(manifestFile) ? readJson<ReleaseManifest>(manifestFile) : null,
      changelog: existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : null,
      files: RELEASE_FILES.filter((file) => existsSync(path.join(folder, file))),
    };
  });
}
