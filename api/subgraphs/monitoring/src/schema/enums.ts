import { registerEnumType } from 'type-graphql';
import { ProblemCategory } from '@dibao/domain';
import { vocabularyEnum } from '@dibao/server';
import { ALERT_RULES } from '../services/thresholds.js';

export const AlertRuleEnum = Object.fromEntries(ALERT_RULES.map((rule) => [rule, rule])) as Record<string, string>;
registerEnumType(AlertRuleEnum, {
  name: 'AlertRule',
  description: 'The monitoring rules / 动态监测规则',
  valuesConfig: {
    EQUAL_SPLITTING: { description: 'Identical amounts to households of different sizes / 平分低保金' },
    DUPLICATE_PERSON: { description: 'One person heads several paid households / 重复享受' },
    ABOVE_STANDARD: { description: 'Amount per person above the standard / 超标准发放' },
    REGISTER_MATCH: { description: 'Head found in another department’s register / 跨部门比对命中' },
    ABRUPT_CHANGE: { description: 'Recipients or funds jump or fall / 人数或资金异常波动' },
    OVERDUE_REPORT: { description: 'A report is overdue / 报告逾期' },
    OVERDUE_RECTIFICATION: { description: 'A rectification is overdue / 整改逾期' },
    OVERDUE_COMPLAINT: { description: 'A complaint is overdue / 投诉办理逾期' },
  },
});

export const ALERT_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'REFERRED', 'CLOSED', 'DISMISSED'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export const AlertStatusEnum = Object.fromEntries(ALERT_STATUSES.map((status) => [status, status])) as Record<
  string,
  string
>;
registerEnumType(AlertStatusEnum, {
  name: 'AlertStatus',
  description: 'OPEN → ACKNOWLEDGED → REFERRED → CLOSED, or DISMISSED with a reason / 预警处置状态',
});

export const AlertSeverityEnum = { LOW: 'LOW', MEDIUM: 'MEDIUM', HIGH: 'HIGH' };
registerEnumType(AlertSeverityEnum, { name: 'AlertSeverity', description: 'How grave a lead is / 预警等级' });

export const REFERRAL_KINDS = ['FINDING', 'COMPLAINT'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];
export const AlertReferralKindEnum = { FINDING: 'FINDING', COMPLAINT: 'COMPLAINT' };
registerEnumType(AlertReferralKindEnum, {
  name: 'AlertReferralKind',
  description: 'What an alert is referred to / 预警移交去向',
  valuesConfig: {
    FINDING: { description: 'An inspection finding, rectified under oversight / 督察问题（整改）' },
    COMPLAINT: { description: 'A complaint case, investigated and concluded / 投诉举报核查' },
  },
});

export const REFERRAL_OUTCOMES = ['SUBSTANTIATED', 'NOT_SUBSTANTIATED'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
export const ReferralOutcomeEnum = { SUBSTANTIATED: 'SUBSTANTIATED', NOT_SUBSTANTIATED: 'NOT_SUBSTANTIATED' };
registerEnumType(ReferralOutcomeEnum, {
  name: 'AlertReferralOutcome',
  description: 'How the case an alert was referred to was settled / 移交案件的办理结果',
  valuesConfig: {
    SUBSTANTIATED: {
      description: 'Finding rectified and verified (or closed not fixed), complaint (partly) substantiated / 属实',
    },
    NOT_SUBSTANTIATED: { description: 'Complaint concluded as unsubstantiated / 不属实' },
  },
});

// Same name, values and description as in oversight and complaints: enums of one name must agree across subgraphs.
export const ProblemCategoryEnum = vocabularyEnum(ProblemCategory, 'ProblemCategory', 'Problem taxonomy / 问题类别');
