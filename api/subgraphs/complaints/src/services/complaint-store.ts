import type { EntityManager } from 'typeorm';
import { isComplaintTransitionAllowed, type ComplaintStatus } from '@dibao/domain';
import type { Principal } from '@dibao/auth';
import { conflict, isUuid, notFound } from '@dibao/server';
import { ComplaintEntity } from '../entities/index.js';
import { canReadComplaint } from './access.js';

// Re-exported for this subgraph's other modules.
export { isUuid };

/** Loads a complaint for a change, locked until the transaction ends; NOT_FOUND when the caller may not read it. */
export async function lockComplaint(manager: EntityManager, principal: Principal, id: string) {
  const complaint = isUuid(id)
    ? await manager.findOne(ComplaintEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!complaint || !canReadComplaint(principal, complaint)) {
    throw notFound(`Complaint ${id} does not exist`, `投诉举报 ${id} 不存在`);
  }
  return complaint;
}

/** Reads a complaint without locking it; NOT_FOUND when the caller may not read it. */
export async function readableComplaint(manager: EntityManager, principal: Principal, id: string) {
  const complaint = isUuid(id) ? await manager.findOneBy(ComplaintEntity, { id }) : null;
  if (!complaint || !canReadComplaint(principal, complaint)) {
    throw notFound(`Complaint ${id} does not exist`, `投诉举报 ${id} 不存在`);
  }
  return complaint;
}

/** Moves the status, or CONFLICT when the workflow does not allow the move. */
export function moveStatus(complaint: ComplaintEntity, to: ComplaintStatus): void {
  if (!isComplaintTransitionAllowed(complaint.status, to)) {
    throw conflict(
      `A complaint cannot go from ${complaint.status} to ${to}`,
      `投诉举报不能从 ${complaint.status} 状态转为 ${to}`,
    );
  }
  complaint.status = to;
}

/**
 * The fields an audit record may hold. Personal data never enters the audit trail (it is append-only and so
 * could never be erased): no identity, no message text, only whether an identity exists.
 */
export function auditView(complaint: ComplaintEntity) {
  return {
    channel: complaint.channel,
    receivedAt: complaint.receivedAt,
    regionCode: complaint.regionCode,
    category: complaint.category,
    summary: complaint.summary,
    anonymous: complaint.anonymous,
    major: complaint.major,
    rewardOptIn: complaint.rewardOptIn,
    volunteerId: complaint.volunteerId,
    contractId: complaint.contractId,
    owner: { subject: complaint.ownerSubject, agency: complaint.ownerAgency, region: complaint.ownerRegionCode },
    handoverToSubject: complaint.handoverToSubject,
    status: complaint.status,
    acknowledgeDueAt: complaint.acknowledgeDueAt,
    concludeDueAt: complaint.concludeDueAt,
    acknowledgedAt: complaint.acknowledgedAt,
    concludedAt: complaint.concludedAt,
    closedAt: complaint.closedAt,
    conclusion: complaint.conclusion,
    amountInvolvedFen: complaint.amountInvolvedFen,
    householdsAffected: complaint.householdsAffected,
    closureRound: complaint.closureRound,
    supervisedByProvince: complaint.supervisedByProvince,
    supervisionDueAt: complaint.supervisionDueAt,
    duplicateOfId: complaint.duplicateOfId,
    personalDataErasedAt: complaint.personalDataErasedAt,
  };
}
