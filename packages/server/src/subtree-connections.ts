import DataLoader from 'dataloader';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { subtreeCodePrefix } from '@dibao/domain';
import { decodeCursor, encodeCursor, pageSize, type Connection, type PageRequest } from './connection.js';

export interface SubtreeConnectionOptions<T extends ObjectLiteral, A> {
  /** The filtered query for one set of arguments (scope included), over an alias with an `id` column. */
  query: (args: A) => SelectQueryBuilder<T>;
  alias: string;
  /** SQL of the region code column, e.g. `complaint.region_code`. */
  regionColumn: string;
  /** SQL of the unique, sortable page key; `keyOf` computes the same key from a row. */
  keyExpression: string;
  keyOf: (row: T) => string;
}

interface Ranked {
  prefix: string;
  id: string;
  page_key: string;
  total: string;
}

/**
 * Relay connections of many regions in one go: `Region.complaints(first: 3)` over 45 counties costs two SQL
 * statements, not two per county. Window functions number each region's rows and count them; the page's rows
 * are then loaded by id. Regions requested with different arguments are batched per argument set.
 */
export function createSubtreeConnectionLoader<T extends ObjectLiteral, A extends PageRequest>(
  options: SubtreeConnectionOptions<T, A>,
) {
  async function pagesFor(args: A, regionCodes: readonly string[]): Promise<Connection<T>[]> {
    const size = pageSize(args.first);
    const afterKey = args.after ? decodeCursor(args.after) : null;
    const inner = options
      .query(args)
      .select(`${options.alias}.id`, 'id')
      .addSelect(options.regionColumn, 'region_code')
      .addSelect(options.keyExpression, 'page_key');
    const [innerSql, innerParameters] = inner.getQueryAndParameters();
    const prefixParameter = `$${innerParameters.length + 1}`;
    const afterParameter = `$${innerParameters.length + 2}`;
    const afterCondition = afterKey === null ? 'true' : `c.page_key > ${afterParameter}`;
    const prefixes = regionCodes.map((code) => subtreeCodePrefix(code));
    const ranked = (await inner.connection.query(
      `SELECT prefix, id, page_key, total FROM (
         SELECT p.prefix, c.id, c.page_key,
                count(*) OVER (PARTITION BY p.prefix) AS total,
                row_number() OVER (PARTITION BY p.prefix, (${afterCondition}) ORDER BY c.page_key) AS position
           FROM unnest(${prefixParameter}::text[]) AS p(prefix)
           JOIN (${innerSql}) c ON c.region_code LIKE p.prefix || '%'
       ) ranked
       WHERE ${afterCondition.replaceAll('c.page_key', 'page_key')} AND position <= ${size + 1}
       ORDER BY prefix, page_key`,
      [...innerParameters, [...new Set(prefixes)], ...(afterKey === null ? [] : [afterKey])],
    )) as Ranked[];
    const totals = new Map(ranked.map((row) => [row.prefix, Number(row.total)]));
    // A region with no row on the page has none at all, unless the page lies past a cursor: count those apart.
    const uncounted = prefixes.filter((prefix) => !totals.has(prefix));
    if (afterKey !== null && uncounted.length > 0) {
      for (const [prefix, total] of await countsFor(args, uncounted)) totals.set(prefix, total);
    }
    const ids = [...new Set(ranked.map((row) => row.id))];
    const rows =
      size === 0 || ids.length === 0
        ? []
        : await options.query(args).andWhere(`${options.alias}.id IN (:...pageIds)`, { pageIds: ids }).getMany();
    const byId = new Map(rows.map((row) => [String((row as unknown as { id: unknown }).id), row]));
    return prefixes.map((prefix) => {
      const mine = ranked.filter((row) => row.prefix === prefix);
      const nodes = mine.slice(0, size).flatMap((row) => (byId.has(row.id) ? [byId.get(row.id) as T] : []));
      const edges = nodes.map((node) => ({ node, cursor: encodeCursor(options.keyOf(node)) }));
      return {
        edges,
        totalCount: totals.get(prefix) ?? 0,
        pageInfo: {
          hasNextPage: mine.length > size,
          hasPreviousPage: afterKey !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    });
  }

  /** Totals of regions whose page (past a cursor) holds no row to carry them. */
  async function countsFor(args: A, prefixes: string[]): Promise<Map<string, number>> {
    const inner = options.query(args).select(options.regionColumn, 'region_code');
    const [innerSql, innerParameters] = inner.getQueryAndParameters();
    const rows = (await inner.connection.query(
      `SELECT p.prefix, count(c.region_code)::int AS total
         FROM unnest($${innerParameters.length + 1}::text[]) AS p(prefix)
         LEFT JOIN (${innerSql}) c ON c.region_code LIKE p.prefix || '%'
        GROUP BY p.prefix`,
      [...innerParameters, [...new Set(prefixes)]],
    )) as Array<{ prefix: string; total: number }>;
    return new Map(rows.map((row) => [row.prefix, row.total]));
  }

  return new DataLoader<{ regionCode: string; args: A }, Connection<T>, string>(
    async (keys) => {
      const byArgs = new Map<string, { args: A; indexes: number[] }>();
      keys.forEach((key, index) => {
        const argsKey = JSON.stringify(key.args);
        const group = byArgs.get(argsKey) ?? { args: key.args, indexes: [] };
        group.indexes.push(index);
        byArgs.set(argsKey, group);
      });
      const results: Connection<T>[] = new Array(keys.length);
      for (const { args, indexes } of byArgs.values()) {
        const pages = await pagesFor(
          args,
          indexes.map((index) => keys[index]!.regionCode),
        );
        indexes.forEach((index, position) => (results[index] = pages[position]!));
      }
      return results;
    },
    { cacheKeyFn: (key) => `${key.regionCode}|${JSON.stringify(key.args)}` },
  );
}
