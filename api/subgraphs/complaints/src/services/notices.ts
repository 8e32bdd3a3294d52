import { isWithinRegion, ProblemCategory, type WatchedDeadline } from '@dibao/domain';
import { clearDeadline, watchDeadline, type Audience } from '@dibao/server';
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
export function complaintDeadlines(complaint: ComplaintEntity) {
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
