import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/**
 * What a notification tells its recipients. Each is raised by the action that causes it, in that action's
 * transaction (the source subgraph's outbox), and names the entity it is about.
 */
export const NotificationEvent = {
  REPORT_SUBMITTED: { zh: '年度报告已报送待审核', en: 'Annual report submitted for review' },
  REPORT_RETURNED: { zh: '年度报告被退回', en: 'Annual report returned' },
  REPORT_ACCEPTED: { zh: '年度报告审核通过', en: 'Annual report accepted' },
  REPORT_REOPENED: { zh: '年度报告被重新开放', en: 'Annual report reopened' },
  DEADLINE_EXCEPTION_GRANTED: { zh: '报告截止时间已延期', en: 'Reporting deadline extended' },
  INCIDENT_REPORTED: { zh: '辖区内报告了重大事项或突发事件', en: 'Incident reported in your scope' },
  ALERT_RAISED: { zh: '辖区内产生监测预警', en: 'Monitoring alert raised in your scope' },
} as const satisfies Vocabulary;
export type NotificationEvent = keyof typeof NotificationEvent;
export const notificationEventValues: readonly NotificationEvent[] = vocabularyCodes(NotificationEvent);
