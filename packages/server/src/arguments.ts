import { isRegionCode } from '@dibao/domain';
import { badInput } from './errors.js';

/** Region codes arrive as free-form IDs: refuse malformed ones with a clear message instead of "not found". */
export function checkedRegionCode(code: string, argument = 'code'): string {
  if (!isRegionCode(code)) {
    throw badInput(
      `${argument} must be a GB/T 2260 region code (6 digits, 9 for a township, 12 for a village), got "${code}"`,
      `${argument} 须为 GB/T 2260 区划代码（6 位，乡镇 9 位，村 12 位），收到“${code}”`,
    );
  }
  return code;
}

/** Years of oversight data: refuse the implausible with a clear message rather than an empty answer. */
export function checkedYear(year: number, argument = 'year'): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badInput(
      `${argument} must be between 2000 and 2100, got ${year}`,
      `${argument} 须在 2000 至 2100 之间，收到 ${year}`,
    );
  }
  return year;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of records are UUIDs: anything else cannot name one (and would make PostgreSQL raise an error). */
export const isUuid = (value: string): boolean => UUID.test(value);
