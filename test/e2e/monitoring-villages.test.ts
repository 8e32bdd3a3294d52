import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCheckCharacter } from '@dibao/monitoring';
import { startTestHub, type TestHub } from '../support/hub.js';

const HEADER =
  'month,county_code,township_code,village,household_id,head_id_number,household_size,amount_fen,area,bank_paid';
const id = (n: number) => {
  const first17 = `630121197${n % 10}0101${String(n).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
};
/** 12 households of a village, sizes 1–4, 10 of them paid the same 400 yuan: the money was split equally. */
const village = (name: string, offset: number) =>
  Array.from({ length: 12 }, (_, h) => {
    const size = 1 + (h % 4);
    const amount = h < 10 ? 40000 : size * (45000 - h * 1000);
    return `2025-07,630121,630121102,${name},V${offset}-${h},${id(offset + h)},${size},${amount},RURAL,true`;
  });

const ALERTS = `query($under: ID!) { alerts(under: $under, rule: EQUAL_SPLITTING, first: 10) {
  totalCount edges { node { id region { code name level } explanation { zh } } } } }`;

describe('village-level alert regions', () => {
  let hub: TestHub;
  let villageCode: string;
  let villageName: string;

  beforeAll(async () => {
    hub = await startTestHub('monitoring_villages');
    const township = await hub.query<any>(`{ region(code: "630121102") { children { code name level } } }`);
    const villages = township.data.region.children as Array<{ code: string; name: string; level: string }>;
    const unique = villages.filter(
      (v) => v.level === 'VILLAGE' && villages.filter((w) => w.name === v.name).length === 1,
    );
    ({ code: villageCode, name: villageName } = unique[0]!);
    const reporter = await hub.token({ region: '630121', roles: ['REPORTER'], agency: 'CIVIL_AFFAIRS' });
    const response = await fetch(hub.gatewayUrl.replace('/graphql', '/monitoring/upload/roster'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${reporter}` },
      body: `${HEADER}\n${[...village(villageName, 0), ...village('不在名录村', 100)].join('\n')}\n`,
    });
    expect(await response.json()).toMatchObject({ status: 'IMPORTED', alertsRaised: 2 });
  });
  afterAll(async () => {
    await hub.stop();
  });

  it('points a village rule at the registry’s village, found by its name within the township', async () => {
    const county = await hub.token({ region: '630121', roles: ['VIEWER'], agency: 'CIVIL_AFFAIRS' });
    const alerts = (await hub.query<any>(ALERTS, { under: '630121102' }, county)).data.alerts;
    const regions = alerts.edges
      .map((edge: any) => edge.node.region)
      .sort((a: any, b: any) => (a.code < b.code ? -1 : 1));
    // The name the registry does not know stays at its township.
    expect(regions).toEqual([
      { code: '630121102', name: expect.any(String), level: 'TOWNSHIP' },
      { code: villageCode, name: villageName, level: 'VILLAGE' },
    ]);
    expect(villageCode).toMatch(/^630121102\d{3}$/);
    const stored = await hub.adminQuery(`SELECT region_code FROM monitoring.alert WHERE region_code = $1`, [
      villageCode,
    ]);
    expect(stored).toHaveLength(1);
  });

  it('keeps scope: a village is under its township, county and prefecture, and nobody else’s', async () => {
    const county = await hub.token({ region: '630121', roles: ['VIEWER'], agency: 'CIVIL_AFFAIRS' });
    const prefecture = await hub.token({ region: '630100', roles: ['VIEWER'], agency: 'DISCIPLINE_INSPECTION' });
    const township = await hub.token({ region: '630121102', roles: ['VIEWER'], agency: 'CIVIL_AFFAIRS' });
    const neighbour = await hub.token({ region: '630102', roles: ['VIEWER'], agency: 'CIVIL_AFFAIRS' });
    for (const [under, token] of [
      [villageCode, county],
      ['630121102', township],
      ['630121', county],
      ['630100', prefecture],
    ] as const) {
      const seen = (await hub.query<any>(ALERTS, { under }, token)).data.alerts.edges.map(
        (e: any) => e.node.region.code,
      );
      expect(seen).toContain(villageCode);
    }
    const onlyVillage = (await hub.query<any>(ALERTS, { under: villageCode }, county)).data.alerts;
    expect(onlyVillage.totalCount).toBe(1);
    const alertId = onlyVillage.edges[0].node.id;
    const refused = await hub.query(`query($id: ID!) { alert(id: $id) { id } }`, { id: alertId }, neighbour);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await hub.query(ALERTS, { under: villageCode }, neighbour);
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stats = await hub.query<any>(
      `query($code: ID!) { region(code: $code) { alertStats(year: 2025) { rule raised } } }`,
      { code: '630121102' },
      township,
    );
    expect(stats.data.region.alertStats.find((row: any) => row.rule === 'EQUAL_SPLITTING').raised).toBe(2);
  });

  it('refers a village’s alert to a finding of its township', async () => {
    const county = await hub.token({ region: '630121', roles: ['VIEWER'], agency: 'CIVIL_AFFAIRS' });
    const alertId = (await hub.query<any>(ALERTS, { under: villageCode }, county)).data.alerts.edges[0].node.id;
    const inspector = await hub.token({ region: '630121', roles: ['INSPECTOR'], agency: 'CIVIL_AFFAIRS' });
    await hub.query(`mutation($id: ID!) { acknowledgeAlert(id: $id) { status } }`, { id: alertId }, inspector);
    const referred = await hub.query<any>(
      `mutation($id: ID!) { referAlert(id: $id, to: FINDING) { status referral { finding { category region { code } description } } } }`,
      { id: alertId },
      inspector,
    );
    expect(referred.data.referAlert).toMatchObject({
      status: 'REFERRED',
      referral: { finding: { category: 'EQUAL_SPLITTING', region: { code: '630121102' } } },
    });
    expect(referred.data.referAlert.referral.finding.description).toContain(villageName);
  });
});
