import { hasRole, inScope, type Principal } from '@dibao/auth';
import { isWithinRegion, regionLevelOf, subtreeCodePrefix, type BulletinAudience } from '@dibao/domain';
import { forbidden } from '@dibao/server';
import type { BulletinEntity } from '../entities/index.js';

/*
 * Who may do what with bulletins:
 * - write (drafts, items, issue, publish, prefixes): a REVIEWER (or ADMIN) of the issuing civil affairs
 *   department itself;
 * - read a draft: civil affairs officials whose scope contains the issuer (the issuer and the levels above);
 * - read an issued bulletin, internal notes and evidence included: those, and its audience:
 *   PREFECTURE_CIVIL_AFFAIRS → civil affairs bureaus below the issuer; PREFECTURE_GOVERNMENTS → people's
 *   governments below the issuer; PROVINCIAL_GOVERNMENT → the people's government of the issuer's own region;
 * - read a published bulletin: anyone, anonymous callers included, but only its public fields (the item
 *   summaries and evidence stay with the readers above).
 */

type BulletinScope = Pick<BulletinEntity, 'issuerRegionCode' | 'status' | 'audience'>;

const strictlyBelow = (regionCode: string, issuerRegionCode: string) =>
  regionCode !== issuerRegionCode && isWithinRegion(regionCode, issuerRegionCode);

function inAudience(principal: Principal, audience: readonly BulletinAudience[], issuerRegionCode: string) {
  if (principal.agency === 'CIVIL_AFFAIRS') {
    return audience.includes('PREFECTURE_CIVIL_AFFAIRS') && strictlyBelow(principal.region, issuerRegionCode);
  }
  if (principal.agency === 'GOVERNMENT') {
    return (
      (audience.includes('PROVINCIAL_GOVERNMENT') && principal.region === issuerRegionCode) ||
      (audience.includes('PREFECTURE_GOVERNMENTS') && strictlyBelow(principal.region, issuerRegionCode))
    );
  }
  return false;
}

/** May read the bulletin whatever its status, internal notes and evidence included. */
export function canReadInternals(principal: Principal | null, bulletin: BulletinScope): boolean {
  if (!principal) return false;
  if (principal.agency === 'CIVIL_AFFAIRS' && inScope(principal, bulletin.issuerRegionCode)) return true;
  return bulletin.status !== 'DRAFT' && inAudience(principal, bulletin.audience, bulletin.issuerRegionCode);
}

export function canReadBulletin(principal: Principal | null, bulletin: BulletinScope): boolean {
  return bulletin.status === 'PUBLISHED' || canReadInternals(principal, bulletin);
}

/** The same rule as SQL over `alias` (a bulletin), for lists. */
export function readableBulletinsCondition(principal: Principal | null, alias: string) {
  const published = `${alias}.status = 'PUBLISHED'`;
  if (!principal) return { sql: `(${published})`, parameters: {} };
  const below = `(:callerRegion LIKE ${alias}.issuer_prefix || '%' AND :callerRegion <> ${alias}.issuer_region_code)`;
  const clauses = [published];
  if (principal.agency === 'CIVIL_AFFAIRS') {
    clauses.push(`${alias}.issuer_region_code LIKE :callerScope`);
    clauses.push(`(${alias}.status <> 'DRAFT' AND 'PREFECTURE_CIVIL_AFFAIRS' = ANY(${alias}.audience) AND ${below})`);
  } else if (principal.agency === 'GOVERNMENT') {
    clauses.push(
      `(${alias}.status <> 'DRAFT' AND 'PROVINCIAL_GOVERNMENT' = ANY(${alias}.audience) AND ${alias}.issuer_region_code = :callerRegion)`,
    );
    clauses.push(`(${alias}.status <> 'DRAFT' AND 'PREFECTURE_GOVERNMENTS' = ANY(${alias}.audience) AND ${below})`);
  }
  return {
    sql: `(${clauses.join(' OR ')})`,
    parameters: { callerRegion: principal.region, callerScope: `${subtreeCodePrefix(principal.region)}%` },
  };
}

/** Writes on an issuer's bulletins: a REVIEWER (or ADMIN) of that very civil affairs department. */
export function requireIssuerReviewer(principal: Principal, issuerRegionCode: string): void {
  if (
    principal.agency !== 'CIVIL_AFFAIRS' ||
    principal.region !== issuerRegionCode ||
    !hasRole(principal, 'REVIEWER')
  ) {
    throw forbidden(
      `Only a REVIEWER of the civil affairs department of ${issuerRegionCode} may do this`,
      `只有 ${issuerRegionCode} 民政部门的审核人员可以执行此操作`,
    );
  }
}

/*
 * Performance assessment and allocations belong to the assessing region: a province assesses its prefectures
 * (or counties) and a prefecture its own counties, each dividing its own pool. Its civil affairs department
 * (REVIEWER or ADMIN) computes, allocates and publishes; a county assesses nobody. Before publication,
 * principals of the assessing region read everything within their scope, those above it (the province over a
 * prefecture's assessment) read it too, and those below read the lines about their own region (filtered in
 * SQL); afterwards, anyone.
 */

/** The province a region belongs to. */
export const provinceOf = (regionCode: string) => `${regionCode.slice(0, 2)}0000`;

/** The levels that assess the regions below them. */
export const ASSESSING_LEVELS = new Set(['PROVINCE', 'PREFECTURE']);

/** The assessing region of a REVIEWER of a provincial or prefectural civil affairs department. */
export function requireAssessingReviewer(principal: Principal): string {
  if (
    principal.agency !== 'CIVIL_AFFAIRS' ||
    !ASSESSING_LEVELS.has(regionLevelOf(principal.region)) ||
    !hasRole(principal, 'REVIEWER')
  ) {
    throw forbidden(
      'Only a REVIEWER of a provincial or prefectural civil affairs department may assess performance and allocate funds',
      '只有省级或市（州）级民政部门的审核人员可以开展绩效评价和资金分配',
    );
  }
  return principal.region;
}

/** The province's own scheme definition stays with the province; a prefecture's scheme is its local rule. */
export function requireProvincialReviewer(principal: Principal): string {
  const region = requireAssessingReviewer(principal);
  if (regionLevelOf(region) !== 'PROVINCE') {
    throw forbidden(
      "A prefecture's assessment scheme is its local rule assessmentScheme (adoptRuleVersion)",
      '市（州）对所辖县的绩效评价方案为本地实施办法中的规则 assessmentScheme，请通过 adoptRuleVersion 制定',
    );
  }
  return region;
}

/**
 * May see an unpublished assessment or allocation of the assessing region (the parts within its scope): its
 * own principals and those below, and those above it.
 */
export function readsWithinProvince(principal: Principal | null, assessorCode: string): boolean {
  return (
    principal !== null &&
    (isWithinRegion(principal.region, assessorCode) || isWithinRegion(assessorCode, principal.region))
  );
}
