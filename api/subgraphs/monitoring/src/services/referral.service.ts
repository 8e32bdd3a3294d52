import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { AuditActor } from '@dibao/db';
import { regionLevelOf, type ProblemCategory } from '@dibao/domain';
import { conflict, forbidden, notFound } from '@dibao/server';
import { alertById, referralOf, type AlertNode } from '../loaders.js';
import type { ReferralKind, ReferralOutcome } from '../schema/enums.js';
import { mayHandleAlertsOf } from './access.js';
import { settleReferrals, transitionAlert, type Settlement } from './workflow.service.js';

/*
 * Referral creates the real record in the subgraph that owns it, through the supergraph and as the caller: the
 * caller's own token goes with the request, so oversight's rules (an INSPECTOR in scope) and complaints' rules
 * (a COMPLAINT_HANDLER in scope) decide whether the caller may create it. The order makes a half-done referral
 * impossible: the remote record first (nothing changes here when it is refused or fails), then the alert's step
 * to REFERRED. Should that step fail after the record exists, referring again is safe: the alert's id is the
 * idempotency key of the remote record, so the owner answers with the record it already holds.
 */

/** Reads or writes through the supergraph as someone: the caller, or monitoring's service principal. */
export type SupergraphReader = <T>(document: string, variables: Record<string, unknown>) => Promise<T>;

/** The problem category a rule's lead is about, unless the referrer names another. */
export const RULE_CATEGORY: Record<string, ProblemCategory> = {
  EQUAL_SPLITTING: 'EQUAL_SPLITTING',
  DUPLICATE_PERSON: 'FRAUDULENT_CLAIM',
  ABOVE_STANDARD: 'FUND_MISMANAGEMENT',
  REGISTER_MATCH: 'WRONGLY_INCLUDED',
  ABRUPT_CHANGE: 'FUND_MISMANAGEMENT',
  OVERDUE_REPORT: 'IRREGULAR_PROCEDURE',
  OVERDUE_RECTIFICATION: 'IRREGULAR_PROCEDURE',
  OVERDUE_COMPLAINT: 'IRREGULAR_PROCEDURE',
};

const FINDING_SEVERITY: Record<string, string> = { LOW: 'MINOR', MEDIUM: 'MAJOR', HIGH: 'SEVERE' };

const RECORD_FINDING = `mutation ReferAlertToFinding($input: RecordMonitoringFindingInput!) {
  recordMonitoringFinding(input: $input) { id } }`;
const OPEN_COMPLAINT = `mutation ReferAlertToComplaint($input: MonitoringReferralInput!) {
  receiveMonitoringReferral(input: $input) { id } }`;

/**
 * Findings and complaints belong to counties and townships: a village's alert goes to its township (the village
 * is named in the explanation), a prefecture's or province's stays where it is and the owner refuses it.
 */
export function caseRegionOf(regionCode: string): string {
  return regionLevelOf(regionCode) === 'VILLAGE' ? regionCode.slice(0, 9) : regionCode;
}

/** What the other subgraph records: the explanation in both languages, the alert's id, the figures. */
function caseInput(alert: AlertNode, category: ProblemCategory) {
  const households = new Set(
    alert.evidence.filter((row) => row.householdId).map((row) => `${row.countyCode}:${row.householdId}`),
  );
  const amount = alert.evidence
    .filter((row) => row.householdId && typeof row.amountFen === 'number')
    .reduce((sum, row) => sum + Number(row.amountFen), 0);
  const text = `【动态监测预警 ${alert.id}】${alert.explanation.zh}\n[Monitoring alert ${alert.id}] ${alert.explanation.en}`;
  return {
    alertId: alert.id,
    regionCode: caseRegionOf(alert.region.code),
    category,
    householdsAffected: households.size,
    amountInvolvedFen: amount,
    text,
  };
}

export interface ReferRequest {
  alertId: string;
  to: ReferralKind;
  category?: ProblemCategory | null;
  principal: Principal;
  actor: AuditActor;
  at: Date;
}

/** Refers an ACKNOWLEDGED alert to a finding or a complaint case created as the caller; returns the alert. */
export async function referAlert(
  dataSource: DataSource,
  asCaller: SupergraphReader,
  request: ReferRequest,
): Promise<AlertNode> {
  const alert = await alertById(dataSource, request.alertId);
  if (!alert) throw notFound(`No alert ${request.alertId}`, `没有预警 ${request.alertId}`);
  if (!mayHandleAlertsOf(request.principal, alert.region.code)) throw forbidden();
  const already = referralOf(alert);
  if (already) {
    if (already.kind === request.to && alert.status === 'REFERRED') return alert; // sent twice: done already
    throw conflict(
      `This alert was already referred to a ${already.kind.toLowerCase()}`,
      `此预警已移交（${already.kind}），不能再次移交`,
    );
  }
  if (alert.status !== 'ACKNOWLEDGED') {
    throw conflict(
      `Only an ACKNOWLEDGED alert can be referred; this one is ${alert.status}`,
      `只有已确认收到的预警可以移交，此预警状态为 ${alert.status}`,
    );
  }
  const input = caseInput(alert, request.category ?? RULE_CATEGORY[alert.rule] ?? 'IRREGULAR_PROCEDURE');
  const { text, ...common } = input;
  let recordId: string;
  if (request.to === 'FINDING') {
    const answer = await asCaller<{ recordMonitoringFinding: { id: string } }>(RECORD_FINDING, {
      input: { ...common, severity: FINDING_SEVERITY[alert.severity] ?? 'MAJOR', description: text },
    });
    recordId = answer.recordMonitoringFinding.id;
  } else {
    const { householdsAffected: _h, amountInvolvedFen: _a, ...complaint } = common;
    const answer = await asCaller<{ receiveMonitoringReferral: { id: string } }>(OPEN_COMPLAINT, {
      input: { ...complaint, summary: text, major: alert.severity === 'HIGH' },
    });
    recordId = answer.receiveMonitoringReferral.id;
  }
  return transitionAlert(dataSource, {
    alertId: alert.id,
    to: 'REFERRED',
    reason: `${request.to} ${recordId}`,
    principal: request.principal,
    actor: request.actor,
    at: request.at,
    referral: { kind: request.to, id: recordId },
  });
}

/** A finding is settled once rectified and verified, or closed as not fixed: either way the problem was real. */
export function findingSettlement(status: string): ReferralOutcome | null {
  return status === 'VERIFIED' || status === 'CLOSED_NOT_FIXED' ? 'SUBSTANTIATED' : null;
}

/** A complaint is settled once concluded; (partly) substantiated confirms the lead, unsubstantiated refutes it. */
export function complaintSettlement(status: string, conclusion: string | null): ReferralOutcome | null {
  if ((status !== 'CONCLUDED' && status !== 'CLOSED') || !conclusion) return null;
  return conclusion === 'UNSUBSTANTIATED' ? 'NOT_SUBSTANTIATED' : 'SUBSTANTIATED';
}

/** One aliased root field per record, so that all of a kind are read in one request. */
function statesDocument(kind: ReferralKind, count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$r${i}: ID!`).join(', ');
  const field = kind === 'FINDING' ? 'finding' : 'complaint';
  const selection = kind === 'FINDING' ? '{ id status }' : '{ id status conclusion }';
  const fields = Array.from({ length: count }, (_, i) => `r${i}: ${field}(id: $r${i}) ${selection}`).join(' ');
  return `query ReferredCases(${variables}) { ${fields} }`;
}

/** At most this many referred records are read in one request. */
const STATE_BATCH = 100;

/**
 * Reads the state of the records some REFERRED alerts point at and closes those whose case is settled. It reads
 * as whoever `read` is (the caller, on reads; the service principal, at detection): records that reader may not
 * see are left for another reader, and a failed read changes nothing. Returns the alerts closed.
 */
export async function reconcileReferrals(
  dataSource: DataSource,
  read: SupergraphReader,
  actor: AuditActor,
  alerts: readonly AlertNode[],
  at: Date,
  kinds: readonly ReferralKind[] = ['FINDING', 'COMPLAINT'],
): Promise<string[]> {
  const settlements: Settlement[] = [];
  for (const kind of kinds) {
    const referred = alerts
      .filter((alert) => alert.status === 'REFERRED')
      .map((alert) => ({ alert, referral: referralOf(alert) }))
      .filter((entry) => entry.referral?.kind === kind);
    for (let start = 0; start < referred.length; start += STATE_BATCH) {
      const batch = referred.slice(start, start + STATE_BATCH);
      const variables = Object.fromEntries(batch.map((entry, i) => [`r${i}`, entry.referral!.id]));
      let answer: Record<string, { id: string; status: string; conclusion?: string | null } | null>;
      try {
        answer = await read(statesDocument(kind, batch.length), variables);
      } catch {
        continue; // not readable by this reader, or the supergraph is unavailable: a later reconcile settles it
      }
      batch.forEach((entry, i) => {
        const state = answer[`r${i}`];
        if (!state || state.id !== entry.referral!.id) return;
        const outcome =
          kind === 'FINDING'
            ? findingSettlement(state.status)
            : complaintSettlement(state.status, state.conclusion ?? null);
        if (outcome) {
          settlements.push({
            alertId: entry.alert.id,
            referralId: state.id,
            outcome,
            state: kind === 'COMPLAINT' ? `${state.status} ${state.conclusion}` : state.status,
          });
        }
      });
    }
  }
  return settleReferrals(dataSource, actor, settlements, at);
}

/** Every REFERRED alert, for the reconcile step of a detection run. */
export async function referredAlerts(dataSource: DataSource): Promise<AlertNode[]> {
  const rows = (await dataSource.query(`SELECT id FROM alert WHERE status = 'REFERRED' ORDER BY seq`)) as Array<{
    id: string;
  }>;
  const alerts: AlertNode[] = [];
  for (const row of rows) {
    const alert = await alertById(dataSource, row.id);
    if (alert) alerts.push(alert);
  }
  return alerts;
}
