import {
  agencyIdOf,
  agencyKindValues,
  DEFAULT_JOINT_MEETING_MEMBERS,
  isAgencyRegionCode,
  regionLevelOf,
  REQUIRED_JOINT_MEETING_MEMBERS,
  type AgencyKind,
} from '@dibao/domain';
import { badInput } from '@dibao/server';

/** Joint meetings exist at province, prefecture and county level; townships take part through the county's. */
export function checkedJointMeetingRegion(regionCode: string): string {
  if (!isAgencyRegionCode(regionCode) || regionLevelOf(regionCode) === 'TOWNSHIP') {
    throw badInput(
      `Joint meetings are set up by provinces, prefectures and counties, not ${regionCode}`,
      `联席会议由省、市（州）、县级建立，${regionCode} 不能建立`,
    );
  }
  return regionCode;
}

/**
 * Member agencies besides the lead: by default the organization department, discipline inspection, finance,
 * audit and HR and social security; the organization department and discipline inspection are required
 * (the notice names them); civil affairs leads and is not a member. Returned in AgencyKind order.
 */
export function checkedMemberKinds(kinds: readonly AgencyKind[] | null | undefined): AgencyKind[] {
  const given = new Set(kinds ?? DEFAULT_JOINT_MEETING_MEMBERS);
  if (given.has('CIVIL_AFFAIRS')) {
    throw badInput(
      'Civil affairs leads the joint meeting; it is not listed as a member',
      '民政部门为牵头单位，不列为成员单位',
    );
  }
  const lacking = REQUIRED_JOINT_MEETING_MEMBERS.filter((kind) => !given.has(kind));
  if (lacking.length > 0) {
    throw badInput(
      `A joint meeting must include ${lacking.join(', ')}`,
      `联席会议成员单位须包括：${lacking.join('、')}`,
    );
  }
  return agencyKindValues.filter((kind) => given.has(kind));
}

/** The lead agency and the members, as agency ids of the region. */
export function seatedAgencyIds(regionCode: string, memberKinds: readonly AgencyKind[]): string[] {
  return [agencyIdOf(regionCode, 'CIVIL_AFFAIRS'), ...memberKinds.map((kind) => agencyIdOf(regionCode, kind))];
}
