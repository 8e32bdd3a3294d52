import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { agencyIdOf, regionLevelOf, type AgencyKind, type RegionLevel } from '@dibao/domain';
import { requirePrincipal, checkedRegionCode, checkedYear } from '@dibao/server';
import type { AccountabilityContext } from '../context.js';
import type { JointMeetingEntity } from '../entities/index.js';
import { AgencyKindEnum, RegionLevelEnum } from '../schema/enums.js';
import { EstablishJointMeetingInput } from '../schema/joint-meeting.inputs.js';
import { JointMeetingSessionType, JointMeetingTaskType, JointMeetingType } from '../schema/joint-meeting.type.js';
import { AgencyRef, agencyRef } from '../schema/references.type.js';
import { RegionRef, regionRef } from '../schema/region.type.js';
import { establishJointMeeting, setJointMeetingMembers } from '../services/joint-meeting.service.js';
import { seatedAgencyIds } from '../services/joint-meeting-rules.js';

/**
 * Joint meetings (联席会议) of provinces, prefectures and counties. An ADMIN or REVIEWER of the lead agency
 * (the region's civil affairs department) writes; members and everyone else in scope read.
 */
@Resolver(() => JointMeetingType)
export class JointMeetingResolver {
  @Authorized('REVIEWER')
  @Mutation(() => JointMeetingType, {
    description: 'Set up the joint meeting of a province, prefecture or county (lead agency only) / 建立联席会议',
  })
  establishJointMeeting(@Arg('input') input: EstablishJointMeetingInput, @Ctx() context: AccountabilityContext) {
    return establishJointMeeting(context.deps, requirePrincipal(context), input);
  }

  @Authorized('REVIEWER')
  @Mutation(() => JointMeetingType, {
    description: 'Replace the member agencies (lead agency only) / 调整联席会议成员单位',
  })
  setJointMeetingMembers(
    @Arg('regionCode', () => ID) regionCode: string,
    @Arg('memberKinds', () => [AgencyKindEnum]) memberKinds: AgencyKind[],
    @Ctx() context: AccountabilityContext,
  ) {
    return setJointMeetingMembers(
      context.deps,
      requirePrincipal(context),
      checkedRegionCode(regionCode, 'regionCode'),
      memberKinds,
    );
  }

  @FieldResolver(() => RegionRef, { description: 'Region of the joint meeting / 所在区划' })
  region(@Root() body: JointMeetingEntity): RegionRef {
    return regionRef(body.regionCode);
  }

  @FieldResolver(() => RegionLevelEnum, { description: 'Province, prefecture or county / 层级' })
  level(@Root() body: JointMeetingEntity): RegionLevel {
    return regionLevelOf(body.regionCode);
  }

  @FieldResolver(() => ID, { description: "The lead agency: the region's civil affairs department / 牵头单位" })
  leadAgencyId(@Root() body: JointMeetingEntity): string {
    return agencyIdOf(body.regionCode, 'CIVIL_AFFAIRS');
  }

  @FieldResolver(() => AgencyRef, { description: 'The lead agency, from the registry / 牵头单位' })
  leadAgency(@Root() body: JointMeetingEntity): AgencyRef {
    return agencyRef(agencyIdOf(body.regionCode, 'CIVIL_AFFAIRS'));
  }

  @FieldResolver(() => [ID], { description: 'Member agencies besides the lead / 成员单位' })
  memberAgencyIds(@Root() body: JointMeetingEntity): string[] {
    return seatedAgencyIds(body.regionCode, body.memberKinds).slice(1);
  }

  @FieldResolver(() => [AgencyRef], { description: 'Member agencies, from the registry / 成员单位' })
  members(@Root() body: JointMeetingEntity): AgencyRef[] {
    return seatedAgencyIds(body.regionCode, body.memberKinds).slice(1).map(agencyRef);
  }

  @FieldResolver(() => [JointMeetingSessionType], { description: 'Meetings held, newest first / 历次会议' })
  async sessions(
    @Root() body: JointMeetingEntity,
    @Ctx() { loaders }: AccountabilityContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ) {
    const sessions = await loaders.sessionsOf.load(body.regionCode);
    if (year === undefined || year === null) return sessions;
    const wanted = String(checkedYear(year));
    return sessions.filter((session) => session.heldOn.startsWith(wanted));
  }

  @FieldResolver(() => [JointMeetingTaskType], {
    description: 'Follow-up tasks not yet done, earliest deadline first / 未完成的督办事项',
  })
  openTasks(@Root() body: JointMeetingEntity, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.openTasksOf.load(body.regionCode);
  }

  @FieldResolver(() => Int, { description: 'Open tasks past their deadline / 逾期未完成的督办事项数' })
  async overdueTaskCount(@Root() body: JointMeetingEntity, @Ctx() context: AccountabilityContext) {
    const today = context.today;
    const open = await context.loaders.openTasksOf.load(body.regionCode);
    return open.filter((task) => task.deadline < today).length;
  }
}
