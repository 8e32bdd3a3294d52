import { isRegionCode } from '@dibao/domain';
import { badInput } from '@dibao/server';

export function checkedRegionCode(code: string, argument: string): string {
  if (!isRegionCode(code)) {
    throw badInput(
      `${argument} must be a GB/T 2260 region code, got "${code}"`,
      `${argument} 须为 GB/T 2260 区划代码，收到“${code}”`,
    );
  }
  return code;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/**
 * A unique, time-ordered page key: `YYYYMMDDHHMMSS` (UTC) of a timestamp, then the id. `sqlTimeKey` gives the
 * same text in SQL, so that keyset pagination compares like with like.
 */
export function timeKey(at: Date, id: string): string {
  return `${at.toISOString().slice(0, 19).replace(/\D/g, '')}${id}`;
}
export const sqlTimeKey = (column: string, idColumn: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS') || ${idColumn}::text`;
