import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltDataset } from '../datasets/build.js';
import {
  AUDIT_CHECKPOINTS_FILE,
  AUDIT_PUBLIC_KEY_FILE,
  LATEST_FILE,
  type AuditCheckpointRecord,
  type AuditCheckpointsFile,
  SUPPRESSION_MARKER,
  type Bilingual,
  type DatasetManifest,
  type ReleaseManifest,
} from '../release-format.js';
import { changelogMarkdown, compareReleases } from '../writers/changelog.js';
import { CHECKSUMS_FILE, writeSha256Sums } from '../writers/checksums.js';
import { writeCsv } from '../writers/csv.js';
import { CC_BY_4_0, dataPackageDescriptor } from '../writers/datapackage.js';
import { writeDatasetJson } from '../writers/json.js';
import { citationOf, licenceMarkdown, RELEASE_TITLE } from '../writers/licence.js';
import { latestRelease, listReleases, MANIFEST_FILE } from './previous.js';
import { nextVersion, shanghaiDate } from './version.js';

export const DATAPACKAGE_FILE = 'datapackage.json';
export const CHANGELOG_FILE = 'CHANGELOG.md';
export const LICENCE_FILE = 'LICENSE.md';

export interface PublishReleaseOptions {
  /** `<dataDir>/releases`: version folders and LATEST. */
  releasesDir: string;
  datasets: readonly BuiltDataset[];
  /** The threshold the datasets were suppressed with. */
  threshold: number;
  publisher: Bilingual;
  coverage: { years: number[]; provinces: string[] };
  now?: Date;
  log?: (line: string) => void;
  /** The signed heads of the hub's audit chains and the key that verifies them (the hub always gives them). */
  audit?: { publicKey: string; checkpoints: AuditCheckpointRecord[] };
}

export interface PublishedRelease {
  version: string;
  /** The release folder. */
  path: string;
  manifest: ReleaseManifest;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a release: each dataset as CSV and JSON, datapackage.json, CHANGELOG.md against the newest earlier
 * release, LICENSE.md, release.json, SHA256SUMS. Everything is written into a temporary folder next to the
 * releases and renamed into place at the end, so a failed release leaves nothing behind; LATEST is replaced
 * last. Earlier releases are only read.
 */
export async function publishRelease(options: PublishReleaseOptions): Promise<PublishedRelease> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
  await mkdir(options.releasesDir, { recursive: true });
  const previous = await latestRelease(options.releasesDir);
  const version = nextVersion(await listReleases(options.releasesDir), now);
  const date = shanghaiDate(now);
  const target = path.join(options.releasesDir, version);
  const work = await mkdtemp(path.join(options.releasesDir, `.tmp-${version}-`));
  try {
    const manifests: DatasetManifest[] = [];
    for (const dataset of options.datasets) {
      const files = { csv: `${dataset.name}.csv`, json: `${dataset.name}.json` };
      const csv = await writeCsv(path.join(work, files.csv), dataset.fields, dataset.rows);
      const written = await writeDatasetJson(
        path.join(work, files.json),
        { name: dataset.name, version },
        dataset.fields,
        dataset.rows,
      );
      manifests.push({
        name: dataset.name,
        title: dataset.title,
        description: dataset.description,
        fields: dataset.fields,
        rows: csv.rows,
        suppressedCells: dataset.suppressedCells,
        files,
        sha256: { csv: csv.sha256, json: written.sha256 },
        primaryKey: dataset.primaryKey,
        bytes: { csv: csv.bytes, json: written.bytes },
      });
      const unaudited = dataset.unauditedCells
        ? `; ${dataset.unauditedCells} in groups too large for the exact check`
        : '';
      log(
        `${dataset.name}: ${csv.rows} rows, ${dataset.suppressedCells} cells suppressed (${dataset.primaryCells} below ${options.threshold}, ${dataset.suppressedCells - dataset.primaryCells} secondary${unaudited})`,
      );
    }

    const files = [
      ...manifests.flatMap((dataset) => [dataset.files.csv, dataset.files.json]),
      DATAPACKAGE_FILE,
      CHANGELOG_FILE,
      LICENCE_FILE,
      MANIFEST_FILE,
      CHECKSUMS_FILE,
      ...(options.audit ? [AUDIT_CHECKPOINTS_FILE, AUDIT_PUBLIC_KEY_FILE] : []),
    ].sort();
    const manifest: ReleaseManifest = {
      version,
      publishedAt: now.toISOString(),
      previousVersion: previous?.manifest.version ?? null,
      suppressionThreshold: options.threshold,
      suppressionMarker: SUPPRESSION_MARKER,
      licence: { name: CC_BY_4_0.name, url: CC_BY_4_0.url },
      datasets: manifests,
      title: RELEASE_TITLE,
      publisher: options.publisher,
      citation: citationOf({ publisher: options.publisher, version, date }),
      coverage: options.coverage,
      files,
    };

    await writeFile(path.join(work, DATAPACKAGE_FILE), json(dataPackageDescriptor(manifest)), 'utf8');
    const changes = await compareReleases(previous, options.datasets);
    const previousChangelog = previous
      ? await readFile(path.join(previous.dir, CHANGELOG_FILE), 'utf8').catch(() => null)
      : null;
    await writeFile(
      path.join(work, CHANGELOG_FILE),
      changelogMarkdown({ version, date, changes, previousChangelog }),
      'utf8',
    );
    await writeFile(path.join(work, LICENCE_FILE), licenceMarkdown(manifest), 'utf8');
    await writeFile(path.join(work, MANIFEST_FILE), json(manifest), 'utf8');
    if (options.audit) {
      const checkpoints: AuditCheckpointsFile = {
        algorithm: 'ed25519',
        publicKey: options.audit.publicKey,
        checkpoints: options.audit.checkpoints,
      };
      await writeFile(path.join(work, AUDIT_CHECKPOINTS_FILE), json(checkpoints), 'utf8');
      await writeFile(path.join(work, AUDIT_PUBLIC_KEY_FILE), options.audit.publicKey, 'utf8');
      log(`audit checkpoints: ${options.audit.checkpoints.map((c) => `${c.schema} at ${c.seq}`).join(', ')}`);
    }
    await writeSha256Sums(
      work,
      files.filter((file) => file !== CHECKSUMS_FILE),
    );
    const unexpected = (await readdir(work)).filter((file) => !files.includes(file));
    if (unexpected.length > 0) throw new Error(`Unexpected files in the release: ${unexpected.join(', ')}`);

    // A folder of that name appearing meanwhile means another release job ran: refuse rather than merge.
    if (await exists(target)) throw new Error(`Release ${version} already exists; is another release running?`);
    // mkdtemp makes the folder private; a release is for everyone to read.
    await chmod(work, 0o755);
    await rename(work, target);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }

  const latestTemp = path.join(options.releasesDir, `.${LATEST_FILE}.${randomBytes(4).toString('hex')}`);
  await writeFile(latestTemp, `${version}\n`, 'utf8');
  await rename(latestTemp, path.join(options.releasesDir, LATEST_FILE));
  log(`release ${version} written to ${target}`);
  return { version, path: target, manifest: JSON.parse(await readFile(path.join(target, MANIFEST_FILE), 'utf8')) };
}
