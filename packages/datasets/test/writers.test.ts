import { createReadStream, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  dataPackageDescriptor,
  readDatasetJsonRows,
  sha256File,
  verifySha256Sums,
  writeCsv,
  writeDatasetJson,
  writeSha256Sums,
  type DatasetField,
  type DatasetJson,
  type DatasetRow,
  type ReleaseManifest,
} from '../src/index.js';

const fields: DatasetField[] = [
  { name: 'year', type: 'integer', title: { zh: '年度', en: 'Year' }, description: { zh: '年度', en: 'Year' } },
  { name: 'region_name', type: 'string', title: { zh: '名称', en: 'Name' }, description: { zh: '名称', en: 'Name' } },
  {
    name: 'complaints',
    type: 'integer',
    title: { zh: '件数', en: 'Complaints' },
    description: { zh: '件数', en: 'Complaints' },
    personCount: true,
  },
  { name: 'rate', type: 'number', title: { zh: '比率', en: 'Rate' }, description: { zh: '比率', en: 'Rate' } },
  { name: 'flag', type: 'boolean', title: { zh: '标记', en: 'Flag' }, description: { zh: '标记', en: 'Flag' } },
];

const rows: DatasetRow[] = [
  { year: 2024, region_name: '大通回族土族自治县', complaints: 12, rate: 0.9778, flag: true },
  { year: 2024, region_name: '湟中区', complaints: null, rate: null, flag: false, suppressed: ['complaints'] },
  { year: 2024, region_name: 'Commas, "quotes"\nand lines', complaints: 0, rate: 1, flag: null },
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'datasets-writers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const countLines = async (file: string) => {
  let lines = 0;
  for await (const _line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) lines += 1;
  return lines;
};

describe('CSV writer', () => {
  it('writes UTF-8 with a byte order mark, a header, S for withheld cells and empty for none', async () => {
    const file = path.join(dir, 'complaints.csv');
    const written = await writeCsv(file, fields, rows);
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(written).toMatchObject({ rows: 3, bytes: bytes.length, sha256: await sha256File(file) });
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\n')[0]).toBe('year,region_name,complaints,rate,flag');
    expect(text.split('\n')[1]).toBe('2024,大通回族土族自治县,12,0.9778,true');
    expect(text.split('\n')[2]).toBe('2024,湟中区,S,,false');
    const records = parse(bytes, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(records[2]).toEqual({
      year: '2024',
      region_name: 'Commas, "quotes"\nand lines',
      complaints: '0',
      rate: '1',
      flag: '',
    });
  });

  it('refuses a text cell that would read as withheld, and non-finite numbers', async () => {
    await expect(writeCsv(path.join(dir, 'a.csv'), fields, [{ year: 2024, region_name: 'S' }])).rejects.toThrow(
      /withheld/,
    );
    await expect(writeCsv(path.join(dir, 'b.csv'), fields, [{ year: Number.NaN }])).rejects.toThrow(/not a number/);
  });
});

describe('JSON writer', () => {
  it('writes the contract’s DatasetJson: typed values, withheld cells null and listed', async () => {
    const file = path.join(dir, 'complaints.json');
    const written = await writeDatasetJson(file, { name: 'complaints', version: '2025.07.01-1' }, fields, rows);
    const parsed = JSON.parse(await readFile(file, 'utf8')) as DatasetJson;
    expect(written.rows).toBe(3);
    expect(parsed.name).toBe('complaints');
    expect(parsed.version).toBe('2025.07.01-1');
    expect(parsed.rows[0]).toEqual({
      year: 2024,
      region_name: '大通回族土族自治县',
      complaints: 12,
      rate: 0.9778,
      flag: true,
    });
    expect(parsed.rows[1]).toEqual({
      year: 2024,
      region_name: '湟中区',
      complaints: null,
      rate: null,
      flag: false,
      suppressed: ['complaints'],
    });
    const streamed: DatasetRow[] = [];
    for await (const row of readDatasetJsonRows(file)) streamed.push(row);
    expect(streamed).toEqual(parsed.rows);
  });

  it('writes and reads an empty dataset, and reads any valid DatasetJson', async () => {
    const file = path.join(dir, 'empty.json');
    await writeDatasetJson(file, { name: 'empty', version: 'v' }, fields, []);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ name: 'empty', version: 'v', rows: [] });
    const other = path.join(dir, 'other.json');
    await writeFile(other, JSON.stringify({ name: 'x', version: 'v', rows: [{ year: 1 }, { year: 2 }] }, null, 2));
    const read: DatasetRow[] = [];
    for await (const row of readDatasetJsonRows(other)) read.push(row);
    expect(read).toEqual([{ year: 1 }, { year: 2 }]);
  });
});

describe('streaming', () => {
  const ROWS = 200_000;

  /** Rows made on demand; records how much of the file was on disk when row 100,000 was asked for. */
  function* manyRows(file: string, seen: { bytesAtHalf: number; made: number }) {
    for (let index = 0; index < ROWS; index++) {
      if (index === ROWS / 2) seen.bytesAtHalf = statSize(file);
      seen.made += 1;
      yield {
        year: 2000 + (index % 25),
        region_name: `县${index}`,
        complaints: index % 7 === 0 ? null : index % 50,
        rate: index / ROWS,
        flag: index % 2 === 0,
        ...(index % 7 === 0 ? { suppressed: ['complaints'] } : {}),
      } satisfies DatasetRow;
    }
  }
  const statSize = (file: string) => statSync(file, { throwIfNoEntry: false })?.size ?? 0;

  it('writes 200,000 rows of CSV without holding them: half the file is on disk before the rest is made', async () => {
    const file = path.join(dir, 'big.csv');
    const seen = { bytesAtHalf: 0, made: 0 };
    const written = await writeCsv(file, fields, manyRows(file, seen));
    expect(written.rows).toBe(ROWS);
    expect(seen.made).toBe(ROWS);
    expect(await countLines(file)).toBe(ROWS + 1);
    expect(seen.bytesAtHalf).toBeGreaterThan((await stat(file)).size / 3);
    expect(written.sha256).toBe(await sha256File(file));
  }, 60_000);

  it('writes 200,000 rows of JSON the same way', async () => {
    const file = path.join(dir, 'big.json');
    const seen = { bytesAtHalf: 0, made: 0 };
    const written = await writeDatasetJson(file, { name: 'big', version: 'v' }, fields, manyRows(file, seen));
    expect(written.rows).toBe(ROWS);
    expect(seen.bytesAtHalf).toBeGreaterThan((await stat(file)).size / 3);
    let count = 0;
    let withheld = 0;
    for await (const row of readDatasetJsonRows(file)) {
      count += 1;
      if (row.suppressed) withheld += 1;
    }
    expect(count).toBe(ROWS);
    expect(withheld).toBe(Math.ceil(ROWS / 7));
  }, 60_000);
});

describe('checksums', () => {
  it('writes sha256sum lines for the files and finds mismatches and missing files', async () => {
    await writeFile(path.join(dir, 'b.csv'), 'b\n');
    await writeFile(path.join(dir, 'a.json'), '{}\n');
    await writeSha256Sums(dir, ['b.csv', 'a.json']);
    const text = await readFile(path.join(dir, 'SHA256SUMS'), 'utf8');
    expect(text).toBe(
      `${await sha256File(path.join(dir, 'a.json'))}  a.json\n${await sha256File(path.join(dir, 'b.csv'))}  b.csv\n`,
    );
    expect(text).toMatch(/^[0-9a-f]{64} {2}a\.json\n/);
    expect(await verifySha256Sums(dir)).toEqual([]);
    await writeFile(path.join(dir, 'b.csv'), 'changed\n');
    await rm(path.join(dir, 'a.json'));
    expect(await verifySha256Sums(dir)).toEqual([
      { file: 'a.json', problem: 'missing' },
      { file: 'b.csv', problem: 'mismatch' },
    ]);
  });
});

describe('datapackage.json', () => {
  it('describes each CSV as a tabular resource with its Table Schema, checksum and missing values', () => {
    const manifest: ReleaseManifest = {
      version: '2025.07.01-1',
      publishedAt: '2025-06-30T20:30:00.000Z',
      previousVersion: null,
      suppressionThreshold: 5,
      suppressionMarker: 'S',
      licence: { name: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      datasets: [
        {
          name: 'complaints',
          title: { zh: '投诉举报', en: 'Complaints' },
          description: { zh: '说明', en: 'About' },
          fields,
          rows: 3,
          suppressedCells: 1,
          files: { csv: 'complaints.csv', json: 'complaints.json' },
          sha256: { csv: 'a'.repeat(64), json: 'b'.repeat(64) },
          primaryKey: ['year', 'region_name'],
          bytes: { csv: 100, json: 200 },
        },
      ],
    };
    const descriptor = dataPackageDescriptor(manifest);
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: 'dibao-oversight-open-data',
      version: '2025.07.01-1',
      created: '2025-06-30T20:30:00.000Z',
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    });
    expect(descriptor.resources[0]).toMatchObject({
      name: 'complaints',
      path: 'complaints.csv',
      format: 'csv',
      encoding: 'utf-8',
      mediatype: 'text/csv',
      bytes: 100,
      hash: `sha256:${'a'.repeat(64)}`,
      schema: { missingValues: ['', 'S'], primaryKey: ['year', 'region_name'] },
    });
    expect(descriptor.resources[0]!.schema.fields[2]).toEqual({
      name: 'complaints',
      type: 'integer',
      title: 'Complaints / 件数',
      description: 'Complaints / 件数',
      constraints: { minimum: 0 },
    });
    expect(descriptor.resources[0]!.schema.fields[0]).toMatchObject({ constraints: { required: true } });
  });
});
