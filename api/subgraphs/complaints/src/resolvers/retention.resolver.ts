import { Authorized, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { actorOf, requirePrincipal } from '@dibao/server';
import type { ComplaintsContext } from '../context.js';
import { erasePersonalDataOlderThan } from '../services/retention.service.js';

@ObjectType('ComplaintErasureSummary', { description: 'What an erasure run removed / 个人信息删除结果' })
class ComplaintErasureSummaryType {
  @Field(() => Int, { description: 'Complaints whose personal data was erased / 删除个人信息的投诉举报数' })
  complaints: number;

  @Field(() => Int, { description: 'Sealed identities deleted / 删除的身份信息数' })
  identities: number;

  @Field(() => Int, { description: 'Message texts erased / 删除的留言数' })
  messages: number;
}

/** Retention of complainants' personal data (the hub's CLI runs the same service on a schedule). */
@Resolver()
export class RetentionResolver {
  @Authorized('ADMIN')
  @Mutation(() => ComplaintErasureSummaryType, {
    description:
      'Erase the personal data of complaints in your scope closed longer than the retention period; statistics stay / 删除超过保存期限的投诉举报人个人信息',
  })
  eraseExpiredComplainantData(@Ctx() context: ComplaintsContext) {
    const principal = requirePrincipal(context);
    return erasePersonalDataOlderThan(context.dataSource, context.now(), {
      retentionDays: context.config.retentionDays,
      actor: actorOf(principal),
      under: principal.region,
    });
  }
}
