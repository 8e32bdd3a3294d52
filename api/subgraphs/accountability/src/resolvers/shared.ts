import { agencyIdOf, COMPETENT_BODY_KINDS } from '@dibao/domain';
import type { AccountabilityCompetentBodyType } from '../schema/competent-body.type.js';
import { agencyRef } from '../schema/references.type.js';
import { regionRef } from '../schema/region.type.js';

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
