import type {
  AgencyKind,
  FindingSeverity,
  InspectionPartner,
  InspectionReportRecipient,
  InspectionStatus,
  InspectionTeamRole,
  InspectionTopic,
  ProblemCategory,
  RectificationEventKind,
  RectificationStatus,
  Role,
} from '@dibao/domain';

/** Someone acting in the history: an inspector (`inspector:<region>:<n>`) or a county reporter. */
export interface OversightActorSeed {
  subject: string;
  agency: AgencyKind;
  region: string;
  roles: Role[];
}

export interface InspectionTeamMemberSeed {
  name: string;
  role: InspectionTeamRole;
  /** Registry agency id `<region>:<kind>`. */
  agencyId: string | null;
  /** Registry official ids are assigned when the registry is loaded, so the demo knows none. */
  officialId: string | null;
}

export interface InspectionDistributionSeed {
  recipient: InspectionReportRecipient;
  agencyId: string;
  distributedAt: Date;
}

export interface InspectionSeed {
  /** UUID v4-shaped, from the seeded PRNG. */
  id: string;
  title: string;
  organiserRegionCode: string;
  organiserKind: AgencyKind;
  partnerKinds: InspectionPartner[];
  topics: InspectionTopic[];
  targetRegionCodes: string[];
  periodStart: Date;
  periodEnd: Date;
  /** Exactly one LEADER; member n acts as `inspector:<organiser region>:<n>`. */
  team: InspectionTeamMemberSeed[];
  status: InspectionStatus;
  conclusion: string | null;
  plannedBy: OversightActorSeed;
  plannedAt: Date;
  startedAt: Date | null;
  reportedAt: Date | null;
  closedAt: Date | null;
  distributions: InspectionDistributionSeed[];
}

export interface RectificationEventSeed {
  at: Date;
  kind: RectificationEventKind;
  note: string;
  evidence: string[];
  /** The deadline a PLAN_SET event sets. */
  deadline: Date | null;
  fundsRecoveredFen: number;
  householdsRemoved: number;
  householdsAdded: number;
  statusAfter: RectificationStatus;
  by: OversightActorSeed;
}

export interface FindingSeed {
  id: string;
  inspectionId: string;
  /** County or township. */
  regionCode: string;
  category: ProblemCategory;
  severity: FindingSeverity;
  householdsAffected: number;
  amountInvolvedFen: number;
  description: string;
  responsibleAgencyId: string | null;
  responsibleOfficialId: string | null;
  foundBy: OversightActorSeed;
  foundAt: Date;
  /** The last event's statusAfter (OPEN when there is none). */
  status: RectificationStatus;
  /** From the last PLAN_SET event; null when none. */
  measures: string | null;
  deadline: Date | null;
  /** Failed re-checks plus reopenings. */
  reopenedCount: number;
  /** Sums over the events. */
  fundsRecoveredFen: number;
  householdsRemoved: number;
  householdsAdded: number;
  reportedFixedAt: Date | null;
  verifiedAt: Date | null;
  verifiedBy: OversightActorSeed | null;
  closedAt: Date | null;
  closedReason: string | null;
  /** Oldest first. */
  events: RectificationEventSeed[];
}

export interface DemoOversight {
  /** The moment the history runs up to: nothing happens after it (deadlines may lie beyond). */
  asOf: Date;
  inspections: InspectionSeed[];
  findings: FindingSeed[];
}
