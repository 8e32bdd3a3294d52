import type { EntityManager } from 'typeorm';
import { ComplaintStatus, parentCodeOf } from '@dibao/domain';
import type { AuditActor } from '@dibao/db';
import { type AuditedTransaction, auditedWrite, badInput, conflict, labelFor, systemActor } from '@dibao/server';
import type { Principal } from '@dibao/auth';
import {
  ComplaintAppealEntity,
  ComplaintEntity,
  ComplaintMessageEntity,
  ComplaintRatingEntity,
  ComplaintRewardEntity,
} from '../entities/index.js';
import { requireOwnerOrSupervisor } from './access.js';
import { deadlineStates } from './deadlines.js';
import { lockComplaint } from './complaint-store.js';
import { nowOf, type ComplaintsDeps } from './deps.js';
import { checkedMessageText, messageContext, openMessages, ratingContext } from './messages.js';
import { reviewOpenedNotice } from './notices.js';
import { normalizeReceiptCode, receiptHashOf } from './receipt-code.js';
import { seal } from './sealing.js';

/*
 * Everything a complainant does holding only the receipt code. A wrong code gives null, never an error, so
 * nothing about other complaints leaks; the resolvers rate-limit every call before it gets here. The
 * complainant appears in the audit trail as one anonymous system actor.
 */

export const COMPLAINANT_ACTOR: AuditActor = systemActor('complainant-with-receipt-code');

async function complaintByReceipt(manager: EntityManager, receiptCode: string, lock: boolean) {
  const normalized = normalizeReceiptCode(receiptCode);
  if (!normalized) return null;
  return manager.findOne(ComplaintEntity, {
    where: { receiptHash: receiptHashOf(normalized) },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

async function threadOf(deps: ComplaintsDeps, manager: EntityManager, complaint: ComplaintEntity) {
  const rows = await manager.find(ComplaintMessageEntity, {
    where: { complaintId: complaint.id },
    order: { sentAt: 'ASC', id: 'ASC' },
  });
  const rated =
    complaint.status === 'CLOSED' &&
    (await manager.existsBy(ComplaintRatingEntity, {
      complaintId: complaint.id,
      closureRound: complaint.closureRound,
    }));
  return {
    status: complaint.status,
    statusLabel: labelFor(ComplaintStatus, complaint.status),
    deadlines: deadlineStates(complaint, nowOf(deps)),
    canRate: complaint.status === 'CLOSED' && !rated,
    receivedAt: complaint.receivedAt,
    closedAt: complaint.closedAt,
    publicFeedback: complaint.status === 'CLOSED' ? complaint.publicFeedback : null,
    messages: openMessages(deps.key, rows),
  };
}

/** Status, dates, feedback and the message thread; null for a code that matches nothing. */
export async function complaintStatusByReceipt(deps: ComplaintsDeps, receiptCode: string) {
  const complaint = await complaintByReceipt(deps.dataSource.manager, receiptCode, false);
  return complaint ? threadOf(deps, deps.dataSource.manager, complaint) : null;
}

async function insertMessage(
  deps: ComplaintsDeps,
  { manager, audit }: AuditedTransaction,
  complaint: ComplaintEntity,
  author: ComplaintMessageEntity['author'],
  sentBy: AuditActor | null,
  text: string,
) {
  const key = deps.key();
  const message = manager.create(ComplaintMessageEntity, {
    complaintId: complaint.id,
    author,
    sentBy,
    sentAt: nowOf(deps),
    keyId: key.id,
    textSealed: seal(key, text, messageContext(complaint.id)),
  });
  const saved = await manager.save(ComplaintMessageEntity, message);
  await audit({
    entityType: 'Complaint',
    entityId: complaint.id,
    action: 'MESSAGE',
    // The text may hold personal data, and audit records can never be erased: only its length is kept.
    after: { messageId: saved.id, author, characters: text.length },
  });
  return saved;
}

/** The complainant writes to the handler; the thread comes back, or null for a wrong code. */
export async function sendComplainantMessage(deps: ComplaintsDeps, receiptCode: string, text: string) {
  const checked = checkedMessageText(text);
  if (!checked) throw badInput('A message has 1 to 5,000 characters', '留言须为 1 至 5000 个字符');
  return auditedWrite(deps.dataSource, COMPLAINANT_ACTOR, async (tx) => {
    const complaint = await complaintByReceipt(tx.manager, receiptCode, true);
    if (!complaint) return null;
    await insertMessage(deps, tx, complaint, 'COMPLAINANT', null, checked);
    return threadOf(deps, tx.manager, complaint);
  });
}

/** The owner, or a complaint handler above, writes to the complainant (who stays anonymous). */
export async function sendHandlerMessage(
  deps: ComplaintsDeps,
  principal: Principal,
  complaintId: string,
  text: string,
) {
  const checked = checkedMessageText(text);
  if (!checked) throw badInput('A message has 1 to 5,000 characters', '留言须为 1 至 5000 个字符');
  return auditedWrite(deps.dataSource, principal, async (tx) => {
    const complaint = await lockComplaint(tx.manager, principal, complaintId);
    requireOwnerOrSupervisor(principal, complaint);
    if (complaint.personalDataErasedAt) {
      throw conflict(
        'The complainant can no longer be reached: the case data was erased',
        '案件个人信息已删除，无法再联系投诉举报人',
      );
    }
    const saved = await insertMessage(deps, tx, complaint, 'HANDLER', tx.actor, checked);
    return { author: saved.author, sentAt: saved.sentAt, text: checked };
  });
}

/**
 * The complainant rates a closed complaint, once per closure. An unsatisfied rating opens a review by the
 * level above the region that handled it (the province reviews its own).
 */
export async function rateComplaintHandling(
  deps: ComplaintsDeps,
  receiptCode: string,
  satisfied: boolean,
  comment: string | null,
) {
  const text = comment?.trim() || null;
  if (text && text.length > 2000) throw badInput('A comment has at most 2,000 characters', '评价意见不超过 2000 字');
  return auditedWrite(deps.dataSource, COMPLAINANT_ACTOR, async ({ manager, audit, raise }) => {
    const complaint = await complaintByReceipt(manager, receiptCode, true);
    if (!complaint) return null;
    if (complaint.status !== 'CLOSED') {
      throw conflict('Only a closed complaint can be rated', '办结后方可评价');
    }
    const already = await manager.findOneBy(ComplaintRatingEntity, {
      complaintId: complaint.id,
      closureRound: complaint.closureRound,
    });
    if (already) throw conflict('This closure has already been rated', '本次办结已评价');
    const now = nowOf(deps);
    const key = text ? deps.key() : null;
    await manager.insert(ComplaintRatingEntity, {
      complaintId: complaint.id,
      closureRound: complaint.closureRound,
      satisfied,
      ratedAt: now,
      keyId: key?.id ?? null,
      commentSealed: key && text ? seal(key, text, ratingContext(complaint.id, complaint.closureRound)) : null,
    });
    await audit({
      entityType: 'Complaint',
      entityId: complaint.id,
      action: 'RATE',
      after: { closureRound: complaint.closureRound, satisfied, commentGiven: text !== null },
    });
    if (satisfied) return { satisfied, appealOpened: false };
    const appeal = await manager.save(
      manager.create(ComplaintAppealEntity, {
        complaintId: complaint.id,
        closureRound: complaint.closureRound,
        reviewRegionCode: parentCodeOf(complaint.ownerRegionCode) ?? complaint.ownerRegionCode,
        status: 'OPEN',
        openedAt: now,
        decidedBy: null,
        decidedAt: null,
        decisionReason: null,
      }),
    );
    await audit({
      entityType: 'ComplaintAppeal',
      entityId: appeal.id,
      action: 'OPEN',
      after: {
        complaintId: complaint.id,
        reviewRegionCode: appeal.reviewRegionCode,
        closureRound: appeal.closureRound,
      },
    });
    raise(reviewOpenedNotice(complaint, appeal));
    return { satisfied, appealOpened: true };
  });
}

const claimInstructions = (reference: string) =>
  `发放凭证号 ${reference}：请凭此凭证号和查询码到受理地民政部门或指定银行网点领取，无需出示身份证件。 / ` +
  `Payment reference ${reference}: collect it with this reference and your receipt code at the civil affairs ` +
  'bureau or the designated bank branch; no identity document is needed.';

/**
 * The complainant fetches their reward with the receipt code: status and amount, and once paid the payment
 * reference to collect it with. Whoever pays never learns who collects. The first fetch after payment is
 * recorded as the claim.
 */
export async function claimReward(deps: ComplaintsDeps, receiptCode: string) {
  return auditedWrite(deps.dataSource, COMPLAINANT_ACTOR, async ({ manager, audit }) => {
    const complaint = await complaintByReceipt(manager, receiptCode, false);
    if (!complaint) return null;
    const reward = await manager.findOne(ComplaintRewardEntity, {
      where: { complaintId: complaint.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!reward) return null;
    if (reward.status === 'PAID' && !reward.claimedAt) {
      reward.claimedAt = nowOf(deps);
      await manager.save(ComplaintRewardEntity, reward);
      await audit({
        entityType: 'ComplaintReward',
        entityId: reward.id,
        action: 'CLAIM',
        after: { claimedAt: reward.claimedAt },
      });
    }
    return {
      status: reward.status,
      amountFen: reward.amountFen,
      claimInstructions:
        reward.status === 'PAID' && reward.paymentReference ? claimInstructions(reward.paymentReference) : null,
    };
  });
}
