import { isRegionCode } from '@dibao/domain';
import { badInput } from './errors.js';

/** Region codes arrive as free-form IDs: refuse malformed ones with a clear message instead of "not found". */
export function checkedRegionCode(code: string, argument = 'code'): string {
  if (!isRegionCode(code)) {
    throw badInput(
      `${argument} must be a GB/T 2260 region code (6 digits, or 9 for a township), got "${code}"`,
      `${argument} 须为 GB/T 2260 区划代码（6 位，乡镇 9 位），收到“${code}”`,
    );
  }
  return code;
}
