/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kind of agency / 机构类别 */
export type AgencyKind =
  /** Audit / 审计机关 */
  | 'AUDIT'
  /** Civil affairs / 民政部门 */
  | 'CIVIL_AFFAIRS'
  /** Discipline inspection and supervision / 纪检监察机关 */
  | 'DISCIPLINE_INSPECTION'
  /** Finance / 财政部门 */
  | 'FINANCE'
  /** People's government / 人民政府 */
  | 'GOVERNMENT'
  /** Human resources and social security / 人力资源和社会保障部门 */
  | 'HR_SOCIAL_SECURITY'
  /** Organization department / 组织部 */
  | 'ORGANIZATION_DEPARTMENT';

/** What an alert is referred to / 预警移交去向 */
export type AlertReferralKind =
  /** A complaint case, investigated and concluded / 投诉举报核查 */
  | 'COMPLAINT'
  /** An inspection finding, rectified under oversight / 督察问题（整改） */
  | 'FINDING';

/** How the case an alert was referred to was settled / 移交案件的办理结果 */
export type AlertReferralOutcome =
  /** Complaint concluded as unsubstantiated / 不属实 */
  | 'NOT_SUBSTANTIATED'
  /** Finding rectified and verified (or closed not fixed), complaint (partly) substantiated / 属实 */
  | 'SUBSTANTIATED';

/** The monitoring rules / 动态监测规则 */
export type AlertRule =
  /** Amount per person above the standard / 超标准发放 */
  | 'ABOVE_STANDARD'
  /** Recipients or funds jump or fall / 人数或资金异常波动 */
  | 'ABRUPT_CHANGE'
  /** One person heads several paid households / 重复享受 */
  | 'DUPLICATE_PERSON'
  /** Identical amounts to households of different sizes / 平分低保金 */
  | 'EQUAL_SPLITTING'
  /** A complaint is overdue / 投诉办理逾期 */
  | 'OVERDUE_COMPLAINT'
  /** A rectification is overdue / 整改逾期 */
  | 'OVERDUE_RECTIFICATION'
  /** A report is overdue / 报告逾期 */
  | 'OVERDUE_REPORT'
  /** Head found in another department’s register / 跨部门比对命中 */
  | 'REGISTER_MATCH';

/** How grave a lead is / 预警等级 */
export type AlertSeverity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** OPEN → ACKNOWLEDGED → REFERRED → CLOSED, or DISMISSED with a reason / 预警处置状态 */
export type AlertStatus =
  | 'ACKNOWLEDGED'
  | 'CLOSED'
  | 'DISMISSED'
  | 'OPEN'
  | 'REFERRED';

/** How a pool is divided / 资金分配方式 */
export type AllocationMethod =
  /** Reward combined with subsidy / 奖补结合 */
  | 'REWARD_COMBINED_WITH_SUBSIDY'
  /** Reward in lieu of subsidy / 以奖代补 */
  | 'REWARD_IN_LIEU_OF_SUBSIDY';

/** Status of an allocation / 资金分配方案状态 */
export type AllocationStatus =
  /** Draft / 草案 */
  | 'DRAFT'
  /** Finalised / 已定稿 */
  | 'FINALISED'
  /** Published / 已公布 */
  | 'PUBLISHED';

/** Sections to save; omitted sections keep their content */
export type AnnualReportContentInput = {
  emergencies?: EmergenciesSectionInput | null | undefined;
  funds?: FundsSectionInput | null | undefined;
  management?: ManagementSectionInput | null | undefined;
  policy?: PolicySectionInput | null | undefined;
  supervision?: SupervisionSectionInput | null | undefined;
};

/** An indicator of the performance assessment / 绩效评价指标 */
export type AssessmentIndicator =
  /** Accountability follow-through / 责任追究落实率 */
  | 'ACCOUNTABILITY_FOLLOW_THROUGH'
  /** Complaints closed on time / 投诉举报按期办结率 */
  | 'COMPLAINTS_CLOSED_ON_TIME'
  /** Findings per 10,000 recipients / 每万名保障对象督察发现问题数 */
  | 'FINDINGS_PER_10K_RECIPIENTS'
  /** Findings rectified on time / 问题按期整改率 */
  | 'RECTIFICATION_ON_TIME'
  /** Annual reports filed on time / 年度报告按时报送率 */
  | 'REPORT_TIMELINESS'
  /** Validation issues of the annual report / 年度报告校验问题数 */
  | 'REPORT_VALIDATION_ISSUES';

/** Status of an assessment / 绩效评价状态 */
export type AssessmentStatus =
  /** Computed / 已测算 */
  | 'COMPUTED'
  /** Published / 已公布 */
  | 'PUBLISHED';

/** The challenge from complaintChallenge, and for the WORK lane its solution / 提交验证 */
export type ChallengeProofInput = {
  /** WORK lane: a string whose SHA-256 with the token starts with the zero bits asked / 工作量证明 */
  solution?: string | null | undefined;
  token: string;
};

/** Who complains; encrypted before storage, never shown to handlers / 投诉举报人信息（加密存储） */
export type ComplainantInput = {
  /** Phone or address / 联系方式 */
  contact?: string | null | undefined;
  name: string;
};

/** How a complaint arrived / 投诉举报渠道 */
export type ComplaintChannel =
  /** Provincial hotline / 全省社会救助服务热线 */
  | 'HOTLINE'
  /** Letter or visit / 来信来访 */
  | 'LETTER_VISIT'
  /** Media / 媒体反映 */
  | 'MEDIA'
  /** Online / 网上投诉 */
  | 'ONLINE'
  /** Referral / 上级交办或部门转办 */
  | 'REFERRAL'
  /** Social organisation (purchased service) / 社会组织反映（政府购买服务） */
  | 'SOCIAL_ORGANIZATION'
  /** Volunteer supervisor / 义务监督员反映 */
  | 'VOLUNTEER_SUPERVISOR';

/** Outcome of the investigation / 核查结论 */
export type ComplaintConclusion =
  /** Partly substantiated / 部分属实 */
  | 'PARTLY_SUBSTANTIATED'
  /** Substantiated / 属实 */
  | 'SUBSTANTIATED'
  /** Unsubstantiated / 不属实 */
  | 'UNSUBSTANTIATED';

/** A deadline a complaint runs against / 办理期限 */
export type ComplaintDeadline =
  /** Acknowledge / 受理交办期限 */
  | 'ACKNOWLEDGE'
  /** Conclude / 办结期限 */
  | 'CONCLUDE'
  /** Provincial supervision / 省级督办期限 */
  | 'SUPERVISION';

/** Who wrote a message / 留言人 */
export type ComplaintMessageAuthor =
  /** Complainant / 投诉举报人 */
  | 'COMPLAINANT'
  /** Handler / 承办人 */
  | 'HANDLER';

/** Status of a tip-off reward / 举报奖励状态 */
export type ComplaintRewardStatus =
  /** Approved, awaiting payment / 已审批待发放 */
  | 'APPROVED'
  /** Decided, awaiting approval / 已核定待审批 */
  | 'DECIDED'
  /** Paid / 已发放 */
  | 'PAID'
  /** Rejected / 未予批准 */
  | 'REJECTED';

/** Status of a complaint / 办理状态 */
export type ComplaintStatus =
  /** Assigned / 已交办 */
  | 'ASSIGNED'
  /** Closed with feedback / 已办结并反馈 */
  | 'CLOSED'
  /** Concluded / 已形成核查结论 */
  | 'CONCLUDED'
  /** Investigating / 核查中 */
  | 'INVESTIGATING'
  /** Received / 已登记 */
  | 'RECEIVED';

/** The outcome of the investigation / 核查结论 */
export type ConcludeComplaintInput = {
  /** Money involved, fen / 涉及金额（分） */
  amountInvolvedFen?: number;
  complaintId: string | number;
  conclusion: ComplaintConclusion;
  /** What the investigation found (internal) / 核查情况 */
  findings: string;
  /** Households affected / 涉及户数 */
  householdsAffected?: number | null | undefined;
};

/** A pool to divide by the year's assessment / 新建奖补资金分配方案 */
export type CreateAllocationInput = {
  method: AllocationMethod;
  /** 奖补结合: share divided by score, basis points (default 5,000) / 按绩效分配比例（万分比） */
  performanceShareBasisPoints?: number | null | undefined;
  /** The pool, in fen / 资金总额（分） */
  poolFen: number;
  title: string;
  /** The assessment year / 绩效评价年度 */
  year: number;
};

/** An outbound channel / 外发渠道 */
export type DeliveryChannel =
  /** E-mail / 邮件 */
  | 'EMAIL'
  /** Signed webhook / 签名 Webhook */
  | 'WEBHOOK';

/** How to be told of notifications / 设置通知接收偏好 */
export type DeliveryPreferencesInput = {
  /** E-mail address; null removes it / 邮件地址 */
  email?: string | null | undefined;
  emailMode: EmailMode;
  /** Null: every event / 为空表示全部事项 */
  events?: Array<NotificationEvent> | null | undefined;
  /** Generate a new signing secret / 重新生成签名密钥 */
  rotateWebhookSecret?: boolean | null | undefined;
  /** Webhook URL (https); null removes it / Webhook 地址 */
  webhookUrl?: string | null | undefined;
};

/** Where a delivery stands / 外发状态 */
export type DeliveryStatus =
  /** Failed its last attempt / 多次失败，已转入死信 */
  | 'DEAD'
  /** Being tried / 发送中 */
  | 'PENDING'
  /** Delivered / 已送达 */
  | 'SENT'
  /** Not sent: the channel is not configured / 未发送（渠道未配置） */
  | 'SKIPPED';

/** Whether notifications are e-mailed / 邮件通知方式 */
export type EmailMode =
  /** One e-mail a day with the day's notifications / 每日汇总一封邮件 */
  | 'DAILY_DIGEST'
  /** An e-mail for each notification at once / 每条通知即时发送邮件 */
  | 'IMMEDIATE'
  /** In-app only / 仅站内 */
  | 'OFF';

export type EmergenciesSectionInput = {
  /** Emergencies handled / 处置事件数 */
  handled: number;
  /** Ids of the incident reports concerned / 关联的事件报告 */
  incidentIds: Array<string>;
  /** Narrative / 文字说明 */
  narrative: string;
};

/** Severity of a finding / 问题严重程度 */
export type FindingSeverity =
  /** Major / 较重问题 */
  | 'MAJOR'
  /** Minor / 一般问题 */
  | 'MINOR'
  /** Severe / 严重问题 */
  | 'SEVERE';

export type FundsSectionInput = {
  /** Balance at year end / 年末结余 */
  balanceFen: number;
  /** Carried over from the previous year / 上年结转 */
  carryOverFen: number;
  /** Disbursed to recipients / 发放金额 */
  disbursedFen: number;
  /** Narrative / 文字说明 */
  narrative: string;
  /** Paid through bank accounts / 社会化发放金额 */
  paidViaBankFen: number;
  /** Raised from the central government / 中央资金 */
  raisedCentralFen: number;
  /** Raised from the county / 县级资金 */
  raisedCountyFen: number;
  /** Raised from the prefecture / 市州级资金 */
  raisedPrefectureFen: number;
  /** Raised from the province / 省级资金 */
  raisedProvincialFen: number;
};

/** Status of a special inspection: PLANNED → IN_PROGRESS → REPORTED → CLOSED / 专项督察状态 */
export type InspectionStatus =
  /** Closed / 已结束 */
  | 'CLOSED'
  /** In progress / 督察中 */
  | 'IN_PROGRESS'
  /** Planned / 已计划 */
  | 'PLANNED'
  /** Reported / 已形成报告 */
  | 'REPORTED';

/** ERROR blocks submission, WARNING does not / 错误阻止报送，警告不阻止 */
export type IssueSeverity =
  | 'ERROR'
  | 'WARNING';

export type ManagementSectionInput = {
  /** Average days from application to decision / 平均审核审批天数 */
  averageReviewDays: number;
  /** Dynamic reviews of recipients / 动态复核数 */
  dynamicReviews: number;
  /** Household visits / 入户调查数 */
  householdVisits: number;
  /** Narrative / 文字说明 */
  narrative: string;
  /** Staff working on dibao / 低保工作人员数 */
  staff: number;
};

/** A new service account / 新增服务账户 */
export type NewServiceAccountInput = {
  /** The agency it acts for, `<region code>:<kind>` / 所代表的机构 */
  agencyId: string | number;
  clientId: string;
  issuer: string;
  name: string;
  /** The roles it needs only; never ADMIN / 所需角色（不得含管理员） */
  roles: Array<Role>;
};

/** What a notification tells / 通知事项 */
export type NotificationEvent =
  /** Monitoring alert raised in your scope / 辖区内产生监测预警 */
  | 'ALERT_RAISED'
  /** Fund allocation published / 资金分配方案已公布 */
  | 'ALLOCATION_PUBLISHED'
  /** Performance assessment published / 绩效评价结果已公布 */
  | 'ASSESSMENT_PUBLISHED'
  /** Bulletin issued to you / 通报已印发给您 */
  | 'BULLETIN_ISSUED'
  /** Accountability case opened for your body / 您所在机构立案问责 */
  | 'CASE_OPENED'
  /** Complaint acknowledgement due soon / 投诉举报受理期限将至 */
  | 'COMPLAINT_ACKNOWLEDGEMENT_DUE'
  /** Complaint acknowledgement overdue / 投诉举报受理已逾期 */
  | 'COMPLAINT_ACKNOWLEDGEMENT_OVERDUE'
  /** Complaint conclusion due soon / 投诉举报办结期限将至 */
  | 'COMPLAINT_CONCLUSION_DUE'
  /** Complaint conclusion overdue / 投诉举报办结已逾期 */
  | 'COMPLAINT_CONCLUSION_OVERDUE'
  /** Complaint put under provincial supervision / 投诉举报转为省级督办 */
  | 'COMPLAINT_ESCALATED'
  /** Unsatisfied rating opened a review for you / 不满意评价引起复查，待您复查 */
  | 'COMPLAINT_REVIEW_OPENED'
  /** Provincial supervision deadline due soon / 省级督办期限将至 */
  | 'COMPLAINT_SUPERVISION_DUE'
  /** Provincial supervision deadline overdue / 省级督办已逾期 */
  | 'COMPLAINT_SUPERVISION_OVERDUE'
  /** Reporting deadline extended / 报告截止时间已延期 */
  | 'DEADLINE_EXCEPTION_GRANTED'
  /** Inspection finding assigned to you / 督察发现的问题交由您整改 */
  | 'FINDING_ASSIGNED'
  /** Finding reopened / 问题被重新开启 */
  | 'FINDING_REOPENED'
  /** Your complaint handover was accepted / 您移交的投诉举报已被接收 */
  | 'HANDOVER_ACCEPTED'
  /** Complaint handover proposed to you / 投诉举报移交给您 */
  | 'HANDOVER_PROPOSED'
  /** Identity reveal request awaiting you as custodian / 身份查看申请待您审批 */
  | 'IDENTITY_REVEAL_REQUESTED'
  /** Incident reported in your scope / 辖区内报告了重大事项或突发事件 */
  | 'INCIDENT_REPORTED'
  /** Inspection report distributed to you / 专项督察报告已报送给您 */
  | 'INSPECTION_DISTRIBUTED'
  /** Joint-meeting task assigned to your agency / 联席会议督办事项交由您办理 */
  | 'JOINT_MEETING_TASK_ASSIGNED'
  /** Joint-meeting task due soon / 联席会议督办事项期限将至 */
  | 'JOINT_MEETING_TASK_DUE'
  /** Joint-meeting task overdue / 联席会议督办事项已逾期 */
  | 'JOINT_MEETING_TASK_OVERDUE'
  /** Re-check requested of you / 问题已报整改完成，待您复核 */
  | 'RECHECK_REQUESTED'
  /** Rectification due soon / 问题整改期限将至 */
  | 'RECTIFICATION_DUE'
  /** Rectification overdue / 问题整改已逾期 */
  | 'RECTIFICATION_OVERDUE'
  /** Annual report accepted / 年度报告审核通过 */
  | 'REPORT_ACCEPTED'
  /** Annual report due soon / 年度报告报送期限将至 */
  | 'REPORT_DUE'
  /** Annual report overdue / 年度报告逾期未报送 */
  | 'REPORT_OVERDUE'
  /** Annual report reopened / 年度报告被重新开放 */
  | 'REPORT_REOPENED'
  /** Annual report returned / 年度报告被退回 */
  | 'REPORT_RETURNED'
  /** Annual report submitted for review / 年度报告已报送待审核 */
  | 'REPORT_SUBMITTED'
  /** Tip-off reward awaiting your approval / 举报奖励待您审批 */
  | 'REWARD_AWAITING_APPROVAL';

/** An official's roles and sign-in subject / 设置工作人员的角色与登录身份 */
export type OfficialAccessInput = {
  /** Issuer URL; with subject, or neither / 身份提供方 */
  issuer?: string | null | undefined;
  roles: Array<Role>;
  /** Subject at the provider / 用户标识 */
  subject?: string | null | undefined;
};

/** A complaint filed by the public on the site / 网上投诉举报（公众自行填写） */
export type OnlineComplaintInput = {
  category: ProblemCategory;
  /** Omit to stay anonymous / 匿名时不填 */
  complainant?: ComplainantInput | null | undefined;
  /** The county or township it is about / 被反映的县或乡镇 */
  regionCode: string | number;
  /** Reward wanted if substantiated / 申请举报奖励 */
  rewardOptIn?: boolean;
  /** What happened, without your own name / 反映事项（请勿填写本人身份信息） */
  summary: string;
};

export type PolicySectionInput = {
  /** Applications received / 受理申请数 */
  applications: number;
  /** Applications approved / 审批通过数 */
  approvals: number;
  /** Households that left the programme / 退出户数 */
  exits: number;
  /** Narrative / 文字说明 */
  narrative: string;
  /** Recipients publicised as required / 是否按规定公示 */
  publicityDone: boolean;
  /** Applications rejected / 不予批准数 */
  rejections: number;
  /** Rural recipient households / 农村低保户数 */
  ruralHouseholds: number;
  /** Rural recipients / 农村低保人数 */
  ruralPersons: number;
  /** Rural standard, fen per person per month / 农村低保标准（分/人·月） */
  ruralStandardFen: number;
  /** Urban recipient households / 城市低保户数 */
  urbanHouseholds: number;
  /** Urban recipients / 城市低保人数 */
  urbanPersons: number;
  /** Urban standard, fen per person per month / 城市低保标准（分/人·月） */
  urbanStandardFen: number;
};

/** Problem taxonomy / 问题类别 */
export type ProblemCategory =
  /** Benefit split equally / 平分低保金 */
  | 'EQUAL_SPLITTING'
  /** Favour-based benefit / 人情保 */
  | 'FAVOR_BASED'
  /** Fraudulent claim / 骗保 */
  | 'FRAUDULENT_CLAIM'
  /** Fund mismanagement / 资金管理使用问题 */
  | 'FUND_MISMANAGEMENT'
  /** Irregular review and approval / 审核审批程序不规范 */
  | 'IRREGULAR_PROCEDURE'
  /** Relationship-based benefit / 关系保 */
  | 'RELATIONSHIP_BASED'
  /** Wrongly excluded / 漏保 */
  | 'WRONGLY_EXCLUDED'
  /** Wrongly included / 错保 */
  | 'WRONGLY_INCLUDED';

export type ProblemCountInput = {
  category: ProblemCategory;
  count: number;
};

/** An independent re-check of a rectification reported fixed / 整改复核 */
export type RecheckFindingInput = {
  /** Links to evidence / 佐证材料链接 */
  evidence?: Array<string> | null | undefined;
  /** The finding / 问题编号 */
  findingId: string | number;
  /** What the re-check found / 复核意见 */
  note: string;
  /** True: fixed (VERIFIED); false: not fixed, back to RECTIFYING / 是否整改到位 */
  verified: boolean;
};

/** Rectification of a finding: OPEN → RECTIFYING → REPORTED_FIXED → VERIFIED, or CLOSED_NOT_FIXED / 整改状态 */
export type RectificationStatus =
  /** Closed, not fixed / 未整改到位即关闭 */
  | 'CLOSED_NOT_FIXED'
  /** Open / 待整改 */
  | 'OPEN'
  /** Rectifying / 整改中 */
  | 'RECTIFYING'
  /** Reported fixed / 已报整改完成 */
  | 'REPORTED_FIXED'
  /** Verified / 复核通过（已销号） */
  | 'VERIFIED';

/** Administrative level / 行政级别 */
export type RegionLevel =
  /** County / 县（市、区） */
  | 'COUNTY'
  /** Prefecture / 市（州） */
  | 'PREFECTURE'
  /** Province / 省 */
  | 'PROVINCE'
  /** Township / 乡镇（街道） */
  | 'TOWNSHIP'
  /** Village / 村（社区） */
  | 'VILLAGE';

/** Section of an annual report / 报告部分 */
export type ReportSection =
  /** Major emergencies handled / 重大突发事件处置情况 */
  | 'EMERGENCIES'
  /** Raising and use of funds / 资金筹集使用情况 */
  | 'FUNDS'
  /** Management and operation / 低保工作管理运行情况 */
  | 'MANAGEMENT'
  /** Policy implementation / 低保政策落实情况 */
  | 'POLICY'
  /** Supervision and inspection / 监督检查情况 */
  | 'SUPERVISION';

/** Status of an annual report / 报告状态 */
export type ReportStatus =
  /** Accepted / 已审核通过 */
  | 'ACCEPTED'
  /** Draft / 草稿 */
  | 'DRAFT'
  /** Returned / 已退回 */
  | 'RETURNED'
  /** Submitted / 已报送 */
  | 'SUBMITTED';

/** A return to the filing region / 退回报告 */
export type ReturnAnnualReportInput = {
  id: string | number;
  /** Why / 退回原因 */
  reason: string;
  /** Only these sections need revising (default: all) / 仅需修改的部分 */
  sections?: Array<ReportSection> | null | undefined;
};

/** A token id to revoke / 要吊销的令牌 */
export type RevokeTokenInput = {
  /** When the token expires (its exp) / 令牌的过期时间 */
  expiresAt: string;
  issuer: string;
  /** The token's jti / 令牌的 jti */
  jti: string;
};

/** Role of a principal / 用户角色 */
export type Role =
  /** Administrator / 系统管理员 */
  | 'ADMIN'
  /** Complaint handler / 投诉处理人员 */
  | 'COMPLAINT_HANDLER'
  /** Discipline officer / 纪检监察人员 */
  | 'DISCIPLINE_OFFICER'
  /** Inspector / 督察人员 */
  | 'INSPECTOR'
  /** Reporter / 填报人员 */
  | 'REPORTER'
  /** Reviewer / 审核人员 */
  | 'REVIEWER'
  /** Viewer / 查看人员 */
  | 'VIEWER';

/** A draft to save / 保存草稿 */
export type SaveAnnualReportDraftInput = {
  content: AnnualReportContentInput;
  regionCode: string | number;
  year: number;
};

/** What a volunteer supervisor or contracted organisation saw / 义务监督员或社会组织的监督记录 */
export type SupervisionObservationInput = {
  category: ProblemCategory;
  /** The day it was seen, YYYY-MM-DD / 发现日期 */
  observedOn: string;
  /** What was seen / 发现的情况 */
  summary: string;
  /** The village or community (12 digits) / 村（社区）代码 */
  villageCode: string | number;
};

export type SupervisionSectionInput = {
  /** Complaints closed / 办结投诉举报数 */
  complaintsClosed: number;
  /** Complaints received / 受理投诉举报数 */
  complaintsReceived: number;
  /** Inspections run / 开展检查次数 */
  inspections: number;
  /** Narrative / 文字说明 */
  narrative: string;
  /** People held accountable / 被问责人数 */
  peopleHeldAccountable: number;
  /** Problems found, by category / 发现问题（按类别） */
  problemsFound: Array<ProblemCountInput>;
  /** Problems rectified / 已整改问题数 */
  problemsRectified: number;
};

export type SetOfficialAccessMutationVariables = Exact<{
  officialId: string | number;
  access: OfficialAccessInput;
}>;


export type SetOfficialAccessMutation = { setOfficialAccess: { officialId: string, roles: Array<Role>, idpIssuer: string | null, idpSubject: string | null } | null };

export type CreateServiceAccountMutationVariables = Exact<{
  input: NewServiceAccountInput;
}>;


export type CreateServiceAccountMutation = { createServiceAccount: { id: string, name: string, clientId: string, idpIssuer: string, agencyId: string, regionCode: string, roles: Array<Role>, active: boolean } | null };

export type SetServiceAccountActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetServiceAccountActiveMutation = { setServiceAccountActive: { id: string, active: boolean } | null };

export type RevokeTokenMutationVariables = Exact<{
  input: RevokeTokenInput;
}>;


export type RevokeTokenMutation = { revokeToken: { jti: string } | null };

export type ComputeAssessmentMutationVariables = Exact<{
  year: number;
}>;


export type ComputeAssessmentMutation = { computeAssessment: { year: number, status: AssessmentStatus, inputsHash: string, scores: Array<{ regionCode: string, score: number, rank: number }> } | null };

export type PublishAssessmentMutationVariables = Exact<{
  year: number;
}>;


export type PublishAssessmentMutation = { publishAssessment: { year: number, status: AssessmentStatus, publishedAt: string | null } | null };

export type AssessmentOfQueryVariables = Exact<{
  year: number;
  assessor?: string | number | null | undefined;
}>;


export type AssessmentOfQuery = { assessment: { year: number, level: RegionLevel, status: AssessmentStatus, inputsHash: string, province: { code: string }, indicators: Array<{ code: AssessmentIndicator, weight: number }>, scores: Array<{ regionCode: string, score: number, rank: number }> } | null };

export type CreateAllocationMutationVariables = Exact<{
  input: CreateAllocationInput;
}>;


export type CreateAllocationMutation = { createAllocation: { id: string, status: AllocationStatus, poolFen: number, lines: Array<{ regionCode: string, baseFen: number, performanceFen: number, amountFen: number }> } | null };

export type FinaliseAllocationMutationVariables = Exact<{
  id: string | number;
}>;


export type FinaliseAllocationMutation = { finaliseAllocation: { id: string, status: AllocationStatus } | null };

export type PublishAllocationMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishAllocationMutation = { publishAllocation: { id: string, status: AllocationStatus, publishedAt: string | null } | null };

export type AllocationsOfQueryVariables = Exact<{
  year: number;
  assessor?: string | number | null | undefined;
}>;


export type AllocationsOfQuery = { allocations: Array<{ id: string, title: string, status: AllocationStatus, poolFen: number, method: AllocationMethod, lines: Array<{ regionCode: string, amountFen: number }> }> | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, name: string | null, agency: AgencyKind, regionCode: string, roles: Array<Role>, region: { name: string, nameEn: string } | null } | null };

export type RegionYearQueryVariables = Exact<{
  code: string | number;
  year: number;
}>;


export type RegionYearQuery = { region: { code: string, name: string, nameEn: string, reportSummary: { reportsIncluded: number, reportsExpected: number } | null, oversightStats: { findings: number, rectificationRate: number, overdue: number } | null, complaintStats: { received: number, closed: number } | null, accountabilityStats: { casesOpened: number, peopleHeldAccountable: number } | null, assessment: { score: number, rank: number } | null } | null };

export type ComplaintSummaryFragment = { id: string, channel: ComplaintChannel, receivedAt: string, regionCode: string, category: ProblemCategory, status: ComplaintStatus, major: boolean, overdue: boolean, concludeDeadline: string, statusLabel: { zh: string, en: string }, categoryLabel: { zh: string, en: string } };

export type OwnedComplaintsQueryVariables = Exact<{
  status?: ComplaintStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnedComplaintsQuery = { ownedComplaints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, channel: ComplaintChannel, receivedAt: string, regionCode: string, category: ProblemCategory, status: ComplaintStatus, major: boolean, overdue: boolean, concludeDeadline: string, statusLabel: { zh: string, en: string }, categoryLabel: { zh: string, en: string } } }> } | null };

export type ProposedHandoversQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProposedHandoversQuery = { proposedHandovers: { totalCount: number, edges: Array<{ node: { id: string, channel: ComplaintChannel, receivedAt: string, regionCode: string, category: ProblemCategory, status: ComplaintStatus, major: boolean, overdue: boolean, concludeDeadline: string, statusLabel: { zh: string, en: string }, categoryLabel: { zh: string, en: string } } }> } | null };

export type ComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintQuery = { complaint: { summary: string, conclusion: ComplaintConclusion | null, findings: string | null, publicFeedback: string | null, id: string, channel: ComplaintChannel, receivedAt: string, regionCode: string, category: ProblemCategory, status: ComplaintStatus, major: boolean, overdue: boolean, concludeDeadline: string, owner: { subject: string, agency: AgencyKind, region: { code: string, name: string } }, messages: Array<{ author: ComplaintMessageAuthor, sentAt: string, text: string | null }>, statusLabel: { zh: string, en: string }, categoryLabel: { zh: string, en: string } } | null };

export type StartComplaintInvestigationMutationVariables = Exact<{
  complaintId: string | number;
}>;


export type StartComplaintInvestigationMutation = { startComplaintInvestigation: { id: string, channel: ComplaintChannel, receivedAt: string, regionCode: string, category: ProblemCategory, status: ComplaintStatus, major: boolean, overdue: boolean, concludeDeadline: string, statusLabel: { zh: string, en: string }, categoryLabel: { zh: string, en: string } } | null };

export type ConcludeComplaintMutationVariables = Exact<{
  input: ConcludeComplaintInput;
}>;


export type ConcludeComplaintMutation = { concludeComplaint: { conclusion: ComplaintConclusion | null, id: string, channel: ComplaintChannel, receivedAt: string, regionCode: string, category: ProblemCategory, status: ComplaintStatus, major: boolean, overdue: boolean, concludeDeadline: string, statusLabel: { zh: string, en: string }, categoryLabel: { zh: string, en: string } } | null };

export type FindingSummaryFragment = { id: string, inspectionId: string | null, year: number, category: ProblemCategory, severity: FindingSeverity, status: RectificationStatus, householdsAffected: number, amountInvolvedFen: number, deadline: string | null, overdue: boolean, daysOverdue: number, categoryLabel: { zh: string, en: string }, statusLabel: { zh: string, en: string }, county: { code: string, name: string, nameEn: string } };

export type FindingsQueryVariables = Exact<{
  under: string | number;
  status?: RectificationStatus | null | undefined;
  overdue?: boolean | null | undefined;
  year?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FindingsQuery = { findings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, inspectionId: string | null, year: number, category: ProblemCategory, severity: FindingSeverity, status: RectificationStatus, householdsAffected: number, amountInvolvedFen: number, deadline: string | null, overdue: boolean, daysOverdue: number, categoryLabel: { zh: string, en: string }, statusLabel: { zh: string, en: string }, county: { code: string, name: string, nameEn: string } } }> } | null };

export type FindingQueryVariables = Exact<{
  id: string | number;
}>;


export type FindingQuery = { finding: { description: string, measures: string | null, foundBy: string, verifiedBy: string | null, id: string, inspectionId: string | null, year: number, category: ProblemCategory, severity: FindingSeverity, status: RectificationStatus, householdsAffected: number, amountInvolvedFen: number, deadline: string | null, overdue: boolean, daysOverdue: number, inspection: { id: string, title: string, status: InspectionStatus } | null, categoryLabel: { zh: string, en: string }, statusLabel: { zh: string, en: string }, county: { code: string, name: string, nameEn: string } } | null };

export type RecheckFindingMutationVariables = Exact<{
  input: RecheckFindingInput;
}>;


export type RecheckFindingMutation = { recheckFinding: { verifiedBy: string | null, verifiedAt: string | null, id: string, inspectionId: string | null, year: number, category: ProblemCategory, severity: FindingSeverity, status: RectificationStatus, householdsAffected: number, amountInvolvedFen: number, deadline: string | null, overdue: boolean, daysOverdue: number, categoryLabel: { zh: string, en: string }, statusLabel: { zh: string, en: string }, county: { code: string, name: string, nameEn: string } } | null };

export type AlertSummaryFragment = { id: string, rule: AlertRule, month: string, severity: AlertSeverity, status: AlertStatus, raisedAt: string, region: { code: string, name: string, nameEn: string }, explanation: { zh: string, en: string } };

export type AlertsQueryVariables = Exact<{
  under: string | number;
  month?: string | null | undefined;
  rule?: AlertRule | null | undefined;
  status?: AlertStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AlertsQuery = { alerts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, rule: AlertRule, month: string, severity: AlertSeverity, status: AlertStatus, raisedAt: string, region: { code: string, name: string, nameEn: string }, explanation: { zh: string, en: string } } }> } | null };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: { id: string, rule: AlertRule, month: string, severity: AlertSeverity, status: AlertStatus, raisedAt: string, region: { code: string, name: string, nameEn: string }, explanation: { zh: string, en: string } } | null };

export type ReferAlertMutationVariables = Exact<{
  id: string | number;
  to: AlertReferralKind;
  category?: ProblemCategory | null | undefined;
}>;


export type ReferAlertMutation = { referAlert: { id: string, rule: AlertRule, month: string, severity: AlertSeverity, status: AlertStatus, raisedAt: string, referral: { kind: AlertReferralKind, referredAt: string, outcome: AlertReferralOutcome | null, finding: { id: string, status: RectificationStatus } | null, complaint: { id: string, status: ComplaintStatus } | null } | null, region: { code: string, name: string, nameEn: string }, explanation: { zh: string, en: string } } | null };

export type DismissAlertMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DismissAlertMutation = { dismissAlert: { dismissReason: string | null, id: string, rule: AlertRule, month: string, severity: AlertSeverity, status: AlertStatus, raisedAt: string, region: { code: string, name: string, nameEn: string }, explanation: { zh: string, en: string } } | null };

export type AlertRaisedSubscriptionVariables = Exact<{
  under: string | number;
  after?: string | null | undefined;
}>;


export type AlertRaisedSubscription = { alertRaised: { cursor: string, alert: { id: string, rule: AlertRule, month: string, severity: AlertSeverity, status: AlertStatus, raisedAt: string, region: { code: string, name: string, nameEn: string }, explanation: { zh: string, en: string } } } };

export type NotificationSummaryFragment = { id: string, event: NotificationEvent, entityType: string, entityId: string, occurredAt: string, read: boolean, readAt: string | null, eventLabel: { zh: string, en: string }, summary: { zh: string, en: string }, region: { code: string, name: string, nameEn: string } };

export type NotificationsQueryVariables = Exact<{
  unread?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, event: NotificationEvent, entityType: string, entityId: string, occurredAt: string, read: boolean, readAt: string | null, eventLabel: { zh: string, en: string }, summary: { zh: string, en: string }, region: { code: string, name: string, nameEn: string } } }> } | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markRead: Array<{ id: string, event: NotificationEvent, entityType: string, entityId: string, occurredAt: string, read: boolean, readAt: string | null, eventLabel: { zh: string, en: string }, summary: { zh: string, en: string }, region: { code: string, name: string, nameEn: string } }> | null };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllRead: number | null };

export type NotificationAddedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NotificationAddedSubscription = { notificationAdded: { cursor: string, notification: { id: string, event: NotificationEvent, entityType: string, entityId: string, occurredAt: string, read: boolean, readAt: string | null, eventLabel: { zh: string, en: string }, summary: { zh: string, en: string }, region: { code: string, name: string, nameEn: string } } } };

export type DeliveryPreferencesFieldsFragment = { officialId: string, events: Array<NotificationEvent> | null, email: string | null, emailMode: EmailMode, webhookUrl: string | null, webhookSecret: string | null };

export type DeliveryPreferencesQueryVariables = Exact<{
  officialId?: string | number | null | undefined;
}>;


export type DeliveryPreferencesQuery = { deliveryPreferences: { officialId: string, events: Array<NotificationEvent> | null, email: string | null, emailMode: EmailMode, webhookUrl: string | null, webhookSecret: string | null } | null };

export type SetDeliveryPreferencesMutationVariables = Exact<{
  officialId?: string | number | null | undefined;
  preferences: DeliveryPreferencesInput;
}>;


export type SetDeliveryPreferencesMutation = { setDeliveryPreferences: { officialId: string, events: Array<NotificationEvent> | null, email: string | null, emailMode: EmailMode, webhookUrl: string | null, webhookSecret: string | null } | null };

export type DeliveryFieldsFragment = { id: string, channel: DeliveryChannel, status: DeliveryStatus, address: string, event: NotificationEvent, entityType: string, entityId: string, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null, official: { id: string, name: string } };

export type DeadLetteredDeliveriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeadLetteredDeliveriesQuery = { deadLetteredDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, channel: DeliveryChannel, status: DeliveryStatus, address: string, event: NotificationEvent, entityType: string, entityId: string, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null, official: { id: string, name: string } } }> } | null };

export type RetryDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryDeliveryMutation = { retryDelivery: { id: string, channel: DeliveryChannel, status: DeliveryStatus, address: string, event: NotificationEvent, entityType: string, entityId: string, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null, official: { id: string, name: string } } | null };

export type PublicRegionQueryVariables = Exact<{
  code: string | number;
}>;


export type PublicRegionQuery = { region: { code: string, name: string, nameEn: string, level: RegionLevel, parentCode: string | null, children: Array<{ code: string, name: string, nameEn: string, level: RegionLevel }> } | null };

export type PublishedBulletinsQueryVariables = Exact<{
  year?: number | null | undefined;
  issuer?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublishedBulletinsQuery = { publishedBulletins: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, documentNumber: string | null, title: string, titleEn: string | null, publishedAt: string | null } }> } | null };

export type ComplaintStatusQueryVariables = Exact<{
  receiptCode: string;
}>;


export type ComplaintStatusQuery = { complaintStatus: { status: ComplaintStatus, receivedAt: string, closedAt: string | null, publicFeedback: string | null, canRate: boolean, statusLabel: { zh: string, en: string }, deadlines: Array<{ kind: ComplaintDeadline, dueAt: string, metAt: string | null, overdue: boolean, late: boolean }>, messages: Array<{ author: ComplaintMessageAuthor, sentAt: string, text: string | null }> } | null };

export type ComplaintChallengeQueryVariables = Exact<{
  lane: string;
}>;


export type ComplaintChallengeQuery = { complaintChallenge: { token: string, lane: string, difficultyBits: number, notBefore: string, expiresAt: string } | null };

export type SubmitOnlineComplaintMutationVariables = Exact<{
  input: OnlineComplaintInput;
  proof: ChallengeProofInput;
}>;


export type SubmitOnlineComplaintMutation = { submitOnlineComplaint: { receiptCode: string, receivedAt: string, regionCode: string, category: ProblemCategory, anonymous: boolean, rewardOptIn: boolean, deadlines: Array<{ kind: ComplaintDeadline, dueAt: string }> } | null };

export type FileSupervisionObservationMutationVariables = Exact<{
  observerKey: string;
  input: SupervisionObservationInput;
}>;


export type FileSupervisionObservationMutation = { fileSupervisionObservation: { receiptCode: string, channel: ComplaintChannel, villageCode: string, observedOn: string, deadlines: Array<{ kind: ComplaintDeadline, dueAt: string }> } | null };

export type SendComplainantMessageMutationVariables = Exact<{
  receiptCode: string;
  text: string;
}>;


export type SendComplainantMessageMutation = { sendComplainantMessage: { status: ComplaintStatus, messages: Array<{ author: ComplaintMessageAuthor, sentAt: string, text: string | null }> } | null };

export type RateComplaintHandlingMutationVariables = Exact<{
  receiptCode: string;
  satisfied: boolean;
  comment?: string | null | undefined;
}>;


export type RateComplaintHandlingMutation = { rateComplaintHandling: { satisfied: boolean, appealOpened: boolean } | null };

export type ClaimRewardMutationVariables = Exact<{
  receiptCode: string;
}>;


export type ClaimRewardMutation = { claimReward: { status: ComplaintRewardStatus, amountFen: number, claimInstructions: string | null } | null };

export type AnnualReportStateFragment = { id: string, regionCode: string, year: number, status: ReportStatus, currentVersion: number, late: boolean, deadline: string, returnedReason: string | null, returnedSections: Array<ReportSection>, statusLabel: { zh: string, en: string }, validationIssues: Array<{ rule: string, severity: IssueSeverity, section: ReportSection | null, field: string | null, message: { zh: string, en: string } }> };

export type AnnualReportQueryVariables = Exact<{
  regionCode: string | number;
  year: number;
}>;


export type AnnualReportQuery = { annualReport: { id: string, regionCode: string, year: number, status: ReportStatus, currentVersion: number, late: boolean, deadline: string, returnedReason: string | null, returnedSections: Array<ReportSection>, content: { policy: { urbanStandardFen: number, ruralStandardFen: number, urbanHouseholds: number, urbanPersons: number, ruralHouseholds: number, ruralPersons: number, applications: number, approvals: number, rejections: number, exits: number, publicityDone: boolean, narrative: string } | null, management: { averageReviewDays: number, householdVisits: number, dynamicReviews: number, staff: number, narrative: string } | null, funds: { raisedCentralFen: number, raisedProvincialFen: number, raisedPrefectureFen: number, raisedCountyFen: number, carryOverFen: number, disbursedFen: number, balanceFen: number, paidViaBankFen: number, narrative: string } | null, emergencies: { handled: number, incidentIds: Array<string>, narrative: string } | null, supervision: { inspections: number, problemsRectified: number, complaintsReceived: number, complaintsClosed: number, peopleHeldAccountable: number, narrative: string, problemsFound: Array<{ category: ProblemCategory, count: number }> } | null }, statusLabel: { zh: string, en: string }, validationIssues: Array<{ rule: string, severity: IssueSeverity, section: ReportSection | null, field: string | null, message: { zh: string, en: string } }> } | null };

export type SaveAnnualReportDraftMutationVariables = Exact<{
  input: SaveAnnualReportDraftInput;
}>;


export type SaveAnnualReportDraftMutation = { saveAnnualReportDraft: { id: string, regionCode: string, year: number, status: ReportStatus, currentVersion: number, late: boolean, deadline: string, returnedReason: string | null, returnedSections: Array<ReportSection>, statusLabel: { zh: string, en: string }, validationIssues: Array<{ rule: string, severity: IssueSeverity, section: ReportSection | null, field: string | null, message: { zh: string, en: string } }> } | null };

export type SubmitAnnualReportMutationVariables = Exact<{
  id: string | number;
  requestId: string;
}>;


export type SubmitAnnualReportMutation = { submitAnnualReport: { firstSubmittedAt: string | null, lastSubmittedAt: string | null, id: string, regionCode: string, year: number, status: ReportStatus, currentVersion: number, late: boolean, deadline: string, returnedReason: string | null, returnedSections: Array<ReportSection>, statusLabel: { zh: string, en: string }, validationIssues: Array<{ rule: string, severity: IssueSeverity, section: ReportSection | null, field: string | null, message: { zh: string, en: string } }> } | null };

export type ReviewQueueQueryVariables = Exact<{
  under: string | number;
  year?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { annualReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, year: number, status: ReportStatus, late: boolean, lastSubmittedAt: string | null, region: { code: string, name: string, nameEn: string }, validationIssues: Array<{ rule: string, severity: IssueSeverity, message: { zh: string, en: string } }> } }> } | null };

export type AcceptAnnualReportMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptAnnualReportMutation = { acceptAnnualReport: { id: string, status: ReportStatus, acceptedAt: string | null } | null };

export type ReturnAnnualReportMutationVariables = Exact<{
  input: ReturnAnnualReportInput;
}>;


export type ReturnAnnualReportMutation = { returnAnnualReport: { id: string, status: ReportStatus, returnedReason: string | null, returnedSections: Array<ReportSection> } | null };

export const ComplaintSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"concludeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<ComplaintSummaryFragment, unknown>;
export const FindingSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"householdsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"amountInvolvedFen"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<FindingSummaryFragment, unknown>;
export const AlertSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<AlertSummaryFragment, unknown>;
export const NotificationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationSummaryFragment, unknown>;
export const DeliveryPreferencesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailMode"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webhookSecret"}}]}}]} as unknown as DocumentNode<DeliveryPreferencesFieldsFragment, unknown>;
export const DeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<DeliveryFieldsFragment, unknown>;
export const AnnualReportStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedSections"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validationIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<AnnualReportStateFragment, unknown>;
export const SetOfficialAccessDocument = {"__meta__":{"hash":"sha256:93a746d79049be430113d0ca2adc78846557d586acae17401d4d962639afcaae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOfficialAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"access"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficialAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfficialAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"access"},"value":{"kind":"Variable","name":{"kind":"Name","value":"access"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"idpIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"idpSubject"}}]}}]}}]} as unknown as DocumentNode<SetOfficialAccessMutation, SetOfficialAccessMutationVariables>;
export const CreateServiceAccountDocument = {"__meta__":{"hash":"sha256:64dcc80529146646edb7b88d5cd15feb3791ff3340e3b1c3e4b334fd5d442de1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewServiceAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"idpIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<CreateServiceAccountMutation, CreateServiceAccountMutationVariables>;
export const SetServiceAccountActiveDocument = {"__meta__":{"hash":"sha256:60d10a1bed8955f9a019cd99c86845e4533b5ada14419536f928c10759363dc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceAccountActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceAccountActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetServiceAccountActiveMutation, SetServiceAccountActiveMutationVariables>;
export const RevokeTokenDocument = {"__meta__":{"hash":"sha256:c7bbb718752ad01642fe9e7b5ac0eabfbad5d90773ff4f4dff8b8125a700e564"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jti"}}]}}]}}]} as unknown as DocumentNode<RevokeTokenMutation, RevokeTokenMutationVariables>;
export const ComputeAssessmentDocument = {"__meta__":{"hash":"sha256:c98de0b736777667edc2ee9eacc03426f654a04837a55f06560acb7c4b57e957"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputeAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<ComputeAssessmentMutation, ComputeAssessmentMutationVariables>;
export const PublishAssessmentDocument = {"__meta__":{"hash":"sha256:ff44ae0d64c053096fb5194b3ee0341c0dc91f93c1a9b38c993e495b76ff0378"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishAssessmentMutation, PublishAssessmentMutationVariables>;
export const AssessmentOfDocument = {"__meta__":{"hash":"sha256:d470eb8c8a39be5526c863241f0e904f8ae832dd3871fe72304121819c9939be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"assessor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentOfQuery, AssessmentOfQueryVariables>;
export const CreateAllocationDocument = {"__meta__":{"hash":"sha256:3e07239108b5ad2d34dac5b558cd9e121918870a13bcd151b3c68cd475db7250"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAllocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poolFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"performanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAllocationMutation, CreateAllocationMutationVariables>;
export const FinaliseAllocationDocument = {"__meta__":{"hash":"sha256:4114945284fb662cc2337ef4e4aef7f71d92d1c03edaea7e0391f86df76de894"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinaliseAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finaliseAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FinaliseAllocationMutation, FinaliseAllocationMutationVariables>;
export const PublishAllocationDocument = {"__meta__":{"hash":"sha256:fe3adf8c3d0abfae95729d2df943ab1f9e5a2f244418a7a7c53a22bd4fb4bb71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishAllocationMutation, PublishAllocationMutationVariables>;
export const AllocationsOfDocument = {"__meta__":{"hash":"sha256:477b087c549726d34bcc70b14a43f2456c021f2a48ce445dcb26ab4ba8245192"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllocationsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"assessor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"poolFen"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<AllocationsOfQuery, AllocationsOfQueryVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:134200285bada76f86616a8c8701a0598b6684048b6c5d10f9021a3451c35cd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RegionYearDocument = {"__meta__":{"hash":"sha256:d0ee5d4b30530e8f4f8b47e9e44765d47db718e55230746092c97c8f15067930"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"reportSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportsIncluded"}},{"kind":"Field","name":{"kind":"Name","value":"reportsExpected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oversightStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"casesOpened"}},{"kind":"Field","name":{"kind":"Name","value":"peopleHeldAccountable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<RegionYearQuery, RegionYearQueryVariables>;
export const OwnedComplaintsDocument = {"__meta__":{"hash":"sha256:db0d682443b19b83112f9f891332a984382612f434188f591a031ca26f549abd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnedComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownedComplaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"concludeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<OwnedComplaintsQuery, OwnedComplaintsQueryVariables>;
export const ProposedHandoversDocument = {"__meta__":{"hash":"sha256:ed23c1b268e041c9b6511b226601dd788705d8e3f181c82645f294124380aa63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposedHandovers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedHandovers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"concludeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<ProposedHandoversQuery, ProposedHandoversQueryVariables>;
export const ComplaintDocument = {"__meta__":{"hash":"sha256:ee5146161b6bdea5098f9e255316851a3c6480d69da09b094fb901ec37563b4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintSummary"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"publicFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"concludeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<ComplaintQuery, ComplaintQueryVariables>;
export const StartComplaintInvestigationDocument = {"__meta__":{"hash":"sha256:353afab38d2c4f41b8b9af76e7250a420e7a0f02cd52be6e6f0b13a3d8d83915"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartComplaintInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startComplaintInvestigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"concludeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<StartComplaintInvestigationMutation, StartComplaintInvestigationMutationVariables>;
export const ConcludeComplaintDocument = {"__meta__":{"hash":"sha256:21edae8ab1fe2285d4464ffc66b5cc7787e5ea5fcd9831064518851a2a27a106"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcludeComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcludeComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concludeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintSummary"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"concludeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<ConcludeComplaintMutation, ConcludeComplaintMutationVariables>;
export const FindingsDocument = {"__meta__":{"hash":"sha256:7337fb96fd1c3a147822b6267b4e94a6f6cb6cf0eb6325a8c7bbab90178bca4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Findings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"householdsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"amountInvolvedFen"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<FindingsQuery, FindingsQueryVariables>;
export const FindingDocument = {"__meta__":{"hash":"sha256:d46d71cb9b4f582bfb9109149b0ec454947c763f3c82594af451f30e21a0b908"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"foundBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"householdsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"amountInvolvedFen"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<FindingQuery, FindingQueryVariables>;
export const RecheckFindingDocument = {"__meta__":{"hash":"sha256:7a85243425b5dd2d5beee0b809a90a7d024b5544df82d9c5df98b7c230d9538b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecheckFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecheckFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheckFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FindingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FindingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"householdsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"amountInvolvedFen"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<RecheckFindingMutation, RecheckFindingMutationVariables>;
export const AlertsDocument = {"__meta__":{"hash":"sha256:4bc6ac782cd95e87db345c81f34fdad9869aa32e5c9bd6c5a4807b042f9f06e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<AlertsQuery, AlertsQueryVariables>;
export const AcknowledgeAlertDocument = {"__meta__":{"hash":"sha256:36ec865e75cee89f4930f242961e560f4e1a89f4cc7ecf651d3e105a1019e400"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const ReferAlertDocument = {"__meta__":{"hash":"sha256:945a1d0b1cad68ea8a272eb0c06b8a5b7bc071cb3e4d73c8dcf836de1d62bb99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertReferralKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProblemCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSummary"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<ReferAlertMutation, ReferAlertMutationVariables>;
export const DismissAlertDocument = {"__meta__":{"hash":"sha256:bd3478126289dd07fb42bc229d5e8b8f86685b330aaae8779880b64a294866a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSummary"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<DismissAlertMutation, DismissAlertMutationVariables>;
export const AlertRaisedDocument = {"__meta__":{"hash":"sha256:516504d151d854c54629af689040041b622d40a3964e752ea7d3705a7ce2798b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertRaised"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRaised"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<AlertRaisedSubscription, AlertRaisedSubscriptionVariables>;
export const NotificationsDocument = {"__meta__":{"hash":"sha256:23d57a4b842d0e017f45b8837d08c038790678de163d2a6a194344a61e347d3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unread"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unread"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unread"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"sha256:526cef683c7df7ad14bef3f740a28d6c042c8b1dd0cde319effe1f199e39de59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"__meta__":{"hash":"sha256:b361d38bbec5a53d727fc3401e565028b0e4efdbe93d62d542002231d6eff4e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationAddedDocument = {"__meta__":{"hash":"sha256:f46ff221cea65bb8667c4e3dbb8e740ddea250e8b7fca5ad17ec5e19e62d5fb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const DeliveryPreferencesDocument = {"__meta__":{"hash":"sha256:cff90e7316b5080053d938236c5fe65ba53766db89c8b12030676a256646ad65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeliveryPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryPreferencesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailMode"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webhookSecret"}}]}}]} as unknown as DocumentNode<DeliveryPreferencesQuery, DeliveryPreferencesQueryVariables>;
export const SetDeliveryPreferencesDocument = {"__meta__":{"hash":"sha256:89c0fe9a92e90df7403a54d977731aa3b6cd04936f589503fa8eb6022b32458f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDeliveryPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preferences"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeliveryPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"preferences"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preferences"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryPreferencesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailMode"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webhookSecret"}}]}}]} as unknown as DocumentNode<SetDeliveryPreferencesMutation, SetDeliveryPreferencesMutationVariables>;
export const DeadLetteredDeliveriesDocument = {"__meta__":{"hash":"sha256:f8ff09c12c9d006db3b952923a886209db643193e941633f59e53ffff0af1949"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadLetteredDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadLetteredDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<DeadLetteredDeliveriesQuery, DeadLetteredDeliveriesQueryVariables>;
export const RetryDeliveryDocument = {"__meta__":{"hash":"sha256:83f08d7c15e38b903e06cc9c1af40901217bfd8364b07dc0b6d65454daeb16e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<RetryDeliveryMutation, RetryDeliveryMutationVariables>;
export const PublicRegionDocument = {"__meta__":{"hash":"sha256:4be730189a46f0b07fc27e1e98b38f063ec8f296a4abd7d807b88a4f699196ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<PublicRegionQuery, PublicRegionQueryVariables>;
export const PublishedBulletinsDocument = {"__meta__":{"hash":"sha256:de5d25b4d97d8f90f4d2a4b8c185652fc3f18f2cf3ef65d1e45cba30f798f16d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedBulletins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedBulletins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"issuer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuer"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishedBulletinsQuery, PublishedBulletinsQueryVariables>;
export const ComplaintStatusDocument = {"__meta__":{"hash":"sha256:7fad57b6015b92f46ac7955086b708ba3a111875eda4e0bb84254d15e530605f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"receiptCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintStatusQuery, ComplaintStatusQueryVariables>;
export const ComplaintChallengeDocument = {"__meta__":{"hash":"sha256:d8fb1fc5920bc2c1068b51b754d462a5718007bdf67bce05a19eef66590babb4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lane"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lane"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lane"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"lane"}},{"kind":"Field","name":{"kind":"Name","value":"difficultyBits"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ComplaintChallengeQuery, ComplaintChallengeQueryVariables>;
export const SubmitOnlineComplaintDocument = {"__meta__":{"hash":"sha256:50e5aacd4ee87edc5ab8b861e5eafcfbe26c4ef0d109da8c254c6ffb2ef61fef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitOnlineComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineComplaintInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChallengeProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOnlineComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptCode"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"rewardOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitOnlineComplaintMutation, SubmitOnlineComplaintMutationVariables>;
export const FileSupervisionObservationDocument = {"__meta__":{"hash":"sha256:9bcfdb56be422eb4e23b74f62637cb3b3eeef9e5b42100d78250505e3529ca9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileSupervisionObservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"observerKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileSupervisionObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"observerKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"observerKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptCode"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"villageCode"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<FileSupervisionObservationMutation, FileSupervisionObservationMutationVariables>;
export const SendComplainantMessageDocument = {"__meta__":{"hash":"sha256:41103e9a1316867635fcc6b39137691541eeb0ab4ed38c04d189a89823da01ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendComplainantMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendComplainantMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"receiptCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<SendComplainantMessageMutation, SendComplainantMessageMutationVariables>;
export const RateComplaintHandlingDocument = {"__meta__":{"hash":"sha256:68a59a63be4aea029e6a096994a79793763b4abba843d0f02914a0d3537fc85e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateComplaintHandling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"satisfied"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateComplaintHandling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"receiptCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"satisfied"},"value":{"kind":"Variable","name":{"kind":"Name","value":"satisfied"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"appealOpened"}}]}}]}}]} as unknown as DocumentNode<RateComplaintHandlingMutation, RateComplaintHandlingMutationVariables>;
export const ClaimRewardDocument = {"__meta__":{"hash":"sha256:d447ad0c20cd04e5eab5c83abfbb4d6d2df7637068dfd2162ec7b0251fd916a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"receiptCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"claimInstructions"}}]}}]}}]} as unknown as DocumentNode<ClaimRewardMutation, ClaimRewardMutationVariables>;
export const AnnualReportDocument = {"__meta__":{"hash":"sha256:9b7dc26267be7070caf2272676cc14d204273fc369ead4898347af5c78fbca82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportState"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urbanStandardFen"}},{"kind":"Field","name":{"kind":"Name","value":"ruralStandardFen"}},{"kind":"Field","name":{"kind":"Name","value":"urbanHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"urbanPersons"}},{"kind":"Field","name":{"kind":"Name","value":"ruralHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"ruralPersons"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"}},{"kind":"Field","name":{"kind":"Name","value":"exits"}},{"kind":"Field","name":{"kind":"Name","value":"publicityDone"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"management"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageReviewDays"}},{"kind":"Field","name":{"kind":"Name","value":"householdVisits"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicReviews"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raisedCentralFen"}},{"kind":"Field","name":{"kind":"Name","value":"raisedProvincialFen"}},{"kind":"Field","name":{"kind":"Name","value":"raisedPrefectureFen"}},{"kind":"Field","name":{"kind":"Name","value":"raisedCountyFen"}},{"kind":"Field","name":{"kind":"Name","value":"carryOverFen"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidViaBankFen"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handled"}},{"kind":"Field","name":{"kind":"Name","value":"incidentIds"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"problemsFound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemsRectified"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"peopleHeldAccountable"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedSections"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validationIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<AnnualReportQuery, AnnualReportQueryVariables>;
export const SaveAnnualReportDraftDocument = {"__meta__":{"hash":"sha256:cf4144f4befbffa0bbffa3f4a9312245ab30315bfa53c7494512ca8155d2f6b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAnnualReportDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAnnualReportDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAnnualReportDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedSections"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validationIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<SaveAnnualReportDraftMutation, SaveAnnualReportDraftMutationVariables>;
export const SubmitAnnualReportDocument = {"__meta__":{"hash":"sha256:b726ed35b8057f243810a431d096d1a510c32f77a5b52db2c9c70d465c8fd0c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportState"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedSections"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validationIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitAnnualReportMutation, SubmitAnnualReportMutationVariables>;
export const ReviewQueueDocument = {"__meta__":{"hash":"sha256:7a8509d78699f3617c997c6526a0ab51a86ff55052960d93e8285e018f115b68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validationIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const AcceptAnnualReportDocument = {"__meta__":{"hash":"sha256:3f6c10cc35d95c587ea0cfef87a400dcd86e5341272a6843419ff846455134b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<AcceptAnnualReportMutation, AcceptAnnualReportMutationVariables>;
export const ReturnAnnualReportDocument = {"__meta__":{"hash":"sha256:f468c22c23f2c88ed1bb35a455c23dec431b086fd892b5e6ab1a117c37fdf267"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnAnnualReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnedReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedSections"}}]}}]}}]} as unknown as DocumentNode<ReturnAnnualReportMutation, ReturnAnnualReportMutationVariables>;