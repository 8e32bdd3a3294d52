import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { JointMeetingTaskStatus } from '@dibao/domain';
import { Label, labelFor, requirePrincipal } from '@dibao/server';
import type { AccountabilityContext } from '../context.js';
import type {
  JointMeetingAttendeeEntity,
  JointMeetingDecisionEntity,
  JointMeetingTaskEntity,
} from '../entities/index.js';
import { AccountabilityCaseType } from '../schema/case.type.js';
import {
  JointMeetingAttendeeType,
  JointMeetingDecisionType,
  JointMeetingSessionType,
  JointMeetingTaskType,
} from '../schema/joint-meeting.type.js';
import { AgencyRef, agencyRef } from '../schema/references.type.js';
import type { CaseView } from '../services/disclosure.js';
import { completeJointMeetingTask } from '../services/joint-meeting.service.js';

@Resolver(() => JointMeetingAttendeeType)
export class JointMeetingAttendeeResolver {
  @FieldResolver(() => AgencyRef, { description: 'The agency represented, from the registry / 所代表的单位' })
  agency(@Root() attendee: JointMeetingAttendeeEntity): AgencyRef {
    return agencyRef(attendee.agencyId);
  }
}

@Resolver(() => JointMeetingDecisionType)
export class JointMeetingDecisionResolver {
  @FieldResolver(() => [ID], { description: 'Ids of the accountability cases it concerns / 涉及的问责案件 ID' })
  caseIds(@Root() decision: JointMeetingDecisionEntity, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.caseIdsOfDecision.load(decision.id);
  }

  @FieldResolver(() => [AccountabilityCaseType], {
    description: 'The cases it concerns that you may read / 涉及的问责案件',
  })
  async cases(@Root() decision: JointMeetingDecisionEntity, @Ctx() { loaders }: AccountabilityContext) {
    const ids = await loaders.caseIdsOfDecision.load(decision.id);
    const cases = await loaders.caseById.loadMany(ids);
    return cases.filter((found): found is CaseView => found !== null && !(found instanceof Error));
  }

  @FieldResolver(() => JointMeetingSessionType, { nullable: true, description: 'The meeting that took it / 所属会议' })
  session(@Root() decision: JointMeetingDecisionEntity, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.sessionById.load(decision.sessionId);
  }
}

@Resolver(() => JointMeetingTaskType)
export class JointMeetingTaskResolver {
  @Authorized()
  @Query(() => JointMeetingTaskType, {
    nullable: true,
    description: 'A follow-up task of a meeting in your scope, or owned by your agency / 联席会议督办事项',
  })
  jointMeetingTask(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.taskById.load(id);
  }

  @Authorized('REVIEWER')
  @Mutation(() => JointMeetingTaskType, {
    description: 'Mark a follow-up task done, saying how (lead agency only) / 督办事项办结',
  })
  completeJointMeetingTask(
    @Arg('id', () => ID) id: string,
    @Arg('note', { description: 'How it was done / 完成情况' }) note: string,
    @Ctx() context: AccountabilityContext,
  ) {
    return completeJointMeetingTask(context.deps, requirePrincipal(context), id, note);
  }

  @FieldResolver(() => AgencyRef, { description: 'The owning agency, from the registry / 责任单位' })
  owner(@Root() task: JointMeetingTaskEntity): AgencyRef {
    return agencyRef(task.ownerAgencyId);
  }

  @FieldResolver(() => Label, { description: 'Status in both languages / 办理状态名称' })
  statusLabel(@Root() task: JointMeetingTaskEntity): Label {
    return labelFor(JointMeetingTaskStatus, task.status);
  }

  @FieldResolver(() => Boolean, {
    description: "Still open after its deadline (by the subgraph's clock, Beijing date) / 是否逾期未完成",
  })
  overdue(@Root() task: JointMeetingTaskEntity, @Ctx() context: AccountabilityContext): boolean {
    return task.status === 'OPEN' && task.deadline < context.today;
  }

  @FieldResolver(() => JointMeetingSessionType, {
    nullable: true,
    description: 'The meeting that assigned it / 所属会议',
  })
  session(@Root() task: JointMeetingTaskEntity, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.sessionById.load(task.sessionId);
  }
}
