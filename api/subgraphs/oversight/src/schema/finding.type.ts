import { SafeIntResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { FindingSeverity, ProblemCategory, RectificationEventKind, RectificationStatus } from '@dibao/domain';
import { ConnectionType } from '@dibao/server';
import {
  FindingSeverityEnum,
  FindingSourceEnum,
  ProblemCategoryEnum,
  RectificationEventKindEnum,
  RectificationStatusEnum,
} from './enums.js';

@Directive('@key(fields: "id")')
@ObjectType('Finding', {
  description: 'A problem found by a special inspection, and its rectification / 督察发现问题及整改',
})
export class FindingType {
  @Field(() => ID, { description: 'Id of the finding / 问题编号' })
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The inspection that found it; null when referred from monitoring / 所属督察',
  })
  inspectionId: string | null;

  @Field(() => FindingSourceEnum, { description: 'An inspection visit, or a monitoring alert / 问题来源' })
  source: 'INSPECTION' | 'MONITORING';

  @Field(() => ID, { nullable: true, description: 'The monitoring alert it was referred from / 来源预警' })
  sourceAlertId: string | null;

  @Field(() => Int, { description: "The inspection's year (the year referred, from monitoring) / 年度" })
  year: number;

  @Field(() => ProblemCategoryEnum, { description: 'Problem category / 问题类别' })
  category: ProblemCategory;

  @Field(() => FindingSeverityEnum, { description: 'Severity / 严重程度' })
  severity: FindingSeverity;

  @Field(() => Int, { description: 'Households affected / 涉及户数' })
  householdsAffected: number;

  @Field(() => SafeIntResolver, { description: 'Amount of benefit involved, in fen / 涉及金额（分）' })
  amountInvolvedFen: number;

  @Field({ description: 'What was found / 问题描述' })
  description: string;

  @Field({ description: 'When it was recorded / 发现时间' })
  foundAt: Date;

  @Field(() => RectificationStatusEnum, { description: 'Rectification status as recorded / 整改状态' })
  status: RectificationStatus;

  @Field(() => String, { nullable: true, description: 'Required rectification measures / 整改要求' })
  measures: string | null;

  @Field(() => Date, { nullable: true, description: 'Rectification deadline / 整改期限' })
  deadline: Date | null;

  @Field(() => Int, {
    description: 'Times it went back to rectifying after a failed re-check or a reopening / 被退回或重新打开次数',
  })
  reopenedCount: number;

  @Field(() => SafeIntResolver, { description: 'Funds recovered so far, in fen / 已追回资金（分）' })
  fundsRecoveredFen: number;

  @Field(() => Int, { description: 'Wrongly included households removed (错保清退) / 清退户数' })
  householdsRemoved: number;

  @Field(() => Int, { description: 'Wrongly excluded households added (漏保纳入) / 纳入户数' })
  householdsAdded: number;

  @Field(() => Date, { nullable: true, description: 'When the county last reported it fixed / 最近报告整改完成时间' })
  reportedFixedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a re-check verified it / 复核销号时间' })
  verifiedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed as not fixed / 未整改到位关闭时间' })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was closed as not fixed / 关闭原因' })
  closedReason: string | null;
}

export const FindingConnection = ConnectionType(FindingType, 'Finding');

@ObjectType('RectificationEvent', { description: 'One step of a rectification / 整改记录' })
export class RectificationEventType {
  @Field({ description: 'When / 时间' })
  at: Date;

  @Field(() => RectificationEventKindEnum, { description: 'What kind of step / 记录类别' })
  kind: RectificationEventKind;

  @Field({ description: 'What was done or decided / 说明' })
  note: string;

  @Field(() => [String], { description: 'Links to evidence / 佐证材料链接' })
  evidence: string[];

  @Field(() => Date, { nullable: true, description: 'Deadline set by this step (PLAN_SET) / 设定的整改期限' })
  deadline: Date | null;

  @Field(() => SafeIntResolver, { description: 'Funds recovered in this step, in fen / 本次追回资金（分）' })
  fundsRecoveredFen: number;

  @Field(() => Int, { description: 'Households removed in this step / 本次清退户数' })
  householdsRemoved: number;

  @Field(() => Int, { description: 'Households added in this step / 本次纳入户数' })
  householdsAdded: number;

  @Field(() => RectificationStatusEnum, { description: 'Status after this step / 本步骤后的状态' })
  statusAfter: RectificationStatus;

  @Field({ description: 'Who recorded it (token subject) / 记录人' })
  recordedBy: string;
}
