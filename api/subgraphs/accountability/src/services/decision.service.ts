import type { Principal } from '@dibao/auth';
import { AccountabilityCaseStatus } from '@dibao/domain';
import { actorOf, auditedWrite, badInput, conflict } from '@dibao/server';
import { AccountabilityCaseEntity, CaseDecisionEntity, CaseSanctionEntity } from '../entities/index.js';
import type { DecideAccountabilityCaseInput } from '../schema/case.inputs.js';
import { agencyIdOfPrincipal, requireCompetentBody } from './access.js';
import { notInFuture } from './calendar.js';
import { caseState, lockCase } from './case-store.js';
import { checkedSanctions } from './decision-rules.js';
import { nowOf, todayOf, type AccountabilityDeps } from './deps.js';
import { competentBodiesOfCase } from './case-bodies.js';

/**
 * Records the decision on a case under investigation: INVESTIGATING → DECIDED. The deciding body must be one
 * of the case's competent bodies (by default the caller's own agency); the date lies between the opening of
 * the case and today.
 */
export async function decideCase(deps: AccountabilityDeps, principal: Principal, input: DecideAccountabilityCaseInput) {
  const summary = input.summary.trim();
  if (summary.length < 2) throw badInput('Summarise the decision', '请填写决定摘要');
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const found = await lockCase(manager, principal, input.id);
    requireCompetentBody(principal, found.managingRegionCode);
    if (found.status !== 'INVESTIGATING') {
      throw conflict(
        `Only a case under investigation can be decided; this one is ${found.status}`,
        `只有调查中的案件可以作出处理决定，此案件状态为“${AccountabilityCaseStatus[found.status].zh}”`,
      );
    }
    const sanctions = checkedSanctions(input.sanctions, found.subjectKind);
    const decidingAgencyId = input.decidingAgencyId ?? agencyIdOfPrincipal(principal);
    const bodies = competentBodiesOfCase(found);
    if (!bodies.includes(decidingAgencyId)) {
      throw badInput(
        `The deciding body ${decidingAgencyId} is not a competent body of this case (${bodies.join(', ')})`,
        `决定机关 ${decidingAgencyId} 不是此案件的有权机关（${bodies.join('、')}）`,
      );
    }
    const decidedOn = notInFuture(input.decidedOn, todayOf(deps), 'decidedOn', '决定日期');
    if (decidedOn < found.openedOn) {
      throw badInput(
        `decidedOn (${decidedOn}) is before the case was opened (${found.openedOn})`,
        `决定日期（${decidedOn}）早于立案日期（${found.openedOn}）`,
      );
    }
    const before = caseState(found);
    const now = nowOf(deps);
    const decision = manager.create(CaseDecisionEntity, {
      caseId: found.id,
      decidedOn,
      decidingAgencyId,
      summary,
      recordedAt: now,
      recordedBy: actorOf(principal),
    });
    await manager.insert(CaseDecisionEntity, decision);
    await manager.insert(
      CaseSanctionEntity,
      sanctions.map((entry) => ({ caseId: found.id, ...entry })),
    );
    found.status = 'DECIDED';
    found.decidedAt = now;
    const saved = await manager.save(AccountabilityCaseEntity, found);
    await audit({
      entityType: 'AccountabilityCase',
      entityId: found.id,
      action: 'DECIDE',
      before,
      after: { ...caseState(saved), decision: { decidedOn, decidingAgencyId, summary, sanctions } },
    });
    return saved;
  });
}
