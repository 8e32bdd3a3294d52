import { createServer } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseRegionOf,
  complaintSettlement,
  createMonitoringSubgraph,
  detect,
  findingSettlement,
  importFile,
} from '@dibao/monitoring';
import { systemActor } from '@dibao/server';
import { startSubgraphHarness, type SubgraphHarness } from '../../../../test/support/subgraph-harness.js';
import { cleanCounty, PSEUDONYM_KEY, principal, rosterCsv } from './harness.js';

/** A loopback port nothing listens on: the supergraph is unreachable there. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('referral', () => {
  let h: SubgraphHarness;
  let alertId: string;
  let openId: string;
  const reviewer = principal('630121', ['REVIEWER']);

  beforeAll(async () => {
    const port = await closedPort();
    h = await startSubgraphHarness(
      'monitoring_referral_unit',
      createMonitoringSubgraph({ gatewayUrl: () => `http://127.0.0.1:${port}/graphql` }),
    );
    const rows = cleanCounty('2025-03', '630121', { townships: 1, villages: 1 });
    rows[3]!.amount = 900000; // far above any standard
    rows[5]!.amount = 900000;
    const send = (kind: 'ROSTER' | 'STANDARDS', csv: string) =>
      importFile(h.dataSource, Readable.from([Buffer.from(csv)]), {
        kind,
        actor: systemActor('test'),
        pseudonymKey: PSEUDONYM_KEY,
      });
    await send('STANDARDS', 'county_code,area,from_month,standard_fen\n630121,RURAL,2020-01,50000\n');
    await send('ROSTER', rosterCsv(rows));
    await detect(h.dataSource, { month: '2025-03', actor: systemActor('test'), villages: null });
    const alerts = (await h.dataSource.query(
      `SELECT id FROM alert WHERE rule = 'ABOVE_STANDARD' ORDER BY seq`,
    )) as Array<{ id: string }>;
    expect(alerts).toHaveLength(2);
    [alertId, openId] = alerts.map((alert) => alert.id) as [string, string];
    const ack = await h.run(`mutation($id: ID!) { acknowledgeAlert(id: $id) { status } }`, reviewer, { id: alertId });
    expect(ack.errors).toBeUndefined();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('changes nothing when the record cannot be created (the supergraph is unreachable, or no token)', async () => {
    const refer = `mutation($id: ID!) { referAlert(id: $id, to: FINDING) { status } }`;
    const unreachable = await h.run(refer, reviewer, { id: alertId }, { bearerToken: 'a-token' });
    expect(unreachable.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const anonymous = await h.run(refer, reviewer, { id: alertId }, { bearerToken: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [row] = (await h.dataSource.query(
      `SELECT status, referral_kind, referral_id, referred_at FROM alert WHERE id = $1`,
      [alertId],
    )) as [Record<string, unknown>];
    expect(row).toEqual({ status: 'ACKNOWLEDGED', referral_kind: null, referral_id: null, referred_at: null });
    const audit = (await h.dataSource.query(`SELECT action FROM audit_record WHERE entity_id = $1 ORDER BY seq`, [
      alertId,
    ])) as Array<{ action: string }>;
    expect(audit.map((entry) => entry.action)).toEqual(['RAISE', 'ACKNOWLEDGED']);
  });

  it('refers only acknowledged alerts, for those who handle them', async () => {
    const early = await h.run(
      `mutation($id: ID!) { referAlert(id: $id, to: COMPLAINT) { status } }`,
      reviewer,
      { id: openId },
      { bearerToken: 'a-token' },
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const viewer = principal('630121', ['VIEWER']);
    const refused = await h.run(`mutation($id: ID!) { referAlert(id: $id, to: FINDING) { status } }`, viewer, {
      id: alertId,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('settles a finding once verified or closed not fixed, a complaint once concluded', () => {
    expect(['OPEN', 'RECTIFYING', 'REPORTED_FIXED'].map(findingSettlement)).toEqual([null, null, null]);
    expect(findingSettlement('VERIFIED')).toBe('SUBSTANTIATED');
    expect(findingSettlement('CLOSED_NOT_FIXED')).toBe('SUBSTANTIATED');
    expect(complaintSettlement('INVESTIGATING', null)).toBeNull();
    expect(complaintSettlement('CONCLUDED', 'SUBSTANTIATED')).toBe('SUBSTANTIATED');
    expect(complaintSettlement('CLOSED', 'PARTLY_SUBSTANTIATED')).toBe('SUBSTANTIATED');
    expect(complaintSettlement('CONCLUDED', 'UNSUBSTANTIATED')).toBe('NOT_SUBSTANTIATED');
  });

  it('sends a village’s alert to its township, others where they are', () => {
    expect(caseRegionOf('630121102203')).toBe('630121102');
    expect(caseRegionOf('630121102')).toBe('630121102');
    expect(caseRegionOf('630121')).toBe('630121');
  });
});
