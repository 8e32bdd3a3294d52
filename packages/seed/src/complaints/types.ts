import type {
  ComplaintAppealImport,
  ComplaintImport,
  ComplaintMessageImport,
  ComplaintOfficialImport,
  ComplaintRatingImport,
  ComplaintRewardImport,
  ComplaintsImport,
  IdentityRevealRequestImport,
  PetitionOfficerImport,
  SocialOrganizationContractImport,
  VolunteerSupervisorImport,
} from '@dibao/domain';

/* The demo data of the complaints subgraph, in the shape its import takes (declared once, in @dibao/domain). */

export type ComplaintOfficialSeed = ComplaintOfficialImport;
export type PetitionOfficerSeed = PetitionOfficerImport;
export type VolunteerSupervisorSeed = VolunteerSupervisorImport;
export type SocialOrganizationContractSeed = SocialOrganizationContractImport;
export type ComplaintMessageSeed = ComplaintMessageImport;
export type ComplaintRatingSeed = ComplaintRatingImport;
export type ComplaintAppealSeed = ComplaintAppealImport;
export type IdentityRevealRequestSeed = IdentityRevealRequestImport;
export type ComplaintRewardSeed = ComplaintRewardImport;
export type ComplaintSeed = ComplaintImport;

export interface DemoComplaints extends ComplaintsImport {
  /** The complaint of the end-to-end story (step 4), the anonymous call about a Datong village; null without Datong. */
  storyComplaintId: string | null;
}
