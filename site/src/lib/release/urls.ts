import type { DatasetManifest, DatasetName } from '@dibao/datasets';
import { datasetManifest, latestRelease } from './release.ts';

/*
 * Download URLs of release files as the built site serves them: /data/<version>/<file> never changes;
 * /data/latest/<file> follows the newest release (see integrations/release-data.ts).
 */

export const dataUrl = (version: string, file: string) => `/data/${version}/${file}`;

export const latestDataUrl = (file: string) => `/data/latest/${file}`;

export interface DatasetFiles {
  manifest: DatasetManifest;
  version: string;
  csv: string;
  json: string;
}

/** The versioned CSV and JSON of a dataset of the latest release, or undefined when the release lacks it. */
export function datasetFiles(name: DatasetName): DatasetFiles | undefined {
  const manifest = datasetManifest(name);
  if (!manifest) return undefined;
  const { version } = latestRelease();
  return { manifest, version, csv: dataUrl(version, manifest.files.csv), json: dataUrl(version, manifest.files.json) };
}
