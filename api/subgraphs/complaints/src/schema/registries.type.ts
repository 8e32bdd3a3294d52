import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ComplaintChannel } from '@dibao/domain';
import { ComplaintDeadlineStateType } from './complaint.type.js';
import { ComplaintChannelEnum } from './enums.js';
import { ConnectionType } from '@dibao/server';
import { RegionRef } from './region.type.js';

@ObjectType('PetitionOfficer', {
  description: 'The designated person for dibao petitions of a region (专人负责) / 低保信访专人',
})
export class PetitionOfficerType {
  @Field(() => RegionRef)
  region: RegionRef;

  @Field({ description: 'Token subject of the officer / 用户标识' })
  officerSubject: string;

  @Field(() => ID, { nullable: true, description: "The registry's Official id, when known / 干部档案 ID" })
  officialId: string | null;

  @Field()
  designatedAt: Date;
}

@ObjectType('VolunteerSupervisor', { description: 'A volunteer supervisor (义务监督员) / 义务监督员' })
export class VolunteerSupervisorType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  regionCode: string;

  @Field({ description: 'Name, published with the appointment / 姓名（随聘任公布）' })
  name: string;

  @Field({ description: 'Who they are in the community / 身份' })
  affiliation: string;

  @Field({ description: 'First day of the term (YYYY-MM-DD) / 聘期开始' })
  termStart: string;

  @Field({ description: 'Last day of the term (YYYY-MM-DD) / 聘期结束' })
  termEnd: string;
}

@ObjectType('SocialOrganizationContract', {
  description: 'A social organisation engaged by purchase of services / 政府购买服务社会组织合同',
})
export class SocialOrganizationContractType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  regionCode: string;

  @Field({ description: 'Organisation / 社会组织名称' })
  organizationName: string;

  @Field({ description: 'Contract number / 合同编号' })
  contractNumber: string;

  @Field({ description: 'Period start (YYYY-MM-DD) / 服务期开始' })
  periodStart: string;

  @Field({ description: 'Period end (YYYY-MM-DD) / 服务期结束' })
  periodEnd: string;

  @Field(() => SafeIntResolver, { description: 'Contract amount, fen / 合同金额（分）' })
  amountFen: number;

  @Field({ description: 'What it must deliver / 服务内容及成果要求' })
  deliverables: string;
}

export const VolunteerSupervisorConnection = ConnectionType(VolunteerSupervisorType, 'VolunteerSupervisor');
export const SocialOrganizationContractConnection = ConnectionType(
  SocialOrganizationContractType,
  'SocialOrganizationContract',
);

@ObjectType('ContractDeliverable', {
  description: 'A deliverable of a purchase-of-services contract, tracked against its terms / 合同交付事项',
})
export class ContractDeliverableType {
  @Field(() => ID)
  id: string;

  @Field()
  description: string;

  @Field({ description: 'Due date (YYYY-MM-DD) / 交付期限' })
  dueOn: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Observations to file by the due date, when counted / 须提交的监督记录数',
  })
  targetObservations: number | null;

  @Field(() => Int, { description: 'Observations filed under the contract by the due date / 期限内已提交记录数' })
  observationsByDue: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Met, not met, or null while open and not assessed / 是否完成（未到期未验收为空）',
  })
  met: boolean | null;

  @Field(() => Date, { nullable: true })
  assessedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Assessment note / 验收意见' })
  assessmentNote: string | null;
}

@ObjectType('SupervisionObservationReceipt', {
  description: 'An observation as filed: it entered the complaint flow / 监督记录回执（已进入投诉举报办理流程）',
})
export class SupervisionObservationReceiptType {
  @Field({ description: 'Follow it like any complaint; shown only now / 查询码（仅显示一次）' })
  receiptCode: string;

  @Field(() => ID)
  observationId: string;

  @Field(() => ID, { description: 'The complaint it became / 对应的投诉举报' })
  complaintId: string;

  @Field(() => ComplaintChannelEnum)
  channel: ComplaintChannel;

  @Field(() => ID)
  villageCode: string;

  @Field()
  observedOn: string;

  @Field(() => [ComplaintDeadlineStateType])
  deadlines: ComplaintDeadlineStateType[];
}
