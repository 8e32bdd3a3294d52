import type { EntityManager, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { copyRows, type CopySummary } from './copy-rows.js';
import { insertInChunks, type ChunkOptions } from './insert-in-chunks.js';

/*
 * How an import writes its rows: INSERT a chunk per statement (the default, any size, any table state), or
 * COPY FROM STDIN (bulk loads into tables the load owns, the national demo). The import code builds the same
 * rows either way, so a copied row is exactly the row an insert would write.
 */
export interface RowWriter {
  readonly mode: 'INSERT' | 'COPY';
  /** A label of the batch, for the audit records of a copy ("province 630000", say). */
  readonly batch: string | null;
  write<T extends ObjectLiteral>(
    manager: EntityManager,
    target: new () => T,
    rows: ReadonlyArray<QueryDeepPartialEntity<T>>,
    options?: ChunkOptions,
  ): Promise<void>;
  /** What each copied table received, by table name, in the order written; empty for INSERT. */
  readonly copied: ReadonlyMap<string, CopySummary>;
}

export function insertWriter(): RowWriter {
  return { mode: 'INSERT', batch: null, write: insertInChunks, copied: new Map() };
}

/** A writer for one batch (one transaction): keep one per import call, it remembers the checksums. */
export function copyWriter(batch: string): RowWriter {
  const copied = new Map<string, CopySummary>();
  let transaction: EntityManager | undefined;
  return {
    mode: 'COPY',
    batch,
    copied,
    async write(manager, target, rows, options) {
      // A write that is run again (auditedWrite retries a lost race) starts a new transaction: what the
      // rolled-back attempt copied is not in the table, so it is not in the audit record either.
      if (manager !== transaction) {
        copied.clear();
        transaction = manager;
      }
      const summary = await copyRows(manager, target, rows as Iterable<ObjectLiteral>);
      options?.progress?.(summary.rows);
      if (summary.rows === 0) return;
      const table = manager.connection.getMetadata(target).tableName;
      const before = copied.get(table);
      // A table written twice in one batch keeps both checksums' order in one digest of the two.
      copied.set(
        table,
        before
          ? {
              rows: before.rows + summary.rows,
              bytes: before.bytes + summary.bytes,
              sha256: `${before.sha256}+${summary.sha256}`,
            }
          : summary,
      );
    },
  };
}
