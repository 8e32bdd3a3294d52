import { vocabularyCodes, type Vocabulary } from './vocabulary.js';
import type { ProblemCategory } from './problem-category.js';

/** The five subjects every annual work report covers (报告制度). */
export const ReportSection = {
  POLICY: { zh: '低保政策落实情况', en: 'Policy implementation' },
  MANAGEMENT: { zh: '低保工作管理运行情况', en: 'Management and operation' },
  FUNDS: { zh: '资金筹集使用情况', en: 'Raising and use of funds' },
  EMERGENCIES: { zh: '重大突发事件处置情况', en: 'Major emergencies handled' },
  SUPERVISION: { zh: '监督检查情况', en: 'Supervision and inspection' },
} as const satisfies Vocabulary;
export type ReportSection = keyof typeof ReportSection;
export const reportSectionValues: readonly ReportSection[] = vocabularyCodes(ReportSection);

/** Where an annual report stands: DRAFT → SUBMITTED → ACCEPTED, or RETURNED (with a reason) and back to DRAFT. */
export const ReportStatus = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  SUBMITTED: { zh: '已报送', en: 'Submitted' },
  RETURNED: { zh: '已退回', en: 'Returned' },
  ACCEPTED: { zh: '已审核通过', en: 'Accepted' },
} as const satisfies Vocabulary;
export type ReportStatus = keyof typeof ReportStatus;

/** Major matters and emergencies (重大事项和突发事件) reported to the provincial department. */
export const IncidentStatus = {
  REPORTED: { zh: '已报告', en: 'Reported' },
  UNDER_REVIEW: { zh: '核查中', en: 'Under review' },
  RECTIFYING: { zh: '整改中', en: 'Rectifying' },
  CLOSED: { zh: '已办结', en: 'Closed' },
} as const satisfies Vocabulary;
export type IncidentStatus = keyof typeof IncidentStatus;

export const IncidentSeverity = {
  GENERAL: { zh: '一般', en: 'General' },
  MAJOR: { zh: '较大', en: 'Major' },
  SERIOUS: { zh: '重大', en: 'Serious' },
  CRITICAL: { zh: '特别重大', en: 'Critical' },
} as const satisfies Vocabulary;
export type IncidentSeverity = keyof typeof IncidentSeverity;

export const IncidentCategory = {
  NATURAL_DISASTER: { zh: '自然灾害', en: 'Natural disaster' },
  ACCIDENT: { zh: '事故灾难', en: 'Accident' },
  PUBLIC_HEALTH: { zh: '公共卫生事件', en: 'Public health event' },
  MASS_INCIDENT: { zh: '群体性事件', en: 'Mass incident' },
  FUND_SECURITY: { zh: '资金安全事件', en: 'Fund security incident' },
  MEDIA_EXPOSURE: { zh: '媒体曝光事件', en: 'Media exposure' },
  OTHER: { zh: '其他重大事项', en: 'Other major matter' },
} as const satisfies Vocabulary;
export type IncidentCategory = keyof typeof IncidentCategory;

/*
 * The figures of an annual report, section by section. Money is integer fen (1/100 yuan); standards are fen
 * per person per month. Counts are whole numbers. Every section has a narrative.
 */
export interface PolicySectionContent {
  urbanStandardFen: number;
  ruralStandardFen: number;
  urbanHouseholds: number;
  urbanPersons: number;
  ruralHouseholds: number;
  ruralPersons: number;
  applications: number;
  approvals: number;
  rejections: number;
  exits: number;
  publicityDone: boolean;
  narrative: string;
}

export interface ManagementSectionContent {
  averageReviewDays: number;
  householdVisits: number;
  dynamicReviews: number;
  staff: number;
  narrative: string;
}

export interface FundsSectionContent {
  raisedCentralFen: number;
  raisedProvincialFen: number;
  raisedPrefectureFen: number;
  raisedCountyFen: number;
  carryOverFen: number;
  disbursedFen: number;
  balanceFen: number;
  paidViaBankFen: number;
  narrative: string;
}

export interface EmergenciesSectionContent {
  handled: number;
  /** Ids of incident reports in the reporting subgraph. */
  incidentIds: string[];
  narrative: string;
}

export interface ProblemCount {
  category: ProblemCategory;
  count: number;
}

export interface SupervisionSectionContent {
  inspections: number;
  problemsFound: ProblemCount[];
  problemsRectified: number;
  complaintsReceived: number;
  complaintsClosed: number;
  peopleHeldAccountable: number;
  narrative: string;
}

/** A report's content; a draft may lack sections, a submission needs all five. */
export interface AnnualReportContent {
  policy?: PolicySectionContent | null;
  management?: ManagementSectionContent | null;
  funds?: FundsSectionContent | null;
  emergencies?: EmergenciesSectionContent | null;
  supervision?: SupervisionSectionContent | null;
}

/** Content key of each section. */
export const SECTION_KEYS = {
  POLICY: 'policy',
  MANAGEMENT: 'management',
  FUNDS: 'funds',
  EMERGENCIES: 'emergencies',
  SUPERVISION: 'supervision',
} as const satisfies Record<ReportSection, keyof AnnualReportContent>;
