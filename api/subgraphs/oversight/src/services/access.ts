import { hasRole, inScope, type Principal } from '@dibao/auth';
import { subtreeCodePrefix } from '@dibao/domain';
import { forbidden } from '@dibao/server';
import type { FindingEntity, InspectionEntity } from '../entities/index.js';

/*
 * Who may do what with special inspections and their findings ("in scope" = the region lies in the caller's
 * subtree; ADMIN holds every role within its scope):
 * - plan an inspection: an INSPECTOR of a province, prefecture or county; the organiser is the caller's own
 *   agency and region, and every target region lies strictly below that region;
 * - start, report (with the conclusion), distribute the report, close: an INSPECTOR of the organiser's
 *   region (principal.region = organiser region) from the organising agency or one of its joint partners;
 * - record findings: an INSPECTOR whose region contains the organiser's region (the organiser's level or
 *   above), while the inspection is IN_PROGRESS or REPORTED; the finder (token subject) is recorded;
 * - set the rectification plan (measures, deadline) and close a finding as not fixed (with a reason): such
 *   an INSPECTOR;
 * - report rectification progress, and report it fixed: a REPORTER of the civil affairs bureau or the
 *   government of the finding's county, or of its township when the finding is in a township;
 * - re-check (verified, or not fixed and back to RECTIFYING) and reopen: such an INSPECTOR whose subject
 *   differs from the finder's: the same person never signs off their own finding (FORBIDDEN);
 * - read an inspection: principals whose scope overlaps one of its target regions (a target within their
 *   region, or their region within a target), except while PLANNED, so that targets are not forewarned;
 *   principals whose region contains the organiser's region, in every status; and the agencies its report
 *   was distributed to;
 * - read its report (the conclusion): the organising agency and its joint partners (at the organiser's
 *   region), and the agencies it was distributed to (same-level government, superior civil affairs), once
 *   distributed; others in scope see the inspection and its findings, not the conclusion;
 * - read a finding: principals in scope of the finding's region.
 */

/** The registry id of the caller's own agency. */
export const ownAgencyId = (principal: Principal) => `${principal.region}:${principal.agency}`;

/** The organiser's agency and its joint partners, as registry agency ids. */
export function organisingAgencyIds(
  inspection: Pick<InspectionEntity, 'organiserRegionCode' | 'organiserKind' | 'partnerKinds'>,
) {
  return [inspection.organiserKind, ...inspection.partnerKinds].map(
    (kind) => `${inspection.organiserRegionCode}:${kind}`,
  );
}

/** True when a target and the caller's region overlap: one contains the other. */
function overlapsTargets(principal: Principal, inspection: Pick<InspectionEntity, 'targetPrefixes'>) {
  const own = subtreeCodePrefix(principal.region);
  return inspection.targetPrefixes.some((prefix) => prefix.startsWith(own) || principal.region.startsWith(prefix));
}

export function canSeeInspection(
  principal: Principal | null,
  inspection: Pick<InspectionEntity, 'organiserRegionCode' | 'status' | 'targetPrefixes'>,
  recipientAgencyIds: readonly string[],
): boolean {
  if (!principal) return false;
  if (inScope(principal, inspection.organiserRegionCode)) return true;
  if (inspection.status !== 'PLANNED' && overlapsTargets(principal, inspection)) return true;
  return recipientAgencyIds.includes(ownAgencyId(principal));
}

/** The same rule as SQL, for lists: `alias` is the inspection table's alias. */
export function readableInspectionsCondition(principal: Principal, alias: string) {
  return {
    sql:
      `(${alias}.organiser_region_code LIKE :readScope` +
      ` OR (${alias}.status <> 'PLANNED' AND EXISTS (SELECT 1 FROM unnest(${alias}.target_prefixes) AS target(prefix)` +
      ` WHERE target.prefix LIKE :readScope OR :readRegion LIKE target.prefix || '%'))` +
      ` OR EXISTS (SELECT 1 FROM inspection_distribution readable WHERE readable.inspection_id = ${alias}.id` +
      ` AND readable.agency_id = :readAgency))`,
    parameters: {
      readScope: `${subtreeCodePrefix(principal.region)}%`,
      readRegion: principal.region,
      readAgency: ownAgencyId(principal),
    },
  };
}

export function canReadInspectionReport(
  principal: Principal | null,
  inspection: Pick<InspectionEntity, 'organiserRegionCode' | 'organiserKind' | 'partnerKinds'>,
  recipientAgencyIds: readonly string[],
): boolean {
  if (!principal) return false;
  const own = ownAgencyId(principal);
  return organisingAgencyIds(inspection).includes(own) || recipientAgencyIds.includes(own);
}

export function readableFindingsCondition(principal: Principal, alias: string) {
  return {
    sql: `${alias}.region_code LIKE :findingScope`,
    parameters: { findingScope: `${subtreeCodePrefix(principal.region)}%` },
  };
}

export function requireInspectionManager(
  principal: Principal,
  inspection: Pick<InspectionEntity, 'organiserRegionCode' | 'organiserKind' | 'partnerKinds'>,
): void {
  if (!hasRole(principal, 'INSPECTOR') || !organisingAgencyIds(inspection).includes(ownAgencyId(principal))) {
    throw forbidden(
      `Only an INSPECTOR of the organising agencies (${organisingAgencyIds(inspection).join(', ')}) may manage this inspection`,
      `只有组织单位（${organisingAgencyIds(inspection).join('、')}）的督察人员可以管理此次督察`,
    );
  }
}

/** An inspector at the organiser's level or above: records findings, sets plans, closes findings. */
export function requireFindingInspector(
  principal: Principal,
  inspection: Pick<InspectionEntity, 'organiserRegionCode'>,
) {
  if (!hasRole(principal, 'INSPECTOR') || !inScope(principal, inspection.organiserRegionCode)) {
    throw forbidden(
      `Only an INSPECTOR whose region contains ${inspection.organiserRegionCode} (the organiser's) may do this`,
      `只有管辖范围包含组织单位所在地区（${inspection.organiserRegionCode}）的督察人员可以执行此操作`,
    );
  }
}

/** Re-checks and reopenings need an inspector other than the one who found the problem. */
export function requireIndependentInspector(
  principal: Principal,
  inspection: Pick<InspectionEntity, 'organiserRegionCode'>,
  finding: Pick<FindingEntity, 'foundBy'>,
) {
  requireFindingInspector(principal, inspection);
  if (principal.subject === finding.foundBy.subject) {
    throw forbidden(
      'The inspector who recorded the finding may not re-check or reopen it; another inspector must',
      '发现问题的督察人员不能复核或重新打开该问题，须由其他督察人员进行',
    );
  }
}

/** A reporter of the county (or township) that rectifies the finding. */
export function requireRectificationReporter(
  principal: Principal,
  finding: Pick<FindingEntity, 'regionCode' | 'countyCode'>,
) {
  const ownUnit = principal.region === finding.countyCode || principal.region === finding.regionCode;
  const agencyFits = principal.agency === 'CIVIL_AFFAIRS' || principal.agency === 'GOVERNMENT';
  if (!hasRole(principal, 'REPORTER') || !agencyFits || !ownUnit) {
    throw forbidden(
      `Only a REPORTER of the civil affairs bureau or government of ${finding.countyCode} (or of the township concerned) may report rectification`,
      `只有 ${finding.countyCode}（或所涉乡镇）民政部门或人民政府的填报人员可以报送整改情况`,
    );
  }
}
