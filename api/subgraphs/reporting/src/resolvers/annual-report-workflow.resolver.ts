import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { requirePrincipal, checkedRegionCode } from '@dibao/server';
import type { ReportingContext } from '../context.js';
import { AnnualReportType, DeadlineExceptionType, ReportWaiverType } from '../schema/annual-report.type.js';
import { ReturnAnnualReportInput, SaveAnnualReportDraftInput } from '../schema/inputs.js';
import {
  acceptAnnualReport,
  grantDeadlineException,
  reopenAnnualReport,
  returnAnnualReport,
  saveAnnualReportDraft,
  submitAnnualReport,
  waiveAnnualReport,
} from '../services/annual-report.service.js';

/** The workflow: DRAFT → SUBMITTED → ACCEPTED, or RETURNED and back to DRAFT; illegal moves are CONFLICT. */
@Resolver()
export class AnnualReportWorkflowResolver {
  @Authorized('REPORTER')
  @Mutation(() => AnnualReportType, { description: 'Create or update the draft (new version) / 保存草稿' })
  saveAnnualReportDraft(@Arg('input') input: SaveAnnualReportDraftInput, @Ctx() context: ReportingContext) {
    return saveAnnualReportDraft(context.deps, requirePrincipal(context), input);
  }

  @Authorized('REPORTER')
  @Mutation(() => AnnualReportType, {
    description:
      'File the draft; a retry with the same requestId files nothing twice / 报送（同一 requestId 重试不重复报送）',
  })
  submitAnnualReport(
    @Arg('id', () => ID) id: string,
    @Arg('requestId', { description: 'Client-chosen id of this submission / 客户端生成的请求 ID' }) requestId: string,
    @Ctx() context: ReportingContext,
  ) {
    return submitAnnualReport(context.deps, requirePrincipal(context), id, requestId);
  }

  @Authorized('REVIEWER')
  @Mutation(() => AnnualReportType, { description: 'Accept and lock a submitted report / 审核通过' })
  acceptAnnualReport(@Arg('id', () => ID) id: string, @Ctx() context: ReportingContext) {
    return acceptAnnualReport(context.deps, requirePrincipal(context), id);
  }

  @Authorized('REVIEWER')
  @Mutation(() => AnnualReportType, { description: 'Return a submitted report with a reason / 退回' })
  returnAnnualReport(@Arg('input') input: ReturnAnnualReportInput, @Ctx() context: ReportingContext) {
    return returnAnnualReport(context.deps, requirePrincipal(context), input);
  }

  @Authorized('REVIEWER')
  @Mutation(() => AnnualReportType, { description: 'Unlock an accepted report (audited) / 重新开放已通过的报告' })
  reopenAnnualReport(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() context: ReportingContext) {
    return reopenAnnualReport(context.deps, requirePrincipal(context), id, reason);
  }

  @Authorized('REVIEWER')
  @Mutation(() => ReportWaiverType, {
    description: "Let a county's missing report not hold up its prefecture / 批准县级报告免报",
  })
  waiveAnnualReport(
    @Arg('regionCode', () => ID) regionCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('reason') reason: string,
    @Ctx() context: ReportingContext,
  ) {
    return waiveAnnualReport(
      context.deps,
      requirePrincipal(context),
      checkedRegionCode(regionCode, 'regionCode'),
      year,
      reason,
    );
  }

  @Authorized('REVIEWER')
  @Mutation(() => DeadlineExceptionType, { description: 'Grant a later deadline / 批准延期报送' })
  grantDeadlineException(
    @Arg('regionCode', () => ID) regionCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('until') until: Date,
    @Arg('reason') reason: string,
    @Ctx() context: ReportingContext,
  ) {
    return grantDeadlineException(
      context.deps,
      requirePrincipal(context),
      checkedRegionCode(regionCode, 'regionCode'),
      year,
      until,
      reason,
    );
  }
}
