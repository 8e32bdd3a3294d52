import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { badInput } from '@dibao/server';
import type { ComplaintsContext } from '../context.js';
import { ChallengeProofInput, OnlineComplaintInput } from '../schema/inputs.js';
import { ComplaintChallengeType, OnlineComplaintReceiptType } from '../schema/online.type.js';
import { issueChallenge } from '../services/online-challenge.js';
import { submitOnlineComplaint } from '../services/online-intake.service.js';

/**
 * Filing on the public site, without an account or a token: ask for a challenge, spend it on a submission.
 * Both are limited per caller address (the gateway supplies it) and the submissions also in all.
 */
@Resolver()
export class OnlineIntakeResolver {
  @Query(() => ComplaintChallengeType, {
    description:
      'A single-use challenge for an online submission: WORK (a proof of work, for scripts) or FORM (a short wait, for forms without JavaScript) / 获取网上投诉提交验证',
  })
  complaintChallenge(
    @Ctx() context: ComplaintsContext,
    @Arg('lane', () => String, { defaultValue: 'WORK', description: 'WORK or FORM' }) lane: string,
  ) {
    if (lane !== 'WORK' && lane !== 'FORM') throw badInput('lane is WORK or FORM', '验证方式须为 WORK 或 FORM');
    context.submission.limiter.checkChallenge(context.submission.clientAddress, context.now());
    return issueChallenge(context.deps.key(), context.config.online, lane, context.now());
  }

  @Mutation(() => OnlineComplaintReceiptType, {
    description:
      'File a complaint from the site, anonymously or with a name; returns the receipt code once / 网上投诉举报（返回查询码，仅此一次）',
  })
  submitOnlineComplaint(
    @Arg('input') input: OnlineComplaintInput,
    @Arg('proof') proof: ChallengeProofInput,
    @Ctx() context: ComplaintsContext,
  ) {
    return submitOnlineComplaint(context.deps, context.submission, input, proof);
  }
}
