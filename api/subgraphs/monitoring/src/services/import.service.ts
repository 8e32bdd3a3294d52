import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
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

/** A rejection lists at most this many problems (the count says how many there were). */
export const MAX_REPORTED_PROBLEMS = 1000;
/** Rows between progress reports. */
export const PROGRESS_EVERY = 50_000;
/** COPY data is written in chunks of about this many bytes. */
const COPY_CHUNK_BYTES = 256 * 1024;

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

const ROSTER_COPY =
  'COPY roster (month, county_code, township_code, village_name, household_id, head_pseudonym, household_size, amount_fen, area, bank_paid, file_id) FROM STDIN';
const REGISTER_COPY = 'COPY register_entry (pseudonym, kind, since, source, file_id) FROM STDIN';

/** A COPY in progress, fed in chunks with backpressure. */
class CopyWriter {
  private buffer = '';
  private readonly stream: ReturnType<typeof copyFrom>;

  constructor(client: PoolClient, statement: string) {
    this.stream = client.query(copyFrom(statement));
  }

  async line(fields: string[]): Promise<void> {
    this.buffer += fields.join('\t') + '\n';
    if (this.buffer.length >= COPY_CHUNK_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk && !this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async finish(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** The sha-256 of the bytes as they pass: the file's checksum, for idempotency. */
function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
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
 * arrives and COPYed into its table; a roster's first row names its county-month, whose old rows are deleted in
 * the same transaction (so readers see the old month or the new one, never a mix). Any bad row stops the
 * writing, the rest of the file is still read to complete the report, and the transaction is rolled back:
 * nothing of a rejected file is written. The same bytes imported again change nothing.
 */
export async function importFile(
  dataSource: DataSource,
  source: Readable,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const { kind } = options;
  const columns = COLUMNS_OF[kind];
  const hash = createHash('sha256');
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
  const feeding = pipeline(source, hashing(hash), parser).catch(() => undefined);

  const problems: RowProblem[] = [];
  let problemCount = 0;
  const problem = (entry: RowProblem) => {
    problemCount += 1;
    if (problems.length < MAX_REPORTED_PROBLEMS) problems.push(entry);
  };

  const queryRunner: QueryRunner = dataSource.createQueryRunner();
  const client = (await queryRunner.connect()) as PoolClient;
  await queryRunner.startTransaction();
  const fileId = randomUUID();
  let copy: CopyWriter | undefined;
  let scope: { countyCode: string; month: string } | undefined;
  let replacedRows = 0;
  let rows = 0;
  let checksum = '';
  const standards: StandardRow[] = [];
  try {
    let header = true;
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        const line = info.lines;
        if (header) {
          header = false;
          if (record.length !== columns.length || record.some((name, index) => name.trim() !== columns[index])) {
            problem({ line, column: null, reason: `header must be exactly: ${columns.join(',')}` });
            break;
          }
          continue;
        }
        if (record.length !== columns.length) {
          problem({ line, column: null, reason: `has ${record.length} fields, expected ${columns.length}` });
          continue;
        }
        try {
          if (kind === 'ROSTER') {
            const row = rosterRow(record);
            if (!scope) {
              options.authorizeCounty?.(row.countyCode);
              scope = { countyCode: row.countyCode, month: row.month };
              // One importer of a county-month at a time; the loser waits and then replaces the winner's rows.
              await queryRunner.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
                `roster:${row.countyCode}:${row.month}`,
              ]);
              const deleted = (await queryRunner.query(
                'WITH gone AS (DELETE FROM roster WHERE month = $1 AND county_code = $2 RETURNING 1) SELECT count(*)::int AS n FROM gone',
                [row.month, row.countyCode],
              )) as Array<{ n: number }>;
              replacedRows = deleted[0]?.n ?? 0;
              copy = new CopyWriter(client, ROSTER_COPY);
            } else if (row.countyCode !== scope.countyCode) {
              throw new CellError(
                'county_code',
                `a roster holds one county: this file's first row is ${scope.countyCode}`,
              );
            } else if (row.month !== scope.month) {
              throw new CellError(
                'month',
                `a roster holds one month: this file's first row is ${scope.month.slice(0, 7)}`,
              );
            }
            if (problemCount === 0) {
              await copy!.line([
                row.month,
                row.countyCode,
                row.townshipCode,
                copyText(row.villageName),
                copyText(row.householdId),
                pseudonymOf(row.headIdNumber, options.pseudonymKey),
                String(row.householdSize),
                String(row.amountFen),
                row.area,
                String(row.bankPaid),
                fileId,
              ]);
            }
          } else if (kind === 'REGISTER') {
            const row = registerRow(record);
            copy ??= new CopyWriter(client, REGISTER_COPY);
            if (problemCount === 0) {
              await copy.line([
                pseudonymOf(row.idNumber, options.pseudonymKey),
                row.kind,
                row.since,
                copyText(row.source),
                fileId,
              ]);
            }
          } else {
            standards.push(standardRow(record));
          }
          rows += 1;
          if (options.onProgress && rows % PROGRESS_EVERY === 0) options.onProgress(rows);
        } catch (error) {
          if (!(error instanceof CellError)) throw error;
          problem({ line, column: error.column, reason: error.message });
          // Stop writing at the first bad row: the file is rejected whole, only the report goes on.
          if (copy && problemCount === 1) {
            await copy.finish();
            copy = undefined;
          }
        }
      }
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      // The parser's own message may quote the row (and so an ID number): report its code and line only.
      problem({
        line: Number((error as CsvError & { lines?: number }).lines ?? 0),
        column: null,
        reason: `not valid CSV (${error.code})`,
      });
    }
    await feeding;
    if (header) problem({ line: 1, column: null, reason: 'the file is empty: it needs a header row' });
    else if (rows === 0 && problemCount === 0) problem({ line: 2, column: null, reason: 'the file has no data rows' });
    await copy?.finish();
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
