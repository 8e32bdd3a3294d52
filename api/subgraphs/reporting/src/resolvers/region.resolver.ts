import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root, ID } from 'type-graphql';
import { connectionOf, requireRegionInScope, checkedRegionCode } from '@dibao/server';
import type { ReportingContext } from '../context.js';
import { regionYearKey } from '../loaders.js';
import { AnnualReportConnection } from '../schema/annual-report.type.js';
import { ReportingCompleteness } from '../schema/completeness.type.js';
import { IncidentConnection } from '../schema/incident.type.js';
import { RegionRef } from '../schema/region.type.js';
import { ReportSummary } from '../schema/summary.type.js';
import { reportingCompleteness } from '../services/completeness.service.js';
import { summarise } from '../services/summary.js';

/** The reporting fields of Region (owned by the registry, extended here by key). */
@Resolver(() => RegionRef)
export class RegionReportingResolver {
  @Authorized()
  @Query(() => ReportingCompleteness, {
    description: 'Who filed the annual report on time, late or not at all / 年度报告报送完整性与及时性',
  })
  reportingCompleteness(
    @Arg('under', () => ID) under: string,
    @Arg('year', () => Int) year: number,
    @Ctx() context: ReportingContext,
  ) {
    requireRegionInScope(context, checkedRegionCode(under, 'under'));
    return reportingCompleteness(context.dataSource, under, year, { now: context.deps.now?.() ?? new Date() });
  }

  @Authorized()
  @FieldResolver(() => AnnualReportConnection, {
    description: "The region's own annual reports you may read, newest first / 本地区年度报告",
  })
  async annualReports(
    @Root() region: RegionRef,
    @Ctx() { loaders }: ReportingContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const reports = await loaders.reportsOfRegion.load(region.code);
    const ofYear = year ? reports.filter((report) => report.year === year) : reports;
    // One report per region and year: the year is the key, newest first.
    return connectionOf(ofYear, (report) => String(report.year), { first, after }, 'DESC');
  }

  @Authorized()
  @FieldResolver(() => IncidentConnection, {
    description: 'Incidents in the region and below, in order of occurrence / 辖区内重大事项和突发事件',
  })
  incidents(
    @Root() region: RegionRef,
    @Ctx() { loaders }: ReportingContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return loaders.incidentsUnder.load({ regionCode: region.code, args: { first, after } });
  }

  @FieldResolver(() => ReportSummary, {
    nullable: true,
    description: "Figures over the region's subtree from accepted county reports / 辖区已审核报告汇总",
  })
  async reportSummary(
    @Root() region: RegionRef,
    @Arg('year', () => Int) year: number,
    @Ctx() context: ReportingContext,
  ): Promise<ReportSummary> {
    requireRegionInScope(context, region.code);
    const [contents, expected] = await Promise.all([
      context.loaders.acceptedCountyContentUnder.load(regionYearKey(region.code, year)),
      context.loaders.countyUnitsUnder.load(region.code),
    ]);
    return summarise(year, contents, expected);
  }
}
