import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ComplaintChannel, ComplaintConclusion, ComplaintStatus, ProblemCategory } from '@dibao/domain';
import { connectionInOrder, Label, labelFor, requirePrincipal } from '@dibao/server';
import type { ComplaintsContext } from '../context.js';
import type { ComplaintEntity } from '../entities/index.js';
import { ComplaintAppealType, ComplaintRatingType } from '../schema/appeal.type.js';
import {
  ComplainantIdentityType,
  ComplaintConnection,
  ComplaintDeadlineStateType,
  ComplaintExternalLinkType,
  ComplaintHandoverType,
  ComplaintMessageType,
  ComplaintOwnerType,
  ComplaintType,
  OwnershipTransferType,
} from '../schema/complaint.type.js';
import { ComplaintStatusEnum } from '../schema/enums.js';
import { IdentityRevealRequestType } from '../schema/identity-reveal.type.js';
import { RegionRef, regionRef } from '../schema/region.type.js';
import { SocialOrganizationContractType, VolunteerSupervisorType } from '../schema/registries.type.js';
import { ComplaintRewardType } from '../schema/reward.type.js';
import { deadlineStates } from '../services/deadlines.js';
import { readIdentity } from '../services/identity.service.js';
import { openMessages, ratingContext } from '../services/messages.js';
import { unseal } from '../services/sealing.js';
import { appealOut, revealRequestOut, rewardOut } from './mappers.js';

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  @Authorized('COMPLAINT_HANDLER')
  @Query(() => ComplaintType, { nullable: true, description: 'A complaint you may read / 投诉举报' })
  complaint(@Arg('id', () => ID) id: string, @Ctx() { loaders }: ComplaintsContext) {
    return loaders.complaintById.load(id);
  }

  @Authorized('COMPLAINT_HANDLER')
  @Query(() => ComplaintConnection, {
    description: 'Complaints you own (首问负责制), in order of receipt / 本人承办的投诉举报',
  })
  ownedComplaints(
    @Ctx() context: ComplaintsContext,
    @Arg('status', () => ComplaintStatusEnum, { nullable: true }) status?: ComplaintStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requirePrincipal(context);
    return context.loaders.ownedComplaintsPage(status, { first, after });
  }

  @Authorized('COMPLAINT_HANDLER')
  @Query(() => ComplaintConnection, {
    description: 'Complaints proposed to you as designated petition officer / 待您接收的移交',
  })
  async proposedHandovers(
    @Ctx() context: ComplaintsContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requirePrincipal(context);
    const proposed = await context.loaders.proposedHandovers();
    return connectionInOrder(proposed, (complaint) => complaint.id, { first, after });
  }

  @FieldResolver(() => RegionRef, { description: 'The region it is about / 被反映地区' })
  region(@Root() complaint: ComplaintEntity): RegionRef {
    return regionRef(complaint.regionCode);
  }

  @FieldResolver(() => Label)
  channelLabel(@Root() complaint: ComplaintEntity): Label {
    return labelFor(ComplaintChannel, complaint.channel);
  }

  @FieldResolver(() => Label)
  categoryLabel(@Root() complaint: ComplaintEntity): Label {
    return labelFor(ProblemCategory, complaint.category);
  }

  @FieldResolver(() => Label)
  statusLabel(@Root() complaint: ComplaintEntity): Label {
    return labelFor(ComplaintStatus, complaint.status);
  }

  @FieldResolver(() => Label, { nullable: true })
  conclusionLabel(@Root() complaint: ComplaintEntity): Label | null {
    return complaint.conclusion ? labelFor(ComplaintConclusion, complaint.conclusion) : null;
  }

  @FieldResolver(() => String, { description: 'Who received it first (token subject) / 首问受理人' })
  receivedBy(@Root() complaint: ComplaintEntity): string {
    return complaint.receivedBy.subject;
  }

  @FieldResolver(() => ComplaintOwnerType, { description: 'Who owns it now; never empty / 当前承办人' })
  owner(@Root() complaint: ComplaintEntity): ComplaintOwnerType {
    return {
      subject: complaint.ownerSubject,
      agency: complaint.ownerAgency,
      region: regionRef(complaint.ownerRegionCode),
    };
  }

  @FieldResolver(() => ComplaintHandoverType, {
    nullable: true,
    description: 'A handover awaiting acceptance / 待接收的移交',
  })
  pendingHandover(@Root() complaint: ComplaintEntity): ComplaintHandoverType | null {
    return complaint.handoverToSubject && complaint.handoverRequestedAt
      ? {
          toSubject: complaint.handoverToSubject,
          requestedAt: complaint.handoverRequestedAt,
          note: complaint.handoverNote,
        }
      : null;
  }

  @FieldResolver(() => [OwnershipTransferType], { description: 'Every change of owner, intake first / 承办人变更记录' })
  async ownershipTransfers(@Root() complaint: ComplaintEntity, @Ctx() { loaders }: ComplaintsContext) {
    const transfers = await loaders.transfersOf.load(complaint.id);
    return transfers.map((transfer) => ({
      ...transfer,
      fromRegion: transfer.fromRegionCode ? regionRef(transfer.fromRegionCode) : null,
      toRegion: regionRef(transfer.toRegionCode),
    }));
  }

  @FieldResolver(() => Date, { description: 'Due to be accepted by the petition officer / 受理交办期限' })
  acknowledgeDeadline(@Root() complaint: ComplaintEntity): Date {
    return complaint.acknowledgeDueAt;
  }

  @FieldResolver(() => Date, { description: 'Due to be concluded / 办结期限' })
  concludeDeadline(@Root() complaint: ComplaintEntity): Date {
    return complaint.concludeDueAt;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Due under provincial supervision / 督办期限' })
  supervisionDeadline(@Root() complaint: ComplaintEntity): Date | null {
    return complaint.supervisionDueAt;
  }

  @FieldResolver(() => [ComplaintDeadlineStateType], { description: 'Each deadline and its state now / 各项期限' })
  deadlines(@Root() complaint: ComplaintEntity, @Ctx() context: ComplaintsContext): ComplaintDeadlineStateType[] {
    return deadlineStates(complaint, context.now());
  }

  @FieldResolver(() => Boolean, { description: 'A deadline has passed unmet / 是否逾期' })
  overdue(@Root() complaint: ComplaintEntity, @Ctx() context: ComplaintsContext): boolean {
    return deadlineStates(complaint, context.now()).some((state) => state.overdue);
  }

  @FieldResolver(() => ComplaintType, { nullable: true, description: 'The original it duplicates / 重复的原件' })
  duplicateOf(@Root() complaint: ComplaintEntity, @Ctx() { loaders }: ComplaintsContext) {
    return complaint.duplicateOfId ? loaders.complaintById.load(complaint.duplicateOfId) : null;
  }

  @FieldResolver(() => [ComplaintType], { description: 'Complaints linked as duplicates of this one / 重复件' })
  duplicates(@Root() complaint: ComplaintEntity, @Ctx() { loaders }: ComplaintsContext) {
    return loaders.duplicatesOf.load(complaint.id);
  }

  @FieldResolver(() => [ComplaintExternalLinkType], { description: 'Links to cases and findings / 关联事项' })
  externalLinks(@Root() complaint: ComplaintEntity, @Ctx() { loaders }: ComplaintsContext) {
    return loaders.externalLinksOf.load(complaint.id);
  }

  @FieldResolver(() => [ComplaintMessageType], {
    description: 'The thread with the complainant, oldest first / 与投诉举报人的留言记录',
  })
  async messages(@Root() complaint: ComplaintEntity, @Ctx() { loaders, deps }: ComplaintsContext) {
    return openMessages(deps.key, await loaders.messagesOf.load(complaint.id));
  }

  @FieldResolver(() => ComplainantIdentityType, {
    nullable: true,
    description:
      'Who complained: FORBIDDEN without a reveal approved for you; null when anonymous or erased; every read is audited / 投诉举报人身份',
  })
  identity(@Root() complaint: ComplaintEntity, @Ctx() context: ComplaintsContext) {
    return readIdentity(context.deps, requirePrincipal(context), complaint.id);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "When the complainant's personal data was erased / 个人信息删除时间",
  })
  personalDataErasedAt(@Root() complaint: ComplaintEntity): Date | null {
    return complaint.personalDataErasedAt;
  }

  @FieldResolver(() => [IdentityRevealRequestType], { description: 'Requests to reveal the identity / 身份查看申请' })
  async identityRevealRequests(@Root() complaint: ComplaintEntity, @Ctx() { loaders }: ComplaintsContext) {
    return (await loaders.revealRequestsOf.load(complaint.id)).map(revealRequestOut);
  }

  @FieldResolver(() => ComplaintRewardType, { nullable: true, description: 'The tip-off reward / 举报奖励' })
  async reward(@Root() complaint: ComplaintEntity, @Ctx() { loaders }: ComplaintsContext) {
    const [reward] = await loaders.rewardsOf.load(complaint.id);
    return reward ? rewardOut(reward) : null;
  }

  @FieldResolver(() => [ComplaintRatingType], { description: "The complainant's ratings / 满意度评价" })
  async ratings(@Root() complaint: ComplaintEntity, @Ctx() { loaders, deps }: ComplaintsContext) {
    const ratings = await loaders.ratingsOf.load(complaint.id);
    return ratings.map((rating) => ({
      closureRound: rating.closureRound,
      satisfied: rating.satisfied,
      ratedAt: rating.ratedAt,
      comment:
        rating.commentSealed && rating.keyId
          ? unseal(
              deps.key(),
              rating.keyId,
              rating.commentSealed,
              ratingContext(rating.complaintId, rating.closureRound),
            )
          : null,
    }));
  }

  @FieldResolver(() => [ComplaintAppealType], { description: 'Reviews by the level above / 上级复查' })
  async appeals(@Root() complaint: ComplaintEntity, @Ctx() { loaders }: ComplaintsContext) {
    return (await loaders.appealsOf.load(complaint.id)).map(appealOut);
  }

  @FieldResolver(() => VolunteerSupervisorType, {
    nullable: true,
    description: 'The volunteer who reported it / 反映的义务监督员',
  })
  volunteerSupervisor(@Root() complaint: ComplaintEntity, @Ctx() { loaders }: ComplaintsContext) {
    return complaint.volunteerId ? loaders.volunteerById.load(complaint.volunteerId) : null;
  }

  @FieldResolver(() => SocialOrganizationContractType, {
    nullable: true,
    description: 'The contract it came through / 反映的社会组织合同',
  })
  socialOrganizationContract(@Root() complaint: ComplaintEntity, @Ctx() { loaders }: ComplaintsContext) {
    return complaint.contractId ? loaders.contractById.load(complaint.contractId) : null;
  }
}
