import { In } from 'typeorm';
import { inScope, type Principal } from '@dibao/auth';
import { agencyIdOf, isWithinRegion, parseAgencyId, type AgencyKind } from '@dibao/domain';
import {
  actorOf,
  auditedWrite,
  badInput,
  changeAudited,
  conflict,
  isUuid,
  notFound,
  uniqueOrConflict,
} from '@dibao/server';
import {
  AccountabilityCaseEntity,
  JointMeetingAttendeeEntity,
  JointMeetingDecisionCaseEntity,
  JointMeetingDecisionEntity,
  JointMeetingEntity,
  JointMeetingSessionEntity,
  JointMeetingTaskEntity,
} from '../entities/index.js';
import type { EstablishJointMeetingInput, RecordJointMeetingSessionInput } from '../schema/joint-meeting.inputs.js';
import { requireJointMeetingWriter } from './access.js';
import { notInFuture, notTooEarly } from './calendar.js';
import { nowOf, todayOf, type AccountabilityDeps } from './deps.js';
import { checkedJointMeetingRegion, checkedMemberKinds, seatedAgencyIds } from './joint-meeting-rules.js';
import { jointMeetingTaskAssignedNotices, jointMeetingTaskDoneNotice } from './notices.js';

const noJointMeeting = (regionCode: string) =>
  notFound(`${regionCode} has no joint meeting`, `${regionCode} 尚未建立联席会议`);

/** Sets up the joint meeting of a province, prefecture or county (one per region). */
export async function establishJointMeeting(
  deps: AccountabilityDeps,
  principal: Principal,
  input: EstablishJointMeetingInput,
) {
  const regionCode = checkedJointMeetingRegion(input.regionCode);
  requireJointMeetingWriter(principal, regionCode);
  const memberKinds = checkedMemberKinds(input.memberKinds);
  const today = todayOf(deps);
  const establishedOn = notTooEarly(
    notInFuture(input.establishedOn ?? today, today, 'establishedOn', '建立日期'),
    'establishedOn',
    '建立日期',
  );
  const name = input.name.trim();
  if (name.length < 2) throw badInput('Name the joint meeting', '请填写联席会议名称');
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const body = manager.create(JointMeetingEntity, { regionCode, name, memberKinds, establishedOn });
    await uniqueOrConflict(
      () => manager.insert(JointMeetingEntity, body),
      `${regionCode} already has a joint meeting`,
      `${regionCode} 已建立联席会议`,
    );
    await audit({
      entityType: 'JointMeeting',
      entityId: regionCode,
      action: 'ESTABLISH',
      after: body,
    });
    return body;
  });
}

/** Replaces the member agencies of a joint meeting. */
export async function setJointMeetingMembers(
  deps: AccountabilityDeps,
  principal: Principal,
  regionCode: string,
  kinds: AgencyKind[],
) {
  const memberKinds = checkedMemberKinds(kinds);
  return changeAudited(deps.dataSource, principal, {
    entityType: 'JointMeeting',
    action: 'SET_MEMBERS',
    entityId: () => regionCode,
    async lock(manager) {
      const body = await manager.findOne(JointMeetingEntity, {
        where: { regionCode },
        lock: { mode: 'pessimistic_write' },
      });
      if (!body || !inScope(principal, regionCode)) throw noJointMeeting(regionCode);
      requireJointMeetingWriter(principal, regionCode);
      return body;
    },
    state: (body) => ({ memberKinds: body.memberKinds }),
    apply(body) {
      body.memberKinds = memberKinds;
    },
  });
}

/** An agency id in the region's subtree, or BAD_USER_INPUT naming the field. */
function agencyUnder(agencyId: string, regionCode: string, field: string, zhField: string): string {
  const agency = parseAgencyId(agencyId);
  if (!agency || !isWithinRegion(agency.regionCode, regionCode)) {
    throw badInput(
      `${field} ${agencyId} is not an agency of ${regionCode} or below`,
      `${zhField} ${agencyId} 不是 ${regionCode} 及其下级的单位`,
    );
  }
  return agencyId;
}

/**
 * Records a meeting held: attendees (the lead agency among them; each for the lead or a member agency),
 * agenda, minutes, decisions linked to accountability cases of the region's subtree, and follow-up tasks
 * for agencies of the region or below, due on or after the meeting.
 */
export async function recordJointMeetingSession(
  deps: AccountabilityDeps,
  principal: Principal,
  input: RecordJointMeetingSessionInput,
) {
  const regionCode = checkedJointMeetingRegion(input.regionCode);
  const heldOn = notInFuture(input.heldOn, todayOf(deps), 'heldOn', '召开日期');
  const agenda = input.agenda.map((item) => item.trim());
  const minutes = input.minutes.trim();
  if (agenda.some((item) => item.length < 2) || minutes.length < 2) {
    throw badInput('Agenda items and minutes must not be blank', '议题和会议纪要不能为空');
  }
  const decisions = (input.decisions ?? []).map((decision) => ({
    text: decision.text.trim(),
    caseIds: [...new Set(decision.caseIds ?? [])],
  }));
  const tasks = (input.tasks ?? []).map((task) => ({
    ownerAgencyId: agencyUnder(task.ownerAgencyId, regionCode, 'ownerAgencyId', '责任单位'),
    description: task.description.trim(),
    deadline: task.deadline,
  }));
  if (decisions.some((decision) => decision.text.length < 2) || tasks.some((task) => task.description.length < 2)) {
    throw badInput('Decisions and tasks must not be blank', '议定事项和督办事项不能为空');
  }
  const early = tasks.find((task) => task.deadline < heldOn);
  if (early) {
    throw badInput(
      `A task's deadline (${early.deadline}) is before the meeting (${heldOn})`,
      `督办事项的完成时限（${early.deadline}）早于会议日期（${heldOn}）`,
    );
  }
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit, raise }) => {
    const body = await manager.findOneBy(JointMeetingEntity, { regionCode });
    if (!body || !inScope(principal, regionCode)) throw noJointMeeting(regionCode);
    requireJointMeetingWriter(principal, regionCode);
    if (heldOn < body.establishedOn) {
      throw badInput(
        `The meeting (${heldOn}) is before the joint meeting was set up (${body.establishedOn})`,
        `会议日期（${heldOn}）早于联席会议建立日期（${body.establishedOn}）`,
      );
    }
    const seated = seatedAgencyIds(regionCode, body.memberKinds);
    const stranger = input.attendees.find((attendee) => !seated.includes(attendee.agencyId));
    if (stranger) {
      throw badInput(
        `${stranger.agencyId} is neither the lead nor a member agency of this joint meeting`,
        `${stranger.agencyId} 不是此联席会议的牵头单位或成员单位`,
      );
    }
    if (!input.attendees.some((attendee) => attendee.agencyId === agencyIdOf(regionCode, 'CIVIL_AFFAIRS'))) {
      throw badInput('The lead agency (civil affairs) must attend', '牵头单位（民政部门）须出席会议');
    }
    const caseIds = [...new Set(decisions.flatMap((decision) => decision.caseIds))];
    const cases = caseIds.length ? await manager.findBy(AccountabilityCaseEntity, { id: In(caseIds) }) : [];
    const foreign = caseIds.find(
      (id) => !cases.some((found) => found.id === id && isWithinRegion(found.regionCode, regionCode)),
    );
    if (foreign) {
      throw badInput(
        `Accountability case ${foreign} does not exist in ${regionCode} or below`,
        `${regionCode} 及其下级不存在问责案件 ${foreign}`,
      );
    }
    const session = await manager.save(
      manager.create(JointMeetingSessionEntity, {
        regionCode,
        heldOn,
        agenda,
        minutes,
        recordedAt: nowOf(deps),
        recordedBy: actorOf(principal),
      }),
    );
    await manager.insert(
      JointMeetingAttendeeEntity,
      input.attendees.map((attendee, position) => ({
        sessionId: session.id,
        position,
        agencyId: attendee.agencyId,
        name: attendee.name.trim(),
      })),
    );
    const savedDecisions = [];
    for (const [position, decision] of decisions.entries()) {
      const saved = await manager.save(
        manager.create(JointMeetingDecisionEntity, { sessionId: session.id, position, text: decision.text }),
      );
      if (decision.caseIds.length > 0) {
        await manager.insert(
          JointMeetingDecisionCaseEntity,
          decision.caseIds.map((caseId) => ({ decisionId: saved.id, caseId })),
        );
      }
      savedDecisions.push({ id: saved.id, ...decision });
    }
    const savedTasks = [];
    for (const [position, task] of tasks.entries()) {
      savedTasks.push(
        await manager.save(
          manager.create(JointMeetingTaskEntity, {
            sessionId: session.id,
            position,
            ...task,
            status: 'OPEN',
            completedOn: null,
            completionNote: null,
            completedBy: null,
          }),
        ),
      );
    }
    await audit({
      entityType: 'JointMeetingSession',
      entityId: session.id,
      action: 'RECORD',
      after: { ...session, attendees: input.attendees, decisions: savedDecisions, tasks: savedTasks },
    });
    for (const notice of jointMeetingTaskAssignedNotices(regionCode, savedTasks)) raise(notice);
    return session;
  });
}

/** Marks a follow-up task done, with a note on how; a task is done once. */
export async function completeJointMeetingTask(
  deps: AccountabilityDeps,
  principal: Principal,
  id: string,
  note: string,
) {
  const completionNote = note.trim();
  if (completionNote.length < 2 || completionNote.length > 5000) {
    throw badInput('Say how the task was done (2–5,000 characters)', '请说明完成情况（2 至 5000 字）');
  }
  const missing = notFound(`Follow-up task ${id} does not exist`, `督办事项 ${id} 不存在`);
  if (!isUuid(id)) throw missing;
  return changeAudited(deps.dataSource, principal, {
    entityType: 'JointMeetingTask',
    action: 'COMPLETE',
    async lock(manager) {
      const task = await manager.findOne(JointMeetingTaskEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const session = task ? await manager.findOneBy(JointMeetingSessionEntity, { id: task.sessionId }) : null;
      if (!task || !session || !inScope(principal, session.regionCode)) throw missing;
      requireJointMeetingWriter(principal, session.regionCode);
      return task;
    },
    state: (task) => ({ status: task.status }),
    apply(task, { actor }) {
      if (task.status === 'DONE') throw conflict('The task is already done', '该督办事项已完成');
      task.status = 'DONE';
      task.completedOn = todayOf(deps);
      task.completionNote = completionNote;
      task.completedBy = actor;
    },
    after: (saved) => ({ status: saved.status, completedOn: saved.completedOn, completionNote }),
    raises: (saved) => [jointMeetingTaskDoneNotice(saved)],
  });
}
