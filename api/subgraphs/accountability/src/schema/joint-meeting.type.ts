import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { AgencyKind, JointMeetingTaskStatus } from '@dibao/domain';
import { AgencyKindEnum, JointMeetingTaskStatusEnum } from './enums.js';

@ObjectType('JointMeeting', {
  description:
    'The joint meeting (联席会议) of a province, prefecture or county, led by its civil affairs department / 低保工作联席会议',
})
export class JointMeetingType {
  @Field(() => ID, { description: 'Region of the joint meeting / 所在区划' })
  regionCode: string;

  @Field({ description: 'Name / 名称' })
  name: string;

  @Field(() => [AgencyKindEnum], {
    description: 'Member agencies of the same region besides the lead / 成员单位（牵头单位除外）',
  })
  memberKinds: AgencyKind[];

  @Field(() => LocalDateResolver, { description: 'Date it was set up / 建立日期' })
  establishedOn: string;
}

@ObjectType('JointMeetingAttendee', {
  description: 'A person who attended, and the agency they represented / 参会人员',
})
export class JointMeetingAttendeeType {
  @Field(() => ID, { description: 'The agency represented, `<region>:<KIND>` / 所代表的单位' })
  agencyId: string;

  @Field({ description: 'Name of the person / 姓名' })
  name: string;
}

@ObjectType('JointMeetingDecision', { description: 'A decision a meeting took (议定事项) / 会议议定事项' })
export class JointMeetingDecisionType {
  @Field(() => ID, { description: 'Decision id / 议定事项 ID' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Text of the decision: it names the cases' subjects, so only the meeting's lead and member agencies read it / 议定内容（仅联席会议成员单位可见）",
  })
  text: string | null;
}

@ObjectType('JointMeetingTask', { description: 'A follow-up task a meeting assigned (督办事项) / 会议督办事项' })
export class JointMeetingTaskType {
  @Field(() => ID, { description: 'Task id / 督办事项 ID' })
  id: string;

  @Field(() => ID, { description: 'The agency that owns the task, `<region>:<KIND>` / 责任单位' })
  ownerAgencyId: string;

  @Field({ description: 'What is to be done / 事项内容' })
  description: string;

  @Field(() => LocalDateResolver, { description: 'Last day to finish it / 完成时限' })
  deadline: string;

  @Field(() => JointMeetingTaskStatusEnum, { description: 'Open or done / 办理状态' })
  status: JointMeetingTaskStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it was reported done / 完成日期' })
  completedOn: string | null;

  @Field(() => String, { nullable: true, description: 'How it was done / 完成情况' })
  completionNote: string | null;
}

@ObjectType('JointMeetingSession', { description: 'One meeting of a joint meeting / 联席会议会议记录' })
export class JointMeetingSessionType {
  @Field(() => ID, { description: 'Meeting id / 会议 ID' })
  id: string;

  @Field(() => ID, { description: 'Region of the joint meeting / 所在区划' })
  regionCode: string;

  @Field(() => LocalDateResolver, { description: 'Date it was held / 召开日期' })
  heldOn: string;

  @Field(() => [String], { description: 'Agenda items / 议题' })
  agenda: string[];

  @Field(() => String, {
    nullable: true,
    description:
      "Minutes: they name the cases' subjects, so only the meeting's lead and member agencies read them / 会议纪要（仅联席会议成员单位可见）",
  })
  minutes: string | null;

  @Field({ description: 'When it was recorded / 记录时间' })
  recordedAt: Date;
}
