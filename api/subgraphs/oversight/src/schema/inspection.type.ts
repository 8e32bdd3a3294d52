import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  InspectionPartner,
  InspectionReportRecipient,
  InspectionStatus,
  InspectionTeamRole,
  InspectionTopic,
} from '@dibao/domain';
import { ConnectionType } from '@dibao/server';
import {
  InspectionPartnerEnum,
  InspectionReportRecipientEnum,
  InspectionStatusEnum,
  InspectionTeamRoleEnum,
  InspectionTopicEnum,
} from './enums.js';
import { AgencyRef, OfficialRef } from './references.type.js';

@Directive('@key(fields: "id")')
@ObjectType('Inspection', { description: 'A special inspection of dibao work / 低保专项督察' })
export class InspectionType {
  @Field(() => ID, { description: 'Id of the inspection / 督察编号' })
  id: string;

  @Field({ description: 'Title / 督察名称' })
  title: string;

  @Field(() => [InspectionPartnerEnum], {
    description: 'Agencies of the same region organising it jointly / 联合督察的同级部门',
  })
  partnerKinds: InspectionPartner[];

  @Field(() => [InspectionTopicEnum], { description: 'What it inspects / 督察内容' })
  topics: InspectionTopic[];

  @Field({ description: 'First day of the inspection period / 督察开始时间' })
  periodStart: Date;

  @Field({ description: 'Last day of the inspection period / 督察结束时间' })
  periodEnd: Date;

  @Field(() => Int, { description: 'Year the period starts in (Beijing time); its findings count for it / 年度' })
  year: number;

  @Field(() => InspectionStatusEnum, { description: 'Workflow status / 督察状态' })
  status: InspectionStatus;

  @Field({ description: 'When it was planned / 计划时间' })
  plannedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it started / 开始督察时间' })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its report was made / 形成报告时间' })
  reportedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed / 结束时间' })
  closedAt: Date | null;
}

export const InspectionConnection = ConnectionType(InspectionType, 'Inspection');

@ObjectType('InspectionTeamMember', { description: 'A member of the inspection team / 督察组成员' })
export class InspectionTeamMemberType {
  @Field({ description: 'Name / 姓名' })
  name: string;

  @Field(() => InspectionTeamRoleEnum, { description: 'Leader or member / 组长或组员' })
  role: InspectionTeamRole;

  @Field(() => AgencyRef, { nullable: true, description: 'The agency the member comes from / 所在单位' })
  agency: AgencyRef | null;

  @Field(() => OfficialRef, { nullable: true, description: 'The member in the registry, when known / 人员档案' })
  official: OfficialRef | null;
}

@ObjectType('InspectionReportDistribution', {
  description: 'The report sent to a recipient, who may read it from then on / 督察报告报送记录',
})
export class InspectionReportDistributionType {
  @Field(() => InspectionReportRecipientEnum, { description: 'Kind of recipient / 报送对象类别' })
  recipient: InspectionReportRecipient;

  @Field(() => AgencyRef, { description: 'The receiving agency / 接收单位' })
  agency: AgencyRef;

  @Field({ description: 'When it was sent / 报送时间' })
  distributedAt: Date;
}
