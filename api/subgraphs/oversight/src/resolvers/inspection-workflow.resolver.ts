import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { InspectionReportRecipient } from '@dibao/domain';
import { requirePrincipal } from '@dibao/server';
import type { OversightContext } from '../context.js';
import { InspectionReportRecipientEnum } from '../schema/enums.js';
import { PlanInspectionInput } from '../schema/inputs.js';
import { InspectionType } from '../schema/inspection.type.js';
import {
  closeInspection,
  distributeInspectionReport,
  planInspection,
  reportInspection,
  startInspection,
} from '../services/inspection.service.js';

/** The inspection workflow: PLANNED → IN_PROGRESS → REPORTED → CLOSED; illegal moves are CONFLICT. */
@Resolver()
export class InspectionWorkflowResolver {
  @Authorized('INSPECTOR')
  @Mutation(() => InspectionType, {
    description: 'Plan a special inspection organised by your agency / 计划专项督察（本单位组织）',
  })
  planInspection(@Arg('input') input: PlanInspectionInput, @Ctx() context: OversightContext) {
    return planInspection(context.deps, requirePrincipal(context), input);
  }

  @Authorized('INSPECTOR')
  @Mutation(() => InspectionType, { description: 'Start a planned inspection / 开始督察' })
  startInspection(@Arg('id', () => ID) id: string, @Ctx() context: OversightContext) {
    return startInspection(context.deps, requirePrincipal(context), id);
  }

  @Authorized('INSPECTOR')
  @Mutation(() => InspectionType, { description: 'Conclude an inspection with its report / 形成督察报告' })
  reportInspection(
    @Arg('id', () => ID) id: string,
    @Arg('conclusion', { description: 'Conclusion of the report / 督察结论' }) conclusion: string,
    @Ctx() context: OversightContext,
  ) {
    return reportInspection(context.deps, requirePrincipal(context), id, conclusion);
  }

  @Authorized('INSPECTOR')
  @Mutation(() => InspectionType, {
    description:
      'Send the report to the same-level government and/or the superior department, who may then read it / 报送督察报告',
  })
  distributeInspectionReport(
    @Arg('id', () => ID) id: string,
    @Arg('recipients', () => [InspectionReportRecipientEnum]) recipients: InspectionReportRecipient[],
    @Ctx() context: OversightContext,
  ) {
    return distributeInspectionReport(context.deps, requirePrincipal(context), id, recipients);
  }

  @Authorized('INSPECTOR')
  @Mutation(() => InspectionType, {
    description: 'Close a reported inspection once every finding is verified or closed / 结束督察',
  })
  closeInspection(@Arg('id', () => ID) id: string, @Ctx() context: OversightContext) {
    return closeInspection(context.deps, requirePrincipal(context), id);
  }
}
