import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, QueryRunner } from 'typeorm';
import { appendAudit, type AuditActor } from '@dibao/db';
import {
  CellError,
  COLUMNS_OF,
  registerRow,
  rosterRow,
  standardRow,
  type FileKind,
  type RowProblem,
  type StandardRow,
} from './formats.js';
import { pseudonymOf } from './pseudonym.js';
import { CsvLineError, CsvRecords } from './csv-records.js';

/** A rejection lists at most this many problems (the count says how many there were). */
export const MAX_REPORTED_PROBLEMS = 1000;
/** Rows between progress reports. */
export const PROGRESS_EVERY = 50_000;

export interface ImportOptions {
  kind: FileKind;
  actor: AuditActor;
  /** MONITORING_PSEUDONYM_KEY: the HMAC key ID numbers are pseudonymised with. */
  pseudonymKey: string;
  /** Refuses a roster of a county the sender may not send (throws a coded error); called once, on the first row. */
  authorizeCounty?: (countyCode: string) => void;
  onProgress?: (rows: number) => void;
  now?: () => Date;
}

export type ImportOutcome =
  | {
      status: 'IMPORTED';
      fileId: string;
      kind: FileKind;
      checksum: string;
      rows: number;
      countyCode: string | null;
      month: string | null;
      /** Rows of the same county-month this file replaced. */
      replacedRows: number;
    }
  | { status: 'UNCHANGED'; fileId: string; kind: FileKind; checksum: string }
  | { status: 'REJECTED'; kind: FileKind; checksum: string; problems: RowProblem[]; problemCount: number };

/** PostgreSQL COPY text format: backslash, tab and line breaks escaped. */
function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r')
    : value;
}

/** Into the county-month's fresh load table (see the migration RosterCountyPartitions): no index, rows frozen. */
const rosterCopy = (table: string) =>
  `COPY ${table} (month, county_code, township_code, village_name, household_id, head_pseudonym, household_size, amount_fen, area, bank_paid) FROM STDIN WITH (FREEZE)`;
const REGISTER_COPY = 'COPY register_entry (pseudonym, kind, since, source, file_id) FROM STDIN';

/** A COPY in progress, fed the COPY text of one input chunk at a time, with backpressure. */
class CopyWriter {
  private readonly stream: ReturnType<typeof copyFrom>;

  constructor(client: PoolClient, statement: string) {
    this.stream = client.query(copyFrom(statement));
  }

  async write(text: string): Promise<void> {
    if (text && !this.stream.write(text)) await once(this.stream, 'drain');
  }

  async finish(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** The file already imported with this checksum, if any. */
export async function fileWithChecksum(dataSource: DataSource, checksum: string): Promise<string | undefined> {
  const rows = (await dataSource.query('SELECT id FROM roster_file WHERE checksum = $1', [checksum])) as Array<{
    id: string;
  }>;
  return rows[0]?.id;
}

/**
 * Imports one file from a stream in one pass and one transaction: each row is checked and pseudonymised as it
 * arrives and COPYed into its table; a roster's first row names its county-month, which is loaded into a table
 * of its own and swapped for the old one in the same transaction (so readers see the old county-month or the new
 * one, never a mix). Any bad row stops the
 * writing, the rest of the file is still read to complete the report, and the transaction is rolled back:
 * nothing of a rejected file is written. The same bytes imported again change nothing.
 *
 * The work goes chunk by chunk of the input (64 KiB from a file): a chunk is hashed and parsed, each of its rows
 * checked and turned into COPY text synchronously, then the chunk's COPY text goes to PostgreSQL in one write,
 * which waits only when the connection pushes back. So JavaScript parses the next chunk while PostgreSQL stores
 * the last one, and memory holds about a chunk whatever the size of the file.
 */
export async function importFile(
  dataSource: DataSource,
  source: Readable,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const { kind, pseudonymKey } = options;
  const columns = COLUMNS_OF[kind];
  const hash = createHash('sha256');

  const problems: RowProblem[] = [];
  let problemCount = 0;
  const problem = (entry: RowProblem) => {
    problemCount += 1;
    if (problems.length < MAX_REPORTED_PROBLEMS) problems.push(entry);
  };

  const fileId = randomUUID();
  let scope: { countyCode: string; month: string } | undefined;
  let header = true;
  let headerBad = false;
  let rows = 0;
  /** COPY text of the good rows of the chunk being parsed. */
  let pending = '';
  /** An error that is no bad cell (a refused county): it ends the import once the chunk is parsed. */
  let fatal: unknown;
  const standards: StandardRow[] = [];

  const onRecord = (record: string[], line: number) => {
    if (fatal !== undefined || headerBad) return;
    if (header) {
      header = false;
      if (record.length !== columns.length || record.some((name, index) => name.trim() !== columns[index])) {
        problem({ line, column: null, reason: `header must be exactly: ${columns.join(',')}` });
        headerBad = true;
      }
      return;
    }
    if (record.length !== columns.length) {
      problem({ line, column: null, reason: `has ${record.length} fields, expected ${columns.length}` });
      return;
    }
    try {
      if (kind === 'ROSTER') {
        const row = rosterRow(record);
        if (!scope) {
          options.authorizeCounty?.(row.countyCode);
          scope = { countyCode: row.countyCode, month: row.month };
        } else if (row.countyCode !== scope.countyCode) {
          throw new CellError('county_code', `a roster holds one county: this file's first row is ${scope.countyCode}`);
        } else if (row.month !== scope.month) {
          throw new CellError('month', `a roster holds one month: this file's first row is ${scope.month.slice(0, 7)}`);
        }
        // Checked and encoded in one pass; once a row is bad, no more COPY text is made.
        if (problemCount === 0) {
          pending += `${row.month}\t${row.countyCode}\t${row.townshipCode}\t${copyText(row.villageName)}\t${copyText(row.householdId)}\t\\\\x${pseudonymOf(row.headIdNumber, pseudonymKey)}\t${row.householdSize}\t${row.amountFen}\t${row.area}\t${row.bankPaid}\n`;
        }
      } else if (kind === 'REGISTER') {
        const row = registerRow(record);
        if (problemCount === 0) {
          pending += `\\\\x${pseudonymOf(row.idNumber, pseudonymKey)}\t${row.kind}\t${row.since}\t${copyText(row.source)}\t${fileId}\n`;
        }
      } else {
        standards.push(standardRow(record));
      }
      rows += 1;
      if (options.onProgress && rows % PROGRESS_EVERY === 0) options.onProgress(rows);
    } catch (error) {
      if (error instanceof CellError) problem({ line, column: error.column, reason: error.message });
      else fatal = error;
    }
  };
  const records = new CsvRecords(onRecord);

  const queryRunner: QueryRunner = dataSource.createQueryRunner();
  const client = (await queryRunner.connect()) as PoolClient;
  await queryRunner.startTransaction();
  let copy: CopyWriter | undefined;
  let copyOpen = false;
  let replacedRows = 0;
  let checksum = '';
  /** Opens the COPY once the first good rows are there (a roster first takes its county-month's place). */
  const openCopy = async (): Promise<CopyWriter> => {
    copyOpen = true;
    if (kind !== 'ROSTER') return new CopyWriter(client, REGISTER_COPY);
    const { countyCode, month } = scope!;
    // The month's table is made in a short transaction of its own: making it takes a lock on the whole roster,
    // which must not be held for the length of an import. (A rejected file of a new month leaves it empty.)
    await dataSource.query('SELECT roster_month_partition($1::date)', [month]);
    // One importer of a county-month at a time; the loser waits and then replaces the winner's rows.
    await queryRunner.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`roster:${countyCode}:${month}`]);
    const [{ t }] = (await queryRunner.query('SELECT roster_load_table($1::date, $2) AS t', [month, countyCode])) as [
      { t: string },
    ];
    return new CopyWriter(client, rosterCopy(t));
  };
  const closeCopy = async () => {
    if (!copy || !copyOpen) return;
    copyOpen = false;
    await copy.finish();
  };
  try {
    let parsing = true;
    const parse = async (chunk?: Buffer) => {
      try {
        if (chunk) records.feed(chunk);
        else records.end();
      } catch (error) {
        if (!(error instanceof CsvLineError)) throw error;
        parsing = false;
        // csv-parse's own message may quote the row (and so an ID number): report its code and line only.
        problem({ line: error.line, column: null, reason: `not valid CSV (${error.code})` });
      }
      if (fatal !== undefined) throw fatal;
      if (problemCount > 0) {
        // Stop writing at the first bad row: the file is rejected whole, only the report goes on.
        pending = '';
        await closeCopy();
        return;
      }
      if (pending === '') return;
      copy ??= await openCopy();
      const text = pending;
      pending = '';
      await copy.write(text);
    };
    for await (const chunk of source as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      hash.update(bytes);
      // After broken CSV or a wrong header the rest is only read: for the checksum, and so that a sender is
      // not cut off before the report.
      if (parsing && !headerBad) await parse(bytes);
    }
    if (parsing && !headerBad) await parse();
    if (header) problem({ line: 1, column: null, reason: 'the file is empty: it needs a header row' });
    else if (rows === 0 && problemCount === 0) problem({ line: 2, column: null, reason: 'the file has no data rows' });
    await closeCopy();
    checksum = hash.digest('hex');
    if (problemCount > 0) {
      await queryRunner.rollbackTransaction();
      return { status: 'REJECTED', kind, checksum, problems, problemCount };
    }
    const existing = (await queryRunner.query('SELECT id FROM roster_file WHERE checksum = $1', [checksum])) as Array<{
      id: string;
    }>;
    if (existing[0]) {
      await queryRunner.rollbackTransaction();
      return { status: 'UNCHANGED', fileId: existing[0].id, kind, checksum };
    }
    if (kind === 'ROSTER' && scope) {
      // The loaded county-month takes the old one's place in the month's tree, in this transaction.
      const [{ n }] = (await queryRunner.query('SELECT roster_swap($1::date, $2) AS n', [
        scope.month,
        scope.countyCode,
      ])) as [{ n: number }];
      replacedRows = n;
    }
    const importedAt = (options.now ?? (() => new Date()))();
    await queryRunner.query(
      'INSERT INTO roster_file (id, kind, checksum, county_code, month, rows, imported_at, imported_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [
        fileId,
        kind,
        checksum,
        scope?.countyCode ?? null,
        scope?.month ?? null,
        rows,
        importedAt,
        JSON.stringify(options.actor),
      ],
    );
    if (standards.length > 0) {
      await queryRunner.query(
        `INSERT INTO standard (county_code, area, from_month, standard_fen, file_id)
         SELECT c, a, m::date, f, $5 FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS t(c, a, m, f)
         ON CONFLICT (county_code, area, from_month) DO UPDATE SET standard_fen = EXCLUDED.standard_fen, file_id = EXCLUDED.file_id`,
        [
          standards.map((row) => row.countyCode),
          standards.map((row) => row.area),
          standards.map((row) => row.fromMonth),
          standards.map((row) => row.standardFen),
          fileId,
        ],
      );
    }
    const outcome = {
      status: 'IMPORTED' as const,
      fileId,
      kind,
      checksum,
      rows,
      countyCode: scope?.countyCode ?? null,
      month: scope ? scope.month.slice(0, 7) : null,
      replacedRows,
    };
    // The audit names the file and its counts; the rows (and any ID number) stay out of it. An import keeps its
    // own transaction rather than auditedWrite's: a stream read once cannot be run again after a lost race.
    await appendAudit(queryRunner.manager, {
      actor: options.actor,
      entityType: 'RosterFile',
      entityId: fileId,
      action: 'IMPORT',
      after: { ...outcome, status: undefined },
    });
    await queryRunner.commitTransaction();
    return outcome;
  } catch (error) {
    if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
    source.destroy();
    // Two senders raced with the same bytes: the loser's import changes nothing.
    if ((error as { code?: string }).code === '23505' && checksum) {
      const id = await fileWithChecksum(dataSource, checksum);
      if (id) return { status: 'UNCHANGED', fileId: id, kind, checksum };
    }
    throw error;
  } finally {
    await queryRunner.release();
  }
}
