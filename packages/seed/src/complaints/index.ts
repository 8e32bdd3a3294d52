export type {
  ComplaintAppealSeed,
  ComplaintMessageSeed,
  ComplaintOfficialSeed,
  ComplaintRatingSeed,
  ComplaintRewardSeed,
  ComplaintSeed,
  DemoComplaints,
  IdentityRevealRequestSeed,
  PetitionOfficerSeed,
  SocialOrganizationContractSeed,
  VolunteerSupervisorSeed,
} from './types.js';
export { demoComplaints, DEFAULT_COMPLAINT_YEARS, type DemoComplaintsOptions } from './demo-complaints.js';
export { DEMO_COMPLAINTS_AS_OF } from './lifecycle.js';
export { COMPLAINT_STORY_COUNTY, COMPLAINT_STORY_TOWNSHIP } from './story.js';
export {
  complaintOfficial,
  HOTLINE_OPERATOR as COMPLAINT_HOTLINE_OPERATOR,
  IDENTITY_CUSTODIAN as COMPLAINT_IDENTITY_CUSTODIAN,
  petitionOfficerOf as complaintPetitionOfficerOf,
  PROVINCIAL_SUPERVISOR as COMPLAINT_PROVINCIAL_SUPERVISOR,
} from './officials.js';
