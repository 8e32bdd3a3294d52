import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { AgencyKind, vocabularyCodes } from '@dibao/domain';
import { AGENCY_ID, REGION_CODE } from './case.inputs.js';
import { AgencyKindEnum } from './enums.js';

@InputType('EstablishJointMeetingInput', { description: 'A joint meeting to set up / 建立联席会议' })
export class EstablishJointMeetingInput {
  @Field(() => ID, { description: 'A province, prefecture or county / 省、市（州）或县级区划' })
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field({ description: 'Name / 名称' })
  @Length(2, 200)
  name: string;

  @Field(() => [AgencyKindEnum], {
    nullable: true,
    description:
      'Member agencies of the region besides civil affairs (default: organization, discipline inspection, finance, audit, HR and social security) / 成员单位',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsIn(vocabularyCodes(AgencyKind), { each: true })
  memberKinds?: AgencyKind[] | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it was set up (default: today) / 建立日期' })
  @IsOptional()
  establishedOn?: string | null;
}

@InputType('JointMeetingAttendeeInput', { description: 'A person attending for a member agency / 参会人员' })
export class JointMeetingAttendeeInput {
  @Field(() => ID, { description: 'The agency represented, `<region>:<KIND>` / 所代表的单位' })
  @Matches(AGENCY_ID, { message: 'agencyId must be <region code>:<KIND>' })
  agencyId: string;

  @Field({ description: 'Name / 姓名' })
  @Length(1, 100)
  name: string;
}

@InputType('JointMeetingDecisionInput', { description: 'A decision the meeting took / 议定事项' })
export class JointMeetingDecisionInput {
  @Field({ description: 'Text / 议定内容' })
  @Length(2, 5000)
  text: string;

  @Field(() => [ID], { nullable: true, description: 'Accountability cases it concerns / 涉及的问责案件' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  caseIds?: string[] | null;
}

@InputType('JointMeetingTaskInput', { description: 'A follow-up task to assign / 督办事项' })
export class JointMeetingTaskInput {
  @Field(() => ID, { description: 'The owning agency, in the region or below, `<region>:<KIND>` / 责任单位' })
  @Matches(AGENCY_ID, { message: 'ownerAgencyId must be <region code>:<KIND>' })
  ownerAgencyId: string;

  @Field({ description: 'What is to be done / 事项内容' })
  @Length(2, 5000)
  description: string;

  @Field(() => LocalDateResolver, { description: 'Last day to finish it / 完成时限' })
  deadline: string;
}

@InputType('RecordJointMeetingSessionInput', { description: 'A meeting held / 会议记录' })
export class RecordJointMeetingSessionInput {
  @Field(() => ID, { description: 'Region of the joint meeting / 联席会议所在区划' })
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field(() => LocalDateResolver, { description: 'Date it was held / 召开日期' })
  heldOn: string;

  @Field(() => [String], { description: 'Agenda items / 议题' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Length(2, 500, { each: true })
  agenda: string[];

  @Field({ description: 'Minutes / 会议纪要' })
  @Length(2, 50_000)
  minutes: string;

  @Field(() => [JointMeetingAttendeeInput], { description: 'Attendees; the lead agency must be among them / 参会人员' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  attendees: JointMeetingAttendeeInput[];

  @Field(() => [JointMeetingDecisionInput], { nullable: true, description: 'Decisions taken / 议定事项' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  decisions?: JointMeetingDecisionInput[] | null;

  @Field(() => [JointMeetingTaskInput], { nullable: true, description: 'Follow-up tasks / 督办事项' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  tasks?: JointMeetingTaskInput[] | null;
}
