import { SafeIntResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ComplaintChannel, ProblemCategory } from '@dibao/domain';
import { Label } from '@dibao/server';
import { ComplaintChannelEnum, ProblemCategoryEnum } from './enums.js';

@ObjectType('ComplaintChannelCount', { description: 'Complaints received through one channel / 分渠道受理数' })
export class ComplaintChannelCount {
  @Field(() => ComplaintChannelEnum)
  channel: ComplaintChannel;

  @Field(() => Label)
  label: Label;

  @Field(() => Int)
  count: number;
}

@ObjectType('ComplaintCategoryCount', { description: 'Complaints received in one category / 分类别受理数' })
export class ComplaintCategoryCount {
  @Field(() => ProblemCategoryEnum)
  category: ProblemCategory;

  @Field(() => Label)
  label: Label;

  @Field(() => Int)
  count: number;
}

@ObjectType('ComplaintStats', {
  description:
    "Complaints received in a year about a region's subtree (internal: small counts are not suppressed) / 辖区年度投诉举报统计（内部）",
})
export class ComplaintStatsType {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'Received / 受理数' })
  received: number;

  @Field(() => [ComplaintChannelCount], { description: 'By channel, every channel / 分渠道' })
  byChannel: ComplaintChannelCount[];

  @Field(() => [ComplaintCategoryCount], { description: 'By category, every category / 分问题类别' })
  byCategory: ComplaintCategoryCount[];

  @Field(() => Int, { description: 'Without a name / 匿名' })
  anonymous: number;

  @Field(() => Int, { description: 'Under provincial supervision / 省级督办' })
  supervisedByProvince: number;

  @Field(() => Int, { description: 'Linked as duplicates of another / 重复件' })
  duplicates: number;

  @Field(() => Int, { description: 'Closed with feedback / 已办结' })
  closed: number;

  @Field(() => Int, {
    description: 'Closed and concluded within every deadline that applied / 按期办结',
  })
  closedOnTime: number;

  @Field(() => Float, { nullable: true, description: 'closedOnTime ÷ closed / 按期办结率' })
  onTimeClosureRate: number | null;

  @Field(() => Int, { description: 'With a conclusion / 已形成结论' })
  concluded: number;

  @Field(() => Int) substantiated: number;
  @Field(() => Int) partlySubstantiated: number;
  @Field(() => Int) unsubstantiated: number;

  @Field(() => Float, {
    nullable: true,
    description: '(substantiated + partly substantiated) ÷ concluded / 属实率（含部分属实）',
  })
  substantiatedRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from receipt to closure / 办结天数中位数' })
  medianDaysToClose: number | null;

  @Field(() => Int, { description: 'Open and past a deadline now / 当前逾期未办结' })
  overdueNow: number;

  @Field(() => Int, { description: 'Appeals opened by unsatisfied ratings / 不满意申请复查' })
  appeals: number;

  @Field(() => SafeIntResolver, { description: 'Rewards paid, fen / 已发放奖励（分）' })
  rewardsPaidFen: number;
}
