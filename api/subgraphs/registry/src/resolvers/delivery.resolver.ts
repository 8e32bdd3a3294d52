import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requirePrincipal } from '@dibao/server';
import type { RegistryContext } from '../context.js';
import { DeliveryPreferencesInput, DeliveryPreferencesType } from '../schema/delivery.type.js';
import { deliveryPreferences, setDeliveryPreferences } from '../services/delivery.service.js';

@Resolver()
export class DeliveryResolver {
  @Authorized()
  @Query(() => DeliveryPreferencesType, {
    nullable: true,
    description:
      "Your delivery preferences, or (ADMIN of the official's agency) an official's / 通知接收偏好（本人或本机构管理员）",
  })
  deliveryPreferences(
    @Ctx() context: RegistryContext,
    @Arg('officialId', () => ID, { nullable: true }) officialId?: string | null,
  ) {
    return deliveryPreferences(context.dataSource, requirePrincipal(context), officialId);
  }

  @Authorized()
  @Mutation(() => DeliveryPreferencesType, {
    description: "Set your delivery preferences, or (ADMIN of the official's agency) an official's / 设置通知接收偏好",
  })
  setDeliveryPreferences(
    @Arg('preferences', () => DeliveryPreferencesInput) preferences: DeliveryPreferencesInput,
    @Ctx() context: RegistryContext,
    @Arg('officialId', () => ID, { nullable: true }) officialId?: string | null,
  ) {
    return setDeliveryPreferences(context.dataSource, requirePrincipal(context), officialId, preferences);
  }
}
