import { SafeIntResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import type { ComplaintRewardStatus, ComplaintStatus } from '@dibao/domain';
import { Label } from '@dibao/server';
import { ComplaintDeadlineStateType, ComplaintMessageType } from './complaint.type.js';
import { ComplaintRewardStatusEnum, ComplaintStatusEnum } from './enums.js';

@ObjectType('ComplaintReceiptStatus', {
  description:
    'What the complainant sees with the receipt code: status, dates, feedback and messages, nothing else / 凭查询码可见的办理进度',
})
export class ComplaintReceiptStatusType {
  @Field(() => ComplaintStatusEnum)
  status: ComplaintStatus;

  @Field(() => Label)
  statusLabel: Label;

  @Field()
  receivedAt: Date;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Feedback on the handling / 办理结果反馈' })
  publicFeedback: string | null;

  @Field(() => [ComplaintMessageType], { description: 'The thread, oldest first / 留言记录' })
  messages: ComplaintMessageType[];

  @Field(() => [ComplaintDeadlineStateType], { description: 'The deadlines it runs against / 办理期限' })
  deadlines: ComplaintDeadlineStateType[];

  @Field({ description: 'Closed and not yet rated for this closure / 可以评价' })
  canRate: boolean;
}

@ObjectType('ComplaintRewardClaim', {
  description: 'A reward as the complainant sees it with the receipt code / 凭查询码查看的举报奖励',
})
export class ComplaintRewardClaimType {
  @Field(() => ComplaintRewardStatusEnum)
  status: ComplaintRewardStatus;

  @Field(() => SafeIntResolver, { description: 'Amount, fen / 奖励金额（分）' })
  amountFen: number;

  @Field(() => String, {
    nullable: true,
    description: 'How to collect it, once paid (no identity needed) / 领取方式（发放后提供）',
  })
  claimInstructions: string | null;
}

@ObjectType('ComplaintRatingReceipt', { description: 'A rating as recorded / 评价结果' })
export class ComplaintRatingReceiptType {
  @Field()
  satisfied: boolean;

  @Field({ description: 'An unsatisfied rating opened a review by the level above / 是否已提请上级复查' })
  appealOpened: boolean;
}
