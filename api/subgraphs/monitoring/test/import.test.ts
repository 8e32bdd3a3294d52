import { PassThrough, Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, pseudonymOf } from '@dibao/monitoring';
import { systemActor } from '@dibao/server';
import {
  cleanCounty,
  idNumber,
  PSEUDONYM_KEY,
  rosterCsv,
  ROSTER_HEADER,
  startMonitoringHarness,
  type MonitoringHarness,
} from './harness.js';

describe('monitoring imports', () => {
  let h: MonitoringHarness;
  beforeAll(async () => {
    h = await startMonitoringHarness('monitoring_import');
  });
  afterAll(async () => {
    await h.stop();
  });

  /** Every text of every table of the schema (audit included), to search for an ID number. */
  async function everything(): Promise<string> {
    const tables = (await h.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'monitoring' AND table_type = 'BASE TABLE'`,
    )) as Array<{ table_name: string }>;
    const dumps: string[] = [];
    for (const { table_name } of tables) {
      if (table_name === 'migrations') continue;
      const rows = (await h.dataSource.query(`SELECT t::text AS row FROM monitoring.${table_name} t`)) as Array<{
        row: string;
      }>;
      dumps.push(...rows.map((row) => row.row));
    }
    return dumps.join('\n');
  }

  it('stores pseudonyms only: no ID number in any table or audit record, nor in what it prints', async () => {
    const rows = cleanCounty('2025-03', '630102');
    const logged: string[] = [];
    const outcome = await importFile(h.dataSource, Readable.from([rosterCsv(rows)]), {
      kind: 'ROSTER',
      actor: systemActor('test'),
      pseudonymKey: PSEUDONYM_KEY,
      onProgress: (n) => logged.push(String(n)),
    });
    expect(outcome).toMatchObject({ status: 'IMPORTED', rows: rows.length, countyCode: '630102', month: '2025-03' });
    const register = `id_number,kind,since,source\n${rows[0]!.head},DECEASED,2024-01-05,公安户籍\n`;
    expect((await h.importCsv('REGISTER', register)).status).toBe('IMPORTED');
    const dump = await everything();
    for (const row of rows) {
      expect(dump).not.toContain(row.head);
      expect(dump).not.toContain(row.head.slice(0, 17));
    }
    expect(JSON.stringify(outcome)).not.toContain(rows[0]!.head);
    // The same person gets the same pseudonym in the roster and in the register.
    const pseudonym = pseudonymOf(rows[0]!.head, PSEUDONYM_KEY);
    expect(
      await h.count(`SELECT count(*)::int AS n FROM roster WHERE head_pseudonym = decode($1, 'hex')`, [pseudonym]),
    ).toBe(1);
    expect(
      await h.count(`SELECT count(*)::int AS n FROM register_entry WHERE pseudonym = decode($1, 'hex')`, [pseudonym]),
    ).toBe(1);
    expect(await h.count(`SELECT count(*)::int AS n FROM audit_record WHERE entity_type = 'RosterFile'`)).toBe(2);
  });

  it('rejects a file with bad rows whole, with line, column and reason, and writes nothing', async () => {
    const before = await h.count('SELECT count(*)::int AS n FROM roster');
    const files = await h.count('SELECT count(*)::int AS n FROM roster_file');
    const good = cleanCounty('2025-04', '630103', { people: 500 });
    const badId = idNumber(9999, '630103').slice(0, 17) + (idNumber(9999, '630103').endsWith('1') ? '2' : '1');
    const lines = rosterCsv(good).trimEnd().split('\n');
    lines[3] = lines[3]!.replace(good[2]!.head, badId); // line 4: wrong check character
    lines[6] = lines[6]!.replace(`,${good[5]!.size},${good[5]!.amount},`, `,21,${good[5]!.amount},`); // line 7: size 21
    lines[9] = lines[9]!.replace('RURAL', 'SUBURBAN'); // line 10
    lines.push('2025-04,630103,630103101,村,H-x,' + idNumber(1, '630103') + ',2,-5,RURAL,true'); // negative amount
    lines.push('2025-05,630103,630103101,村,H-y,' + idNumber(2, '630103') + ',2,500,RURAL,true'); // other month
    const outcome = await h.importCsv('ROSTER', lines.join('\n') + '\n');
    expect(outcome.status).toBe('REJECTED');
    if (outcome.status !== 'REJECTED') return;
    expect(outcome.problems.map(({ line, column }) => [line, column])).toEqual([
      [4, 'head_id_number'],
      [7, 'household_size'],
      [10, 'area'],
      [lines.length - 1, 'amount_fen'],
      [lines.length, 'month'],
    ]);
    expect(outcome.problems[0]!.reason).toMatch(/check character/);
    expect(JSON.stringify(outcome)).not.toContain(badId);
    expect(await h.count('SELECT count(*)::int AS n FROM roster')).toBe(before);
    expect(await h.count('SELECT count(*)::int AS n FROM roster_file')).toBe(files);
    // A wrong header is reported at line 1.
    const header = await h.importCsv('ROSTER', ROSTER_HEADER.replace('village', 'village_name') + '\n');
    expect(header).toMatchObject({ status: 'REJECTED', problems: [{ line: 1, column: null }] });
  });

  it('reads RFC 4180 as csv-parse does: BOM, CRLF, quoted commas, quotes and line breaks, empty lines', async () => {
    const rows = cleanCounty('2025-06', '630104', { people: 40 });
    const villages = ['东村, 二组', '"新"村', '上\r\n下村', '西村'];
    const lines = rows.map((r, n) => {
      const village = villages[n % villages.length]!;
      // Every other village name is written plainly when it needs no quotes.
      const cell = /[",\r\n]/.test(village) || n % 2 ? `"${village.replaceAll('"', '""')}"` : village;
      return [r.month, r.county, r.township, cell, `H-${n}`, r.head, r.size, r.amount, 'URBAN', 'false'].join(',');
    });
    const file = `\uFEFF${ROSTER_HEADER}\r\n${lines.slice(0, 20).join('\r\n')}\r\n\r\n${lines.slice(20).join('\r\n')}`;
    const bytes = Buffer.from(file);
    // Chunks of 7 bytes: lines, quoted fields and multi-byte characters are cut anywhere.
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const outcome = await importFile(h.dataSource, Readable.from(chunks), {
      kind: 'ROSTER',
      actor: systemActor('test'),
      pseudonymKey: PSEUDONYM_KEY,
    });
    expect(outcome).toMatchObject({ status: 'IMPORTED', rows: rows.length });
    const expected = (parse(file, { bom: true, skip_empty_lines: true }) as string[][])
      .slice(1)
      .map((record) => ({ household_id: record[4], village_name: record[3]!.trim() }));
    const stored = (await h.dataSource.query(
      `SELECT household_id, village_name FROM roster WHERE county_code = '630104' ORDER BY substr(household_id, 3)::int`,
    )) as Array<{ household_id: string; village_name: string }>;
    expect(stored).toEqual(expected);
    expect(new Set(stored.map((row) => row.village_name))).toEqual(
      new Set(['东村, 二组', '"新"村', '上\r\n下村', '西村']),
    );

    // The quote opened on line 4 (after a field over lines 2 and 3) runs into the next line's quoted field.
    const unclosed = `${ROSTER_HEADER}\n${lines[2]}\n${lines[1]!.replace(',H-1,', ',"H-1,')}\n${lines[3]}\n`;
    const rejected = await h.importCsv('ROSTER', unclosed.replace(/2025-06/g, '2025-07'));
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      problems: [{ line: 4, column: null, reason: expect.stringMatching(/^not valid CSV/) }],
    });
    expect(await h.count(`SELECT count(*)::int AS n FROM roster WHERE month = '2025-07-01'`)).toBe(0);
  });

  it('checks repeated cells on every row: a township valid in one county is refused in another', async () => {
    const good = cleanCounty('2025-09', '630121', { people: 7000 });
    expect((await h.importCsv('ROSTER', rosterCsv(good))).status).toBe('IMPORTED');
    const other = cleanCounty('2025-09', '630104', { people: 7100 });
    other[3] = { ...other[3]!, township: good[0]!.township };
    other[5] = { ...other[5]!, month: '2025-13' };
    const outcome = await h.importCsv('ROSTER', rosterCsv(other));
    expect(outcome).toMatchObject({
      status: 'REJECTED',
      problems: [
        { line: 5, column: 'township_code', reason: 'must be a 9-digit township code within the county' },
        { line: 7, column: 'month', reason: 'must be a month YYYY-MM' },
      ],
    });
  });

  it('replaces a county-month atomically, keeps other months, and is idempotent by checksum', async () => {
    const march = cleanCounty('2025-03', '630121', { people: 2000 });
    const april = cleanCounty('2025-04', '630121', { people: 2000 });
    expect((await h.importCsv('ROSTER', rosterCsv(march))).status).toBe('IMPORTED');
    expect((await h.importCsv('ROSTER', rosterCsv(april))).status).toBe('IMPORTED');
    const fewer = march.slice(0, 10).map((row) => ({ ...row, amount: row.amount + 1 }));
    const again = await h.importCsv('ROSTER', rosterCsv(fewer));
    expect(again).toMatchObject({ status: 'IMPORTED', rows: 10, replacedRows: march.length });
    const count = (month: string) =>
      h.count(`SELECT count(*)::int AS n FROM roster WHERE county_code = '630121' AND month = $1::date`, [
        `${month}-01`,
      ]);
    expect(await count('2025-03')).toBe(10);
    expect(await count('2025-04')).toBe(april.length);
    // The same bytes again: nothing changes.
    const unchanged = await h.importCsv('ROSTER', rosterCsv(fewer));
    expect(unchanged).toMatchObject({ status: 'UNCHANGED', fileId: again.status === 'IMPORTED' ? again.fileId : '' });
    // A rejected replacement leaves the month as it was.
    const broken = rosterCsv(march).replace(',RURAL,', ',NOWHERE,');
    expect((await h.importCsv('ROSTER', broken)).status).toBe('REJECTED');
    expect(await count('2025-03')).toBe(10);
    // Rows live in the county-month's partition, under the month's, and a county-month query reads it alone.
    const [partition] = (await h.dataSource.query(
      `SELECT tableoid::regclass::text AS p FROM roster WHERE county_code = '630121' AND month = '2025-03-01' LIMIT 1`,
    )) as Array<{ p: string }>;
    expect(partition!.p).toMatch(/roster_2025_03_630121$/);
    // While a replacement is being loaded, readers see the old county-month whole; after its commit, the new one.
    const may = cleanCounty('2025-03', '630121', { people: 4000, townships: 4, villages: 10 });
    const [head, ...body] = rosterCsv(may).split('\n');
    const stream = new PassThrough();
    const replacing = importFile(h.dataSource, stream, {
      kind: 'ROSTER',
      actor: systemActor('test'),
      pseudonymKey: PSEUDONYM_KEY,
    });
    stream.write(`${head}\n${body.slice(0, 200).join('\n')}\n`);
    await sleep(300);
    // The first rows are in the load table by now: its COPY is under way.
    expect(
      await h.count(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'COPY monitoring.roster_2025_03_630121_next%'`,
      ),
    ).toBe(1);
    expect(await count('2025-03')).toBe(10);
    stream.end(`${body.slice(200).join('\n')}`);
    expect(await replacing).toMatchObject({ status: 'IMPORTED', rows: may.length, replacedRows: 10 });
    expect(await count('2025-03')).toBe(may.length);
    const plan = JSON.stringify(
      await h.dataSource.query(
        `EXPLAIN (FORMAT JSON) SELECT count(*) FROM roster WHERE county_code = '630121' AND month = '2025-03-01'`,
      ),
    );
    expect(plan).toContain('roster_2025_03_630121');
    expect(plan).not.toContain('roster_2025_04');
  });
});
