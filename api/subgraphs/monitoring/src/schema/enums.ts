import { registerEnumType } from 'type-graphql';
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
