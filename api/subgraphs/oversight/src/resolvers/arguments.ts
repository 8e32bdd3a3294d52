/**
 * A unique, time-ordered page key: `YYYYMMDDHHMMSS` (UTC) of a timestamp, then the id. `sqlTimeKey` gives the
 * same text in SQL, so that keyset pagination compares like with like.
 */
export function timeKey(at: Date, id: string): string {
  return `${at.toISOString().slice(0, 19).replace(/\D/g, '')}${id}`;
}
export const sqlTimeKey = (column: string, idColumn: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS') || ${idColumn}::text`;
