import type {
  AccountabilityCaseImport,
  AccountabilityImport,
  CaseDecisionImport,
  CaseOriginImport,
  CaseSanctionImport,
  JointMeetingImport,
  JointMeetingSessionImport,
  JointMeetingTaskImport,
} from '@dibao/domain';

/* The demo data of the accountability subgraph, in the shape its import takes (declared once, in @dibao/domain). */

/**
 * A record of another subgraph a case arises from, by the id the other demo seeded it with (see
 * DemoOriginSources): the owning subgraph resolves it once its demo is loaded.
 */
export type CaseOriginSeed = CaseOriginImport;
export type CaseSanctionSeed = CaseSanctionImport;
export type CaseDecisionSeed = CaseDecisionImport;

export interface AccountabilityCaseSeed extends AccountabilityCaseImport {
  /** Always null: the registry gives demo officials their ids on import (see subjectOfficialKey). */
  subjectOfficialId: null;
  /** The demo official's key (`<agency key>:<post>`, as in demoOfficials) for an official, else null. */
  subjectOfficialKey: string | null;
}

export type JointMeetingTaskSeed = JointMeetingTaskImport;
export type JointMeetingSessionSeed = JointMeetingSessionImport;
export type JointMeetingSeed = JointMeetingImport;

export interface DemoAccountability extends AccountabilityImport {
  /** Ordered by date of opening. */
  cases: AccountabilityCaseSeed[];
}
