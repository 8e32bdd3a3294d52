import { regionLevelOf } from './region-code.js';
import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/*
 * Bulletins (通报制度, mechanism 4) and incentives and constraints (激励约束机制, mechanism 5): the provincial
 * department circulates commendations and criticisms, and links performance assessment to the allocation of
 * subsidy funds and rewards (以奖代补, 奖补结合).
 */

/** Where a bulletin stands: DRAFT → ISSUED (numbered, circulated) → PUBLISHED (public), forward only. */
export const BulletinStatus = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  ISSUED: { zh: '已印发', en: 'Issued' },
  PUBLISHED: { zh: '已公开', en: 'Published' },
} as const satisfies Vocabulary;
export type BulletinStatus = keyof typeof BulletinStatus;
export const bulletinStatusValues: readonly BulletinStatus[] = vocabularyCodes(BulletinStatus);

/** Who a bulletin is circulated to (主送、抄送), as the notice lists them. */
export const BulletinAudience = {
  PREFECTURE_CIVIL_AFFAIRS: { zh: '各市州民政局', en: 'Prefecture civil affairs bureaus' },
  PROVINCIAL_GOVERNMENT: { zh: '省人民政府', en: "Provincial people's government" },
  PREFECTURE_GOVERNMENTS: { zh: '各市州人民政府', en: "Prefecture people's governments" },
} as const satisfies Vocabulary;
export type BulletinAudience = keyof typeof BulletinAudience;
export const bulletinAudienceValues: readonly BulletinAudience[] = vocabularyCodes(BulletinAudience);

/** An item of a bulletin commends (表扬) or criticises (通报批评). */
export const BulletinItemKind = {
  COMMENDATION: { zh: '通报表扬', en: 'Commendation' },
  CRITICISM: { zh: '通报批评', en: 'Criticism' },
} as const satisfies Vocabulary;
export type BulletinItemKind = keyof typeof BulletinItemKind;
export const bulletinItemKindValues: readonly BulletinItemKind[] = vocabularyCodes(BulletinItemKind);

/** What an item commends or criticises; each category belongs to one kind (see BULLETIN_CATEGORY_KIND). */
export const BulletinItemCategory = {
  INNOVATION: { zh: '创新做法', en: 'Local innovation' },
  ADVANCED_EXPERIENCE: { zh: '先进经验', en: 'Advanced experience' },
  OUTSTANDING_PERFORMANCE: { zh: '工作成效突出', en: 'Outstanding performance' },
  POOR_PROGRESS: { zh: '工作进展缓慢', en: 'Poor progress' },
  UNTIMELY_RELIEF: { zh: '救助不及时', en: 'Untimely relief' },
  MAJOR_LIABILITY_INCIDENT: { zh: '发生重大责任事件', en: 'Major liability incident' },
} as const satisfies Vocabulary;
export type BulletinItemCategory = keyof typeof BulletinItemCategory;
export const bulletinItemCategoryValues: readonly BulletinItemCategory[] = vocabularyCodes(BulletinItemCategory);

export const BULLETIN_CATEGORY_KIND: Readonly<Record<BulletinItemCategory, BulletinItemKind>> = {
  INNOVATION: 'COMMENDATION',
  ADVANCED_EXPERIENCE: 'COMMENDATION',
  OUTSTANDING_PERFORMANCE: 'COMMENDATION',
  POOR_PROGRESS: 'CRITICISM',
  UNTIMELY_RELIEF: 'CRITICISM',
  MAJOR_LIABILITY_INCIDENT: 'CRITICISM',
};

/**
 * What an item's evidence points at, in the subgraph that owns it: statistics of a region and year, or one
 * record by id. The bulletin keeps only the reference; the data stays where it is kept.
 */
export const BulletinEvidenceKind = {
  REPORTING_COMPLETENESS: { zh: '年度报告报送情况', en: 'Reporting completeness' },
  REPORT_SUMMARY: { zh: '年度报告汇总数据', en: 'Annual report summary' },
  FINDING: { zh: '专项督察发现问题', en: 'Inspection finding' },
  COMPLAINT_STATS: { zh: '投诉举报统计', en: 'Complaint statistics' },
  COMPLAINT: { zh: '投诉举报', en: 'Complaint' },
  ACCOUNTABILITY_CASE: { zh: '问责案件', en: 'Accountability case' },
  INCIDENT: { zh: '重大事项和突发事件', en: 'Incident' },
  INSPECTION: { zh: '专项督察', en: 'Special inspection' },
} as const satisfies Vocabulary;
export type BulletinEvidenceKind = keyof typeof BulletinEvidenceKind;
export const bulletinEvidenceKindValues: readonly BulletinEvidenceKind[] = vocabularyCodes(BulletinEvidenceKind);

/** Evidence kinds that name statistics of a region and a year; the others name one record by id. */
export const REGION_YEAR_EVIDENCE_KINDS: readonly BulletinEvidenceKind[] = [
  'REPORTING_COMPLETENESS',
  'REPORT_SUMMARY',
  'COMPLAINT_STATS',
];

export function isRegionYearEvidence(kind: BulletinEvidenceKind): boolean {
  return REGION_YEAR_EVIDENCE_KINDS.includes(kind);
}

/*
 * Document numbers (发文字号): 青民发〔2025〕3号 is the third document the Qinghai civil affairs department
 * issued in 2025 under the prefix 青民发. Provinces write their one-character abbreviation (简称); lower levels
 * conventionally write the short name of their region.
 */

/** The official one-character abbreviations (简称) of the provincial-level regions, by the first two digits. */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  '11': '京',
  '12': '津',
  '13': '冀',
  '14': '晋',
  '15': '蒙',
  '21': '辽',
  '22': '吉',
  '23': '黑',
  '31': '沪',
  '32': '苏',
  '33': '浙',
  '34': '皖',
  '35': '闽',
  '36': '赣',
  '37': '鲁',
  '41': '豫',
  '42': '鄂',
  '43': '湘',
  '44': '粤',
  '45': '桂',
  '46': '琼',
  '50': '渝',
  '51': '川',
  '52': '黔',
  '53': '滇',
  '54': '藏',
  '61': '陕',
  '62': '甘',
  '63': '青',
  '64': '宁',
  '65': '新',
};

/** The civil affairs word and document-type word of a prefix: 民 (民政) and 发 (发文). */
const CIVIL_AFFAIRS_DOCUMENT = '民发';

/**
 * The prefix a civil affairs department writes when nobody has configured one: the province's abbreviation
 * (青民发); for a lower level, its short name without the level word (西宁市 → 西宁民发, 大通县 → 大通民发,
 * 海西州 → 海西民发). Without a name, the region code stands in (630121民发), which is unambiguous but meant to
 * be replaced by a configured prefix.
 */
export function defaultDocumentPrefix(regionCode: string, shortName?: string | null): string {
  if (regionLevelOf(regionCode) === 'PROVINCE') {
    const abbreviation = PROVINCE_ABBREVIATIONS[regionCode.slice(0, 2)];
    if (abbreviation) return `${abbreviation}${CIVIL_AFFAIRS_DOCUMENT}`;
  }
  const stem = shortName?.trim().replace(/(?:行委|[省市州县区旗盟])$/u, '');
  return `${stem && stem.length > 0 ? stem : regionCode}${CIVIL_AFFAIRS_DOCUMENT}`;
}

/** 青民发〔2025〕3号. */
export function formatDocumentNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}〔${year}〕${serial}号`;
}

/** The registry id of a region's civil affairs department, the only kind of agency that issues bulletins. */
export const civilAffairsAgencyId = (regionCode: string) => `${regionCode}:CIVIL_AFFAIRS`;

/** The region of a `<region>:CIVIL_AFFAIRS` agency id, or null for any other id. */
export function civilAffairsRegionOf(agencyId: string): string | null {
  const match = /^(\d{6}|\d{9}):CIVIL_AFFAIRS$/.exec(agencyId);
  return match ? (match[1] as string) : null;
}

/* ---- Performance assessment (绩效评价) ---- */

/** Whether a larger raw value of an indicator is better or worse. */
export const IndicatorDirection = {
  HIGHER_IS_BETTER: { zh: '越高越好', en: 'Higher is better' },
  LOWER_IS_BETTER: { zh: '越低越好', en: 'Lower is better' },
} as const satisfies Vocabulary;
export type IndicatorDirection = keyof typeof IndicatorDirection;
export const indicatorDirectionValues: readonly IndicatorDirection[] = vocabularyCodes(IndicatorDirection);

/**
 * The indicators a scheme can weigh. Each is computed from another subgraph's data, read through the
 * supergraph; a scheme chooses which to use, with what weight.
 */
export const AssessmentIndicator = {
  REPORT_TIMELINESS: { zh: '年度报告按时报送率', en: 'Annual reports filed on time' },
  REPORT_VALIDATION_ISSUES: { zh: '年度报告校验问题数', en: 'Validation issues of the annual report' },
  FINDINGS_PER_10K_RECIPIENTS: { zh: '每万名保障对象督察发现问题数', en: 'Findings per 10,000 recipients' },
  RECTIFICATION_ON_TIME: { zh: '问题按期整改率', en: 'Findings rectified on time' },
  COMPLAINTS_CLOSED_ON_TIME: { zh: '投诉举报按期办结率', en: 'Complaints closed on time' },
  ACCOUNTABILITY_FOLLOW_THROUGH: { zh: '责任追究落实率', en: 'Accountability follow-through' },
} as const satisfies Vocabulary;
export type AssessmentIndicator = keyof typeof AssessmentIndicator;
export const assessmentIndicatorValues: readonly AssessmentIndicator[] = vocabularyCodes(AssessmentIndicator);

export interface AssessmentIndicatorDefinition {
  code: AssessmentIndicator;
  /** Points the indicator is worth; the weights of a scheme add up to 100. */
  weight: number;
  direction: IndicatorDirection;
}

/** The default scheme: reporting 30, inspections 40, complaints 15, accountability 15 points. */
export const DEFAULT_ASSESSMENT_INDICATORS: readonly AssessmentIndicatorDefinition[] = [
  { code: 'REPORT_TIMELINESS', weight: 20, direction: 'HIGHER_IS_BETTER' },
  { code: 'REPORT_VALIDATION_ISSUES', weight: 10, direction: 'LOWER_IS_BETTER' },
  { code: 'FINDINGS_PER_10K_RECIPIENTS', weight: 20, direction: 'LOWER_IS_BETTER' },
  { code: 'RECTIFICATION_ON_TIME', weight: 20, direction: 'HIGHER_IS_BETTER' },
  { code: 'COMPLAINTS_CLOSED_ON_TIME', weight: 15, direction: 'HIGHER_IS_BETTER' },
  { code: 'ACCOUNTABILITY_FOLLOW_THROUGH', weight: 15, direction: 'HIGHER_IS_BETTER' },
];

/** The total the weights of a scheme must reach: a score is out of 100 points. */
export const ASSESSMENT_TOTAL_WEIGHT = 100;

/** Where an assessment stands: COMPUTED (internal, may be recomputed) → PUBLISHED (public, fixed). */
export const AssessmentStatus = {
  COMPUTED: { zh: '已测算', en: 'Computed' },
  PUBLISHED: { zh: '已公布', en: 'Published' },
} as const satisfies Vocabulary;
export type AssessmentStatus = keyof typeof AssessmentStatus;

/* ---- Allocation of subsidy funds and rewards (资金分配) ---- */

export const AllocationMethod = {
  REWARD_IN_LIEU_OF_SUBSIDY: { zh: '以奖代补', en: 'Reward in lieu of subsidy' },
  REWARD_COMBINED_WITH_SUBSIDY: { zh: '奖补结合', en: 'Reward combined with subsidy' },
} as const satisfies Vocabulary;
export type AllocationMethod = keyof typeof AllocationMethod;
export const allocationMethodValues: readonly AllocationMethod[] = vocabularyCodes(AllocationMethod);

/** Where an allocation stands: DRAFT (may change) → FINALISED (immutable) → PUBLISHED (public). */
export const AllocationStatus = {
  DRAFT: { zh: '草案', en: 'Draft' },
  FINALISED: { zh: '已定稿', en: 'Finalised' },
  PUBLISHED: { zh: '已公布', en: 'Published' },
} as const satisfies Vocabulary;
export type AllocationStatus = keyof typeof AllocationStatus;

/** Basis points (1/10,000) in a whole: the performance share of a pool is given in them. */
export const ALLOCATION_BASIS_POINTS = 10_000;
