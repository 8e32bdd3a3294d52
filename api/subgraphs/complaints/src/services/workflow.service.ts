import type { Principal } from '@dibao/auth';
import type { ComplaintLinkKind } from '@dibao/domain';
import {
  actorOf,
  applyChange,
  auditedWrite,
  badInput,
  changeAudited,
  conflict,
  forbidden,
  uniqueOrConflict,
} from '@dibao/server';
import { ComplaintEntity, ComplaintExternalLinkEntity } from '../entities/index.js';
import type { ConcludeComplaintInput } from '../schema/inputs.js';
import { isProvincialHandler, requireOwner, requireOwnerOrSupervisor } from './access.js';
import { auditView, isUuid, lockComplaint, moveStatus } from './complaint-store.js';
import { supervisionDeadline } from './deadlines.js';
import { nowOf, type ComplaintsDeps } from './deps.js';
import { deadlineWatches, escalatedNotices } from './notices.js';

type Change = (complaint: ComplaintEntity, now: Date) => void;

/** One owner-only step of the workflow, in a transaction with its audit record. */
function ownerStep(deps: ComplaintsDeps, principal: Principal, id: string, action: string, change: Change) {
  return changeAudited(deps.dataSource, principal, {
    entityType: 'Complaint',
    action,
    async lock(manager) {
      const complaint = await lockComplaint(manager, principal, id);
      requireOwner(principal, complaint);
      return complaint;
    },
    state: auditView,
    apply: (complaint) => change(complaint, nowOf(deps)),
    raises: deadlineWatches,
  });
}

/** ASSIGNED → INVESTIGATING. */
export function startInvestigation(deps: ComplaintsDeps, principal: Principal, id: string) {
  return ownerStep(deps, principal, id, 'START_INVESTIGATION', (complaint, now) => {
    moveStatus(complaint, 'INVESTIGATING');
    complaint.investigationStartedAt = now;
  });
}

/** INVESTIGATING → CONCLUDED with the outcome; meets the conclude (and supervision) deadline. */
export function concludeComplaint(deps: ComplaintsDeps, principal: Principal, input: ConcludeComplaintInput) {
  return ownerStep(deps, principal, input.complaintId, 'CONCLUDE', (complaint, now) => {
    moveStatus(complaint, 'CONCLUDED');
    complaint.concludedAt = now;
    complaint.conclusion = input.conclusion;
    complaint.findings = input.findings.trim();
    complaint.amountInvolvedFen = input.amountInvolvedFen;
    complaint.householdsAffected = input.householdsAffected ?? null;
  });
}

/** CONCLUDED → CLOSED with the feedback the complainant will see with the receipt code. */
export function closeComplaint(deps: ComplaintsDeps, principal: Principal, id: string, publicFeedback: string) {
  const feedback = publicFeedback.trim();
  if (feedback.length < 5) throw badInput('Give the complainant meaningful feedback', '请向投诉举报人反馈办理结果');
  return ownerStep(deps, principal, id, 'CLOSE', (complaint, now) => {
    moveStatus(complaint, 'CLOSED');
    complaint.closedAt = now;
    complaint.publicFeedback = feedback;
    complaint.closureRound += 1;
  });
}

/**
 * Direct provincial supervision (督办): a flag with its own deadline, set by a complaint handler of the
 * province. The complaint keeps moving through its workflow; the deadline is met by the conclusion.
 */
export async function escalateComplaint(deps: ComplaintsDeps, principal: Principal, id: string, reason: string) {
  if (reason.trim().length < 2) throw badInput('Give a reason for supervision', '请说明督办原因');
  return changeAudited(deps.dataSource, principal, {
    entityType: 'Complaint',
    action: 'ESCALATE',
    lock: (manager) => lockComplaint(manager, principal, id),
    state: auditView,
    async apply(complaint, { actor, manager }) {
      if (!isProvincialHandler(principal)) {
        throw forbidden(
          'Only a complaint handler of the province may put a complaint under its supervision',
          '只有省级投诉处理人员可以决定省级督办',
        );
      }
      if (complaint.supervisedByProvince) {
        throw conflict('The complaint is already under provincial supervision', '该投诉举报已在省级督办中');
      }
      if (complaint.status === 'CONCLUDED' || complaint.status === 'CLOSED') {
        throw conflict(
          `A ${complaint.status} complaint cannot be put under supervision`,
          `${complaint.status} 状态的投诉举报不能再督办`,
        );
      }
      const now = nowOf(deps);
      complaint.supervisedByProvince = true;
      complaint.supervisionReason = reason.trim();
      complaint.supervisedAt = now;
      complaint.supervisionDueAt = await supervisionDeadline(manager, complaint.regionCode, now);
      complaint.supervisedBy = actor;
    },
    after: (saved) => ({ ...auditView(saved), supervisionReason: saved.supervisionReason }),
    raises: escalatedNotices,
  });
}

/**
 * Marks a complaint as a duplicate of another about the same matter. Links point at the original, never at
 * another duplicate, so chains and cycles cannot form.
 */
export async function linkDuplicateComplaint(deps: ComplaintsDeps, principal: Principal, id: string, ofId: string) {
  if (id === ofId) throw badInput('A complaint cannot duplicate itself', '投诉举报不能与自身重复');
  return auditedWrite(deps.dataSource, principal, async (tx) => {
    const complaint = await lockComplaint(tx.manager, principal, id);
    const original = await lockComplaint(tx.manager, principal, ofId);
    return applyChange(tx, complaint, {
      entityType: 'Complaint',
      action: 'LINK_DUPLICATE',
      state: auditView,
      async apply(duplicate, { manager }) {
        requireOwnerOrSupervisor(principal, duplicate);
        if (duplicate.duplicateOfId) {
          throw conflict('The complaint is already linked as a duplicate', '该投诉举报已标记为重复件');
        }
        if (original.duplicateOfId) {
          throw conflict(
            `${ofId} is itself a duplicate of ${original.duplicateOfId}: link to that one`,
            `${ofId} 本身是 ${original.duplicateOfId} 的重复件，请关联原件`,
          );
        }
        const hasDuplicates = await manager.countBy(ComplaintEntity, { duplicateOfId: id });
        if (hasDuplicates > 0) {
          throw conflict('Other complaints are duplicates of this one', '已有其他投诉举报标记为此件的重复件');
        }
        duplicate.duplicateOfId = ofId;
      },
    });
  });
}

/** Links a complaint to an entity of another subgraph (an accountability case, an inspection finding), by id. */
export async function addExternalLink(
  deps: ComplaintsDeps,
  principal: Principal,
  id: string,
  kind: ComplaintLinkKind,
  externalId: string,
) {
  const external = externalId.trim();
  if (!isUuid(external) && !/^[\w:.-]{1,200}$/.test(external)) {
    throw badInput(`Invalid external id "${externalId}"`, `无效的关联对象 ID“${externalId}”`);
  }
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const complaint = await lockComplaint(manager, principal, id);
    requireOwnerOrSupervisor(principal, complaint);
    const link = manager.create(ComplaintExternalLinkEntity, {
      complaintId: id,
      kind,
      externalId: external,
      linkedBy: actorOf(principal),
      linkedAt: nowOf(deps),
    });
    await uniqueOrConflict(
      () => manager.insert(ComplaintExternalLinkEntity, link),
      'The complaint is already linked to it',
      '该投诉举报已与其关联',
    );
    await audit({
      entityType: 'Complaint',
      entityId: id,
      action: 'LINK_EXTERNAL',
      after: { kind, externalId: external },
    });
    return link;
  });
}
