import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../context.js';
import { PrincipalType } from '../schema/principal.type.js';
import { RegionType } from '../schema/region.type.js';

@Resolver(() => PrincipalType)
export class MeResolver {
  @Query(() => PrincipalType, { nullable: true, description: 'The caller; null without a token / 当前调用者' })
  me(@Ctx() { principal }: RegistryContext): PrincipalType | null {
    if (!principal) return null;
    return { ...principal, regionCode: principal.region };
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region of your scope / 管辖区划' })
  region(@Root() principal: PrincipalType, @Ctx() { loaders }: RegistryContext) {
    return loaders.regionByCode.load(principal.regionCode);
  }
}
