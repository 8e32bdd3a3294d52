import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, Label } from '@dibao/server';
import {
  AlertReferralKindEnum,
  AlertRuleEnum,
  AlertSeverityEnum,
  AlertStatusEnum,
  ReferralOutcomeEnum,
} from './enums.js';
import { ComplaintRef, FindingRef } from './references.type.js';
import { RegionRef } from './region.type.js';

@ObjectType({ description: 'A register entry a household head was found in / 跨部门登记信息' })
export class RegisterEntryType {
  @Field()
  kind: string;

  @Field({ description: 'YYYY-MM-DD' })
  since: string;

  @Field({ description: 'The department / 数据来源部门' })
  source: string;
}

@ObjectType({
  description:
    'One row behind an alert, pseudonymous: a roster row (with register entries when matched) or a monthly figure / 预警依据（化名）',
})
export class AlertEvidenceRow {
  @Field(() => String, { nullable: true })
  month?: string | null;

  @Field(() => String, { nullable: true })
  countyCode?: string | null;

  @Field(() => String, { nullable: true })
  townshipCode?: string | null;

  @Field(() => String, { nullable: true })
  villageName?: string | null;

  @Field(() => String, { nullable: true })
  householdId?: string | null;

  @Field(() => String, { nullable: true, description: 'Keyed hash of the head’s ID number / 户主身份证号的化名' })
  headPseudonym?: string | null;

  @Field(() => Int, { nullable: true })
  householdSize?: number | null;

  @Field(() => Float, { nullable: true, description: 'Fen (cents) / 分' })
  amountFen?: number | null;

  @Field(() => String, { nullable: true })
  area?: string | null;

  @Field(() => Boolean, { nullable: true })
  bankPaid?: boolean | null;

  @Field(() => Int, { nullable: true })
  households?: number | null;

  @Field(() => Float, { nullable: true })
  fundsFen?: number | null;

  @Field(() => [RegisterEntryType], { nullable: true })
  registerEntries?: RegisterEntryType[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Process rules: the record overdue, FINDING, COMPLAINT or ANNUAL_REPORT / 逾期事项类别',
  })
  recordKind?: string | null;

  @Field(() => ID, { nullable: true, description: 'Process rules: its id (region:year for a report) / 逾期事项编号' })
  recordId?: string | null;

  @Field(() => String, { nullable: true, description: 'Process rules: its status when read / 读取时的状态' })
  status?: string | null;

  @Field(() => String, { nullable: true, description: 'Process rules: when it was due (ISO 8601) / 截止时间' })
  dueAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Process rules: days overdue when read / 逾期天数' })
  daysOverdue?: number | null;
}

@ObjectType({ description: 'One step of an alert’s workflow / 预警处置记录' })
export class AlertEventType {
  @Field(() => AlertStatusEnum, { nullable: true })
  from: string | null;

  @Field(() => AlertStatusEnum)
  to: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  at: Date;
}

@ObjectType({ description: 'The record an alert was referred to, and how it was settled / 预警移交情况' })
export class AlertReferralType {
  @Field(() => AlertReferralKindEnum)
  kind: string;

  @Field()
  referredAt: Date;

  @Field(() => FindingRef, {
    nullable: true,
    description: 'The inspection finding, with its rectification state (from oversight) / 督察问题',
  })
  finding: FindingRef | null;

  @Field(() => ComplaintRef, {
    nullable: true,
    description: 'The complaint case, with its state (from complaints) / 投诉举报案件',
  })
  complaint: ComplaintRef | null;

  @Field(() => ReferralOutcomeEnum, {
    nullable: true,
    description: 'Set when the case was settled and the alert closed / 办理结果（办结后）',
  })
  outcome: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType('Alert', { description: 'A lead raised by a monitoring rule / 动态监测预警' })
export class AlertType {
  @Field(() => ID)
  id: string;

  @Field(() => AlertRuleEnum)
  rule: string;

  @Field(() => RegionRef, { description: 'The county, township or village the rule points at / 预警指向的地区' })
  region: RegionRef;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => AlertSeverityEnum)
  severity: string;

  @Field(() => Label, { description: 'Plain-language explanation with its figures / 预警说明' })
  explanation: Label;

  @Field(() => [AlertEvidenceRow])
  evidence: AlertEvidenceRow[];

  @Field(() => AlertStatusEnum)
  status: string;

  @Field(() => String, { nullable: true, description: 'Why it was dismissed / 排除理由' })
  dismissReason: string | null;

  @Field()
  raisedAt: Date;

  @Field(() => AlertReferralType, {
    nullable: true,
    description: 'The finding or complaint it was referred to, once referred / 移交的督察问题或投诉案件',
  })
  referral: AlertReferralType | null;

  @Field(() => [AlertEventType], { description: 'The audited workflow steps, oldest first / 处置记录' })
  history: AlertEventType[];
}

export const AlertConnection = ConnectionType(AlertType, 'Alert');

@ObjectType({ description: 'One rule’s alerts of a region and year / 按规则统计的预警' })
export class AlertRuleStats {
  @Field(() => AlertRuleEnum)
  rule: string;

  @Field(() => Int)
  raised: number;

  @Field(() => Int)
  open: number;

  @Field(() => Int)
  referred: number;

  @Field(() => Int, {
    description:
      'Referred, and the case settled as substantiated (finding verified or closed not fixed, complaint substantiated) / 移交后经核实属实',
  })
  confirmed: number;

  @Field(() => Int, { description: 'Referred, and the complaint concluded unsubstantiated / 移交后经核实不属实' })
  refuted: number;

  @Field(() => Int)
  dismissed: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'confirmed / (confirmed + refuted + dismissed): the ground truth is the settled referrals and the dismissals; null before any / 命中率',
  })
  hitRate: number | null;
}

@ObjectType({ description: 'One month of a region’s rosters / 月度保障情况' })
export class MonitoringMonth {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int)
  households: number;

  @Field(() => Int)
  persons: number;

  @Field(() => Float, { description: 'Fen (cents) / 分' })
  fundsFen: number;

  @Field(() => Int)
  urbanHouseholds: number;

  @Field(() => Int)
  urbanPersons: number;

  @Field(() => Float)
  urbanFundsFen: number;

  @Field(() => Int)
  ruralHouseholds: number;

  @Field(() => Int)
  ruralPersons: number;

  @Field(() => Float)
  ruralFundsFen: number;
}

@ObjectType({ description: 'A rule’s effective thresholds for a region / 规则阈值' })
export class RuleThresholdType {
  @Field(() => AlertRuleEnum)
  rule: string;

  @Field(() => String, { description: 'The parameters as JSON, inherited values included / 参数（JSON）' })
  parameters: string;

  @Field(() => String, { nullable: true, description: 'The region whose override set them last, if any' })
  setBy: string | null;
}

@ObjectType({ description: 'A new alert, pushed live; its cursor resumes the subscription / 新预警推送' })
export class AlertRaisedEvent {
  @Field({ description: 'Pass as `after` when reconnecting to get what was raised meanwhile / 重连时的游标' })
  cursor: string;

  @Field(() => AlertType)
  alert: AlertType;
}
