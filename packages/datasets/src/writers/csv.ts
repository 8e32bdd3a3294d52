import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { DatasetField, DatasetRow } from '../release-format.js';
import { csvRecord } from './cells.js';
import { HashTap, type WrittenFile } from './hash.js';

/**
 * Writes rows as CSV, UTF-8 with a byte order mark (so that Excel reads Chinese correctly), a header of field
 * names, S for withheld cells. Rows are pulled one at a time and the file stream's back-pressure is respected,
 * so memory does not grow with the number of rows.
 */
export async function writeCsv(
  file: string,
  fields: readonly DatasetField[],
  rows: Iterable<DatasetRow> | AsyncIterable<DatasetRow>,
): Promise<WrittenFile> {
  let count = 0;
  async function* records() {
    for await (const row of rows) {
      count += 1;
      yield csvRecord(row, fields);
    }
  }
  const tap = new HashTap();
  await pipeline(
    Readable.from(records()),
    stringify({ bom: true, header: true, columns: fields.map((field) => field.name), record_delimiter: 'unix' }),
    tap,
    createWriteStream(file),
  );
  return { file, sha256: tap.digest(), bytes: tap.bytes, rows: count };
}
