import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AgencyKind } from '@dibao/domain';
import { Label, labelFor } from '@dibao/server';
import type { RegistryContext } from '../context.js';
import type { AgencyEntity } from '../entities/index.js';
import { AgencyType } from '../schema/agency.type.js';
import { OfficialType } from '../schema/official.type.js';
import { RegionType } from '../schema/region.type.js';

@Resolver(() => AgencyType)
export class AgencyResolver {
  @Query(() => AgencyType, { nullable: true, description: 'An agency by id (`<region>:<kind>`) / 按 ID 查询机构' })
  agency(@Arg('id', () => ID) id: string, @Ctx() { loaders }: RegistryContext) {
    return loaders.agencyById.load(id);
  }

  @FieldResolver(() => Label, { description: 'Kind in both languages / 机构类别名称' })
  kindLabel(@Root() agency: AgencyEntity): Label {
    return labelFor(AgencyKind, agency.kind);
  }

  @FieldResolver(() => RegionType)
  region(@Root() agency: AgencyEntity, @Ctx() { loaders }: RegistryContext) {
    return loaders.regionByCode.load(agency.regionCode);
  }

  @Authorized()
  @FieldResolver(() => [OfficialType], {
    description: 'Officials of the agency within your scope (sign-in required) / 本机构工作人员（需登录，限管辖范围）',
  })
  officials(@Root() agency: AgencyEntity, @Ctx() { loaders }: RegistryContext) {
    return loaders.officialsOf.load(agency.id);
  }
}
