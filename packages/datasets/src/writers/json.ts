import { createReadStream, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DatasetField, DatasetJson, DatasetRow } from '../release-format.js';
import { jsonRow } from './cells.js';
import { HashTap, type WrittenFile } from './hash.js';

const ROWS_OPEN = '"rows":[';

/**
 * Writes a dataset as the contract's DatasetJson, one row per line, streamed: `{"name":…,"version":…,"rows":[`,
 * then a line per row, then `]}`. It is ordinary JSON, and its layout lets a reader take it row by row too.
 */
export async function writeDatasetJson(
  file: string,
  header: { name: string; version: string },
  fields: readonly DatasetField[],
  rows: Iterable<DatasetRow> | AsyncIterable<DatasetRow>,
): Promise<WrittenFile> {
  let count = 0;
  async function* chunks() {
    yield Buffer.from(
      `{"name":${JSON.stringify(header.name)},"version":${JSON.stringify(header.version)},${ROWS_OPEN}\n`,
    );
    for await (const row of rows) {
      yield Buffer.from(`${count === 0 ? '' : ',\n'}${JSON.stringify(jsonRow(row, fields))}`);
      count += 1;
    }
    yield Buffer.from(`${count === 0 ? '' : '\n'}]}\n`);
  }
  const tap = new HashTap();
  await pipeline(Readable.from(chunks(), { objectMode: false }), tap, createWriteStream(file));
  return { file, sha256: tap.digest(), bytes: tap.bytes, rows: count };
}

/**
 * The rows of a dataset JSON file, one at a time: line by line for files in the layout written above, by
 * parsing the whole file for any other valid DatasetJson.
 */
export async function* readDatasetJsonRows(file: string): AsyncGenerator<DatasetRow> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let first = true;
  let streamed = false;
  for await (const line of lines) {
    if (first) {
      first = false;
      if (!line.startsWith('{"name":') || !line.endsWith(ROWS_OPEN)) break;
      streamed = true;
      continue;
    }
    if (line === ']}' || line === '') continue;
    yield JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as DatasetRow;
  }
  lines.close();
  if (!streamed) {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as DatasetJson;
    yield* parsed.rows;
  }
}
