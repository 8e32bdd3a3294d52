import { SafeIntResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  AgencyKind,
  ComplaintChannel,
  ComplaintConclusion,
  ComplaintDeadline,
  ComplaintLinkKind,
  ComplaintMessageAuthor,
  ComplaintStatus,
  ComplaintTransferKind,
  ProblemCategory,
} from '@dibao/domain';
import { ConnectionType } from '@dibao/server';
import {
  AgencyKindEnum,
  ComplaintChannelEnum,
  ComplaintConclusionEnum,
  ComplaintDeadlineEnum,
  ComplaintLinkKindEnum,
  ComplaintMessageAuthorEnum,
  ComplaintStatusEnum,
  ComplaintTransferKindEnum,
  ProblemCategoryEnum,
} from './enums.js';
import { RegionRef } from './region.type.js';

@Directive('@key(fields: "id")')
@ObjectType('Complaint', {
  description:
    'A complaint or tip-off; the complainant is never shown here unless a reveal was approved / 投诉举报（不含举报人身份信息）',
})
export class ComplaintType {
  @Field(() => ID)
  id: string;

  @Field(() => ComplaintChannelEnum, { description: 'How it arrived / 渠道' })
  channel: ComplaintChannel;

  @Field(() => ID, { nullable: true, description: 'The monitoring alert it was referred from / 来源预警' })
  sourceAlertId: string | null;

  @Field({ description: 'When it was received / 受理时间' })
  receivedAt: Date;

  @Field(() => ID, { description: 'Code of the region it is about / 被反映地区代码' })
  regionCode: string;

  @Field(() => ProblemCategoryEnum, { description: 'Problem category / 问题类别' })
  category: ProblemCategory;

  @Field({ description: 'What it is about / 反映事项摘要' })
  summary: string;

  @Field({ description: 'Given without a name / 是否匿名' })
  anonymous: boolean;

  @Field({ description: 'A major matter, supervised by the province from the start / 是否重大事项' })
  major: boolean;

  @Field({ description: 'The complainant asked for a reward if substantiated / 是否申请举报奖励' })
  rewardOptIn: boolean;

  @Field(() => ComplaintStatusEnum, { description: 'Status / 办理状态' })
  status: ComplaintStatus;

  @Field(() => Date, { nullable: true, description: 'Accepted by the designated petition officer / 交办时间' })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Investigation started / 开始核查时间' })
  investigationStartedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Conclusion recorded / 形成结论时间' })
  concludedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Closed with feedback / 办结时间' })
  closedAt: Date | null;

  @Field(() => ComplaintConclusionEnum, { nullable: true, description: 'Outcome / 核查结论' })
  conclusion: ComplaintConclusion | null;

  @Field(() => String, { nullable: true, description: 'Findings of the investigation (internal) / 核查情况（内部）' })
  findings: string | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'Money involved, fen / 涉及金额（分）' })
  amountInvolvedFen: number | null;

  @Field(() => Int, { nullable: true, description: 'Households affected / 涉及户数' })
  householdsAffected: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Feedback given to the complainant on closure / 向投诉举报人反馈的办理结果',
  })
  publicFeedback: string | null;

  @Field({ description: 'Under direct provincial supervision (督办) / 是否省级直接督办' })
  supervisedByProvince: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is supervised / 督办原因' })
  supervisionReason: string | null;

  @Field(() => Date, { nullable: true, description: 'Supervision started / 督办开始时间' })
  supervisedAt: Date | null;
}

export const ComplaintConnection = ConnectionType(ComplaintType, 'Complaint');

@ObjectType('ReceivedComplaint', { description: 'A new complaint and its receipt code / 新登记的投诉举报及查询码' })
export class ReceivedComplaintType {
  @Field(() => ComplaintType)
  complaint: ComplaintType;

  @Field({
    description:
      'Give this to the complainant now: it is shown once and stored only as a hash / 查询码：仅显示一次，请当即告知投诉举报人',
  })
  receiptCode: string;
}

@ObjectType('ComplaintOwner', { description: 'Who owns a complaint (首问负责制) / 承办人' })
export class ComplaintOwnerType {
  @Field({ description: 'Token subject / 用户标识' })
  subject: string;

  @Field(() => AgencyKindEnum)
  agency: AgencyKind;

  @Field(() => RegionRef)
  region: RegionRef;
}

@ObjectType('ComplaintHandover', { description: 'A proposed handover, not yet accepted / 待接收的移交' })
export class ComplaintHandoverType {
  @Field({ description: 'The designated petition officer it is proposed to / 拟接收的信访专人' })
  toSubject: string;

  @Field()
  requestedAt: Date;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('ComplaintOwnershipTransfer', { description: 'A change of owner / 承办人变更记录' })
export class OwnershipTransferType {
  @Field(() => ComplaintTransferKindEnum)
  kind: ComplaintTransferKind;

  @Field(() => String, { nullable: true, description: 'Previous owner (none at intake) / 原承办人' })
  fromSubject: string | null;

  @Field(() => RegionRef, { nullable: true })
  fromRegion: RegionRef | null;

  @Field({ description: 'New owner / 新承办人' })
  toSubject: string;

  @Field(() => RegionRef)
  toRegion: RegionRef;

  @Field()
  at: Date;

  @Field()
  reason: string;
}

@ObjectType('ComplaintDeadlineState', { description: 'One deadline and whether it is met / 办理期限及完成情况' })
export class ComplaintDeadlineStateType {
  @Field(() => ComplaintDeadlineEnum)
  kind: ComplaintDeadline;

  @Field()
  dueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was met / 完成时间' })
  metAt: Date | null;

  @Field({ description: 'Not met and past due / 已逾期未完成' })
  overdue: boolean;

  @Field({ description: 'Met after it was due / 逾期完成' })
  late: boolean;
}

@ObjectType('ComplaintMessage', {
  description: 'A message between the complainant and the handler / 投诉举报人与承办人之间的留言',
})
export class ComplaintMessageType {
  @Field(() => ComplaintMessageAuthorEnum)
  author: ComplaintMessageAuthor;

  @Field()
  sentAt: Date;

  @Field(() => String, { nullable: true, description: 'Null once erased / 已按期删除的为空' })
  text: string | null;
}

@ObjectType('ComplainantIdentity', {
  description: 'Who complained: readable only after an approved reveal, and audited / 投诉举报人身份（经批准方可查看）',
})
export class ComplainantIdentityType {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Phone or address / 联系方式' })
  contact: string | null;
}

@ObjectType('ComplaintExternalLink', { description: 'A link to another subgraph, by id / 关联的其他事项' })
export class ComplaintExternalLinkType {
  @Field(() => ComplaintLinkKindEnum)
  kind: ComplaintLinkKind;

  @Field(() => ID)
  externalId: string;

  @Field()
  linkedAt: Date;
}
