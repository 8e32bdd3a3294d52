import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ComplaintRewardStatus } from '@dibao/domain';
import { connectionInOrder, requireRegionInScope, requirePrincipal, checkedRegionCode } from '@dibao/server';
import type { ComplaintsContext } from '../context.js';
import { ComplaintType } from '../schema/complaint.type.js';
import { ComplaintRewardStatusEnum } from '../schema/enums.js';
import { ComplaintRewardConnection, ComplaintRewardType } from '../schema/reward.type.js';
import { approveReward, decideReward, recordRewardPayment, rejectReward } from '../services/reward.service.js';
import { rewardOut } from './mappers.js';

/** Rewarded tip-offs (有奖举报): decide by rule, approve (someone else), pay, and the complainant claims by code. */
@Resolver(() => ComplaintRewardType)
export class RewardResolver {
  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintRewardType, {
    description: 'As owner, decide the reward by the configured rule / 按规则核定举报奖励',
  })
  async decideReward(@Arg('complaintId', () => ID) complaintId: string, @Ctx() context: ComplaintsContext) {
    return rewardOut(await decideReward(context.deps, requirePrincipal(context), complaintId));
  }

  @Authorized('ADMIN')
  @Mutation(() => ComplaintRewardType, {
    description: 'Approve a decided reward (not your own decision); the identity stays hidden / 审批举报奖励',
  })
  async approveReward(@Arg('rewardId', () => ID) rewardId: string, @Ctx() context: ComplaintsContext) {
    return rewardOut(await approveReward(context.deps, requirePrincipal(context), rewardId));
  }

  @Authorized('ADMIN')
  @Mutation(() => ComplaintRewardType, { description: 'Reject a decided reward / 不予批准举报奖励' })
  async rejectReward(
    @Arg('rewardId', () => ID) rewardId: string,
    @Arg('reason') reason: string,
    @Ctx() context: ComplaintsContext,
  ) {
    return rewardOut(await rejectReward(context.deps, requirePrincipal(context), rewardId, reason));
  }

  @Authorized('ADMIN')
  @Mutation(() => ComplaintRewardType, {
    description: 'Record the payment under a reference the complainant collects with / 登记奖励发放',
  })
  async recordRewardPayment(
    @Arg('rewardId', () => ID) rewardId: string,
    @Arg('reference', { description: 'Payment reference / 发放凭证号' }) reference: string,
    @Ctx() context: ComplaintsContext,
  ) {
    return rewardOut(await recordRewardPayment(context.deps, requirePrincipal(context), rewardId, reference));
  }

  @Authorized('COMPLAINT_HANDLER')
  @Query(() => ComplaintRewardConnection, {
    description: 'Rewards of complaints about a region and below, oldest first / 辖区举报奖励',
  })
  async complaintRewards(
    @Arg('under', () => ID) under: string,
    @Ctx() context: ComplaintsContext,
    @Arg('status', () => ComplaintRewardStatusEnum, { nullable: true }) status?: ComplaintRewardStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requireRegionInScope(context, checkedRegionCode(under, 'under'));
    const rows = await context.loaders.rewardsUnder(under, status);
    return connectionInOrder(rows.map(rewardOut), (reward) => reward.id, { first, after });
  }

  @FieldResolver(() => ComplaintType, { nullable: true, description: 'The complaint rewarded / 所涉投诉举报' })
  complaint(@Root() reward: ComplaintRewardType, @Ctx() { loaders }: ComplaintsContext) {
    return loaders.complaintById.load(reward.complaintId);
  }
}
