import type {
  AgencyKind,
  ComplaintAppealStatus,
  ComplaintChannel,
  ComplaintConclusion,
  ComplaintMessageAuthor,
  ComplaintRewardStatus,
  ComplaintStatus,
  IdentityRevealStatus,
  ProblemCategory,
} from '@dibao/domain';

/**
 * An official of the demo as the complaints subgraph knows them: the token subject they sign in with
 * (`official:<region>:<agency>:<post>`, after the registry's official keys), their agency and region.
 */
export interface ComplaintOfficialSeed {
  subject: string;
  agency: AgencyKind;
  region: string;
}

export interface PetitionOfficerSeed {
  regionCode: string;
  officerSubject: string;
  officialId: string | null;
  designatedAt: Date;
}

export interface VolunteerSupervisorSeed {
  id: string;
  regionCode: string;
  /** Fictional; volunteer supervisors are appointed publicly, so their names are not sealed. */
  name: string;
  affiliation: string;
  termStart: string;
  termEnd: string;
}

export interface SocialOrganizationContractSeed {
  id: string;
  regionCode: string;
  organizationName: string;
  contractNumber: string;
  periodStart: string;
  periodEnd: string;
  amountFen: number;
  deliverables: string;
}

export interface ComplaintMessageSeed {
  author: ComplaintMessageAuthor;
  at: Date;
  text: string;
  /** The handler who wrote it; null for the complainant. */
  by: ComplaintOfficialSeed | null;
}

export interface ComplaintRatingSeed {
  closureRound: number;
  satisfied: boolean;
  at: Date;
  comment: string | null;
}

export interface ComplaintAppealSeed {
  closureRound: number;
  reviewRegionCode: string;
  status: ComplaintAppealStatus;
  openedAt: Date;
  decidedAt: Date | null;
  decidedBy: ComplaintOfficialSeed | null;
  reason: string | null;
}

export interface IdentityRevealRequestSeed {
  requestedAt: Date;
  requestedBy: ComplaintOfficialSeed;
  reason: string;
  status: IdentityRevealStatus;
  decidedAt: Date | null;
  decidedBy: ComplaintOfficialSeed | null;
  note: string | null;
}

export interface ComplaintRewardSeed {
  amountFen: number;
  status: ComplaintRewardStatus;
  decidedAt: Date;
  decidedBy: ComplaintOfficialSeed;
  approvedAt: Date | null;
  approvedBy: ComplaintOfficialSeed | null;
  rejectionReason: string | null;
  paymentReference: string | null;
  paidAt: Date | null;
  paidBy: ComplaintOfficialSeed | null;
  claimedAt: Date | null;
}

/** One complaint with its history; the shape `importComplaints` of the complaints subgraph takes. */
export interface ComplaintSeed {
  id: string;
  channel: ComplaintChannel;
  receivedAt: Date;
  /** The county or township it is about. */
  regionCode: string;
  category: ProblemCategory;
  summary: string;
  major: boolean;
  rewardOptIn: boolean;
  /**
   * Fictional name and phone, present ONLY in this demo input: the import seals them. Null when anonymous,
   * and for reports of volunteers, social organisations, the media and referrals.
   */
  complainant: { name: string; contact: string | null } | null;
  volunteerId: string | null;
  contractId: string | null;
  receivedBy: ComplaintOfficialSeed;
  /** Accepted handovers in order; the owner is the last one's official, or whoever received it. */
  handovers: Array<{ to: ComplaintOfficialSeed; at: Date; reason: string }>;
  pendingHandover: { toSubject: string; at: Date; note: string | null } | null;
  status: ComplaintStatus;
  acknowledgedAt: Date | null;
  investigationStartedAt: Date | null;
  concludedAt: Date | null;
  closedAt: Date | null;
  conclusion: ComplaintConclusion | null;
  findings: string | null;
  amountInvolvedFen: number | null;
  householdsAffected: number | null;
  publicFeedback: string | null;
  /** Times closed (2 after an appeal overturned the first closure and it was closed again). */
  closureRound: number;
  supervision: { at: Date; reason: string; by: ComplaintOfficialSeed } | null;
  duplicateOfId: string | null;
  messages: ComplaintMessageSeed[];
  ratings: ComplaintRatingSeed[];
  appeals: ComplaintAppealSeed[];
  revealRequests: IdentityRevealRequestSeed[];
  reward: ComplaintRewardSeed | null;
}

export interface DemoComplaints {
  petitionOfficers: PetitionOfficerSeed[];
  volunteers: VolunteerSupervisorSeed[];
  contracts: SocialOrganizationContractSeed[];
  /** In order of receipt. */
  complaints: ComplaintSeed[];
  /** The complaint of the end-to-end story (step 4), the anonymous call about a Datong village; null without Datong. */
  storyComplaintId: string | null;
}
