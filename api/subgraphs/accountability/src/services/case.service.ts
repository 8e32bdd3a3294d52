import type { Principal } from '@dibao/auth';
import { AccountabilityCaseStatus, nextAccountabilityCaseStatus, type AccountabilityOriginKind } from '@dibao/domain';
import { actorOf, auditedWrite, badInput, changeAudited, conflict } from '@dibao/server';
import { AccountabilityCaseEntity, CaseOriginEntity } from '../entities/index.js';
import type { OpenAccountabilityCaseInput } from '../schema/case.inputs.js';
import { agencyIdOfPrincipal, requireCompetentBody } from './access.js';
import { notInFuture, notTooEarly } from './calendar.js';
import { caseState, lockCase } from './case-store.js';
import { nowOf, todayOf, type AccountabilityDeps } from './deps.js';
import { caseOpenedNotice } from './notices.js';
import { checkedSubject } from './subject.js';

/** Distinct origins in the order given (a link named twice is one link). */
function distinctOrigins(origins: ReadonlyArray<{ kind: AccountabilityOriginKind; id: string }>) {
  const seen = new Map(origins.map((origin) => [`${origin.kind}|${origin.id}`, origin]));
  return [...seen.values()];
}

/**
 * Opens a case against an official or a unit. The caller must be a DISCIPLINE_OFFICER of a competent body for
 * the subject, computed from the snapshot the caller supplies (region and cadre level of the official, or
 * the unit's agency); the snapshot is stored and audited with the case. Origins must be existing records the
 * caller may read (deps.checkOrigins).
 */
export async function openCase(deps: AccountabilityDeps, principal: Principal, input: OpenAccountabilityCaseInput) {
  const subject = checkedSubject(input.subject);
  if (!subject.name) {
    throw badInput('Name the subject as the case file has it', '请填写案卷记载的问责对象名称');
  }
  requireCompetentBody(principal, subject.bodies.managingRegionCode);
  const today = todayOf(deps);
  const openedOn = notTooEarly(
    notInFuture(input.openedOn ?? today, today, 'openedOn', '立案日期'),
    'openedOn',
    '立案日期',
  );
  const facts = input.facts.trim();
  if (facts.length < 2) throw badInput('Describe the facts', '请填写主要事实');
  const origins = distinctOrigins(input.origins ?? []);
  await deps.checkOrigins(origins);
  const now = nowOf(deps);
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit, raise }) => {
    const opened = await manager.save(
      manager.create(AccountabilityCaseEntity, {
        regionCode: subject.regionCode,
        managingRegionCode: subject.bodies.managingRegionCode,
        subjectKind: subject.kind,
        subjectOfficialId: subject.officialId,
        subjectName: subject.name as string,
        subjectPosition: subject.position,
        subjectCadreLevel: subject.cadreLevel,
        subjectAgencyId: subject.agencyId,
        violation: input.violation,
        facts,
        status: 'OPENED',
        openedOn,
        openingAgencyId: agencyIdOfPrincipal(principal),
        openedAt: now,
        openedBy: actorOf(principal),
        investigationStartedAt: null,
        decidedAt: null,
        closedAt: null,
        closingNote: null,
      }),
    );
    if (origins.length > 0) {
      await manager.insert(
        CaseOriginEntity,
        origins.map((origin) => ({
          caseId: opened.id,
          kind: origin.kind,
          originId: origin.id,
          linkedAt: now,
          linkedBy: actorOf(principal),
        })),
      );
    }
    await audit({
      entityType: 'AccountabilityCase',
      entityId: opened.id,
      action: 'OPEN',
      after: { ...opened, origins },
    });
    raise(caseOpenedNotice(opened));
    return opened;
  });
}

/** Moves a case one step forward; any other move is CONFLICT. */
function moveCase(
  deps: AccountabilityDeps,
  principal: Principal,
  id: string,
  to: AccountabilityCaseStatus,
  action: string,
  apply: (found: AccountabilityCaseEntity) => void,
) {
  return changeAudited(deps.dataSource, principal, {
    entityType: 'AccountabilityCase',
    action,
    async lock(manager) {
      const found = await lockCase(manager, principal, id);
      requireCompetentBody(principal, found.managingRegionCode);
      return found;
    },
    state: caseState,
    apply(found) {
      if (nextAccountabilityCaseStatus(found.status) !== to) {
        throw conflict(
          `A case cannot move from ${found.status} to ${to}`,
          `案件不能从“${AccountabilityCaseStatus[found.status].zh}”变为“${AccountabilityCaseStatus[to].zh}”`,
        );
      }
      found.status = to;
      apply(found);
    },
  });
}

/** OPENED → INVESTIGATING. */
export function startInvestigation(deps: AccountabilityDeps, principal: Principal, id: string) {
  return moveCase(deps, principal, id, 'INVESTIGATING', 'START_INVESTIGATION', (found) => {
    found.investigationStartedAt = nowOf(deps);
  });
}

/** DECIDED → CLOSED, with an optional note on how the decision was carried out. */
export function closeCase(deps: AccountabilityDeps, principal: Principal, id: string, note?: string | null) {
  const closingNote = note?.trim() || null;
  if (closingNote && closingNote.length > 10_000) {
    throw badInput('The closing note is longer than 10,000 characters', '结案说明超过 10000 字');
  }
  return moveCase(deps, principal, id, 'CLOSED', 'CLOSE', (found) => {
    found.closedAt = nowOf(deps);
    found.closingNote = closingNote;
  });
}

/**
 * Links a finding, complaint, incident or inspection to a case, by id (the owning subgraph keeps the record,
 * and is asked through the supergraph whether it exists and the caller may read it: deps.checkOrigins).
 * Linking one already linked changes nothing; a closed case takes no more links.
 */
export async function linkCaseOrigin(
  deps: AccountabilityDeps,
  principal: Principal,
  caseId: string,
  kind: AccountabilityOriginKind,
  originId: string,
) {
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const found = await lockCase(manager, principal, caseId);
    requireCompetentBody(principal, found.managingRegionCode);
    if (found.status === 'CLOSED') {
      throw conflict('The case is closed; it takes no more origins', '案件已结案，不能再关联来源');
    }
    const existing = await manager.findOneBy(CaseOriginEntity, { caseId, kind, originId });
    if (existing) return found;
    await deps.checkOrigins([{ kind, id: originId }]);
    const link = { caseId, kind, originId, linkedAt: nowOf(deps), linkedBy: actorOf(principal) };
    await manager.insert(CaseOriginEntity, link);
    await audit({
      entityType: 'AccountabilityCase',
      entityId: caseId,
      action: 'LINK_ORIGIN',
      after: { kind, id: originId },
    });
    return found;
  });
}
