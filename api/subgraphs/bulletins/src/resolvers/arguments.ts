import { isAgencyRegionCode, regionLevelOf } from '@dibao/domain';
import { badInput, checkedRegionCode } from '@dibao/server';
import type { BulletinsContext } from '../context.js';
import { ASSESSING_LEVELS, provinceOf } from '../services/access.js';

export { isUuid } from '../loaders.js';

/** The province an assessment query is about: the one given, or the caller's own. */
export function provinceArgument(context: BulletinsContext, province: string | null | undefined): string {
  if (province) {
    const code = checkedRegionCode(province, 'province');
    if (regionLevelOf(code) !== 'PROVINCE') {
      throw badInput(`province must be a province code, got ${code}`, `province 须为省级区划代码，收到 ${code}`);
    }
    return code;
  }
  const region = context.principal?.region;
  if (!region || !isAgencyRegionCode(region)) {
    throw badInput('Name the province (anonymous callers have none)', '请指定省份（匿名访问时无默认省份）');
  }
  return provinceOf(region);
}

/**
 * The assessing region an assessment or allocation query is about: `assessor` (a province or a prefecture)
 * when given, else the province as `provinceArgument` has it.
 */
export function assessorArgument(
  context: BulletinsContext,
  province: string | null | undefined,
  assessor: string | null | undefined,
): string {
  if (!assessor) return provinceArgument(context, province);
  const code = checkedRegionCode(assessor, 'assessor');
  if (!ASSESSING_LEVELS.has(regionLevelOf(code))) {
    throw badInput(
      `assessor must be a province or prefecture code, got ${code}`,
      `assessor 须为省级或市（州）级区划代码，收到 ${code}`,
    );
  }
  return code;
}
