import { isWithinRegion, ProblemCategory, type WatchedDeadline } from '@dibao/domain';
import { clearDeadline, notify, watchDeadline, type Audience } from '@dibao/server';
import type { ComplaintEntity } from '../entities/index.js';

/*
 * The deadlines stamped on a complaint, for the notifications' job queue: reminded before, told when overdue.
 * Who: complaint handlers of the owner's region (which contains the complaint's region: they read it, see
 * services/access.ts). What: the category and the region, never the summary or anything of the complainant.
 */

/** How many days before each deadline the reminder goes out. */
const REMIND_DAYS: Record<'COMPLAINT_ACKNOWLEDGEMENT' | 'COMPLAINT_CONCLUSION', number> = {
  COMPLAINT_ACKNOWLEDGEMENT: 1,
  COMPLAINT_CONCLUSION: 7,
};

const handlersOf = (complaint: ComplaintEntity): Audience => ({
  region: isWithinRegion(complaint.regionCode, complaint.ownerRegionCode)
    ? complaint.ownerRegionCode
    : complaint.regionCode,
  reach: 'AT',
  anyOf: [{ roles: ['COMPLAINT_HANDLER'] }],
});

/** Watches for the deadlines not yet met, and ends the watches of those met: raised with every complaint write. */
export function deadlineWatches(complaint: ComplaintEntity) {
  const category = ProblemCategory[complaint.category];
  const deadlines: Array<[WatchedDeadline, Date, Date | null, string, string]> = [
    ['COMPLAINT_ACKNOWLEDGEMENT', complaint.acknowledgeDueAt, complaint.acknowledgedAt, 'acknowledged', '受理'],
    ['COMPLAINT_CONCLUSION', complaint.concludeDueAt, complaint.concludedAt, 'concluded', '办结'],
  ];
  return deadlines.map(([kind, dueAt, metAt, en, zh]) => {
    const target = { kind, regionCode: complaint.regionCode, entityType: 'Complaint', entityId: complaint.id };
    if (metAt) return clearDeadline(target);
    return watchDeadline({
      ...target,
      dueAt,
      remindDays: REMIND_DAYS[kind as keyof typeof REMIND_DAYS],
      audience: handlersOf(complaint),
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
