import type { EntityManager, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/** Rows per statement: well below PostgreSQL's 65,535 bind parameters for the widest imported table. */
export const DEFAULT_CHUNK_SIZE = 500;

export interface ChunkOptions {
  /** Rows per statement. */
  size?: number;
  /** Called after each chunk with the number of rows written so far. */
  progress?: (done: number) => void;
}

/** Writes rows a chunk at a time (bulk imports), reporting progress after each chunk. */
export async function forEachChunk<T>(
  rows: readonly T[],
  write: (chunk: T[]) => Promise<unknown>,
  { size = DEFAULT_CHUNK_SIZE, progress }: ChunkOptions = {},
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    await write(rows.slice(start, start + size));
    progress?.(Math.min(start + size, rows.length));
  }
}

/** Inserts rows of one entity a chunk per statement, in the manager's transaction. */
export function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  target: new () => T,
  rows: ReadonlyArray<QueryDeepPartialEntity<T>>,
  options: ChunkOptions = {},
): Promise<void> {
  return forEachChunk(rows, (chunk) => manager.insert(target, chunk), options);
}
