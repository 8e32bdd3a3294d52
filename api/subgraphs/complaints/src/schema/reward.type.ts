import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '@dibao/server';
import type { ComplaintRewardStatus } from '@dibao/domain';
import { ComplaintRewardStatusEnum } from './enums.js';

@ObjectType('ComplaintRewardRule', { description: 'The rule an amount was decided by / 奖励计算规则' })
export class ComplaintRewardRuleType {
  @Field(() => SafeIntResolver, { description: 'Base amount, fen / 基础金额（分）' })
  baseFen: number;

  @Field(() => Int, { description: 'Share of the amount involved, basis points / 按涉及金额计奖比例（万分比）' })
  shareBasisPoints: number;

  @Field(() => SafeIntResolver, { description: 'Cap, fen / 上限（分）' })
  capFen: number;
}

@ObjectType('ComplaintReward', {
  description:
    'A reward for a substantiated tip-off; it never carries the complainant’s identity / 举报奖励（不含举报人身份）',
})
export class ComplaintRewardType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  complaintId: string;

  @Field(() => SafeIntResolver, { description: 'Amount, fen / 奖励金额（分）' })
  amountFen: number;

  @Field(() => ComplaintRewardRuleType)
  rule: ComplaintRewardRuleType;

  @Field(() => ComplaintRewardStatusEnum)
  status: ComplaintRewardStatus;

  @Field({ description: 'Who decided the amount / 核定人' })
  decidedBy: string;

  @Field()
  decidedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who approved it / 审批人' })
  approvedBy: string | null;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field(() => String, { nullable: true, description: 'Payment reference / 发放凭证号' })
  paymentReference: string | null;

  @Field(() => Date, { nullable: true })
  paidAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'First fetched by the complainant / 举报人领取时间' })
  claimedAt: Date | null;
}

export const ComplaintRewardConnection = ConnectionType(ComplaintRewardType, 'ComplaintReward');
