import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requirePrincipal } from '@dibao/server';
import type { NotificationsContext } from '../context.js';
import { DeliveryConnection, DeliveryType } from '../schema/delivery.type.js';
import { deadLetters, retryDelivery } from '../services/dead-letters.js';

@Resolver(() => DeliveryType)
export class DeliveryResolver {
  @Authorized('ADMIN')
  @Query(() => DeliveryConnection, {
    description: "Dead-lettered e-mails and webhooks of your agency's officials, newest first (ADMIN) / 本机构外发死信",
  })
  deadLetteredDeliveries(
    @Ctx() context: NotificationsContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return deadLetters(context.dataSource, requirePrincipal(context), { first, after });
  }

  @Authorized('ADMIN')
  @Mutation(() => DeliveryType, { description: 'Try a dead-lettered delivery again (ADMIN) / 重试死信外发' })
  retryDelivery(@Ctx() context: NotificationsContext, @Arg('id', () => ID) id: string) {
    return retryDelivery(context.dataSource, requirePrincipal(context), id);
  }
}
