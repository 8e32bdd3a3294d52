import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ComplaintAppealStatus, type ComplaintAppealOutcome } from '@dibao/domain';
import { connectionInOrder, requirePrincipal } from '@dibao/server';
import type { ComplaintsContext } from '../context.js';
import { ComplaintAppealConnection, ComplaintAppealType } from '../schema/appeal.type.js';
import { ComplaintType } from '../schema/complaint.type.js';
import { ComplaintAppealOutcomeEnum, ComplaintAppealStatusEnum } from '../schema/enums.js';
import { decideAppeal } from '../services/appeal.service.js';
import { appealOut } from './mappers.js';

/** Reviews by the level above, opened by an unsatisfied rating. */
@Resolver(() => ComplaintAppealType)
export class AppealResolver {
  @Authorized('COMPLAINT_HANDLER')
  @Query(() => ComplaintAppealConnection, {
    description: 'Reviews your region decides, oldest first / 本级负责的复查',
  })
  async complaintAppealsToReview(
    @Ctx() context: ComplaintsContext,
    @Arg('status', () => ComplaintAppealStatusEnum, { nullable: true, defaultValue: 'OPEN' })
    status: ComplaintAppealStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requirePrincipal(context);
    const rows = await context.loaders.appealsToReview(status);
    return connectionInOrder(rows.map(appealOut), (appeal) => appeal.id, { first, after });
  }

  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => ComplaintAppealType, {
    description: 'Decide a review: UPHELD, or OVERTURNED (reopens the complaint) / 作出复查决定',
  })
  async decideComplaintAppeal(
    @Arg('appealId', () => ID) appealId: string,
    @Arg('outcome', () => ComplaintAppealOutcomeEnum) outcome: ComplaintAppealOutcome,
    @Arg('reason') reason: string,
    @Ctx() context: ComplaintsContext,
  ) {
    return appealOut(await decideAppeal(context.deps, requirePrincipal(context), appealId, outcome, reason));
  }

  @FieldResolver(() => ComplaintType, { nullable: true, description: 'The complaint under review / 所涉投诉举报' })
  complaint(@Root() appeal: ComplaintAppealType, @Ctx() { loaders }: ComplaintsContext) {
    return loaders.complaintById.load(appeal.complaintId);
  }
}
