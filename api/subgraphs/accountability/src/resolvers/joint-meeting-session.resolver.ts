import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requirePrincipal } from '@dibao/server';
import type { AccountabilityContext } from '../context.js';
import type { JointMeetingSessionEntity } from '../entities/index.js';
import { RecordJointMeetingSessionInput } from '../schema/joint-meeting.inputs.js';
import {
  JointMeetingAttendeeType,
  JointMeetingDecisionType,
  JointMeetingSessionType,
  JointMeetingTaskType,
  JointMeetingType,
} from '../schema/joint-meeting.type.js';
import { RegionRef, regionRef } from '../schema/region.type.js';
import { recordJointMeetingSession } from '../services/joint-meeting.service.js';

@Resolver(() => JointMeetingSessionType)
export class JointMeetingSessionResolver {
  @Authorized()
  @Query(() => JointMeetingSessionType, {
    nullable: true,
    description: 'A joint meeting session within your scope / 联席会议会议记录',
  })
  jointMeetingSession(@Arg('id', () => ID) id: string, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.sessionById.load(id);
  }

  @Authorized('REVIEWER')
  @Mutation(() => JointMeetingSessionType, {
    description:
      'Record a meeting: attendees, agenda, minutes, decisions linked to cases, follow-up tasks (lead agency only) / 记录联席会议',
  })
  recordJointMeetingSession(
    @Arg('input') input: RecordJointMeetingSessionInput,
    @Ctx() context: AccountabilityContext,
  ) {
    return recordJointMeetingSession(context.deps, requirePrincipal(context), input);
  }

  @FieldResolver(() => RegionRef, { description: 'Region of the joint meeting / 所在区划' })
  region(@Root() session: JointMeetingSessionEntity): RegionRef {
    return regionRef(session.regionCode);
  }

  @FieldResolver(() => JointMeetingType, {
    nullable: true,
    description: 'The joint meeting it belongs to / 所属联席会议',
  })
  jointMeeting(@Root() session: JointMeetingSessionEntity, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.jointMeetingOf.load(session.regionCode);
  }

  @FieldResolver(() => [JointMeetingAttendeeType], { description: 'Attendees in the order of the minutes / 参会人员' })
  attendees(@Root() session: JointMeetingSessionEntity, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.attendeesOf.load(session.id);
  }

  @FieldResolver(() => [JointMeetingDecisionType], { description: 'Decisions taken / 议定事项' })
  decisions(@Root() session: JointMeetingSessionEntity, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.decisionsOf.load(session.id);
  }

  @FieldResolver(() => [JointMeetingTaskType], { description: 'Follow-up tasks assigned / 督办事项' })
  tasks(@Root() session: JointMeetingSessionEntity, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.tasksOf.load(session.id);
  }
}
