import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requirePrincipal } from '@dibao/server';
import type { OversightContext } from '../context.js';
import { FindingType } from '../schema/finding.type.js';
import {
  RecheckFindingInput,
  RecordFindingInput,
  RecordMonitoringFindingInput,
  RecordRectificationProgressInput,
  SetRectificationPlanInput,
} from '../schema/inputs.js';
import { recordFinding, recordMonitoringFinding } from '../services/finding.service.js';
import {
  closeFindingNotFixed,
  recheckFinding,
  recordRectificationProgress,
  reopenFinding,
  setRectificationPlan,
} from '../services/rectification.service.js';

/**
 * Findings and their rectification: OPEN → RECTIFYING → REPORTED_FIXED → VERIFIED, a failed re-check back to
 * RECTIFYING, CLOSED_NOT_FIXED, reopening; illegal moves are CONFLICT.
 */
@Resolver()
export class RectificationResolver {
  @Authorized('INSPECTOR')
  @Mutation(() => FindingType, { description: 'Record a problem the inspection found / 记录督察发现的问题' })
  recordFinding(@Arg('input') input: RecordFindingInput, @Ctx() context: OversightContext) {
    return recordFinding(context.deps, requirePrincipal(context), input);
  }

  @Authorized('INSPECTOR')
  @Mutation(() => FindingType, {
    description:
      'Record the problem a monitoring alert points at, without an inspection visit; the same alert again returns the finding already recorded / 记录动态监测预警移交的问题',
  })
  recordMonitoringFinding(@Arg('input') input: RecordMonitoringFindingInput, @Ctx() context: OversightContext) {
    return recordMonitoringFinding(context.deps, requirePrincipal(context), input);
  }

  @Authorized('INSPECTOR')
  @Mutation(() => FindingType, {
    description: 'Set or reset the required measures and the deadline / 提出（或调整）整改要求和期限',
  })
  setRectificationPlan(@Arg('input') input: SetRectificationPlanInput, @Ctx() context: OversightContext) {
    return setRectificationPlan(context.deps, requirePrincipal(context), input);
  }

  @Authorized('REPORTER')
  @Mutation(() => FindingType, {
    description: "The county's progress report, or its report that the problem is fixed / 报送整改进展或整改完成",
  })
  recordRectificationProgress(@Arg('input') input: RecordRectificationProgressInput, @Ctx() context: OversightContext) {
    return recordRectificationProgress(context.deps, requirePrincipal(context), input);
  }

  @Authorized('INSPECTOR')
  @Mutation(() => FindingType, {
    description: 'Independent re-check by an inspector other than the finder / 整改复核（须由非发现人进行）',
  })
  recheckFinding(@Arg('input') input: RecheckFindingInput, @Ctx() context: OversightContext) {
    return recheckFinding(context.deps, requirePrincipal(context), input);
  }

  @Authorized('INSPECTOR')
  @Mutation(() => FindingType, {
    description: 'Close a finding that was not rectified; it never counts as rectified / 未整改到位即关闭',
  })
  closeFindingNotFixed(
    @Arg('id', () => ID) id: string,
    @Arg('reason', { description: 'Why / 关闭原因' }) reason: string,
    @Ctx() context: OversightContext,
  ) {
    return closeFindingNotFixed(context.deps, requirePrincipal(context), id, reason);
  }

  @Authorized('INSPECTOR')
  @Mutation(() => FindingType, {
    description: 'Reopen a verified or closed finding, back to rectifying / 重新打开已销号或已关闭的问题',
  })
  reopenFinding(
    @Arg('id', () => ID) id: string,
    @Arg('reason', { description: 'Why / 重新打开的原因' }) reason: string,
    @Ctx() context: OversightContext,
  ) {
    return reopenFinding(context.deps, requirePrincipal(context), id, reason);
  }
}
