import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CHECKSUMS_FILE, parseSha256Sums, verifySha256Sums } from '../writers/checksums.js';
import { sha256File } from '../writers/hash.js';
import { readManifest } from './previous.js';

/**
 * Checks a release folder against itself: every SHA256SUMS line matches its file, every file but SHA256SUMS
 * has a line, the manifest's checksums match the dataset files and its file list the folder. Returns the
 * problems found; none means the release is intact.
 */
export async function verifyRelease(dir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const problem of await verifySha256Sums(dir))
    problems.push(`${CHECKSUMS_FILE}: ${problem.file} ${problem.problem}`);
  const present = (await readdir(dir)).sort();
  const listed = new Set(
    parseSha256Sums(await readFile(path.join(dir, CHECKSUMS_FILE), 'utf8')).map((entry) => entry.file),
  );
  for (const file of present) {
    if (file !== CHECKSUMS_FILE && !listed.has(file)) problems.push(`${CHECKSUMS_FILE}: ${file} has no checksum`);
  }
  const manifest = await readManifest(dir);
  if (manifest.files && JSON.stringify([...manifest.files].sort()) !== JSON.stringify(present)) {
    problems.push(`release.json: files ${manifest.files.join(', ')} ≠ folder ${present.join(', ')}`);
  }
  for (const dataset of manifest.datasets) {
    for (const kind of ['csv', 'json'] as const) {
      const file = dataset.files[kind];
      try {
        if ((await sha256File(path.join(dir, file))) !== dataset.sha256[kind]) {
          problems.push(`release.json: checksum of ${file} does not match`);
        }
      } catch {
        problems.push(`release.json: ${file} is missing`);
      }
    }
  }
  return problems;
}
