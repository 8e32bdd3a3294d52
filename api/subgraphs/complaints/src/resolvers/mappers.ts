import type {
  ComplaintAppealEntity,
  ComplaintEntity,
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

/**
 * Page key of complaints: the receipt instant (UTC, to the microsecond) then the id, so pages run in the
 * order complaints arrived. The SQL expression and keyOf must produce the same text.
 */
export const COMPLAINT_PAGE_KEY = `to_char(complaint.received_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || complaint.id`;
export function complaintPageKey(complaint: Pick<ComplaintEntity, 'receivedAt' | 'id'>): string {
  const iso = complaint.receivedAt.toISOString(); // 2025-03-01T02:03:04.567Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}${iso.slice(20, 23)}000${complaint.id}`;
}
