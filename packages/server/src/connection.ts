import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors.js';

@Directive('@shareable')
@ObjectType({ description: 'Relay page information / 分页信息' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type (Relay cursor connections). */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => nodeType)
    node: T;

    @Field()
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} / ${name} 分页列表` })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Matching items in all pages / 全部页的条目总数' })
    totalCount: number;
  }
  return ConnectionClass;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface PageRequest {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ k: key }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k?: unknown };
    if (typeof decoded.k === 'string') return decoded.k;
  } catch {
    // fall through to the error below
  }
  throw badInput(`Invalid cursor: ${cursor}`, `无效的分页游标：${cursor}`);
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, `first 必须在 0 到 ${MAX_PAGE_SIZE} 之间`);
  }
  return size;
}

/**
 * Keyset pagination over a unique text key (`alias.column`): stable under inserts, and cheap at any depth,
 * unlike OFFSET. The total is counted on the same filtered query.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  keyColumn: string,
  keyOf: (row: T) => string,
  request: PageRequest,
): Promise<Connection<T>> {
  const size = pageSize(request.first);
  const totalCount = await query.clone().getCount();
  const page = query
    .clone()
    .orderBy(keyColumn, 'ASC')
    .take(size + 1);
  if (request.after) page.andWhere(`${keyColumn} > :afterKey`, { afterKey: decodeCursor(request.after) });
  const rows = size === 0 ? [] : await page.getMany();
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(request.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * The connection of a keyset page read in SQL: `rows` holds up to one more than `size` (the extra row only says
 * there is a next page), in the page's order; the total was counted on the same filter.
 */
export function keysetConnection<T>(
  rows: readonly T[],
  size: number,
  keyOf: (row: T) => string,
  totalCount: number,
  afterGiven: boolean,
): Connection<T> {
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: afterGiven,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A page of rows a batched loader has already read for one parent (inspections overlapping a region, the
 * region's own reports), by the same keyset rules as `paginate` over unique keys: `after` is a key's cursor,
 * and the page holds the keys past it in the given order. For relations whose rows per parent stay few; large
 * subtrees use `createSubtreeConnectionLoader`, which pages in SQL.
 */
export function connectionOf<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  request: PageRequest,
  order: 'ASC' | 'DESC' = 'ASC',
): Connection<T> {
  const size = pageSize(request.first);
  const afterKey = request.after ? decodeCursor(request.after) : null;
  const sign = order === 'ASC' ? 1 : -1;
  const keyed = rows
    .map((node) => ({ node, key: keyOf(node) }))
    .sort((a, b) => (a.key === b.key ? 0 : a.key < b.key ? -sign : sign));
  const rest =
    afterKey === null ? keyed : keyed.filter((row) => (order === 'ASC' ? row.key > afterKey : row.key < afterKey));
  const edges = rest.slice(0, size).map(({ node, key }) => ({ node, cursor: encodeCursor(key) }));
  return {
    edges,
    totalCount: keyed.length,
    pageInfo: {
      hasNextPage: rest.length > size,
      hasPreviousPage: afterKey !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A page of rows in the order a batched loader gives them (an order of several columns, such as a bulletin's
 * number then the item's position), the cursor naming the last row seen by its id. A cursor whose row has
 * gone since is refused rather than guessed at.
 */
export function connectionInOrder<T>(
  rows: readonly T[],
  idOf: (row: T) => string,
  request: PageRequest,
): Connection<T> {
  const size = pageSize(request.first);
  const afterId = request.after ? decodeCursor(request.after) : null;
  let start = 0;
  if (afterId !== null) {
    start = rows.findIndex((row) => idOf(row) === afterId) + 1;
    if (start === 0)
      throw badInput(`Cursor ${request.after} is no longer in the list`, `分页游标 ${request.after} 已不在列表中`);
  }
  const edges = rows.slice(start, start + size).map((node) => ({ node, cursor: encodeCursor(idOf(node)) }));
  return {
    edges,
    totalCount: rows.length,
    pageInfo: {
      hasNextPage: start + size < rows.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A unique, time-ordered page key: `YYYYMMDDHHMMSS` (UTC) of a timestamp, then the id. `sqlTimeKey` gives the
 * same text in SQL, so that keyset pagination compares like with like.
 */
export function timeKey(at: Date, id: string): string {
  return `${at.toISOString().slice(0, 19).replace(/\D/g, '')}${id}`;
}
export const sqlTimeKey = (column: string, idColumn: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS') || ${idColumn}::text`;
