import { AccountabilityViolation } from '@dibao/domain';
import { notify } from '@dibao/server';
import type { AccountabilityCaseEntity } from '../entities/index.js';

/**
 * A case opened, told to its competent bodies (discipline inspection and the organization department of the
 * managing region), who read it in full; the notice names the violation and the region, not the subject.
 */
export function caseOpenedNotice(opened: AccountabilityCaseEntity) {
  const violation = AccountabilityViolation[opened.violation];
  return notify({
    event: 'CASE_OPENED',
    regionCode: opened.regionCode,
    entityType: 'AccountabilityCase',
    entityId: opened.id,
    audience: {
      region: opened.managingRegionCode,
      reach: 'AT',
      anyOf: [{ agencies: ['DISCIPLINE_INSPECTION', 'ORGANIZATION_DEPARTMENT'] }],
    },
    summary: {
      en: `An accountability case (${violation.en}) was opened in ${opened.regionCode}`,
      zh: `${opened.regionCode} 立案问责（${violation.zh}）`,
    },
  });
}
