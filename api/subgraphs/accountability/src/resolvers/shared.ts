import { agencyIdOf, COMPETENT_BODY_KINDS, isRegionCode } from '@dibao/domain';
import { badInput } from '@dibao/server';
import type { AccountabilityCompetentBodyType } from '../schema/competent-body.type.js';
import { agencyRef } from '../schema/references.type.js';
import { regionRef } from '../schema/region.type.js';

export function checkedRegionCode(code: string, argument: string): string {
  if (!isRegionCode(code)) {
    throw badInput(
      `${argument} must be a GB/T 2260 region code, got "${code}"`,
      `${argument} 须为 GB/T 2260 区划代码，收到“${code}”`,
    );
  }
  return code;
}

export function checkedYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badInput(`year must be between 2000 and 2100, got ${year}`, `年度须在 2000 至 2100 之间，收到 ${year}`);
  }
  return year;
}

/** The two competent bodies of a managing region, as GraphQL objects. */
export function competentBodiesView(managingRegionCode: string): AccountabilityCompetentBodyType[] {
  return COMPETENT_BODY_KINDS.map((kind) => {
    const agencyId = agencyIdOf(managingRegionCode, kind);
    return {
      agencyId,
      kind,
      regionCode: managingRegionCode,
      region: regionRef(managingRegionCode),
      agency: agencyRef(agencyId),
    };
  });
}
