import { isWithinRegion, parseAgencyId, ProblemCategory } from '@dibao/domain';
import { clearDeadline, notify, watchDeadline, type Audience } from '@dibao/server';
import type { FindingEntity, InspectionDistributionEntity, InspectionEntity } from '../entities/index.js';

/** How many days before a rectification deadline the reminder goes out. */
const REMIND_DAYS = 7;

/**
 * Who rectifies: the responsible agency where its scope contains the finding (it then reads the finding, which
 * anyone in scope may), otherwise the civil affairs bureau and the government of the finding's county.
 */
function rectifiersOf(finding: FindingEntity): Audience {
  const agency = finding.responsibleAgencyId ? parseAgencyId(finding.responsibleAgencyId) : null;
  if (agency && isWithinRegion(finding.regionCode, agency.regionCode)) {
    return { region: agency.regionCode, reach: 'AT', anyOf: [{ agencies: [agency.kind] }] };
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

const describe = (finding: FindingEntity) => {
  const category = ProblemCategory[finding.category];
  return {
    en: `the finding in ${finding.regionCode} (${category.en})`,
    zh: `${finding.regionCode} 的问题（${category.zh}）`,
  };
};
const base = (finding: FindingEntity) => ({
  regionCode: finding.regionCode,
  entityType: 'Finding',
  entityId: finding.id,
});

/** A new finding: told to those who rectify it, with its deadline watched. */
export function findingRecordedNotices(finding: FindingEntity) {
  const what = describe(finding);
  return [
    notify({
      ...base(finding),
      event: 'FINDING_ASSIGNED',
      audience: rectifiersOf(finding),
      summary: {
        en: `An inspection found a problem for you to rectify: ${what.en}`,
        zh: `督察发现问题，须由您整改：${what.zh}`,
      },
    }),
    rectificationDeadline(finding),
  ];
}

/**
 * A rectification step: the deadline as it now stands, and who must act next. Reported fixed, the inspectors at
 * and above the organiser's region (who may re-check it, and read it) are asked to re-check; reopened, the
 * rectifiers are told.
 */
export function rectificationStepNotices(
  finding: FindingEntity,
  { kind, note }: { kind: string; note: string },
  inspection: Pick<InspectionEntity, 'organiserRegionCode'>,
) {
  const what = describe(finding);
  const notices = [rectificationDeadline(finding)];
  if (kind === 'REPORTED_FIXED') {
    notices.push(
      notify({
        ...base(finding),
        event: 'RECHECK_REQUESTED',
        audience: { region: inspection.organiserRegionCode, reach: 'AT_OR_ABOVE', anyOf: [{ roles: ['INSPECTOR'] }] },
        summary: { en: `Reported fixed, to be re-checked: ${what.en}`, zh: `已报整改完成，待复核：${what.zh}` },
      }),
    );
  }
  if (kind === 'REOPENED') {
    notices.push(
      notify({
        ...base(finding),
        event: 'FINDING_REOPENED',
        audience: rectifiersOf(finding),
        summary: { en: `Reopened: ${what.en}: ${note}`, zh: `问题被重新开启：${what.zh}：${note}` },
      }),
    );
  }
  return notices;
}

/**
 * An inspection's report distributed: told to each agency it went to (the same-level government, the superior
 * civil affairs department), which reads the report from then on.
 */
export function inspectionDistributedNotices(
  inspection: Pick<InspectionEntity, 'id' | 'organiserRegionCode' | 'year'>,
  distributed: ReadonlyArray<Pick<InspectionDistributionEntity, 'agencyId'>>,
) {
  return distributed.flatMap(({ agencyId }) => {
    const agency = parseAgencyId(agencyId);
    if (!agency) return [];
    return [
      notify({
        event: 'INSPECTION_DISTRIBUTED',
        regionCode: inspection.organiserRegionCode,
        entityType: 'Inspection',
        entityId: inspection.id,
        audience: { region: agency.regionCode, reach: 'AT', anyOf: [{ agencies: [agency.kind] }] },
        summary: {
          en: `The report of the ${inspection.year} special inspection organised by ${inspection.organiserRegionCode} was distributed to you`,
          zh: `${inspection.organiserRegionCode} 组织的 ${inspection.year} 年专项督察报告已报送给您`,
        },
      }),
    ];
  });
}
