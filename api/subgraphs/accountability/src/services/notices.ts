import { AccountabilityViolation, endOfShanghaiDay, parseAgencyId } from '@dibao/domain';
import { clearDeadline, notify, watchDeadline, type Audience } from '@dibao/server';
import type { AccountabilityCaseEntity, JointMeetingTaskEntity } from '../entities/index.js';

/** How many days before a follow-up task's deadline its owner is reminded. */
const TASK_REMIND_DAYS = 3;

/**
 * A case opened, told to its competent bodies (discipline inspection and the organization department of the
 * managing region), who read it in full; the notice names the violation and the region, not the subject.
 */
export function caseOpenedNotice(opened: AccountabilityCaseEntity) {
  const violation = AccountabilityViolation[opened.violation];
  return notify({
    event: 'CASE_OPENED',
    regionCode: opened.regionCode,
    entityType: 'AccountabilityCase',
    entityId: opened.id,
    audience: {
      region: opened.managingRegionCode,
      reach: 'AT',
      anyOf: [{ agencies: ['DISCIPLINE_INSPECTION', 'ORGANIZATION_DEPARTMENT'] }],
    },
    summary: {
      en: `An accountability case (${violation.en}) was opened in ${opened.regionCode}`,
      zh: `${opened.regionCode} 立案问责（${violation.zh}）`,
    },
  });
}

/** The owning agency of a follow-up task: its officials read the task (services/access.ts). */
function ownerOf(task: Pick<JointMeetingTaskEntity, 'ownerAgencyId'>): Audience | null {
  const agency = parseAgencyId(task.ownerAgencyId);
  return agency && { region: agency.regionCode, reach: 'AT', anyOf: [{ agencies: [agency.kind] }] };
}

const taskBase = (task: Pick<JointMeetingTaskEntity, 'id' | 'ownerAgencyId'>) => ({
  regionCode: parseAgencyId(task.ownerAgencyId)?.regionCode ?? '',
  entityType: 'JointMeetingTask',
  entityId: task.id,
});

/**
 * The tasks a meeting assigned: each told to its owning agency, with its deadline watched (reminded some days
 * before, told when it passes open). The notice names the meeting's region and the deadline, not the minutes.
 */
export function jointMeetingTaskAssignedNotices(regionCode: string, tasks: readonly JointMeetingTaskEntity[]) {
  return tasks.flatMap((task) => {
    const audience = ownerOf(task);
    if (!audience) return [];
    const what = {
      en: `A follow-up task of the joint meeting of ${regionCode}, due ${task.deadline}`,
      zh: `${regionCode} 联席会议督办事项，完成时限 ${task.deadline}`,
    };
    return [
      notify({
        ...taskBase(task),
        event: 'JOINT_MEETING_TASK_ASSIGNED',
        audience,
        summary: { en: `${what.en}, is assigned to your agency`, zh: `${what.zh}，交由您单位办理` },
      }),
      watchDeadline({
        ...taskBase(task),
        kind: 'JOINT_MEETING_TASK',
        dueAt: endOfShanghaiDay(task.deadline),
        remindDays: TASK_REMIND_DAYS,
        audience,
        summary: what,
      }),
    ];
  });
}

/** A task done: its deadline is no longer watched. */
export function jointMeetingTaskDoneNotice(task: JointMeetingTaskEntity) {
  return clearDeadline({ ...taskBase(task), kind: 'JOINT_MEETING_TASK' });
}
