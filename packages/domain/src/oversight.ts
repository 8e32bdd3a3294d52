import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/** The three subjects a special inspection (专项督察) can cover, as the notice lists them. */
export const InspectionTopic = {
  POLICY_IMPLEMENTATION: { zh: '城乡低保政策落实情况', en: 'Implementation of dibao policy' },
  RECIPIENT_IDENTIFICATION: { zh: '低保对象认定准确性', en: 'Accurate identification of recipients' },
  FUND_MANAGEMENT: { zh: '救助资金管理使用情况', en: 'Management and use of relief funds' },
} as const satisfies Vocabulary;
export type InspectionTopic = keyof typeof InspectionTopic;
export const inspectionTopicValues: readonly InspectionTopic[] = vocabularyCodes(InspectionTopic);

/** Where an inspection stands: PLANNED → IN_PROGRESS → REPORTED → CLOSED, forward only. */
export const InspectionStatus = {
  PLANNED: { zh: '已计划', en: 'Planned' },
  IN_PROGRESS: { zh: '督察中', en: 'In progress' },
  REPORTED: { zh: '已形成报告', en: 'Reported' },
  CLOSED: { zh: '已结束', en: 'Closed' },
} as const satisfies Vocabulary;
export type InspectionStatus = keyof typeof InspectionStatus;
export const inspectionStatusValues: readonly InspectionStatus[] = vocabularyCodes(InspectionStatus);

/** The agencies of the organiser's region that may organise an inspection jointly with it (联合督察). */
export const InspectionPartner = {
  FINANCE: { zh: '财政部门', en: 'Finance' },
  AUDIT: { zh: '审计机关', en: 'Audit' },
} as const satisfies Vocabulary;
export type InspectionPartner = keyof typeof InspectionPartner;
export const inspectionPartnerValues: readonly InspectionPartner[] = vocabularyCodes(InspectionPartner);

/** A member's place in the inspection team. */
export const InspectionTeamRole = {
  LEADER: { zh: '组长', en: 'Team leader' },
  MEMBER: { zh: '组员', en: 'Team member' },
} as const satisfies Vocabulary;
export type InspectionTeamRole = keyof typeof InspectionTeamRole;

/**
 * Who receives an inspection's report: the people's government of the organiser's region (同级政府) and the
 * civil affairs department one level above the organiser (上级主管部门).
 */
export const InspectionReportRecipient = {
  SAME_LEVEL_GOVERNMENT: { zh: '同级人民政府', en: 'Same-level government' },
  SUPERIOR_DEPARTMENT: { zh: '上级民政部门', en: 'Superior civil affairs department' },
} as const satisfies Vocabulary;
export type InspectionReportRecipient = keyof typeof InspectionReportRecipient;
export const inspectionReportRecipientValues: readonly InspectionReportRecipient[] =
  vocabularyCodes(InspectionReportRecipient);

/** How grave a finding is. */
export const FindingSeverity = {
  MINOR: { zh: '一般问题', en: 'Minor' },
  MAJOR: { zh: '较重问题', en: 'Major' },
  SEVERE: { zh: '严重问题', en: 'Severe' },
} as const satisfies Vocabulary;
export type FindingSeverity = keyof typeof FindingSeverity;
export const findingSeverityValues: readonly FindingSeverity[] = vocabularyCodes(FindingSeverity);

/**
 * Rectification of a finding (整改): OPEN → RECTIFYING (progress recorded) → REPORTED_FIXED (the county says it
 * is fixed) → VERIFIED (an independent re-check confirms: 整改销号). A failed re-check sends it back to
 * RECTIFYING. CLOSED_NOT_FIXED (closed although not rectified) is a state of its own and never counts as
 * rectified. VERIFIED and CLOSED_NOT_FIXED can be reopened, back to RECTIFYING.
 */
export const RectificationStatus = {
  OPEN: { zh: '待整改', en: 'Open' },
  RECTIFYING: { zh: '整改中', en: 'Rectifying' },
  REPORTED_FIXED: { zh: '已报整改完成', en: 'Reported fixed' },
  VERIFIED: { zh: '复核通过（已销号）', en: 'Verified' },
  CLOSED_NOT_FIXED: { zh: '未整改到位即关闭', en: 'Closed, not fixed' },
} as const satisfies Vocabulary;
export type RectificationStatus = keyof typeof RectificationStatus;
export const rectificationStatusValues: readonly RectificationStatus[] = vocabularyCodes(RectificationStatus);

/** What one entry of a finding's rectification history records. */
export const RectificationEventKind = {
  PLAN_SET: { zh: '提出整改要求', en: 'Rectification plan set' },
  PROGRESS: { zh: '报送整改进展', en: 'Progress reported' },
  REPORTED_FIXED: { zh: '报告整改完成', en: 'Reported fixed' },
  RECHECK_PASSED: { zh: '复核通过', en: 'Re-check passed' },
  RECHECK_FAILED: { zh: '复核未通过', en: 'Re-check failed' },
  CLOSED_NOT_FIXED: { zh: '未整改到位即关闭', en: 'Closed, not fixed' },
  REOPENED: { zh: '重新打开', en: 'Reopened' },
} as const satisfies Vocabulary;
export type RectificationEventKind = keyof typeof RectificationEventKind;

/** The states in which a finding needs nothing more: verified, or closed as not fixed. */
export const SETTLED_RECTIFICATION_STATUSES: readonly RectificationStatus[] = ['VERIFIED', 'CLOSED_NOT_FIXED'];

/**
 * Overdue (逾期): the deadline has passed and the finding is neither VERIFIED nor CLOSED_NOT_FIXED. A finding
 * reported fixed but not yet re-checked is overdue too once its deadline passes: only verification counts.
 */
export function isRectificationOverdue(
  finding: { status: RectificationStatus; deadline: Date | null },
  now: Date,
): boolean {
  return (
    finding.deadline !== null &&
    finding.deadline.getTime() < now.getTime() &&
    !SETTLED_RECTIFICATION_STATUSES.includes(finding.status)
  );
}

/**
 * Days an overdue finding is past its deadline, a day begun counting as one (deadlines are the end of a day,
 * so the day after the deadline is day 1); 0 when it is not overdue.
 */
export function rectificationDaysOverdue(
  finding: { status: RectificationStatus; deadline: Date | null },
  now: Date,
): number {
  if (!isRectificationOverdue(finding, now) || finding.deadline === null) return 0;
  return Math.ceil((now.getTime() - finding.deadline.getTime()) / 86_400_000);
}
