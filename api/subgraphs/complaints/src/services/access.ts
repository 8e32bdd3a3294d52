import { hasRole, inScope, type Principal } from '@dibao/auth';
import { regionLevelOf, subtreeCodePrefix } from '@dibao/domain';
import { forbidden } from '@dibao/server';
import type { ComplaintEntity } from '../entities/index.js';

/*
 * Who may do what with complaints:
 * - read: a COMPLAINT_HANDLER (ADMIN holds every role) whose region contains the complaint's region, its owner,
 *   and the petition officer a handover is proposed to. Nobody else, whatever their region: complaints are
 *   sensitive even without the complainant's identity.
 * - work the case (hand over, investigate, conclude, close, decide a reward, ask to reveal the identity): the
 *   owner only (首问负责制).
 * - supervise (read, message the complainant, link duplicates): any COMPLAINT_HANDLER in scope; escalate to
 *   provincial supervision (督办): a COMPLAINT_HANDLER of a province.
 * - the custodian of identities (the provincial complaints office): a principal of the civil affairs
 *   department of a province holding ADMIN (and so COMPLAINT_HANDLER). It approves identity reveals and never
 *   for its own request.
 */

export type ComplaintAccessFields = Pick<ComplaintEntity, 'regionCode' | 'ownerSubject' | 'handoverToSubject'>;

export const isOwner = (principal: Principal, complaint: Pick<ComplaintEntity, 'ownerSubject'>) =>
  hasRole(principal, 'COMPLAINT_HANDLER') && principal.subject === complaint.ownerSubject;

export const isSupervisor = (principal: Principal, complaint: Pick<ComplaintEntity, 'regionCode'>) =>
  hasRole(principal, 'COMPLAINT_HANDLER') && inScope(principal, complaint.regionCode);

export function canReadComplaint(principal: Principal | null, complaint: ComplaintAccessFields): boolean {
  if (!principal || !hasRole(principal, 'COMPLAINT_HANDLER')) return false;
  return (
    inScope(principal, complaint.regionCode) ||
    principal.subject === complaint.ownerSubject ||
    principal.subject === complaint.handoverToSubject
  );
}

/** The same rule as SQL over `alias.region_code`, `alias.owner_subject`, `alias.handover_to_subject`. */
export function readableComplaintsCondition(principal: Principal | null, alias: string) {
  if (!principal || !hasRole(principal, 'COMPLAINT_HANDLER')) return { sql: 'false', parameters: {} };
  return {
    sql: `(${alias}.region_code LIKE :readScope OR ${alias}.owner_subject = :readSubject OR ${alias}.handover_to_subject = :readSubject)`,
    parameters: { readScope: `${subtreeCodePrefix(principal.region)}%`, readSubject: principal.subject },
  };
}

export function requireOwner(principal: Principal, complaint: ComplaintEntity): void {
  if (!isOwner(principal, complaint)) {
    throw forbidden(
      `Only the owner of complaint ${complaint.id} may do this (first-contact responsibility)`,
      `只有投诉举报 ${complaint.id} 的当前承办人可以执行此操作（首问负责制）`,
    );
  }
}

export function requireOwnerOrSupervisor(principal: Principal, complaint: ComplaintEntity): void {
  if (!isOwner(principal, complaint) && !isSupervisor(principal, complaint)) {
    throw forbidden(
      `Only the owner or a complaint handler above may do this`,
      `只有承办人或上级投诉处理人员可以执行此操作`,
    );
  }
}

export function isProvincialHandler(principal: Principal): boolean {
  return hasRole(principal, 'COMPLAINT_HANDLER') && regionLevelOf(principal.region) === 'PROVINCE';
}

export function isCustodian(principal: Principal): boolean {
  return (
    principal.agency === 'CIVIL_AFFAIRS' &&
    regionLevelOf(principal.region) === 'PROVINCE' &&
    principal.roles.includes('ADMIN')
  );
}

export function requireHandler(principal: Principal): void {
  if (!hasRole(principal, 'COMPLAINT_HANDLER')) {
    throw forbidden('This needs the role COMPLAINT_HANDLER', '此操作需要投诉处理人员角色');
  }
}

/** For registries (volunteers, contracts, petition officers): an ADMIN whose scope holds the region. */
export function requireAdminOf(principal: Principal, regionCode: string): void {
  if (!principal.roles.includes('ADMIN') || !inScope(principal, regionCode)) {
    throw forbidden(
      `Only an ADMIN whose scope includes ${regionCode} may do this`,
      `只有管辖范围包含 ${regionCode} 的系统管理员可以执行此操作`,
    );
  }
}
