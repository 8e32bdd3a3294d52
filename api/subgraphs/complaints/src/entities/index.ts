import { AuditRecord } from '@dibao/db';
import { ComplainantIdentityEntity } from './complainant-identity.entity.js';
import { ComplaintAppealEntity } from './complaint-appeal.entity.js';
import { ComplaintExternalLinkEntity } from './complaint-external-link.entity.js';
import { ComplaintMessageEntity } from './complaint-message.entity.js';
import { ComplaintRatingEntity } from './complaint-rating.entity.js';
import { ComplaintRewardEntity } from './complaint-reward.entity.js';
import { ComplaintEntity } from './complaint.entity.js';
import { IdentityRevealRequestEntity } from './identity-reveal-request.entity.js';
import { OwnershipTransferEntity } from './ownership-transfer.entity.js';
import { PetitionOfficerEntity } from './petition-officer.entity.js';
import { SocialOrganizationContractEntity } from './social-organization-contract.entity.js';
import { VolunteerSupervisorEntity } from './volunteer-supervisor.entity.js';
import { ContractDeliverableEntity } from './contract-deliverable.entity.js';
import { SpentChallengeEntity } from './spent-challenge.entity.js';
import { SupervisionObservationEntity } from './supervision-observation.entity.js';

export {
  ComplainantIdentityEntity,
  ComplaintAppealEntity,
  ComplaintEntity,
  ComplaintExternalLinkEntity,
  ComplaintMessageEntity,
  ComplaintRatingEntity,
  ComplaintRewardEntity,
  IdentityRevealRequestEntity,
  OwnershipTransferEntity,
  PetitionOfficerEntity,
  SocialOrganizationContractEntity,
  VolunteerSupervisorEntity,
  ContractDeliverableEntity,
  SpentChallengeEntity,
  SupervisionObservationEntity,
};

export const complaintsEntities = [
  PetitionOfficerEntity,
  VolunteerSupervisorEntity,
  SocialOrganizationContractEntity,
  ComplaintEntity,
  ComplainantIdentityEntity,
  OwnershipTransferEntity,
  ComplaintMessageEntity,
  IdentityRevealRequestEntity,
  ComplaintRewardEntity,
  ComplaintRatingEntity,
  ComplaintAppealEntity,
  ComplaintExternalLinkEntity,
  SpentChallengeEntity,
  SupervisionObservationEntity,
  ContractDeliverableEntity,
  AuditRecord,
];
