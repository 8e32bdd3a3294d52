import type {
  ComplaintAppealEntity,
  ComplaintRewardEntity,
  IdentityRevealRequestEntity,
  PetitionOfficerEntity,
} from '../entities/index.js';
import type { ComplaintAppealType } from '../schema/appeal.type.js';
import type { IdentityRevealRequestType } from '../schema/identity-reveal.type.js';
import { regionRef } from '../schema/region.type.js';
import type { PetitionOfficerType } from '../schema/registries.type.js';
import type { ComplaintRewardType } from '../schema/reward.type.js';

/** Entities to GraphQL objects: actors become their subject, region codes become Region references. */

export const revealRequestOut = (request: IdentityRevealRequestEntity): IdentityRevealRequestType => ({
  ...request,
  requestedBy: request.requestedBy.subject,
  decidedBy: request.decidedBy?.subject ?? null,
});

export const rewardOut = (reward: ComplaintRewardEntity): ComplaintRewardType => ({
  ...reward,
  decidedBy: reward.decidedBy.subject,
  approvedBy: reward.approvedBy?.subject ?? null,
});

export const appealOut = (appeal: ComplaintAppealEntity): ComplaintAppealType => ({
  ...appeal,
  reviewRegion: regionRef(appeal.reviewRegionCode),
  decidedBy: appeal.decidedBy?.subject ?? null,
});

export const petitionOfficerOut = (officer: PetitionOfficerEntity): PetitionOfficerType => ({
  ...officer,
  region: regionRef(officer.regionCode),
});
