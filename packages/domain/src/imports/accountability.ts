import type {
  AccountabilityCaseStatus,
  AccountabilityOriginKind,
  AccountabilitySubjectKind,
  AccountabilityViolation,
  AgencyKind,
  CadreLevel,
  DisciplineTrack,
  JointMeetingTaskStatus,
  Sanction,
} from '../index.js';

/*
 * What the accountability subgraph's import (`importAccountability`) takes, and so what the demo generator
 * produces. Dates are Beijing calendar dates, 'YYYY-MM-DD'; instants are UTC Dates.
 */

/** A record of another subgraph a case arises from, by its id there. */
export interface CaseOriginImport {
  kind: AccountabilityOriginKind;
  id: string;
}

export interface CaseSanctionImport {
  track: DisciplineTrack;
  sanction: Sanction;
}

export interface CaseDecisionImport {
  decidedOn: string;
  /** The competent body that decided. */
  decidingAgencyId: string;
  summary: string;
  /** One per track at most, party first. */
  sanctions: CaseSanctionImport[];
}

export interface AccountabilityCaseImport {
  /** UUID v4-shaped, drawn from the seeded PRNG so that it is stable across runs. */
  id: string;
  subjectKind: AccountabilitySubjectKind;
  /** The registry's id when known; null for demo data, whose officials get their ids on import. */
  subjectOfficialId: string | null;
  subjectName: string;
  subjectPosition: string | null;
  /** The official's post, or the unit's region. */
  subjectRegionCode: string;
  subjectCadreLevel: CadreLevel | null;
  subjectAgencyId: string | null;
  violation: AccountabilityViolation;
  facts: string;
  status: AccountabilityCaseStatus;
  openedOn: string;
  /** The competent body that opened the case: `<managing region>:DISCIPLINE_INSPECTION` or `:ORGANIZATION_DEPARTMENT`. */
  openingAgencyId: string;
  openedAt: Date;
  investigationStartedAt: Date | null;
  decidedAt: Date | null;
  closedAt: Date | null;
  closingNote: string | null;
  origins: CaseOriginImport[];
  decision: CaseDecisionImport | null;
}

export interface JointMeetingTaskImport {
  id: string;
  ownerAgencyId: string;
  description: string;
  deadline: string;
  status: JointMeetingTaskStatus;
  completedOn: string | null;
  completionNote: string | null;
}

export interface JointMeetingSessionImport {
  id: string;
  heldOn: string;
  agenda: string[];
  minutes: string;
  /** The lead agency's representative first. */
  attendees: Array<{ agencyId: string; name: string }>;
  decisions: Array<{ id: string; text: string; caseIds: string[] }>;
  tasks: JointMeetingTaskImport[];
}

export interface JointMeetingImport {
  regionCode: string;
  name: string;
  memberKinds: AgencyKind[];
  establishedOn: string;
  /** Oldest first. */
  sessions: JointMeetingSessionImport[];
}

/** Cases (with origins and decisions) and joint meetings (with their sessions). */
export interface AccountabilityImport {
  /** Ordered by date of opening. */
  cases: AccountabilityCaseImport[];
  /** Province first, then prefectures, then counties, each in code order. */
  jointMeetings: JointMeetingImport[];
}
