import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { AccountabilityOriginKind } from '@dibao/domain';
import { badInput, requirePrincipal } from '@dibao/server';
import type { AccountabilityContext } from '../context.js';
import { DecideAccountabilityCaseInput, OpenAccountabilityCaseInput, ORIGIN_ID } from '../schema/case.inputs.js';
import { AccountabilityCaseType } from '../schema/case.type.js';
import { AccountabilityOriginKindEnum } from '../schema/enums.js';
import { closeCase, linkCaseOrigin, openCase, startInvestigation } from '../services/case.service.js';
import { decideCase } from '../services/decision.service.js';

/**
 * Every answer is the case as the caller reads it (loaders.viewOf), like any query's.
 *
 * The case workflow OPENED → INVESTIGATING → DECIDED → CLOSED. Every step is for a DISCIPLINE_OFFICER (ADMIN
 * counts) of a competent body of the case under cadre management authority; other agencies are FORBIDDEN and
 * any other move is CONFLICT. Every change is audited.
 */
@Resolver()
export class AccountabilityCaseWorkflowResolver {
  @Authorized('DISCIPLINE_OFFICER')
  @Mutation(() => AccountabilityCaseType, {
    description: 'Open a case, by a competent body for the subject / 立案（须为依干部管理权限有权追责的机关）',
  })
  async openAccountabilityCase(
    @Arg('input') input: OpenAccountabilityCaseInput,
    @Ctx() context: AccountabilityContext,
  ) {
    return context.loaders.viewOf(await openCase(context.deps, requirePrincipal(context), input));
  }

  @Authorized('DISCIPLINE_OFFICER')
  @Mutation(() => AccountabilityCaseType, { description: 'OPENED → INVESTIGATING / 开始调查' })
  async startAccountabilityInvestigation(@Arg('id', () => ID) id: string, @Ctx() context: AccountabilityContext) {
    return context.loaders.viewOf(await startInvestigation(context.deps, requirePrincipal(context), id));
  }

  @Authorized('DISCIPLINE_OFFICER')
  @Mutation(() => AccountabilityCaseType, {
    description: 'INVESTIGATING → DECIDED, with the sanctions (one per track) / 作出处理决定',
  })
  async decideAccountabilityCase(
    @Arg('input') input: DecideAccountabilityCaseInput,
    @Ctx() context: AccountabilityContext,
  ) {
    return context.loaders.viewOf(await decideCase(context.deps, requirePrincipal(context), input));
  }

  @Authorized('DISCIPLINE_OFFICER')
  @Mutation(() => AccountabilityCaseType, { description: 'DECIDED → CLOSED / 结案' })
  async closeAccountabilityCase(
    @Arg('id', () => ID) id: string,
    @Ctx() context: AccountabilityContext,
    @Arg('note', () => String, { nullable: true, description: 'How the decision was carried out / 结案说明' })
    note?: string | null,
  ) {
    return context.loaders.viewOf(await closeCase(context.deps, requirePrincipal(context), id, note));
  }

  @Authorized('DISCIPLINE_OFFICER')
  @Mutation(() => AccountabilityCaseType, {
    description:
      'Link a finding, complaint, incident or inspection to a case by id; linking one twice changes nothing / 关联案件来源',
  })
  async linkCaseOrigin(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('kind', () => AccountabilityOriginKindEnum) kind: AccountabilityOriginKind,
    @Arg('id', () => ID, { description: 'Id of the record in its own subgraph / 来源记录 ID' }) id: string,
    @Ctx() context: AccountabilityContext,
  ) {
    if (!ORIGIN_ID.test(id)) {
      throw badInput('id must be 1–100 letters, digits or :._-', '来源记录 ID 须为 1 至 100 个字母、数字或 :._-');
    }
    return context.loaders.viewOf(await linkCaseOrigin(context.deps, requirePrincipal(context), caseId, kind, id));
  }
}
