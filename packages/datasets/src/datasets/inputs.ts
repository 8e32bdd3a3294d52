import type {
  AccountabilityViolation,
  AlertRule,
  AllocationMethod,
  AssessmentIndicator,
  BulletinItemCategory,
  BulletinItemKind,
  ComplaintChannel,
  DisciplineTrack,
  ProblemCategory,
  RectificationStatus,
  RegionLevel,
  Sanction,
} from '@dibao/domain';

/*
 * What a release is built from: plain records in the shapes the release job reads from the public API
 * (aggregate statistics and published documents). Nothing here can hold a complainant, a recipient or an
 * unpublished document: the types have no field for one.
 */

/** A region of the release: the province, its prefectures and its counties. */
export interface RegionRecord {
  code: string;
  name: string;
  nameEn: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** Annual reports filed to a region (province: its prefectures; prefecture: its counties) for a year. */
export interface CompletenessRecord {
  year: number;
  regionCode: string;
  /** The level of the reporting units counted. */
  level: RegionLevel;
  expected: number;
  submittedOnTime: number;
  submittedLate: number;
  missing: number;
  accepted: number;
  waived: number;
  submissionRate: number;
  onTimeRate: number;
}

/** Figures of a region's subtree for a year, added up from accepted county reports (reporting subgraph). */
export interface ReportSummaryRecord {
  year: number;
  regionCode: string;
  reportsIncluded: number;
  reportsExpected: number;
  urbanHouseholds: number;
  urbanPersons: number;
  ruralHouseholds: number;
  ruralPersons: number;
  applications: number;
  approvals: number;
  rejections: number;
  exits: number;
  urbanStandardMinFen: number | null;
  urbanStandardMaxFen: number | null;
  ruralStandardMinFen: number | null;
  ruralStandardMaxFen: number | null;
  raisedFen: number;
  raisedCentralFen: number;
  raisedProvincialFen: number;
  raisedPrefectureFen: number;
  raisedCountyFen: number;
  carryOverFen: number;
  disbursedFen: number;
  balanceFen: number;
  paidViaBankFen: number;
  householdVisits: number;
  dynamicReviews: number;
  emergenciesHandled: number;
  inspections: number;
  problemsRectified: number;
  complaintsReceived: number;
  complaintsClosed: number;
  peopleHeldAccountable: number;
}

/** One inspection finding, reduced to what the statistics need: no description, no responsible person. */
export interface FindingRecord {
  /** The inspection's year. */
  year: number;
  /** The county the finding is in (a township's county). */
  countyCode: string;
  category: ProblemCategory;
  status: RectificationStatus;
  overdue: boolean;
  householdsAffected: number;
  amountInvolvedFen: number;
  fundsRecoveredFen: number;
  householdsRemoved: number;
  householdsAdded: number;
}

/** The oversight subgraph's own figures of a region and year, to check the findings against. */
export interface OversightStatsRecord {
  year: number;
  regionCode: string;
  findings: number;
  verified: number;
  byCategory: Array<{ category: ProblemCategory; findings: number; verified: number }>;
}

/** Complaints received in a year about a region's subtree (complaints subgraph). */
export interface ComplaintStatsRecord {
  year: number;
  regionCode: string;
  received: number;
  byChannel: Array<{ channel: ComplaintChannel; count: number }>;
  byCategory: Array<{ category: ProblemCategory; count: number }>;
  concluded: number;
  substantiated: number;
  partlySubstantiated: number;
  unsubstantiated: number;
}

/** Accountability figures of a region's subtree for a year (accountability subgraph). */
export interface AccountabilityStatsRecord {
  year: number;
  regionCode: string;
  casesOpened: number;
  casesDecided: number;
  peopleHeldAccountable: number;
  unitsHeldAccountable: number;
  byViolation: Array<{ violation: AccountabilityViolation; count: number }>;
  bySanction: Array<{ track: DisciplineTrack; sanction: Sanction; count: number }>;
}

/** A published bulletin with the public text of its items (never the internal summary or evidence). */
export interface BulletinRecord {
  id: string;
  documentNumber: string;
  documentYear: number;
  title: string;
  /** The issuer's English title and summary; null where it published in Chinese only. */
  titleEn: string | null;
  summaryEn: string | null;
  issuerId: string;
  issuerName: string;
  issuerNameEn: string;
  issuerRegionCode: string;
  periodFrom: string;
  periodTo: string;
  issuedAt: string;
  publishedAt: string;
  items: BulletinItemRecord[];
}

export interface BulletinItemRecord {
  position: number;
  kind: BulletinItemKind;
  category: BulletinItemCategory;
  region: RegionRecord;
  publicText: string;
}

/** A published assessment of a year: a province's of its prefectures (or counties), or a prefecture's of its counties. */
export interface AssessmentRecord {
  year: number;
  /** The assessing region: a province or a prefecture. */
  provinceCode: string;
  level: RegionLevel;
  publishedAt: string;
  scores: Array<{
    regionCode: string;
    score: number;
    rank: number;
    recipients: number | null;
    indicators: Array<{
      code: AssessmentIndicator;
      weight: number;
      rawValue: number | null;
      normalisedValue: number;
      contribution: number;
    }>;
  }>;
}

/** A published allocation of incentive funds among a province's prefectures, or a prefecture's counties. */
export interface AllocationRecord {
  id: string;
  year: number;
  /** The allocating region: a province or a prefecture. */
  provinceCode: string;
  title: string;
  method: AllocationMethod;
  poolFen: number;
  performanceShareBasisPoints: number;
  publishedAt: string;
  lines: Array<{
    regionCode: string;
    score: number;
    recipients: number;
    baseFen: number;
    performanceFen: number;
    amountFen: number;
  }>;
}

/**
 * Monitoring alerts of one rule raised in a year about a region's subtree (monitoring subgraph,
 * `Region.alertStats`): counts of alerts, each about a household or a village, so published with the same
 * suppression as person counts.
 */
export interface AlertStatsRecord {
  year: number;
  regionCode: string;
  rule: AlertRule;
  raised: number;
  open: number;
  referred: number;
  confirmed: number;
  dismissed: number;
}

/**
 * One rule in force for a region on the release day (registry, `Region.rules`): public, since a citizen is to
 * know the deadlines a region promised.
 */
export interface RuleInForceRecord {
  regionCode: string;
  /** YYYY-MM-DD (Asia/Shanghai): the day the rules were read for. */
  on: string;
  key: string;
  value: string;
  fixed: boolean;
  own: boolean;
  /** Null for the national baseline. */
  sourceRegionCode: string | null;
  sourceVersion: number | null;
}

/** One adopted version of a region's own rules, with its legal basis (registry, `Region.ruleHistory`). */
export interface RuleVersionReleaseRecord {
  regionCode: string;
  version: number;
  effectiveFrom: string;
  basisNumber: string;
  basisTitle: string;
  basisDate: string;
  adoptedByAgency: string;
  settings: Array<{ key: string; value: string; fixed: boolean }>;
}

/**
 * A purchase-of-services contract (complaints subgraph, `Region.socialOrganizationContracts`) with its
 * deliverables judged against its terms: public procurement, about an organisation, not a person.
 */
export interface ServiceContractRecord {
  regionCode: string;
  contractNumber: string;
  organizationName: string;
  periodStart: string;
  periodEnd: string;
  amountFen: number;
  deliverables: string;
  /** Each listed deliverable: met, not met, or null while open. */
  deliverableItems: Array<{ met: boolean | null }>;
}

/** Everything a release is built from. */
export interface ReleaseInput {
  /** Statistical years covered, ascending. */
  years: number[];
  /** Province, prefectures and counties. */
  regions: RegionRecord[];
  completeness: CompletenessRecord[];
  reportSummaries: ReportSummaryRecord[];
  findings: FindingRecord[];
  oversightStats: OversightStatsRecord[];
  complaintStats: ComplaintStatsRecord[];
  accountabilityStats: AccountabilityStatsRecord[];
  alertStats: AlertStatsRecord[];
  bulletins: BulletinRecord[];
  assessments: AssessmentRecord[];
  allocations: AllocationRecord[];
  /** The rules in force for every region on the release day. */
  rulesInForce: RuleInForceRecord[];
  /** Every adopted version of every region's rules. */
  ruleVersions: RuleVersionReleaseRecord[];
  /** Purchase-of-services contracts with their deliverables. */
  serviceContracts: ServiceContractRecord[];
}
