import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ReportStatus } from '@dibao/domain';
import { checkedRegionCode, Label, labelFor, requireRegionInScope } from '@dibao/server';
import { deadlineOf, reportYearRulesDay, toleranceOf } from '../config.js';
import type { ReportingContext } from '../context.js';
import type { AnnualReportEntity } from '../entities/index.js';
import { regionYearKey } from '../loaders.js';
import {
  AnnualReportConnection,
  AnnualReportType,
  AnnualReportVersionType,
  DeadlineExceptionType,
} from '../schema/annual-report.type.js';
import { ReportStatusEnum } from '../schema/enums.js';
import { RegionRef, regionRef } from '../schema/region.type.js';
import { ValidationIssue } from '../schema/validation-issue.type.js';
import { validateAgainstCounties, validateContent } from '../services/validation.js';

@Resolver(() => AnnualReportType)
export class AnnualReportResolver {
  @Authorized()
  @Query(() => AnnualReportType, { nullable: true, description: "A region's report for a year / 某地区某年度报告" })
  annualReport(
    @Arg('regionCode', () => ID) regionCode: string,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: ReportingContext,
  ) {
    return loaders.reportOfRegionYear.load(regionYearKey(checkedRegionCode(regionCode, 'regionCode'), year));
  }

  @Authorized()
  @Query(() => AnnualReportConnection, { description: 'Reports of the regions below `under` / 辖区内年度报告' })
  annualReports(
    @Arg('under', () => ID) under: string,
    @Ctx() context: ReportingContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('status', () => ReportStatusEnum, { nullable: true }) status?: ReportStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requireRegionInScope(context, checkedRegionCode(under, 'under'));
    return context.loaders.reportsPage(under, { year, status }, { first, after });
  }

  @FieldResolver(() => RegionRef, { description: 'The filing region / 报告单位' })
  region(@Root() report: AnnualReportEntity): RegionRef {
    return regionRef(report.regionCode);
  }

  @FieldResolver(() => RegionRef, { description: 'The region it is filed to / 上报对象' })
  filedTo(@Root() report: AnnualReportEntity): RegionRef {
    return regionRef(report.parentCode);
  }

  @FieldResolver(() => Label)
  statusLabel(@Root() report: AnnualReportEntity): Label {
    return labelFor(ReportStatus, report.status);
  }

  @FieldResolver(() => Date, { description: 'When it is due, exceptions included / 截止时间（含延期）' })
  async deadline(@Root() report: AnnualReportEntity, @Ctx() { loaders }: ReportingContext): Promise<Date> {
    const exception = await loaders.deadlineExceptionOf.load(regionYearKey(report.regionCode, report.year));
    if (exception) return exception.until;
    const rules = await loaders.rulesOn.load(`${report.regionCode}|${reportYearRulesDay(report.year)}`);
    return deadlineOf(rules, report.level, report.year);
  }

  @FieldResolver(() => DeadlineExceptionType, { nullable: true })
  deadlineException(@Root() report: AnnualReportEntity, @Ctx() { loaders }: ReportingContext) {
    return loaders.deadlineExceptionOf.load(regionYearKey(report.regionCode, report.year));
  }

  @FieldResolver(() => [ValidationIssue], {
    description: 'Rules the current content breaks; ERROR blocks submission / 当前内容的校验问题',
  })
  async validationIssues(@Root() report: AnnualReportEntity, @Ctx() { loaders }: ReportingContext) {
    const issues = validateContent(report.content);
    if (report.level === 'PREFECTURE') {
      const key = regionYearKey(report.regionCode, report.year);
      const [accepted, expected, waived] = await Promise.all([
        loaders.acceptedCountyContentUnder.load(key),
        loaders.countyUnitsUnder.load(report.regionCode),
        loaders.waivedCountiesUnder.load(key),
      ]);
      const pending = Math.max(0, expected - accepted.length - waived);
      // The prefecture's tolerance under its rules for the report year.
      const rules = await loaders.rulesOn.load(`${report.regionCode}|${reportYearRulesDay(report.year)}`);
      issues.push(...validateAgainstCounties(report.content, { accepted, pending }, toleranceOf(rules)));
    }
    return issues;
  }

  @FieldResolver(() => [AnnualReportVersionType], { description: 'Every saved version, newest first / 历史版本' })
  async versions(@Root() report: AnnualReportEntity, @Ctx() { loaders }: ReportingContext) {
    const versions = await loaders.versionsOf.load(report.id);
    return versions.map((version) => ({ ...version, savedBy: version.savedBy.subject }));
  }
}
