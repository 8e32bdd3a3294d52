import { hasRole, inScope, type Principal } from '@dibao/auth';
import type { ComplaintAppealOutcome } from '@dibao/domain';
import { actorOf, auditedWrite, badInput, conflict, forbidden, notFound } from '@dibao/server';
import { ComplaintAppealEntity, ComplaintEntity } from '../entities/index.js';
import { auditView, isUuid } from './complaint-store.js';
import { nowOf, type ComplaintsDeps } from './deps.js';

/**
 * A complaint handler of the review region decides an open appeal. UPHELD leaves the closure standing;
 * OVERTURNED reopens the complaint for a new investigation (CLOSED → INVESTIGATING) by its owner, clearing
 * the conclusion so that it must be concluded and closed again.
 */
export async function decideAppeal(
  deps: ComplaintsDeps,
  principal: Principal,
  appealId: string,
  outcome: ComplaintAppealOutcome,
  reason: string,
) {
  const why = reason.trim();
  if (why.length < 5) throw badInput('Give the reasons for the decision', '请说明复查意见');
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const appeal = isUuid(appealId)
      ? await manager.findOne(ComplaintAppealEntity, { where: { id: appealId }, lock: { mode: 'pessimistic_write' } })
      : null;
    const handler = hasRole(principal, 'COMPLAINT_HANDLER');
    if (!appeal || !handler || !inScope(principal, appeal.reviewRegionCode)) {
      throw notFound(`Appeal ${appealId} does not exist`, `复查申请 ${appealId} 不存在`);
    }
    if (principal.region !== appeal.reviewRegionCode) {
      throw forbidden(
        `Only a complaint handler of ${appeal.reviewRegionCode} may decide this review`,
        `只有 ${appeal.reviewRegionCode} 的投诉处理人员可以作出复查决定`,
      );
    }
    if (appeal.status !== 'OPEN')
      throw conflict(`The appeal is already ${appeal.status}`, `该复查已作出决定（${appeal.status}）`);
    const complaint = await manager.findOneOrFail(ComplaintEntity, {
      where: { id: appeal.complaintId },
      lock: { mode: 'pessimistic_write' },
    });
    if (complaint.ownerSubject === principal.subject) {
      throw forbidden('The handler of the complaint cannot review their own handling', '承办人不能复查本人办理的事项');
    }
    const now = nowOf(deps);
    appeal.status = outcome;
    appeal.decidedBy = actorOf(principal);
    appeal.decidedAt = now;
    appeal.decisionReason = why;
    const saved = await manager.save(ComplaintAppealEntity, appeal);
    await audit({
      entityType: 'ComplaintAppeal',
      entityId: saved.id,
      action: outcome,
      before: { status: 'OPEN' },
      after: { complaintId: saved.complaintId, status: saved.status, reason: why },
    });
    if (outcome === 'OVERTURNED') {
      if (complaint.status !== 'CLOSED') {
        throw conflict(
          `The complaint is ${complaint.status}, not CLOSED`,
          `该投诉举报状态为 ${complaint.status}，并非已办结`,
        );
      }
      const before = auditView(complaint);
      // The one way back in the workflow, reserved to the review (see COMPLAINT_TRANSITIONS).
      complaint.status = 'INVESTIGATING';
      complaint.conclusion = null;
      complaint.concludedAt = null;
      complaint.closedAt = null;
      complaint.publicFeedback = null;
      await manager.save(ComplaintEntity, complaint);
      await audit({
        entityType: 'Complaint',
        entityId: complaint.id,
        action: 'REOPEN_ON_APPEAL',
        before,
        after: { ...auditView(complaint), appealId: saved.id },
      });
    }
    return saved;
  });
}
