import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '@dibao/auth';
import { detect, idCheckCharacter, supergraphProcessSource } from '@dibao/monitoring';
import { systemActor } from '@dibao/server';
import { startTestHub, type TestHub } from '../support/hub.js';

const HEADER =
  'month,county_code,township_code,village,household_id,head_id_number,household_size,amount_fen,area,bank_paid';
const id = (n: number) => {
  const first17 = `630121198${n % 10}0101${String(n).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
};
/** 12 households of 塔尔镇 with varied top-ups; H-3, H-5, H-7 and H-9 are paid far above the standard. */
const roster = `${HEADER}\n${Array.from({ length: 12 }, (_, h) => {
  const size = 1 + (h % 4);
  const amount = [3, 5, 7, 9].includes(h) ? 300000 : size * (40000 - h * 1000);
  return `2025-06,630121,630121102,上庄村,H-${h},${id(h)},${size},${amount},RURAL,true`;
}).join('\n')}\n`;

const ALERT = `query($id: ID!) { alert(id: $id) { id status region { code }
  referral { kind outcome referredAt finding { id status source sourceAlertId region { code } }
    complaint { id status channel sourceAlertId conclusion } }
  history { from to reason } } }`;
const REFER = `mutation($id: ID!, $to: AlertReferralKind!) { referAlert(id: $id, to: $to) { id status
  referral { kind finding { id status source sourceAlertId } complaint { id status channel sourceAlertId } } } }`;

describe('referral of monitoring alerts through the gateway', () => {
  let hub: TestHub;
  const tokens: Record<string, string> = {};
  let alertIds: string[] = [];

  const ok = async (document: string, variables: Record<string, unknown>, token: string) => {
    const result = await hub.query<any>(document, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  beforeAll(async () => {
    hub = await startTestHub('monitoring_referral');
    const cast = {
      admin: { region: '630000', roles: ['ADMIN'], subject: 'province-admin' },
      province: { region: '630000', roles: ['VIEWER'], subject: 'province-viewer' },
      reviewer: { region: '630121', roles: ['REVIEWER'], subject: 'datong-reviewer' },
      reporter: { region: '630121', roles: ['REPORTER'], subject: 'datong-reporter' },
      inspectorA: { region: '630100', roles: ['INSPECTOR'], subject: 'xining-inspector-a' },
      inspectorB: { region: '630100', roles: ['INSPECTOR'], subject: 'xining-inspector-b' },
      handler: { region: '630121', roles: ['COMPLAINT_HANDLER', 'REVIEWER'], subject: 'datong-duty' },
      countyAdmin: { region: '630121', roles: ['ADMIN'], subject: 'datong-admin' },
      townshipOfficer: { region: '630121102', roles: ['COMPLAINT_HANDLER'], subject: 'taer-petition-officer' },
    } as const;
    for (const [name, principal] of Object.entries(cast)) {
      tokens[name] = await hub.token({ ...principal, roles: [...principal.roles], agency: 'CIVIL_AFFAIRS' });
    }
    const upload = (kind: string, body: string, token: string) =>
      fetch(hub.gatewayUrl.replace('/graphql', `/monitoring/upload/${kind}`), {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
        body,
      }).then((response) => response.json() as Promise<Record<string, unknown>>);
    await upload('standards', 'county_code,area,from_month,standard_fen\n630121,RURAL,2024-01,50000\n', tokens.admin!);
    expect(await upload('roster', roster, tokens.reporter!)).toMatchObject({ status: 'IMPORTED', alertsRaised: 4 });
    const alerts = await ok(
      `{ alerts(under: "630121", rule: ABOVE_STANDARD, first: 10) { edges { node { id region { code } } } } }`,
      {},
      tokens.reviewer!,
    );
    alertIds = alerts.alerts.edges.map((edge: any) => edge.node.id);
    expect(alertIds).toHaveLength(4);
    for (const alertId of alertIds) {
      await ok(`mutation($id: ID!) { acknowledgeAlert(id: $id) { status } }`, { id: alertId }, tokens.reviewer!);
    }
  });
  afterAll(async () => {
    await hub.stop();
  });

  const findingsOf = (alertId: string) =>
    hub.adminQuery(`SELECT id FROM oversight.finding WHERE source_alert_id = $1`, [alertId]);
  const complaintsOf = (alertId: string) =>
    hub.adminQuery(`SELECT id FROM complaints.complaint WHERE source_alert_id = $1`, [alertId]);

  it('refuses a caller the target subgraph does not let create the record, and leaves the alert unchanged', async () => {
    const [first, , third] = alertIds as [string, string, string];
    // A civil affairs reviewer may handle the alert but is no inspector: oversight refuses the finding.
    const asReviewer = await hub.query(REFER, { id: first, to: 'FINDING' }, tokens.reviewer);
    expect(asReviewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // An inspector is no complaint handler: complaints refuses the case.
    const asInspector = await hub.query(REFER, { id: third, to: 'COMPLAINT' }, tokens.inspectorA);
    expect(asInspector.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const alertId of [first, third]) {
      const alert = (await ok(ALERT, { id: alertId }, tokens.reviewer!)).alert;
      expect(alert).toMatchObject({ status: 'ACKNOWLEDGED', referral: null });
      expect(alert.history.map((step: any) => step.to)).toEqual(['ACKNOWLEDGED']);
    }
    expect(await findingsOf(first)).toHaveLength(0);
    expect(await complaintsOf(third)).toHaveLength(0);
    const audit = await hub.adminQuery(`SELECT action FROM monitoring.audit_record WHERE entity_id = $1 ORDER BY seq`, [
      first,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['RAISE', 'ACKNOWLEDGED']);
  });

  it('refers an alert to an inspection finding created as the caller, linked and shown with its state', async () => {
    const first = alertIds[0]!;
    const referred = (await ok(REFER, { id: first, to: 'FINDING' }, tokens.inspectorA!)).referAlert;
    expect(referred).toMatchObject({
      status: 'REFERRED',
      referral: {
        kind: 'FINDING',
        complaint: null,
        finding: { status: 'OPEN', source: 'MONITORING', sourceAlertId: first },
      },
    });
    const [row] = await hub.adminQuery(
      `SELECT id, inspection_id, overseer_region_code, region_code, found_by->>'subject' AS finder, description
         FROM oversight.finding WHERE source_alert_id = $1`,
      [first],
    );
    expect(row).toMatchObject({
      id: referred.referral.finding.id,
      inspection_id: null,
      overseer_region_code: '630100',
      region_code: '630121102',
      finder: 'xining-inspector-a',
    });
    expect(row.description).toContain(first);
    // Sent again: the same referral, no second finding.
    const again = (await ok(REFER, { id: first, to: 'FINDING' }, tokens.inspectorA!)).referAlert;
    expect(again.referral.finding.id).toBe(referred.referral.finding.id);
    expect(await findingsOf(first)).toHaveLength(1);
    const audit = await hub.adminQuery(`SELECT action FROM monitoring.audit_record WHERE entity_id = $1 ORDER BY seq`, [
      first,
    ]);
    expect(audit.map((r) => r.action)).toEqual(['RAISE', 'ACKNOWLEDGED', 'REFERRED']);
  });

  it('makes no duplicate when the record exists already (the alert update failed after the remote write)', async () => {
    const second = alertIds[1]!;
    // The first attempt created the finding in oversight, and then the alert's own update was lost.
    const recorded = await ok(
      `mutation($input: RecordMonitoringFindingInput!) { recordMonitoringFinding(input: $input) { id } }`,
      {
        input: {
          alertId: second,
          regionCode: '630121102',
          category: 'FUND_MISMANAGEMENT',
          severity: 'SEVERE',
          householdsAffected: 1,
          amountInvolvedFen: 300000,
          description: 'Monitoring alert, first attempt',
        },
      },
      tokens.inspectorA!,
    );
    const retried = (await ok(REFER, { id: second, to: 'FINDING' }, tokens.inspectorA!)).referAlert;
    expect(retried.referral.finding.id).toBe(recorded.recordMonitoringFinding.id);
    expect(await findingsOf(second)).toHaveLength(1);
  });

  it('closes the alert once its finding is rectified and verified', async () => {
    const first = alertIds[0]!;
    const findingId = (await ok(ALERT, { id: first }, tokens.inspectorA!)).alert.referral.finding.id;
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await ok(
      `mutation($input: SetRectificationPlanInput!) { setRectificationPlan(input: $input) { status } }`,
      { input: { findingId, measures: '核减超标准发放金额并追回。', deadline } },
      tokens.inspectorA!,
    );
    const stillReferred = (await ok(ALERT, { id: first }, tokens.inspectorA!)).alert;
    expect(stillReferred).toMatchObject({
      status: 'REFERRED',
      referral: { outcome: null, finding: { status: 'OPEN' } },
    });
    // A referred alert is closed by its case, not by hand.
    const byHand = await hub.query(
      `mutation($id: ID!) { closeAlert(id: $id) { status } }`,
      { id: first },
      tokens.inspectorA,
    );
    expect(byHand.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await ok(
      `mutation($input: RecordRectificationProgressInput!) { recordRectificationProgress(input: $input) { status } }`,
      { input: { findingId, note: '已追回超发资金。', evidence: ['https://example.org/receipt'], claimFixed: true } },
      tokens.reporter!,
    );
    await ok(
      `mutation($input: RecheckFindingInput!) { recheckFinding(input: $input) { status } }`,
      { input: { findingId, verified: true, note: '复核属实，已整改到位。' } },
      tokens.inspectorB!,
    );
    const closed = (await ok(ALERT, { id: first }, tokens.inspectorA!)).alert;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      referral: { kind: 'FINDING', outcome: 'SUBSTANTIATED', finding: { status: 'VERIFIED' } },
    });
    expect(closed.history.map((step: any) => `${step.from}>${step.to}`)).toEqual([
      'OPEN>ACKNOWLEDGED',
      'ACKNOWLEDGED>REFERRED',
      'REFERRED>CLOSED',
    ]);
    const audit = await hub.adminQuery(
      `SELECT action, actor->>'kind' AS kind FROM monitoring.audit_record WHERE entity_id = $1 ORDER BY seq`,
      [first],
    );
    expect(audit.map((row) => row.action)).toEqual(['RAISE', 'ACKNOWLEDGED', 'REFERRED', 'CLOSED']);
  });

  it('refers an alert to a complaint case created as the caller; its conclusion settles the alert', async () => {
    const third = alertIds[2]!;
    const referred = (await ok(REFER, { id: third, to: 'COMPLAINT' }, tokens.handler!)).referAlert;
    expect(referred).toMatchObject({
      status: 'REFERRED',
      referral: {
        kind: 'COMPLAINT',
        finding: null,
        complaint: { status: 'RECEIVED', channel: 'REFERRAL', sourceAlertId: third },
      },
    });
    const complaintId = referred.referral.complaint.id;
    expect(await complaintsOf(third)).toEqual([{ id: complaintId }]);
    // The case follows its own workflow: handed to the township's petition officer, investigated, concluded.
    await ok(
      `mutation($regionCode: ID!, $subject: String!) { designatePetitionOfficer(regionCode: $regionCode, officerSubject: $subject) { officerSubject } }`,
      { regionCode: '630121102', subject: 'taer-petition-officer' },
      tokens.countyAdmin!,
    );
    await ok(`mutation($id: ID!) { requestHandover(complaintId: $id) { id } }`, { id: complaintId }, tokens.handler!);
    await ok(
      `mutation($id: ID!) { acceptHandover(complaintId: $id) { id } }`,
      { id: complaintId },
      tokens.townshipOfficer!,
    );
    await ok(
      `mutation($id: ID!) { startComplaintInvestigation(complaintId: $id) { id } }`,
      { id: complaintId },
      tokens.townshipOfficer!,
    );
    await ok(
      `mutation($input: ConcludeComplaintInput!) { concludeComplaint(input: $input) { status } }`,
      {
        input: {
          complaintId,
          conclusion: 'UNSUBSTANTIATED',
          findings: '入户核查：该户为补发三个月低保金，不属超标准发放。',
        },
      },
      tokens.townshipOfficer!,
    );
    const closed = (await ok(ALERT, { id: third }, tokens.handler!)).alert;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      referral: {
        kind: 'COMPLAINT',
        outcome: 'NOT_SUBSTANTIATED',
        complaint: { status: 'CONCLUDED', conclusion: 'UNSUBSTANTIATED' },
      },
    });
  });

  it('closes a referred alert at detection when its case was settled meanwhile, unread', async () => {
    const second = alertIds[1]!;
    const [{ id: findingId }] = (await findingsOf(second)) as [{ id: string }];
    await ok(
      `mutation($input: SetRectificationPlanInput!) { setRectificationPlan(input: $input) { status } }`,
      {
        input: { findingId, measures: '核减并追回。', deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() },
      },
      tokens.inspectorA!,
    );
    await ok(
      `mutation($id: ID!, $reason: String!) { closeFindingNotFixed(id: $id, reason: $reason) { status } }`,
      { id: findingId, reason: '该户已迁出，无法追回。' },
      tokens.inspectorB!,
    );
    const [before] = await hub.adminQuery(`SELECT status FROM monitoring.alert WHERE id = $1`, [second]);
    expect(before).toEqual({ status: 'REFERRED' });
    const result = await detect(hub.runtime.dataSources.get('monitoring')!, {
      month: '2025-06',
      actor: systemActor('monitoring-detect'),
      process: supergraphProcessSource({
        gatewayUrl: () => hub.gatewayUrl,
        provinces: ['630000'],
        tokenOf: (principal) => mintToken(principal, hub.jwtSecret),
      }),
    });
    expect(result.process).toEqual({ status: 'RAN', closed: 1 });
    const [after] = await hub.adminQuery(`SELECT status, referral_outcome FROM monitoring.alert WHERE id = $1`, [
      second,
    ]);
    expect(after).toEqual({ status: 'CLOSED', referral_outcome: 'SUBSTANTIATED' });
  });

  it('counts confirmed, refuted and dismissed alerts as the ground truth of the hit rate', async () => {
    await ok(
      `mutation($id: ID!) { dismissAlert(id: $id, reason: "Back pay for three months, verified") { status } }`,
      { id: alertIds[3] },
      tokens.reviewer!,
    );
    const stats = await ok(
      `{ region(code: "630121") { alertStats(year: 2025) { rule raised open referred confirmed refuted dismissed hitRate } } }`,
      {},
      tokens.province!,
    );
    expect(stats.region.alertStats.find((row: any) => row.rule === 'ABOVE_STANDARD')).toEqual({
      rule: 'ABOVE_STANDARD',
      raised: 4,
      open: 0,
      referred: 0,
      confirmed: 2,
      refuted: 1,
      dismissed: 1,
      hitRate: 2 / 4,
    });
  });
});
