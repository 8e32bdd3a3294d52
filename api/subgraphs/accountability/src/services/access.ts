import { hasRole, type Principal } from '@dibao/auth';
import { agencyIdOf, COMPETENT_BODY_KINDS, subtreeCodePrefix } from '@dibao/domain';
import { forbidden } from '@dibao/server';

/*
 * Who may do what:
 * - act on a case (open it, investigate, decide, close, link origins): a DISCIPLINE_OFFICER (ADMIN counts) of
 *   one of its competent bodies, i.e. the discipline inspection organ or the organization department of the
 *   managing region under cadre management authority (see competentBodiesFor); any other agency is FORBIDDEN;
 * - read a case: any principal whose region contains the case's region, as a SUMMARY; its confidential
 *   fields (facts, the subject's name and post, evidence, the decision before closing) only its competent
 *   bodies and the members of the managing region's joint meeting (see disclosure.ts). The competent bodies
 *   are always of that region or above it, so they read their cases too;
 * - write a joint meeting (set it up, change members, record meetings, complete tasks): an ADMIN or REVIEWER
 *   of the lead agency, the civil affairs department of the joint meeting's region;
 * - read a joint meeting: any principal in scope of its region, members included; its minutes and the text
 *   of its decisions, which name the subjects of cases, only its lead and member agencies (disclosure.ts);
 * - read a follow-up task: those in scope of its meeting, and its owning agency, which may lie below the meeting's
 *   region and is told of it (the meeting itself stays with those in scope).
 */

/** The caller's own agency id, `<region>:<KIND>`. */
export const agencyIdOfPrincipal = (principal: Principal) => agencyIdOf(principal.region, principal.agency);

export function isCompetentBodyOf(principal: Principal, managingRegionCode: string): boolean {
  return (
    hasRole(principal, 'DISCIPLINE_OFFICER') &&
    (COMPETENT_BODY_KINDS as readonly string[]).includes(principal.agency) &&
    principal.region === managingRegionCode
  );
}

export function requireCompetentBody(principal: Principal, managingRegionCode: string): void {
  if (!isCompetentBodyOf(principal, managingRegionCode)) {
    throw forbidden(
      `${agencyIdOfPrincipal(principal)} is not the competent body under cadre management authority: only a DISCIPLINE_OFFICER of ${managingRegionCode}:DISCIPLINE_INSPECTION or ${managingRegionCode}:ORGANIZATION_DEPARTMENT may act on this case`,
      `${agencyIdOfPrincipal(principal)} 不是依干部管理权限有权处理的机关：只有 ${managingRegionCode} 纪检监察机关或组织部的纪检监察人员可以处理此案件`,
    );
  }
}

export function requireJointMeetingWriter(principal: Principal, regionCode: string): void {
  const writes =
    principal.agency === 'CIVIL_AFFAIRS' &&
    principal.region === regionCode &&
    (hasRole(principal, 'REVIEWER') || hasRole(principal, 'ADMIN'));
  if (!writes) {
    throw forbidden(
      `Only an ADMIN or REVIEWER of ${regionCode}:CIVIL_AFFAIRS, the lead agency, may write its joint meeting`,
      `只有牵头单位 ${regionCode} 民政部门的管理员或审核人员可以编辑其联席会议`,
    );
  }
}

/** SQL for rows whose `alias.region_code` lies in the caller's subtree. */
export function inScopeCondition(principal: Principal, alias: string) {
  return {
    sql: `${alias}.region_code LIKE :scopePrefix`,
    parameters: { scopePrefix: `${subtreeCodePrefix(principal.region)}%` },
  };
}
