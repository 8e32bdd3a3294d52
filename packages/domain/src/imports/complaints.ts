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
} from '../index.js';

/* What the complaints subgraph's import (`importComplaints`) takes, and so what the demo generator produces. */

/**
 * An official of the demo as the complaints subgraph knows them: the token subject they sign in with
 * (`official:<region>:<agency>:<post>`, after the registry's official keys), their agency and region.
 */
export interface ComplaintOfficialImport {
  subject: string;
  agency: AgencyKind;
  region: string;
}

export interface PetitionOfficerImport {
  regionCode: string;
  officerSubject: string;
  officialId: string | null;
  designatedAt: Date;
}

export interface VolunteerSupervisorImport {
  id: string;
  regionCode: string;
  /** Fictional; volunteer supervisors are appointed publicly, so their names are not sealed. */
  name: string;
  affiliation: string;
  termStart: string;
  termEnd: string;
}

export interface SocialOrganizationContractImport {
  id: string;
  regionCode: string;
  organizationName: string;
  contractNumber: string;
  periodStart: string;
  periodEnd: string;
  amountFen: number;
  deliverables: string;
}

export interface ComplaintMessageImport {
  author: ComplaintMessageAuthor;
  at: Date;
  text: string;
  /** The handler who wrote it; null for the complainant. */
  by: ComplaintOfficialImport | null;
}

export interface ComplaintRatingImport {
  closureRound: number;
  satisfied: boolean;
  at: Date;
  comment: string | null;
}

export interface ComplaintAppealImport {
  closureRound: number;
  reviewRegionCode: string;
  status: ComplaintAppealStatus;
  openedAt: Date;
  decidedAt: Date | null;
  decidedBy: ComplaintOfficialImport | null;
  reason: string | null;
}

export interface IdentityRevealRequestImport {
  requestedAt: Date;
  requestedBy: ComplaintOfficialImport;
  reason: string;
  status: IdentityRevealStatus;
  decidedAt: Date | null;
  decidedBy: ComplaintOfficialImport | null;
  note: string | null;
}

export interface ComplaintRewardImport {
  amountFen: number;
  status: ComplaintRewardStatus;
  decidedAt: Date;
  decidedBy: ComplaintOfficialImport;
  approvedAt: Date | null;
  approvedBy: ComplaintOfficialImport | null;
  rejectionReason: string | null;
  paymentReference: string | null;
  paidAt: Date | null;
  paidBy: ComplaintOfficialImport | null;
  claimedAt: Date | null;
}

/** One complaint with its history; the shape `importComplaints` of the complaints subgraph takes. */
export interface ComplaintImport {
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
  receivedBy: ComplaintOfficialImport;
  /** Accepted handovers in order; the owner is the last one's official, or whoever received it. */
  handovers: Array<{ to: ComplaintOfficialImport; at: Date; reason: string }>;
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
  supervision: { at: Date; reason: string; by: ComplaintOfficialImport } | null;
  duplicateOfId: string | null;
  messages: ComplaintMessageImport[];
  ratings: ComplaintRatingImport[];
  appeals: ComplaintAppealImport[];
  revealRequests: IdentityRevealRequestImport[];
  reward: ComplaintRewardImport | null;
}

/** Petition officers, volunteer supervisors, purchase-of-services contracts and historical complaints. */
export interface ComplaintsImport {
  petitionOfficers: PetitionOfficerImport[];
  volunteers: VolunteerSupervisorImport[];
  contracts: SocialOrganizationContractImport[];
  /** In order of receipt. */
  complaints: ComplaintImport[];
}
