import { ancestorCodesOf, isWithinRegion, ProblemCategory, regionLevelOf } from '@dibao/domain';
import { clearDeadline, notify, watchDeadline, type Audience } from '@dibao/server';
import type {
  ComplaintAppealEntity,
  ComplaintEntity,
  ComplaintRewardEntity,
  IdentityRevealRequestEntity,
} from '../entities/index.js';

/*
 * The deadlines stamped on a complaint, for the notifications' job queue: reminded before, told when overdue.
 * Who: complaint handlers of the owner's region (which contains the complaint's region: they read it, see
 * services/access.ts). What: the category and the region, never the summary or anything of the complainant.
 */

type ComplaintDeadlineKind = 'COMPLAINT_ACKNOWLEDGEMENT' | 'COMPLAINT_CONCLUSION' | 'COMPLAINT_SUPERVISION';

/** How many days before each deadline the reminder goes out. */
const REMIND_DAYS: Record<ComplaintDeadlineKind, number> = {
  COMPLAINT_ACKNOWLEDGEMENT: 1,
  COMPLAINT_CONCLUSION: 7,
  COMPLAINT_SUPERVISION: 7,
};

const handlersOf = (complaint: ComplaintEntity): Audience => ({
  region: isWithinRegion(complaint.regionCode, complaint.ownerRegionCode)
    ? complaint.ownerRegionCode
    : complaint.regionCode,
  reach: 'AT',
  anyOf: [{ roles: ['COMPLAINT_HANDLER'] }],
});

/**
 * The supervision deadline (督办) concerns the province that supervises as much as the owner: complaint handlers
 * of the owner's region and of every region above it (each holds the complaint in scope, so each reads it).
 */
const supervisorsOf = (complaint: ComplaintEntity): Audience => ({ ...handlersOf(complaint), reach: 'AT_OR_ABOVE' });

/** Watches for the deadlines not yet met, and ends the watches of those met: raised with every complaint write. */
export function deadlineWatches(complaint: ComplaintEntity) {
  const category = ProblemCategory[complaint.category];
  const deadlines: Array<[ComplaintDeadlineKind, Date, Date | null, string, string]> = [
    ['COMPLAINT_ACKNOWLEDGEMENT', complaint.acknowledgeDueAt, complaint.acknowledgedAt, 'acknowledged', '受理'],
    ['COMPLAINT_CONCLUSION', complaint.concludeDueAt, complaint.concludedAt, 'concluded', '办结'],
  ];
  // Under provincial supervision (at receipt for a major complaint, or escalated): met by the conclusion too.
  if (complaint.supervisionDueAt) {
    deadlines.push([
      'COMPLAINT_SUPERVISION',
      complaint.supervisionDueAt,
      complaint.concludedAt,
      'concluded under provincial supervision',
      '在省级督办期限内办结',
    ]);
  }
  return deadlines.map(([kind, dueAt, metAt, en, zh]) => {
    const target = { kind, regionCode: complaint.regionCode, entityType: 'Complaint', entityId: complaint.id };
    if (metAt) return clearDeadline(target);
    return watchDeadline({
      ...target,
      dueAt,
      remindDays: REMIND_DAYS[kind],
      audience: kind === 'COMPLAINT_SUPERVISION' ? supervisorsOf(complaint) : handlersOf(complaint),
      summary: {
        en: `A complaint about ${complaint.regionCode} (${category.en}) is to be ${en}`,
        zh: `${complaint.regionCode} 的一件投诉举报（${category.zh}）须${zh}`,
      },
    });
  });
}

/** One person, signed in as `subject` with a scope that holds the complaint, acting as a complaint handler. */
const handlerNamed = (complaint: ComplaintEntity, subject: string): Audience => ({
  region: complaint.regionCode,
  reach: 'AT_OR_ABOVE',
  anyOf: [{ subjects: [subject], roles: ['COMPLAINT_HANDLER'] }],
});

const about = (complaint: ComplaintEntity) => {
  const category = ProblemCategory[complaint.category];
  return {
    en: `a complaint about ${complaint.regionCode} (${category.en})`,
    zh: `${complaint.regionCode} 的一件投诉举报（${category.zh}）`,
  };
};
const target = (complaint: ComplaintEntity) => ({
  regionCode: complaint.regionCode,
  entityType: 'Complaint',
  entityId: complaint.id,
});

/** A handover proposed to the region's designated petition officer, who reads the complaint from then on. */
export function handoverProposedNotice(complaint: ComplaintEntity) {
  const what = about(complaint);
  return notify({
    ...target(complaint),
    event: 'HANDOVER_PROPOSED',
    audience: handlerNamed(complaint, complaint.handoverToSubject!),
    summary: { en: `Handed over to you: ${what.en}`, zh: `移交给您：${what.zh}` },
  });
}

/** The handover accepted, told to the one who handed it over (while a handler in scope, they still read it). */
export function handoverAcceptedNotice(complaint: ComplaintEntity, previousOwner: string) {
  const what = about(complaint);
  return notify({
    ...target(complaint),
    event: 'HANDOVER_ACCEPTED',
    audience: handlerNamed(complaint, previousOwner),
    summary: { en: `Your handover was accepted: ${what.en}`, zh: `您移交的投诉举报已被接收：${what.zh}` },
  });
}

/** Provincial supervision, told to the complaint's owner, with the deadlines as they stand. */
export function escalatedNotices(complaint: ComplaintEntity) {
  const what = about(complaint);
  const due = complaint.supervisionDueAt?.toISOString().slice(0, 10) ?? '';
  return [
    notify({
      ...target(complaint),
      event: 'COMPLAINT_ESCALATED',
      audience: handlerNamed(complaint, complaint.ownerSubject),
      summary: {
        en: `Put under provincial supervision, to conclude by ${due}: ${what.en}`,
        zh: `转为省级督办，须于 ${due} 前办结：${what.zh}`,
      },
    }),
    ...deadlineWatches(complaint),
  ];
}

/**
 * An unsatisfied rating opened a review: told to the complaint handlers of the region that reviews it (the level
 * above the owner's), who alone decide it and hold the complaint in scope. Nothing of the rating's comment.
 */
export function reviewOpenedNotice(complaint: ComplaintEntity, appeal: ComplaintAppealEntity) {
  const what = about(complaint);
  return notify({
    regionCode: complaint.regionCode,
    entityType: 'ComplaintAppeal',
    entityId: appeal.id,
    event: 'COMPLAINT_REVIEW_OPENED',
    audience: { region: appeal.reviewRegionCode, reach: 'AT', anyOf: [{ roles: ['COMPLAINT_HANDLER'] }] },
    summary: {
      en: `The complainant is not satisfied: review ${what.en}`,
      zh: `投诉举报人不满意办理结果，请复查${what.zh}`,
    },
  });
}

/** The province above a region (the region itself when it is one). */
const provinceOf = (regionCode: string) =>
  regionLevelOf(regionCode) === 'PROVINCE'
    ? regionCode
    : (ancestorCodesOf(regionCode).find((code) => regionLevelOf(code) === 'PROVINCE') ?? regionCode);

/**
 * A request to reveal who complained, waiting for the custodian of identities: ADMINs of the civil affairs
 * department of the complaint's province (access.ts isCustodian), who read every request in their scope. Neither
 * the reason (the requester's free text) nor anything of the complainant is in the summary.
 */
export function identityRevealRequestedNotice(complaint: ComplaintEntity, request: IdentityRevealRequestEntity) {
  const what = about(complaint);
  return notify({
    regionCode: complaint.regionCode,
    entityType: 'IdentityRevealRequest',
    entityId: request.id,
    event: 'IDENTITY_REVEAL_REQUESTED',
    audience: {
      region: provinceOf(complaint.regionCode),
      reach: 'AT',
      anyOf: [{ agencies: ['CIVIL_AFFAIRS'], roles: ['ADMIN'] }],
    },
    summary: {
      en: `A request to reveal the complainant's identity awaits your decision: ${what.en}`,
      zh: `查看投诉举报人身份的申请待您审批：${what.zh}`,
    },
  });
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * A decided reward waiting for approval: told to those who approve it, ADMINs of a civil affairs bureau whose
 * scope holds the complaint (reward.service.ts approveReward; they read the complaint and its rewards).
 */
export function rewardAwaitingApprovalNotice(complaint: ComplaintEntity, reward: ComplaintRewardEntity) {
  const what = about(complaint);
  return notify({
    regionCode: complaint.regionCode,
    entityType: 'ComplaintReward',
    entityId: reward.id,
    event: 'REWARD_AWAITING_APPROVAL',
    audience: {
      region: complaint.regionCode,
      reach: 'AT_OR_ABOVE',
      anyOf: [{ agencies: ['CIVIL_AFFAIRS'], roles: ['ADMIN'] }],
    },
    summary: {
      en: `A reward of ${yuan(reward.amountFen)} yuan awaits your approval: ${what.en}`,
      zh: `举报奖励 ${yuan(reward.amountFen)} 元待您审批：${what.zh}`,
    },
  });
}
