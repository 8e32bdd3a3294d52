import type { Principal } from '@dibao/auth';
import type { EntityManager } from 'typeorm';
import type { RectificationEventKind, RectificationStatus } from '@dibao/domain';
import { actorOf, applyChange, auditedWrite, badInput, conflict } from '@dibao/server';
import { FindingEntity, RectificationEventEntity } from '../entities/index.js';
import type {
  RecheckFindingInput,
  RecordRectificationProgressInput,
  SetRectificationPlanInput,
} from '../schema/inputs.js';
import { requireFindingInspector, requireIndependentInspector, requireRectificationReporter } from './access.js';
import type { OversightDeps } from './deps.js';
import { defaultRectificationDeadline } from './rule-defaults.js';
import { findingState, lockFinding, type Overseer } from './store.js';
import { rectificationStepNotices } from './notices.js';

/*
 * The rectification of a finding:
 *   OPEN ──progress──▶ RECTIFYING ──progress, claimFixed──▶ REPORTED_FIXED ──re-check passes──▶ VERIFIED
 *                        ▲                                      │
 *                        └────────── re-check fails ────────────┘
 *   OPEN, RECTIFYING, REPORTED_FIXED ──close──▶ CLOSED_NOT_FIXED
 *   VERIFIED, CLOSED_NOT_FIXED ──reopen──▶ RECTIFYING
 * A failed re-check and a reopening each count once in reopenedCount. Every step is a rectification event
 * and an audit record; every other move is CONFLICT.
 */

function requireStatus(finding: FindingEntity, allowed: RectificationStatus[], verb: { en: string; zh: string }) {
  if (!allowed.includes(finding.status)) {
    throw conflict(
      `Only a finding that is ${allowed.join(' or ')} can be ${verb.en}; this one is ${finding.status}`,
      `只有整改状态为 ${allowed.join('或')} 的问题可以${verb.zh}，此问题状态为 ${finding.status}`,
    );
  }
}

function checkedText(value: string, what: { en: string; zh: string }) {
  const text = value.trim();
  if (text.length < 2) throw badInput(`Give ${what.en}`, `请填写${what.zh}`);
  return text;
}

interface Step {
  kind: RectificationEventKind;
  action: string;
  note: string;
  evidence?: string[];
  deadline?: Date | null;
  fundsRecoveredFen?: number;
  householdsRemoved?: number;
  householdsAdded?: number;
}

/** One step on one finding, in one transaction: lock, check, change, then its history entry and audit record. */
function step(
  deps: OversightDeps,
  principal: Principal,
  findingId: string,
  work: (finding: FindingEntity, inspection: Overseer, now: Date, manager: EntityManager) => Step | Promise<Step>,
) {
  return auditedWrite(deps.dataSource, principal, async (tx) => {
    const { finding, inspection } = await lockFinding(tx.manager, principal, findingId);
    const now = deps.now();
    return applyChange(tx, finding, {
      entityType: 'Finding',
      action: (change: Step) => change.action,
      state: findingState,
      apply: (locked) => work(locked, inspection, now, tx.manager),
      saved: (finding, change, { manager, actor }) =>
        manager.insert(RectificationEventEntity, {
          findingId: finding.id,
          at: now,
          kind: change.kind,
          note: change.note,
          evidence: change.evidence ?? [],
          deadline: change.deadline ?? null,
          fundsRecoveredFen: change.fundsRecoveredFen ?? 0,
          householdsRemoved: change.householdsRemoved ?? 0,
          householdsAdded: change.householdsAdded ?? 0,
          statusAfter: finding.status,
          recordedBy: actor,
        }),
      after: (finding, change) => ({ ...findingState(finding), note: change.note, evidence: change.evidence ?? [] }),
      raises: (finding, change) => rectificationStepNotices(finding, change, inspection),
    });
  });
}

/** Sets (or resets, e.g. after a failed re-check) the required measures and the deadline. */
export function setRectificationPlan(deps: OversightDeps, principal: Principal, input: SetRectificationPlanInput) {
  const measures = checkedText(input.measures, { en: 'the required measures', zh: '整改要求' });
  return step(deps, principal, input.findingId, async (finding, inspection, now, manager) => {
    requireFindingInspector(principal, inspection);
    requireStatus(finding, ['OPEN', 'RECTIFYING'], { en: 'given a rectification plan', zh: '设定整改要求' });
    if (input.deadline && input.deadline.getTime() <= now.getTime()) {
      throw badInput('The deadline must lie in the future', '整改期限须晚于当前时间');
    }
    const deadline =
      input.deadline ?? (await defaultRectificationDeadline(manager, finding.regionCode, finding.severity, now));
    finding.measures = measures;
    finding.deadline = deadline;
    return { kind: 'PLAN_SET', action: 'SET_PLAN', note: measures, deadline };
  });
}

/** The county's progress report; with claimFixed it reports the problem fixed, which needs evidence. */
export function recordRectificationProgress(
  deps: OversightDeps,
  principal: Principal,
  input: RecordRectificationProgressInput,
) {
  const note = checkedText(input.note, { en: 'what was done', zh: '整改进展' });
  const evidence = [...new Set(input.evidence ?? [])];
  const claimFixed = input.claimFixed ?? false;
  if (claimFixed && evidence.length === 0) {
    throw badInput('Reporting a problem fixed needs at least one evidence link', '报告整改完成须提供至少一项佐证材料');
  }
  return step(deps, principal, input.findingId, (finding, _inspection, now) => {
    requireRectificationReporter(principal, finding);
    requireStatus(finding, ['OPEN', 'RECTIFYING'], { en: 'reported on', zh: '报送整改进展' });
    if (finding.deadline === null) {
      throw conflict(
        'The inspectors have not set the rectification plan yet',
        '督察组尚未提出整改要求和期限，暂不能报送整改进展',
      );
    }
    const fundsRecoveredFen = input.fundsRecoveredFen ?? 0;
    const householdsRemoved = input.householdsRemoved ?? 0;
    const householdsAdded = input.householdsAdded ?? 0;
    finding.fundsRecoveredFen += fundsRecoveredFen;
    finding.householdsRemoved += householdsRemoved;
    finding.householdsAdded += householdsAdded;
    finding.status = claimFixed ? 'REPORTED_FIXED' : 'RECTIFYING';
    if (claimFixed) finding.reportedFixedAt = now;
    return {
      kind: claimFixed ? 'REPORTED_FIXED' : 'PROGRESS',
      action: claimFixed ? 'REPORT_FIXED' : 'PROGRESS',
      note,
      evidence,
      fundsRecoveredFen,
      householdsRemoved,
      householdsAdded,
    };
  });
}

/** The independent re-check of a rectification reported fixed: VERIFIED, or back to RECTIFYING. */
export function recheckFinding(deps: OversightDeps, principal: Principal, input: RecheckFindingInput) {
  const note = checkedText(input.note, { en: 'the re-check result', zh: '复核意见' });
  return step(deps, principal, input.findingId, (finding, inspection, now) => {
    requireIndependentInspector(principal, inspection, finding);
    requireStatus(finding, ['REPORTED_FIXED'], { en: 're-checked', zh: '复核' });
    if (input.verified) {
      finding.status = 'VERIFIED';
      finding.verifiedAt = now;
      finding.verifiedBy = actorOf(principal);
    } else {
      finding.status = 'RECTIFYING';
      finding.reopenedCount += 1;
    }
    return {
      kind: input.verified ? 'RECHECK_PASSED' : 'RECHECK_FAILED',
      action: input.verified ? 'RECHECK_PASSED' : 'RECHECK_FAILED',
      note,
      evidence: [...new Set(input.evidence ?? [])],
    };
  });
}

/** Closes a finding that was not rectified; it stays on record as not fixed, never as rectified. */
export function closeFindingNotFixed(deps: OversightDeps, principal: Principal, findingId: string, reason: string) {
  const text = checkedText(reason, { en: 'a reason', zh: '关闭原因' });
  return step(deps, principal, findingId, (finding, inspection, now) => {
    requireFindingInspector(principal, inspection);
    requireStatus(finding, ['OPEN', 'RECTIFYING', 'REPORTED_FIXED'], { en: 'closed', zh: '关闭' });
    finding.status = 'CLOSED_NOT_FIXED';
    finding.closedAt = now;
    finding.closedReason = text;
    return { kind: 'CLOSED_NOT_FIXED', action: 'CLOSE_NOT_FIXED', note: text };
  });
}

/**
 * Reopens a verified or closed finding (the problem recurred, or closing it was wrong): back to RECTIFYING,
 * or to OPEN for one closed before any plan was set, since rectifying needs a plan.
 */
export function reopenFinding(deps: OversightDeps, principal: Principal, findingId: string, reason: string) {
  const text = checkedText(reason, { en: 'a reason', zh: '重新打开的原因' });
  return step(deps, principal, findingId, (finding, inspection) => {
    requireIndependentInspector(principal, inspection, finding);
    requireStatus(finding, ['VERIFIED', 'CLOSED_NOT_FIXED'], { en: 'reopened', zh: '重新打开' });
    finding.status = finding.deadline === null ? 'OPEN' : 'RECTIFYING';
    finding.reopenedCount += 1;
    finding.verifiedAt = null;
    finding.verifiedBy = null;
    finding.closedAt = null;
    finding.closedReason = null;
    return { kind: 'REOPENED', action: 'REOPEN', note: text };
  });
}
