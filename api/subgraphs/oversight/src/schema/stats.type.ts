import { SafeIntResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ProblemCategory, RectificationStatus } from '@dibao/domain';
import { Label } from '@dibao/server';
import { ProblemCategoryEnum, RectificationStatusEnum } from './enums.js';

@ObjectType('OversightCategoryCount', { description: 'Findings of one problem category / 某类问题的发现与整改' })
export class OversightCategoryCount {
  @Field(() => ProblemCategoryEnum, { description: 'Problem category / 问题类别' })
  category: ProblemCategory;

  @Field(() => Label, { description: 'The category in both languages / 类别名称' })
  label: Label;

  @Field(() => Int, { description: 'Findings / 发现问题数' })
  findings: number;

  @Field(() => Int, { description: 'Of which VERIFIED / 其中复核销号数' })
  verified: number;

  @Field(() => Int, { description: 'Of which overdue now / 其中逾期未整改数' })
  overdue: number;
}

@ObjectType('OversightStatusCount', { description: 'Findings in one rectification status / 某一整改状态的问题数' })
export class OversightStatusCount {
  @Field(() => RectificationStatusEnum, { description: 'Rectification status / 整改状态' })
  status: RectificationStatus;

  @Field(() => Label, { description: 'The status in both languages / 状态名称' })
  label: Label;

  @Field(() => Int, { description: 'Findings in this status / 该状态的问题数' })
  findings: number;
}

@ObjectType('OversightStats', {
  description:
    "Special-inspection findings in a region's subtree for one year (the year of the inspection) / 辖区某年度专项督察发现问题与整改统计",
})
export class OversightStats {
  @Field(() => Int, { description: 'The year of the inspections / 督察年度' })
  year: number;

  @Field(() => Int, {
    description:
      'Inspections of the year (started or later) that target the region or part of it / 涉及本地区的督察次数',
  })
  inspections: number;

  @Field(() => Int, { description: 'Findings in the region and below / 发现问题数' })
  findings: number;

  @Field(() => [OversightCategoryCount], {
    description: 'Findings by problem category, categories with none left out / 按问题类别',
  })
  byCategory: OversightCategoryCount[];

  @Field(() => [OversightStatusCount], { description: 'Findings by rectification status, every status / 按整改状态' })
  byStatus: OversightStatusCount[];

  @Field(() => Int, { description: 'Findings VERIFIED by an independent re-check / 复核销号数' })
  verified: number;

  @Field(() => Int, {
    description: 'Findings closed although not fixed (never counted as rectified) / 未整改到位即关闭数',
  })
  closedNotFixed: number;

  @Field(() => Float, {
    description:
      'Rectification rate: VERIFIED findings ÷ all findings of the year (every status counts in the denominator, ' +
      'CLOSED_NOT_FIXED included; findings reported fixed but not yet re-checked do not count as rectified); 0 ' +
      'when there are no findings; rounded to 4 decimals / 整改率 = 复核销号数 ÷ 当年全部发现问题数（未整改到位即关闭、' +
      '已报未复核的均不计为已整改），无问题时为 0',
  })
  rectificationRate: number;

  @Field(() => Int, {
    description:
      'Findings overdue now: deadline passed, neither VERIFIED nor CLOSED_NOT_FIXED / 当前逾期未整改数（已过期限且未销号、未关闭）',
  })
  overdue: number;

  @Field(() => Int, { description: 'Findings reopened at least once / 曾被退回或重新打开的问题数' })
  reopened: number;

  @Field(() => Int, { description: 'Households affected / 涉及户数' })
  householdsAffected: number;

  @Field(() => SafeIntResolver, { description: 'Amount involved, in fen / 涉及金额（分）' })
  amountInvolvedFen: number;

  @Field(() => SafeIntResolver, { description: 'Funds recovered, in fen / 追回资金（分）' })
  fundsRecoveredFen: number;

  @Field(() => Int, { description: 'Wrongly included households removed (错保清退) / 清退户数' })
  householdsRemoved: number;

  @Field(() => Int, { description: 'Wrongly excluded households added (漏保纳入) / 纳入户数' })
  householdsAdded: number;
}
