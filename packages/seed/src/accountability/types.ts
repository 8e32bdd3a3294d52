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
} from '@dibao/domain';

/*
 * Demo data for the accountability subgraph, in the shape its import takes (`importAccountability`). Dates
 * are Beijing calendar dates, 'YYYY-MM-DD'; instants are UTC Dates.
 */

/**
 * A record of another subgraph a case arises from, by the id the other demo seeded it with (see
 * DemoOriginSources): the owning subgraph resolves it once its demo is loaded.
 */
export interface CaseOriginSeed {
  kind: AccountabilityOriginKind;
  id: string;
}

export interface CaseSanctionSeed {
  track: DisciplineTrack;
  sanction: Sanction;
}

export interface CaseDecisionSeed {
  decidedOn: string;
  /** The competent body that decided. */
  decidingAgencyId: string;
  summary: string;
  /** One per track at most, party first. */
  sanctions: CaseSanctionSeed[];
}

export interface AccountabilityCaseSeed {
  /** UUID v4-shaped, drawn from the seeded PRNG so that it is stable across runs. */
  id: string;
  subjectKind: AccountabilitySubjectKind;
  /** Always null: the registry gives demo officials their ids on import (see subjectOfficialKey). */
  subjectOfficialId: null;
  /** The demo official's key (`<agency key>:<post>`, as in demoOfficials) for an official, else null. */
  subjectOfficialKey: string | null;
  subjectName: string;
  subjectPosition: string | null;
  subjectRegionCode: string;
  subjectCadreLevel: CadreLevel | null;
  subjectAgencyId: string | null;
  violation: AccountabilityViolation;
  facts: string;
  status: AccountabilityCaseStatus;
  openedOn: string;
  openingAgencyId: string;
  openedAt: Date;
  investigationStartedAt: Date | null;
  decidedAt: Date | null;
  closedAt: Date | null;
  closingNote: string | null;
  origins: CaseOriginSeed[];
  decision: CaseDecisionSeed | null;
}

export interface JointMeetingTaskSeed {
  id: string;
  ownerAgencyId: string;
  description: string;
  deadline: string;
  status: JointMeetingTaskStatus;
  completedOn: string | null;
  completionNote: string | null;
}

export interface JointMeetingSessionSeed {
  id: string;
  heldOn: string;
  agenda: string[];
  minutes: string;
  /** The lead agency's representative first. */
  attendees: Array<{ agencyId: string; name: string }>;
  decisions: Array<{ id: string; text: string; caseIds: string[] }>;
  tasks: JointMeetingTaskSeed[];
}

export interface JointMeetingSeed {
  regionCode: string;
  name: string;
  memberKinds: AgencyKind[];
  establishedOn: string;
  /** Oldest first. */
  sessions: JointMeetingSessionSeed[];
}

export interface DemoAccountability {
  /** Ordered by date of opening. */
  cases: AccountabilityCaseSeed[];
  /** Province first, then prefectures, then counties, each in code order. */
  jointMeetings: JointMeetingSeed[];
}
