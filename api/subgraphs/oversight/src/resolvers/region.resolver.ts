import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { InspectionStatus, RectificationStatus } from '@dibao/domain';
import { connectionOf, requireRegionInScope } from '@dibao/server';
import type { OversightContext } from '../context.js';
import { regionYearKey } from '../loaders.js';
import { InspectionStatusEnum, RectificationStatusEnum } from '../schema/enums.js';
import { FindingConnection } from '../schema/finding.type.js';
import type { InspectionEntity } from '../entities/index.js';
import { InspectionConnection } from '../schema/inspection.type.js';
import { RegionRef } from '../schema/region.type.js';
import { OversightStats } from '../schema/stats.type.js';
import { oversightStats } from '../services/stats.js';

/** The oversight fields of Region (owned by the registry, extended here by key). */
@Resolver(() => RegionRef)
export class RegionOversightResolver {
  @Authorized()
  @FieldResolver(() => FindingConnection, {
    description: 'Findings in the region and below within your scope, oldest first / 辖区内督察发现的问题',
  })
  findings(
    @Root() region: RegionRef,
    @Ctx() { loaders }: OversightContext,
    @Arg('year', () => Int, { nullable: true, description: "The inspection's year / 年度" }) year?: number,
    @Arg('status', () => RectificationStatusEnum, { nullable: true }) status?: RectificationStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return loaders.findingsUnder.load({ regionCode: region.code, args: { year, status, first, after } });
  }

  @Authorized()
  @FieldResolver(() => InspectionConnection, {
    description:
      'Inspections you may read that target the region, part of it or a region containing it, newest first / 涉及本地区的专项督察',
  })
  async inspections(
    @Root() region: RegionRef,
    @Ctx() { loaders }: OversightContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('status', () => InspectionStatusEnum, { nullable: true }) status?: InspectionStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const inspections = await loaders.inspectionsTouching({ year, status }).load(region.code);
    // Newest start first, then by id: the start time counts down in the key.
    const newestFirst = (row: InspectionEntity) =>
      `${String(9e15 - row.periodStart.getTime()).padStart(16, '0')}${row.id}`;
    return connectionOf(inspections, newestFirst, { first, after });
  }

  @FieldResolver(() => OversightStats, {
    description:
      "The year's special-inspection findings in the region and below: by category and status, rectification rate, " +
      'overdue count, funds recovered / 辖区年度督察发现问题与整改统计',
  })
  async oversightStats(
    @Root() region: RegionRef,
    @Arg('year', () => Int) year: number,
    @Ctx() context: OversightContext,
  ): Promise<OversightStats> {
    requireRegionInScope(context, region.code);
    const { inspections, rows } = await context.loaders.statsOf.load(regionYearKey(region.code, year));
    return oversightStats(year, inspections, rows);
  }
}
