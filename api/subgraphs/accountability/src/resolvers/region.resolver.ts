import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AccountabilityCaseStatus } from '@dibao/domain';
import { connectionInOrder, requireRegionInScope, checkedYear } from '@dibao/server';
import type { AccountabilityContext } from '../context.js';
import { casesUnderKey, regionYearKey } from '../loaders.js';
import { AccountabilityCaseConnection } from '../schema/case.type.js';
import { AccountabilityCaseStatusEnum } from '../schema/enums.js';
import { JointMeetingType } from '../schema/joint-meeting.type.js';
import { RegionRef } from '../schema/region.type.js';
import { AccountabilityStats } from '../schema/stats.type.js';

/** The accountability fields of Region (owned by the registry, extended here by key). */
@Resolver(() => RegionRef)
export class RegionAccountabilityResolver {
  @Authorized()
  @FieldResolver(() => AccountabilityCaseConnection, {
    description:
      'Accountability cases of the region and below within your scope, newest opening first / 辖区内问责案件',
  })
  async accountabilityCases(
    @Root() region: RegionRef,
    @Ctx() { loaders }: AccountabilityContext,
    @Arg('status', () => AccountabilityCaseStatusEnum, { nullable: true }) status?: AccountabilityCaseStatus,
    @Arg('year', () => Int, { nullable: true, description: 'Year of opening / 立案年度' }) year?: number,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const cases = await loaders.casesUnder.load(
      casesUnderKey(region.code, status, year === undefined || year === null ? null : checkedYear(year)),
    );
    return connectionInOrder(cases, (row) => row.id, { first, after });
  }

  @Authorized()
  @FieldResolver(() => AccountabilityStats, {
    description:
      "Accountability figures of the region's subtree for a year: cases opened by violation and status, decisions by sanction, people and units held accountable / 辖区年度责任追究统计",
  })
  accountabilityStats(
    @Root() region: RegionRef,
    @Arg('year', () => Int) year: number,
    @Ctx() context: AccountabilityContext,
  ) {
    requireRegionInScope(context, region.code);
    return context.loaders.statsOf.load(regionYearKey(region.code, checkedYear(year)));
  }

  @Authorized()
  @FieldResolver(() => JointMeetingType, {
    nullable: true,
    description:
      "The region's joint meeting (province, prefecture, county), if set up and within your scope / 联席会议",
  })
  jointMeeting(@Root() region: RegionRef, @Ctx() { loaders }: AccountabilityContext) {
    return loaders.jointMeetingOf.load(region.code);
  }
}
