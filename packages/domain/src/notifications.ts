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
  FINDING_ASSIGNED: { zh: '督察发现的问题交由您整改', en: 'Inspection finding assigned to you' },
  RECHECK_REQUESTED: { zh: '问题已报整改完成，待您复核', en: 'Re-check requested of you' },
  FINDING_REOPENED: { zh: '问题被重新开启', en: 'Finding reopened' },
  HANDOVER_PROPOSED: { zh: '投诉举报移交给您', en: 'Complaint handover proposed to you' },
  HANDOVER_ACCEPTED: { zh: '您移交的投诉举报已被接收', en: 'Your complaint handover was accepted' },
  COMPLAINT_ESCALATED: { zh: '投诉举报转为省级督办', en: 'Complaint put under provincial supervision' },
  CASE_OPENED: { zh: '您所在机构立案问责', en: 'Accountability case opened for your body' },
  COMPLAINT_ACKNOWLEDGEMENT_DUE: { zh: '投诉举报受理期限将至', en: 'Complaint acknowledgement due soon' },
  COMPLAINT_ACKNOWLEDGEMENT_OVERDUE: { zh: '投诉举报受理已逾期', en: 'Complaint acknowledgement overdue' },
  COMPLAINT_CONCLUSION_DUE: { zh: '投诉举报办结期限将至', en: 'Complaint conclusion due soon' },
  COMPLAINT_CONCLUSION_OVERDUE: { zh: '投诉举报办结已逾期', en: 'Complaint conclusion overdue' },
  RECTIFICATION_DUE: { zh: '问题整改期限将至', en: 'Rectification due soon' },
  RECTIFICATION_OVERDUE: { zh: '问题整改已逾期', en: 'Rectification overdue' },
  // Reporting deadlines and the complaints' review, custodian and reward queues.
  REPORT_DUE: { zh: '年度报告报送期限将至', en: 'Annual report due soon' },
  REPORT_OVERDUE: { zh: '年度报告逾期未报送', en: 'Annual report overdue' },
  COMPLAINT_SUPERVISION_DUE: { zh: '省级督办期限将至', en: 'Provincial supervision deadline due soon' },
  COMPLAINT_SUPERVISION_OVERDUE: { zh: '省级督办已逾期', en: 'Provincial supervision deadline overdue' },
  COMPLAINT_REVIEW_OPENED: { zh: '不满意评价引起复查，待您复查', en: 'Unsatisfied rating opened a review for you' },
  IDENTITY_REVEAL_REQUESTED: { zh: '身份查看申请待您审批', en: 'Identity reveal request awaiting you as custodian' },
  REWARD_AWAITING_APPROVAL: { zh: '举报奖励待您审批', en: 'Tip-off reward awaiting your approval' },
  // Oversight's reports, the joint meetings' follow-up tasks and what bulletins issue and publish.
  INSPECTION_DISTRIBUTED: { zh: '专项督察报告已报送给您', en: 'Inspection report distributed to you' },
  JOINT_MEETING_TASK_ASSIGNED: { zh: '联席会议督办事项交由您办理', en: 'Joint-meeting task assigned to your agency' },
  JOINT_MEETING_TASK_DUE: { zh: '联席会议督办事项期限将至', en: 'Joint-meeting task due soon' },
  JOINT_MEETING_TASK_OVERDUE: { zh: '联席会议督办事项已逾期', en: 'Joint-meeting task overdue' },
  BULLETIN_ISSUED: { zh: '通报已印发给您', en: 'Bulletin issued to you' },
  ASSESSMENT_PUBLISHED: { zh: '绩效评价结果已公布', en: 'Performance assessment published' },
  ALLOCATION_PUBLISHED: { zh: '资金分配方案已公布', en: 'Fund allocation published' },
} as const satisfies Vocabulary;
export type NotificationEvent = keyof typeof NotificationEvent;
export const notificationEventValues: readonly NotificationEvent[] = vocabularyCodes(NotificationEvent);

/**
 * Deadlines the notifications' job queue watches, as the source stamps them on its records: each has a reminder
 * (`<KIND>_DUE`, some days before) and an overdue notice (`<KIND>_OVERDUE`, at the deadline).
 */
export const WatchedDeadline = {
  COMPLAINT_ACKNOWLEDGEMENT: { zh: '投诉举报受理', en: 'Complaint acknowledgement' },
  COMPLAINT_CONCLUSION: { zh: '投诉举报办结', en: 'Complaint conclusion' },
  RECTIFICATION: { zh: '问题整改', en: 'Rectification of a finding' },
  // Reporting and complaints.
  REPORT: { zh: '年度报告报送', en: 'Filing of an annual report' },
  COMPLAINT_SUPERVISION: { zh: '投诉举报省级督办', en: 'Provincial supervision of a complaint' },
  JOINT_MEETING_TASK: { zh: '联席会议督办事项', en: 'Follow-up task of a joint meeting' },
} as const satisfies Vocabulary;
export type WatchedDeadline = keyof typeof WatchedDeadline;
export const watchedDeadlineValues: readonly WatchedDeadline[] = vocabularyCodes(WatchedDeadline);

/** The notification events of a watched deadline's two stages. */
export const deadlineEventOf = (kind: WatchedDeadline, stage: 'DUE' | 'OVERDUE'): NotificationEvent =>
  `${kind}_${stage}` as NotificationEvent;
