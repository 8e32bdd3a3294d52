import { SafeIntResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { AllocationMethod, AllocationStatus } from '@dibao/domain';
import { AllocationMethodEnum, AllocationStatusEnum } from './enums.js';

@ObjectType('IncentiveAllocation', {
  description:
    'The division of a subsidy or reward pool by performance; immutable once FINALISED, public once PUBLISHED / 奖补资金分配方案',
})
export class IncentiveAllocationType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  year: number;

  @Field({ description: 'Title / 名称' })
  title: string;

  @Field(() => SafeIntResolver, { description: 'The pool, in fen / 资金总额（分）' })
  poolFen: number;

  @Field(() => AllocationMethodEnum)
  method: AllocationMethod;

  @Field(() => Int, {
    description:
      'Share divided by score, in basis points (10,000 for 以奖代补); the rest is divided by recipients / 按绩效分配比例（万分比）',
  })
  performanceShareBasisPoints: number;

  @Field(() => AllocationStatusEnum)
  status: AllocationStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finalisedAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType('IncentiveAllocationLine', { description: "A region's amount / 地区分配金额" })
export class IncentiveAllocationLineType {
  @Field(() => ID)
  regionCode: string;

  @Field(() => Float, { description: 'Assessment score used / 采用的绩效得分' })
  score: number;

  @Field(() => Int, { description: 'Recipients used for the base share / 采用的保障人数' })
  recipients: number;

  @Field(() => SafeIntResolver, { description: 'Base share, by recipients, fen / 基础分配（分）' })
  baseFen: number;

  @Field(() => SafeIntResolver, { description: 'Performance share, by score, fen / 绩效分配（分）' })
  performanceFen: number;

  @Field(() => SafeIntResolver, { description: 'Total, fen / 合计（分）' })
  amountFen: number;
}
