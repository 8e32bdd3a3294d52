import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ComplaintsContext } from '../context.js';
import {
  ComplaintRatingReceiptType,
  ComplaintReceiptStatusType,
  ComplaintRewardClaimType,
} from '../schema/receipt.type.js';
import {
  claimReward,
  complaintStatusByReceipt,
  rateComplaintHandling,
  sendComplainantMessage,
} from '../services/receipt.service.js';

/**
 * What the complainant can do with the receipt code alone, without an account or a token. Every call is
 * rate limited (per caller address and per code) before anything is looked up; a wrong code gives null.
 */
@Resolver()
export class ReceiptResolver {
  @Query(() => ComplaintReceiptStatusType, {
    nullable: true,
    description:
      'Follow a complaint with its receipt code: status, dates, feedback and messages; null for a wrong code; rate limited / 凭查询码查询办理进度',
  })
  complaintStatus(@Arg('receiptCode') receiptCode: string, @Ctx() context: ComplaintsContext) {
    context.limitReceiptUse(receiptCode);
    return complaintStatusByReceipt(context.deps, receiptCode);
  }

  @Mutation(() => ComplaintReceiptStatusType, {
    nullable: true,
    description: 'Write to the handler with the receipt code; you stay anonymous / 凭查询码给承办人留言',
  })
  sendComplainantMessage(
    @Arg('receiptCode') receiptCode: string,
    @Arg('text') text: string,
    @Ctx() context: ComplaintsContext,
  ) {
    context.limitReceiptUse(receiptCode);
    return sendComplainantMessage(context.deps, receiptCode, text);
  }

  @Mutation(() => ComplaintRatingReceiptType, {
    nullable: true,
    description:
      'Rate the handling of a closed complaint; unsatisfied opens a review by the level above / 满意度评价（不满意可申请上级复查）',
  })
  rateComplaintHandling(
    @Arg('receiptCode') receiptCode: string,
    @Arg('satisfied') satisfied: boolean,
    @Ctx() context: ComplaintsContext,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ) {
    context.limitReceiptUse(receiptCode);
    return rateComplaintHandling(context.deps, receiptCode, satisfied, comment ?? null);
  }

  @Mutation(() => ComplaintRewardClaimType, {
    nullable: true,
    description:
      'Fetch your reward with the receipt code: once paid, the reference to collect it with / 凭查询码领取举报奖励',
  })
  claimReward(@Arg('receiptCode') receiptCode: string, @Ctx() context: ComplaintsContext) {
    context.limitReceiptUse(receiptCode);
    return claimReward(context.deps, receiptCode);
  }
}
