import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/*
 * Bulk loading with PostgreSQL's COPY … FROM STDIN (text format). Rows are the same entity objects the
 * ordinary import builds, turned into COPY text through TypeORM's own column metadata and value
 * preparation (transformers, JSON columns, arrays), so that a copied row is the row an INSERT would write
 * and every constraint of the table still checks it. The bytes sent are hashed on the way: the checksum
 * goes into the audit record of the batch (copyWriter, then auditImport in @dibao/server).
 */

export interface CopySummary {
  rows: number;
  bytes: number;
  /** SHA-256 (hex) of the COPY text sent, in order. */
  sha256: string;
}

/** Text written in lines of about this size to the COPY stream. */
const FLUSH_BYTES = 1 << 16;

/** Escapes a value for COPY's text format (backslash, tab, newline, carriage return). */
function escapeCopyText(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : text;
}

/** A PostgreSQL array literal: every element quoted, NULL unquoted. */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values
    .map((value) =>
      value === null || value === undefined
        ? 'NULL'
        : Array.isArray(value)
          ? arrayLiteral(value)
          : `"${scalarText(value).replace(/["\\]/g, (c) => `\\${c}`)}"`,
    )
    .join(',')}}`;
}

function scalarText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One field of COPY text: `\N` for null. */
export function copyField(value: unknown, column?: Pick<ColumnMetadata, 'isArray'>): string {
  if (value === null || value === undefined) return '\\N';
  if (Array.isArray(value) && (column === undefined || column.isArray)) return escapeCopyText(arrayLiteral(value));
  return escapeCopyText(scalarText(value));
}

/** The columns a batch writes: those the first row sets (generated and defaulted columns it leaves out are left to the table). */
function columnsOf(manager: EntityManager, target: new () => ObjectLiteral, first: ObjectLiteral): ColumnMetadata[] {
  const metadata = manager.connection.getMetadata(target);
  return metadata.columns.filter((column) => !column.isVirtual && column.getEntityValue(first) !== undefined);
}

/**
 * Copies rows of one entity into its table with COPY FROM STDIN on the manager's connection (inside its
 * transaction), streaming: rows may be a generator, memory stays flat whatever their number.
 */
export async function copyRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: new () => T,
  rows: Iterable<T>,
): Promise<CopySummary> {
  const iterator = rows[Symbol.iterator]();
  const first = iterator.next();
  const hash = createHash('sha256');
  if (first.done) return { rows: 0, bytes: 0, sha256: hash.digest('hex') };
  const metadata = manager.connection.getMetadata(target);
  const columns = columnsOf(manager, target, first.value);
  const driver = manager.connection.driver;
  const lineOf = (row: T): string =>
    `${columns
      .map((column) => copyField(driver.preparePersistentValue(column.getEntityValue(row), column), column))
      .join('\t')}\n`;

  const queryRunner = manager.queryRunner;
  if (!queryRunner) throw new Error('copyRows needs a manager of an open transaction');
  const client = (await queryRunner.connect()) as PoolClient;
  // Unqualified unless the entity names its schema: each subgraph's connection sets its own search_path.
  const table = metadata.schema ? `"${metadata.schema}"."${metadata.tableName}"` : `"${metadata.tableName}"`;
  const columnList = columns.map((column) => `"${column.databaseName}"`).join(', ');
  const stream = client.query(copyFrom(`COPY ${table} (${columnList}) FROM STDIN`));

  let count = 0;
  let bytes = 0;
  function* text(): Generator<string> {
    let buffer = lineOf(first.value as T);
    count = 1;
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      buffer += lineOf(next.value);
      count += 1;
      if (buffer.length >= FLUSH_BYTES) {
        hash.update(buffer);
        bytes += Buffer.byteLength(buffer);
        yield buffer;
        buffer = '';
      }
    }
    hash.update(buffer);
    bytes += Buffer.byteLength(buffer);
    yield buffer;
  }
  await pipeline(Readable.from(text(), { objectMode: false }), stream);
  return { rows: count, bytes, sha256: hash.digest('hex') };
}
