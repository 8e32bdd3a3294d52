import { hasRole, inScope, type Principal } from '@dibao/auth';
import { subtreeCodePrefix, type AgencyKind } from '@dibao/domain';
import { forbidden } from '@dibao/server';
import type { AnnualReportEntity } from '../entities/index.js';

/*
 * Who may do what with annual reports:
 * - read: any principal whose region contains the report's region; a DRAFT only by the civil affairs bureau
 *   and the government of the filing region itself, since it has not been filed yet (the region's other
 *   agencies, finance or audit say, read it once filed);
 * - write: a REPORTER of the civil affairs bureau of exactly that region (the same-level government reads only);
 * - review (accept, return, reopen, deadline exceptions): a REVIEWER of the civil affairs bureau of the region
 *   the report is filed to.
 */

/** The agencies of the filing region that read its report before it is filed: the bureau and its government. */
const DRAFT_READERS: readonly AgencyKind[] = ['CIVIL_AFFAIRS', 'GOVERNMENT'];

const readsDraftOf = (principal: Principal, regionCode: string) =>
  principal.region === regionCode && DRAFT_READERS.includes(principal.agency);

export function canReadReport(principal: Principal | null, report: Pick<AnnualReportEntity, 'regionCode' | 'status'>) {
  if (!principal || !inScope(principal, report.regionCode)) return false;
  return report.status !== 'DRAFT' || readsDraftOf(principal, report.regionCode);
}

/** The same rule as SQL, for lists: `alias.region_code`, `alias.status`. */
export function readableReportsCondition(principal: Principal, alias: string) {
  // A caller of another agency of the region reads no drafts: the own-region branch then matches nothing.
  const ownRegion = DRAFT_READERS.includes(principal.agency) ? principal.region : '';
  return {
    sql: `(${alias}.region_code LIKE :scopePrefix AND (${alias}.status <> 'DRAFT' OR ${alias}.region_code = :ownRegion))`,
    parameters: { scopePrefix: `${subtreeCodePrefix(principal.region)}%`, ownRegion },
  };
}

export function requireReporterOf(principal: Principal, regionCode: string): void {
  if (!hasRole(principal, 'REPORTER') || principal.agency !== 'CIVIL_AFFAIRS' || principal.region !== regionCode) {
    throw forbidden(
      `Only a REPORTER of the civil affairs bureau of ${regionCode} may write its report`,
      `只有 ${regionCode} 民政部门的填报人员可以编写其报告`,
    );
  }
}

export function requireReviewerOf(principal: Principal, report: Pick<AnnualReportEntity, 'parentCode'>): void {
  if (
    !hasRole(principal, 'REVIEWER') ||
    principal.agency !== 'CIVIL_AFFAIRS' ||
    principal.region !== report.parentCode
  ) {
    throw forbidden(
      `Only a REVIEWER of the civil affairs bureau of ${report.parentCode} may review this report`,
      `只有 ${report.parentCode} 民政部门的审核人员可以审核此报告`,
    );
  }
}
