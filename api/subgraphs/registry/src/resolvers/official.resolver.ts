import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CadreLevel } from '@dibao/domain';
import { Label, labelFor, requirePrincipal, requireRegionInScope, checkedRegionCode } from '@dibao/server';
import type { RegistryContext } from '../context.js';
import type { OfficialEntity } from '../entities/index.js';
import { AgencyType } from '../schema/agency.type.js';
import { NewOfficialInput, OfficialChangesInput } from '../schema/official.input.js';
import { OfficialConnection, OfficialType } from '../schema/official.type.js';
import { checkedOfficialId, createOfficial, updateOfficial } from '../services/official.service.js';

@Resolver(() => OfficialType)
export class OfficialResolver {
  @Authorized()
  @Query(() => OfficialType, { nullable: true, description: 'An official within your scope / 按 ID 查询工作人员' })
  official(@Arg('id', () => ID) id: string, @Ctx() { loaders }: RegistryContext) {
    return loaders.officialById.load(checkedOfficialId(id));
  }

  @Authorized()
  @Query(() => OfficialConnection, {
    description: 'Officials of the regions below `under` (default: your region) / 辖区内工作人员',
  })
  officials(
    @Ctx() context: RegistryContext,
    @Arg('under', () => ID, { nullable: true }) under?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const principal = requirePrincipal(context);
    const region = under ? checkedRegionCode(under, 'under') : principal.region;
    requireRegionInScope(context, region);
    return context.loaders.officialsPage(region, { first, after });
  }

  @FieldResolver(() => Label, { description: 'Cadre management level in both languages / 干部管理权限名称' })
  cadreLevelLabel(@Root() official: OfficialEntity): Label {
    return labelFor(CadreLevel, official.cadreLevel);
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() official: OfficialEntity, @Ctx() { loaders }: RegistryContext) {
    return loaders.agencyById.load(official.agencyId);
  }

  @Authorized('ADMIN')
  @Mutation(() => OfficialType, { description: 'Add an official (ADMIN of the region) / 新增工作人员' })
  createOfficial(@Arg('input', () => NewOfficialInput) input: NewOfficialInput, @Ctx() context: RegistryContext) {
    return createOfficial(context.dataSource, requirePrincipal(context), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => OfficialType, { description: 'Change an official (ADMIN of the region) / 修改工作人员信息' })
  updateOfficial(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => OfficialChangesInput) changes: OfficialChangesInput,
    @Ctx() context: RegistryContext,
  ) {
    return updateOfficial(context.dataSource, requirePrincipal(context), id, changes);
  }
}
