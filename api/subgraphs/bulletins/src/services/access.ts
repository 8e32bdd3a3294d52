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
 * Performance assessment and allocations belong to a province: its civil affairs department (REVIEWER or
 * ADMIN) defines, computes, allocates and publishes. Before publication, principals of the province read
 * everything and those below read the lines about their own region (filtered in SQL); afterwards, anyone.
 */

/** The province a region belongs to. */
export const provinceOf = (regionCode: string) => `${regionCode.slice(0, 2)}0000`;

export function requireProvincialReviewer(principal: Principal): string {
  if (
    principal.agency !== 'CIVIL_AFFAIRS' ||
    regionLevelOf(principal.region) !== 'PROVINCE' ||
    !hasRole(principal, 'REVIEWER')
  ) {
    throw forbidden(
      'Only a REVIEWER of a provincial civil affairs department may assess performance and allocate funds',
      '只有省级民政部门的审核人员可以开展绩效评价和资金分配',
    );
  }
  return principal.region;
}

/** May see an unpublished assessment or allocation of the province (the parts within its scope). */
export function readsWithinProvince(principal: Principal | null, provinceCode: string): boolean {
  return principal !== null && isWithinRegion(principal.region, provinceCode);
}
