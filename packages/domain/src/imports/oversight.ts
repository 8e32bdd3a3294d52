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
} from '../index.js';

/* What the oversight subgraph's import (`importOversight`) takes, and so what the demo generator produces. */

/** Someone acting in the history: an inspector (`inspector:<region>:<n>`) or a county reporter. */
export interface OversightImportActor {
  subject: string;
  agency: AgencyKind;
  region: string;
  roles: Role[];
}

export interface InspectionTeamMemberImport {
  name: string;
  role: InspectionTeamRole;
  /** Registry agency id `<region>:<kind>`. */
  agencyId: string | null;
  /** Registry official ids are assigned when the registry is loaded, so the demo knows none. */
  officialId: string | null;
}

export interface InspectionDistributionImport {
  recipient: InspectionReportRecipient;
  agencyId: string;
  distributedAt: Date;
}

export interface InspectionImport {
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
  team: InspectionTeamMemberImport[];
  status: InspectionStatus;
  conclusion: string | null;
  plannedBy: OversightImportActor;
  plannedAt: Date;
  startedAt: Date | null;
  reportedAt: Date | null;
  closedAt: Date | null;
  distributions: InspectionDistributionImport[];
}

export interface RectificationEventImport {
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
  by: OversightImportActor;
}

export interface FindingImport {
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
  foundBy: OversightImportActor;
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
  verifiedBy: OversightImportActor | null;
  closedAt: Date | null;
  closedReason: string | null;
  /** Oldest first. */
  events: RectificationEventImport[];
}

/** Historical inspections with their report distributions, findings and rectification histories. */
export interface OversightImport {
  inspections: InspectionImport[];
  findings: FindingImport[];
}
