import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256File } from './hash.js';

export const CHECKSUMS_FILE = 'SHA256SUMS';

/** `sha256sum -c` lines for the given files of a folder (sorted by name). */
export async function writeSha256Sums(dir: string, files: readonly string[]): Promise<string> {
  const lines: string[] = [];
  for (const file of [...files].sort()) lines.push(`${await sha256File(path.join(dir, file))}  ${file}`);
  const target = path.join(dir, CHECKSUMS_FILE);
  await writeFile(target, `${lines.join('\n')}\n`, 'utf8');
  return target;
}

export interface ChecksumProblem {
  file: string;
  problem: 'missing' | 'mismatch' | 'malformed';
}

/** Parses SHA256SUMS: `<64 hex>  <file>` per line (a `*` before the name marks binary mode, as sha256sum writes). */
export function parseSha256Sums(text: string): Array<{ sha256: string; file: string }> {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      return match ? { sha256: match[1] as string, file: match[2] as string } : { sha256: '', file: line };
    });
}

/** Checks every line of a folder's SHA256SUMS against the files; an empty list means all match. */
export async function verifySha256Sums(dir: string): Promise<ChecksumProblem[]> {
  const problems: ChecksumProblem[] = [];
  for (const entry of parseSha256Sums(await readFile(path.join(dir, CHECKSUMS_FILE), 'utf8'))) {
    if (entry.sha256 === '') {
      problems.push({ file: entry.file, problem: 'malformed' });
      continue;
    }
    try {
      if ((await sha256File(path.join(dir, entry.file))) !== entry.sha256) {
        problems.push({ file: entry.file, problem: 'mismatch' });
      }
    } catch {
      problems.push({ file: entry.file, problem: 'missing' });
    }
  }
  return problems;
}
