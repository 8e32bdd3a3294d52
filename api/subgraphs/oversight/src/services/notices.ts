import { isWithinRegion, ProblemCategory } from '@dibao/domain';
import { clearDeadline, watchDeadline, type Audience } from '@dibao/server';
import type { FindingEntity } from '../entities/index.js';

/** How many days before a rectification deadline the reminder goes out. */
const REMIND_DAYS = 7;

/**
 * Who rectifies: the responsible agency where its scope contains the finding (it then reads the finding, which
 * anyone in scope may), otherwise the civil affairs bureau and the government of the finding's county.
 */
function rectifiersOf(finding: FindingEntity): Audience {
  const [agencyRegion = '', kind = ''] = (finding.responsibleAgencyId ?? '').split(':');
  if (agencyRegion && kind && isWithinRegion(finding.regionCode, agencyRegion)) {
    return { region: agencyRegion, reach: 'AT', anyOf: [{ agencies: [kind as never] }] };
  }
  return { region: finding.countyCode, reach: 'AT', anyOf: [{ agencies: ['CIVIL_AFFAIRS', 'GOVERNMENT'] }] };
}

/**
 * The rectification deadline of a finding for the notifications' job queue, raised with every write of a finding:
 * watched while the finding could be overdue by oversight's own rule (a deadline, neither verified nor closed as
 * not fixed), ended otherwise.
 */
export function rectificationDeadline(finding: FindingEntity) {
  const target = {
    kind: 'RECTIFICATION' as const,
    regionCode: finding.regionCode,
    entityType: 'Finding',
    entityId: finding.id,
  };
  if (finding.deadline === null || finding.status === 'VERIFIED' || finding.status === 'CLOSED_NOT_FIXED') {
    return clearDeadline(target);
  }
  const category = ProblemCategory[finding.category];
  return watchDeadline({
    ...target,
    dueAt: finding.deadline,
    remindDays: REMIND_DAYS,
    audience: rectifiersOf(finding),
    summary: {
      en: `The finding in ${finding.regionCode} (${category.en}) is to be rectified`,
      zh: `${finding.regionCode} 的问题（${category.zh}）须整改到位`,
    },
  });
}
