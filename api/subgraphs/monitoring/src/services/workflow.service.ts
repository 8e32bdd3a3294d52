import type { DataSource } from 'typeorm';
import type { AuditActor } from '@dibao/db';
import { auditedWrite, badInput, conflict, forbidden, notFound } from '@dibao/server';
import type { Principal } from '@dibao/auth';
import { alertById, type AlertNode } from '../loaders.js';
import type { AlertStatus, ReferralKind, ReferralOutcome } from '../schema/enums.js';
import { mayHandleAlertsOf } from './access.js';

/**
 * The workflow: which status each step may start from. A referred alert closes when its case is settled
 * (settleReferral), not by hand: the case's outcome is what the hit rate counts.
 */
const STEPS: Record<Exclude<AlertStatus, 'OPEN'>, readonly AlertStatus[]> = {
  ACKNOWLEDGED: ['OPEN'],
  REFERRED: ['ACKNOWLEDGED'],
  CLOSED: ['ACKNOWLEDGED'],
  DISMISSED: ['OPEN', 'ACKNOWLEDGED'],
};

export interface TransitionRequest {
  alertId: string;
  to: Exclude<AlertStatus, 'OPEN'>;
  reason?: string | null;
  principal: Principal;
  actor: AuditActor;
  at: Date;
  /** For REFERRED: the record created in the other subgraph. */
  referral?: { kind: ReferralKind; id: string };
}

/** Moves an alert one step, in one transaction with its event and its audit record. */
export async function transitionAlert(dataSource: DataSource, request: TransitionRequest): Promise<AlertNode> {
  const reason = request.reason?.trim() || null;
  if (request.to === 'DISMISSED' && (!reason || reason.length < 4 || reason.length > 2000)) {
    throw badInput('Dismissing an alert needs a reason of 4–2000 characters', '排除预警须说明理由（4–2000 字）');
  }
  return auditedWrite(dataSource, request.actor, async (tx) => {
    const { manager } = tx;
    const alert = await alertById(manager, request.alertId, true);
    if (!alert) throw notFound(`No alert ${request.alertId}`, `没有预警 ${request.alertId}`);
    if (!mayHandleAlertsOf(request.principal, alert.region.code)) throw forbidden();
    if ((request.to === 'REFERRED') !== !!request.referral) {
      throw new Error('A referral, and only a referral, names the record referred to');
    }
    if (!STEPS[request.to].includes(alert.status as AlertStatus)) {
      throw conflict(
        `An alert that is ${alert.status} cannot become ${request.to}`,
        `状态为 ${alert.status} 的预警不能转为 ${request.to}`,
      );
    }
    await manager.query(
      `UPDATE alert SET status = $2, dismiss_reason = $3, updated_at = $4,
         referral_kind = coalesce($5, referral_kind), referral_id = coalesce($6::uuid, referral_id),
         referred_at = CASE WHEN $5::text IS NULL THEN referred_at ELSE $4 END
       WHERE id = $1`,
      [
        alert.id,
        request.to,
        request.to === 'DISMISSED' ? reason : null,
        request.at,
        request.referral?.kind ?? null,
        request.referral?.id ?? null,
      ],
    );
    await manager.query(
      `INSERT INTO alert_event (alert_id, from_status, to_status, reason, at, actor) VALUES ($1, $2, $3, $4, $5, $6)`,
      [alert.id, alert.status, request.to, reason, request.at, JSON.stringify(request.actor)],
    );
    await tx.audit({
      entityType: 'Alert',
      entityId: alert.id,
      action: request.to,
      before: { status: alert.status },
      after: { status: request.to, reason, ...(request.referral ? { referral: request.referral } : {}) },
    });
    const referral = request.referral
      ? {
          kind: request.referral.kind,
          referredAt: request.at,
          finding: request.referral.kind === 'FINDING' ? { id: request.referral.id } : null,
          complaint: request.referral.kind === 'COMPLAINT' ? { id: request.referral.id } : null,
          outcome: null,
        }
      : alert.referral;
    return { ...alert, status: request.to, dismissReason: request.to === 'DISMISSED' ? reason : null, referral };
  });
}

export interface Settlement {
  alertId: string;
  /** The record it was referred to, as read: a settlement applies only while the alert still points at it. */
  referralId: string;
  outcome: ReferralOutcome;
  /** The case's state, for the history (e.g. "FINDING VERIFIED"). */
  state: string;
}

/**
 * REFERRED → CLOSED once the case it was referred to is settled, with the outcome: one transaction per alert
 * with its event and audit record. An alert that is no longer REFERRED to that record is left alone, so a
 * settlement read twice (a detection run and a read at the same moment) closes it once. Returns the alerts
 * closed.
 */
export async function settleReferrals(
  dataSource: DataSource,
  actor: AuditActor,
  settlements: readonly Settlement[],
  at: Date,
): Promise<string[]> {
  const closed: string[] = [];
  for (const settlement of settlements) {
    const done = await auditedWrite(dataSource, actor, async (tx) => {
      const { manager } = tx;
      const alert = await alertById(manager, settlement.alertId, true);
      const referral = alert?.referral;
      const referredTo = referral?.finding?.id ?? referral?.complaint?.id;
      if (!alert || alert.status !== 'REFERRED' || referredTo !== settlement.referralId) return false;
      const reason = `${referral!.kind} ${settlement.state}: ${settlement.outcome}`;
      await manager.query(`UPDATE alert SET status = 'CLOSED', referral_outcome = $2, updated_at = $3 WHERE id = $1`, [
        alert.id,
        settlement.outcome,
        at,
      ]);
      await manager.query(
        `INSERT INTO alert_event (alert_id, from_status, to_status, reason, at, actor) VALUES ($1, 'REFERRED', 'CLOSED', $2, $3, $4)`,
        [alert.id, reason, at, JSON.stringify(actor)],
      );
      await tx.audit({
        entityType: 'Alert',
        entityId: alert.id,
        action: 'CLOSED',
        before: { status: 'REFERRED' },
        after: { status: 'CLOSED', outcome: settlement.outcome, referral: { kind: referral!.kind, id: referredTo } },
      });
      return true;
    });
    if (done) closed.push(settlement.alertId);
  }
  return closed;
}
