import { inScope, type Principal } from '@dibao/auth';
import { actorOf, auditedWrite, badInput, conflict, createAudited, forbidden, notFound } from '@dibao/server';
import { ComplainantIdentityEntity, ComplaintEntity, IdentityRevealRequestEntity } from '../entities/index.js';
import { isCustodian, isOwner, requireOwner } from './access.js';
import { isUuid, lockComplaint, readableComplaint } from './complaint-store.js';
import { nowOf, type ComplaintsDeps } from './deps.js';
import { identityRevealRequestedNotice } from './notices.js';
import { sealingContext, unseal } from './sealing.js';

/*
 * Revealing who complained (GlobaLeaks' bar): the owner asks with a recorded reason, a custodian of the
 * provincial complaints office other than the requester approves, and then the requester — while still the
 * owner — can read the identity. Every read is an audit record carrying the request and its reason; the
 * identity itself never enters the audit trail.
 */

export async function requestIdentityReveal(deps: ComplaintsDeps, principal: Principal, id: string, reason: string) {
  const why = reason.trim();
  if (why.length < 10) {
    throw badInput(
      'Explain why the identity is needed (at least 10 characters)',
      '请具体说明需要查看身份的理由（至少 10 个字）',
    );
  }
  // The complaint the request is about, for its notice (read under the lock the creation takes).
  let about: ComplaintEntity | undefined;
  return createAudited(deps.dataSource, principal, {
    entityType: 'IdentityRevealRequest',
    action: 'REQUEST',
    async create({ manager, actor }) {
      const complaint = await lockComplaint(manager, principal, id);
      about = complaint;
      requireOwner(principal, complaint);
      if (complaint.anonymous)
        throw conflict('The complaint is anonymous: there is no identity', '该投诉举报为匿名，无身份信息');
      if (complaint.personalDataErasedAt) {
        throw conflict('The complainant’s personal data has been erased', '投诉举报人个人信息已按期删除');
      }
      return manager.create(IdentityRevealRequestEntity, {
        complaintId: id,
        requestedBy: actor,
        requestedAt: nowOf(deps),
        reason: why,
        status: 'PENDING',
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
      });
    },
    duplicate: { en: 'A request to reveal this identity is already pending', zh: '已有待审批的身份查看申请' },
    after: (saved) => ({ complaintId: id, reason: why, status: saved.status }),
    raises: (saved) => [identityRevealRequestedNotice(about!, saved)],
  });
}

/** A custodian approves or rejects a pending request; never their own. */
export async function decideIdentityReveal(
  deps: ComplaintsDeps,
  principal: Principal,
  requestId: string,
  approve: boolean,
  note: string | null,
) {
  if (!isCustodian(principal)) {
    throw forbidden(
      'Only the custodian of identities (an ADMIN of a provincial civil affairs department) may decide this',
      '只有省级民政部门的身份信息保管人（系统管理员）可以审批',
    );
  }
  if (!approve && (note?.trim().length ?? 0) < 2) {
    throw badInput('Give a reason for rejecting', '请说明不予批准的理由');
  }
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const request = isUuid(requestId)
      ? await manager.findOne(IdentityRevealRequestEntity, {
          where: { id: requestId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    const complaint = request ? await manager.findOneBy(ComplaintEntity, { id: request.complaintId }) : null;
    if (!request || !complaint || !inScope(principal, complaint.regionCode)) {
      throw notFound(`Identity reveal request ${requestId} does not exist`, `身份查看申请 ${requestId} 不存在`);
    }
    if (request.requestedBy.subject === principal.subject) {
      throw forbidden('You cannot decide your own request', '不能审批本人提出的申请');
    }
    if (request.status !== 'PENDING') {
      throw conflict(`The request is already ${request.status}`, `该申请已处理（${request.status}）`);
    }
    const before = { ...request };
    request.status = approve ? 'APPROVED' : 'REJECTED';
    request.decidedBy = actorOf(principal);
    request.decidedAt = nowOf(deps);
    request.decisionNote = note?.trim() || null;
    const saved = await manager.save(IdentityRevealRequestEntity, request);
    await audit({
      entityType: 'IdentityRevealRequest',
      entityId: saved.id,
      action: approve ? 'APPROVE' : 'REJECT',
      before: { status: before.status },
      after: { complaintId: saved.complaintId, status: saved.status, note: saved.decisionNote },
    });
    return saved;
  });
}

/**
 * The identity, for the owner holding an approved reveal; null for an anonymous complaint or once erased.
 * Each read is audited with the approved request's id and reason.
 */
export async function readIdentity(deps: ComplaintsDeps, principal: Principal, complaintId: string) {
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const complaint = await readableComplaint(manager, principal, complaintId);
    const identity = await manager.findOneBy(ComplainantIdentityEntity, { complaintId });
    if (complaint.anonymous || !identity) return null;
    const approved = isOwner(principal, complaint)
      ? await manager
          .getRepository(IdentityRevealRequestEntity)
          .createQueryBuilder('request')
          .where('request.complaint_id = :complaintId AND request.status = :status', {
            complaintId,
            status: 'APPROVED',
          })
          .andWhere(`request.requested_by->>'subject' = :subject`, { subject: principal.subject })
          .orderBy('request.decided_at', 'DESC')
          .getOne()
      : null;
    if (!approved) {
      throw forbidden(
        'The identity is protected: it needs a reveal approved by the custodian',
        '投诉举报人身份受保护，须经保管人批准方可查看',
      );
    }
    const key = deps.key();
    const name = unseal(
      key,
      identity.keyId,
      identity.nameSealed,
      sealingContext('complainant_identity', complaintId, 'name'),
    );
    const contact = identity.contactSealed
      ? unseal(
          key,
          identity.keyId,
          identity.contactSealed,
          sealingContext('complainant_identity', complaintId, 'contact'),
        )
      : null;
    await audit({
      entityType: 'Complaint',
      entityId: complaintId,
      action: 'READ_IDENTITY',
      after: { revealRequestId: approved.id, reason: approved.reason },
    });
    return { name, contact };
  });
}
