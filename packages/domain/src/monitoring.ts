import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/** The monitoring subgraph's rules, as its alerts name them (issue 11), in the order they are shown. */
export const AlertRule = {
  EQUAL_SPLITTING: { zh: '平分低保金', en: 'Equal splitting of benefits' },
  DUPLICATE_PERSON: { zh: '重复享受', en: 'Same person paid twice' },
  ABOVE_STANDARD: { zh: '超标准发放', en: 'Paid above the standard' },
  REGISTER_MATCH: { zh: '比对部门数据异常', en: 'Found in another department’s register' },
  ABRUPT_CHANGE: { zh: '保障人数或资金异常波动', en: 'Abrupt change in recipients or funds' },
  OVERDUE_REPORT: { zh: '年度报告逾期', en: 'Annual report overdue' },
  OVERDUE_RECTIFICATION: { zh: '整改逾期', en: 'Rectification overdue' },
  OVERDUE_COMPLAINT: { zh: '投诉举报办理逾期', en: 'Complaint handling overdue' },
} as const satisfies Vocabulary;
export type AlertRule = keyof typeof AlertRule;
export const alertRuleValues: readonly AlertRule[] = vocabularyCodes(AlertRule);
