import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { IdentityRevealStatus } from '@dibao/domain';
import { connectionInOrder, forbidden, requirePrincipal } from '@dibao/server';
import type { ComplaintsContext } from '../context.js';
import { IdentityRevealStatusEnum } from '../schema/enums.js';
import { IdentityRevealRequestConnection, IdentityRevealRequestType } from '../schema/identity-reveal.type.js';
import { isCustodian } from '../services/access.js';
import { decideIdentityReveal, requestIdentityReveal } from '../services/identity.service.js';
import { revealRequestOut } from './mappers.js';

/** Revealing a complainant's identity: the owner asks with a reason, the custodian decides. */
@Resolver()
export class IdentityRevealResolver {
  @Authorized('COMPLAINT_HANDLER')
  @Mutation(() => IdentityRevealRequestType, {
    description: 'As owner, ask the custodian to reveal who complained, saying why / 申请查看投诉举报人身份',
  })
  async requestIdentityReveal(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('reason') reason: string,
    @Ctx() context: ComplaintsContext,
  ) {
    return revealRequestOut(await requestIdentityReveal(context.deps, requirePrincipal(context), complaintId, reason));
  }

  @Authorized('ADMIN')
  @Mutation(() => IdentityRevealRequestType, {
    description: 'As custodian, approve a request (never your own) / 保管人批准查看身份',
  })
  async approveIdentityReveal(
    @Arg('requestId', () => ID) requestId: string,
    @Ctx() context: ComplaintsContext,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    return revealRequestOut(
      await decideIdentityReveal(context.deps, requirePrincipal(context), requestId, true, note ?? null),
    );
  }

  @Authorized('ADMIN')
  @Mutation(() => IdentityRevealRequestType, { description: 'As custodian, reject a request / 保管人不予批准' })
  async rejectIdentityReveal(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('note') note: string,
    @Ctx() context: ComplaintsContext,
  ) {
    return revealRequestOut(
      await decideIdentityReveal(context.deps, requirePrincipal(context), requestId, false, note),
    );
  }

  @Authorized('ADMIN')
  @Query(() => IdentityRevealRequestConnection, {
    description: 'For the custodian: reveal requests in your scope, oldest first / 身份查看申请（保管人）',
  })
  async identityRevealRequests(
    @Ctx() context: ComplaintsContext,
    @Arg('status', () => IdentityRevealStatusEnum, { nullable: true, defaultValue: 'PENDING' })
    status: IdentityRevealStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const principal = requirePrincipal(context);
    if (!isCustodian(principal)) {
      throw forbidden('Only the custodian of identities sees these requests', '只有身份信息保管人可以查看这些申请');
    }
    const rows = await context.loaders.revealRequestsInScope(status);
    return connectionInOrder(rows.map(revealRequestOut), (request) => request.id, { first, after });
  }
}
