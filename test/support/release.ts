import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PERSONAL_DATA_PATTERNS, type ReleaseManifest } from '@dibao/datasets';
import { demoComplaints, demoAgencies, demoOfficials, loadRegions } from '@dibao/seed';
import { generateCheckpointKey } from '@dibao/db';
import { releasePrincipal, writeRelease, type WriteReleaseOptions } from '@dibao/hub';
import type { TestHub } from './hub.js';

/** The key test releases sign their audit checkpoints with; its public key verifies them. */
export const TEST_CHECKPOINT_KEY = generateCheckpointKey();

export interface TestRelease {
  version: string;
  /** The release folder, `<dataDir>/releases/<version>`. */
  path: string;
  /** `<dataDir>/releases`, holding LATEST. */
  releasesDir: string;
  dataDir: string;
  manifest: ReleaseManifest;
}

/**
 * Writes a real release from a running test hub (see startTestHub) into `dataDir` (a new temporary folder by
 * default): what the site's tests build the site from.
 */
export async function makeRelease(
  hub: Pick<TestHub, 'gatewayUrl' | 'token' | 'runtime'>,
  dataDir?: string,
  options: Pick<WriteReleaseOptions, 'now' | 'years' | 'threshold' | 'log'> = {},
): Promise<TestRelease> {
  const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), 'dibao-release-')));
  const release = await writeRelease({
    gatewayUrl: hub.gatewayUrl,
    token: (province) => hub.token(releasePrincipal(province), '1h'),
    dataDir: dir,
    audit: { dataSources: hub.runtime.dataSources, checkpointKey: TEST_CHECKPOINT_KEY.privateKey },
    ...options,
  });
  return { ...release, releasesDir: path.dirname(release.path), dataDir: dir };
}

/** Every file below a folder, relative paths, sorted. */
export async function filesBelow(root: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(full);
      else out.push(path.relative(root, full));
    }
  };
  await visit(root);
  return out.sort();
}

/** A CSV of a release as records keyed by header (the byte order mark removed). */
export async function readCsv(file: string): Promise<Array<Record<string, string>>> {
  return parse(await readFile(file), { bom: true, columns: true, skip_empty_lines: true }) as Array<
    Record<string, string>
  >;
}

/**
 * What the demo must never let out: the seeded complainants' names and contacts, and the fictional officials'
 * names (which may appear only where a published bulletin's public text names them).
 */
export function demoPersonalData(): { complainantNames: string[]; contacts: string[]; officialNames: string[] } {
  const regions = loadRegions({ province: '630000' });
  const { complaints } = demoComplaints(regions);
  const complainants = complaints.flatMap((complaint) => (complaint.complainant ? [complaint.complainant] : []));
  const officials = demoOfficials(regions, demoAgencies(regions));
  return {
    complainantNames: [...new Set(complainants.map((complainant) => complainant.name))].sort(),
    contacts: [...new Set(complainants.flatMap((complainant) => (complainant.contact ? [complainant.contact] : [])))],
    officialNames: [...new Set(officials.map((official) => official.name))].sort(),
  };
}

export interface PersonalDataHit {
  file: string;
  kind: string;
  match: string;
}

/** Checksums and identifiers are long runs of hex digits that can look like ID or phone numbers by chance. */
const HEX_RUNS = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|[0-9a-fA-F]{32,}/g;

const TEXT_FILE = /\.(html?|js|mjs|css|json|csv|md|txt|xml|svg|webmanifest)$|(^|\/)(LATEST|SHA256SUMS)$/;

/** Strings of a JSON value: numbers are figures (an amount in fen may have 11 digits), not phone numbers. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsOf(item, out);
    }
  }
  return out;
}

/** The text of a file to scan: JSON strings only, CSV cells of text columns only (when a schema says which). */
async function scannableText(root: string, file: string): Promise<string> {
  const raw = await readFile(path.join(root, file), 'utf8');
  if (file.endsWith('.json')) {
    try {
      return stringsOf(JSON.parse(raw)).join('\n');
    } catch {
      return raw;
    }
  }
  if (file.endsWith('.csv')) {
    const descriptor = await readFile(path.join(root, path.dirname(file), 'datapackage.json'), 'utf8').catch(
      () => null,
    );
    const resource = descriptor
      ? (
          JSON.parse(descriptor) as {
            resources: Array<{ path: string; schema: { fields: Array<{ name: string; type: string }> } }>;
          }
        ).resources.find((candidate) => candidate.path === path.basename(file))
      : undefined;
    const numeric = new Set(
      (resource?.schema.fields ?? [])
        .filter((field) => ['integer', 'number'].includes(field.type))
        .map((field) => field.name),
    );
    const records = parse(raw, { bom: true, columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    const header = Object.keys(records[0] ?? {});
    return [
      header.join(','),
      ...records.map((record) =>
        header
          .filter((name) => !numeric.has(name))
          .map((name) => record[name])
          .join('\t'),
      ),
    ].join('\n');
  }
  return raw;
}

/**
 * Scans every text file below a folder (a release, or the built site) for personal data: the given names and
 * contacts anywhere in the raw text, and anything shaped like a resident ID number, a mobile number or an
 * e-mail address in its text (checksums and UUIDs left out, numbers in typed JSON and CSV columns too).
 */
export async function scanForPersonalData(
  root: string,
  needles: { names?: readonly string[]; contacts?: readonly string[] } = {},
): Promise<PersonalDataHit[]> {
  const hits: PersonalDataHit[] = [];
  for (const file of await filesBelow(root)) {
    if (!TEXT_FILE.test(file) || (await stat(path.join(root, file))).size > 50_000_000) continue;
    const raw = await readFile(path.join(root, file), 'utf8');
    for (const name of needles.names ?? []) if (raw.includes(name)) hits.push({ file, kind: 'name', match: name });
    for (const contact of needles.contacts ?? []) {
      if (raw.includes(contact)) hits.push({ file, kind: 'contact', match: contact });
    }
    const text = (await scannableText(root, file)).replace(HEX_RUNS, ' ');
    for (const { name, pattern } of PERSONAL_DATA_PATTERNS) {
      const match = new RegExp(pattern.source, 'g').exec(text);
      if (match) hits.push({ file, kind: name, match: match[0] });
    }
  }
  return hits;
}
