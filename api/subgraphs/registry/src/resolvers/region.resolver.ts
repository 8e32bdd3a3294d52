import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ancestorCodesOf, RegionLevel, type AgencyKind } from '@dibao/domain';
import { Label, labelFor, checkedRegionCode } from '@dibao/server';
import type { RegistryContext } from '../context.js';
import type { AgencyEntity, RegionEntity } from '../entities/index.js';
import { AgencyType } from '../schema/agency.type.js';
import { AgencyKindEnum, RegionLevelEnum } from '../schema/enums.js';
import { RegionConnection, RegionType } from '../schema/region.type.js';
import { listRegions } from '../services/region.service.js';

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => RegionType, { nullable: true, description: 'A region by its code / 按代码查询区划' })
  region(@Arg('code', () => ID) code: string, @Ctx() { loaders }: RegistryContext): Promise<RegionEntity | null> {
    return loaders.regionByCode.load(checkedRegionCode(code));
  }

  @Query(() => RegionConnection, { description: 'Regions, optionally of one level and below one region / 区划列表' })
  regions(
    @Ctx() { dataSource }: RegistryContext,
    @Arg('level', () => RegionLevelEnum, { nullable: true }) level?: RegionLevel,
    @Arg('under', () => ID, { nullable: true, description: 'Only regions below this one / 仅限其下级' }) under?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listRegions(dataSource, { level: level ?? null, under: under ?? null }, { first, after });
  }

  @FieldResolver(() => Label, { description: 'Level in both languages / 级别名称' })
  levelLabel(@Root() region: RegionEntity): Label {
    return labelFor(RegionLevel, region.level);
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'Enclosing region / 上级区划' })
  parent(@Root() region: RegionEntity, @Ctx() { loaders }: RegistryContext) {
    return region.parentCode ? loaders.regionByCode.load(region.parentCode) : null;
  }

  @FieldResolver(() => [RegionType], { description: 'Regions one level down, by code / 下级区划' })
  children(@Root() region: RegionEntity, @Ctx() { loaders }: RegistryContext) {
    return loaders.childrenOf.load(region.code);
  }

  @FieldResolver(() => [RegionType], { description: 'Enclosing regions, province first / 各级上级区划' })
  async ancestors(@Root() region: RegionEntity, @Ctx() { loaders }: RegistryContext): Promise<RegionEntity[]> {
    const found = await loaders.regionByCode.loadMany(ancestorCodesOf(region.code));
    return found.filter((row): row is RegionEntity => row !== null && !(row instanceof Error));
  }

  @FieldResolver(() => [AgencyType], { description: "The region's agencies / 本级机构" })
  async agencies(
    @Root() region: RegionEntity,
    @Ctx() { loaders }: RegistryContext,
    @Arg('kind', () => AgencyKindEnum, { nullable: true }) kind?: AgencyKind,
  ): Promise<AgencyEntity[]> {
    const all = await loaders.agenciesOf.load(region.code);
    return kind ? all.filter((agency) => agency.kind === kind) : all;
  }
}
