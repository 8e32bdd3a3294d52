import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCheckCharacter } from '@dibao/monitoring';
import { subscribeOverSse } from '../support/event-stream.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const HEADER =
  'month,county_code,township_code,village,household_id,head_id_number,household_size,amount_fen,area,bank_paid';
const id = (n: number) => {
  const first17 = `630121198${n % 10}0101${String(n).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
};
/** Datong's roster of a month: 12 households with varied top-ups, and household H-7 paid far above the standard. */
const datongRoster = (month: string, county = '630121') =>
  `${HEADER}\n${Array.from({ length: 12 }, (_, h) => {
    const size = 1 + (h % 4);
    const amount = h === 7 ? 300000 : size * (40000 - h * 1000);
    return `${month},${county},${county}100,东村,H-${h},${id(h)},${size},${amount},RURAL,true`;
  }).join('\n')}\n`;

const ALERTS = `query($under: ID!) { alerts(under: $under, first: 10) { totalCount edges { node {
  id rule status region { code name } explanation { en } evidence { householdId headPseudonym } } } } }`;

describe('monitoring through the gateway', () => {
  let hub: TestHub;
  let uploadUrl: (kind: string) => string;
  const upload = async (kind: string, body: string, token?: string) => {
    const response = await fetch(uploadUrl(kind), {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    hub = await startTestHub('monitoring_e2e');
    uploadUrl = (kind) => hub.gatewayUrl.replace('/graphql', `/monitoring/upload/${kind}`);
  });
  afterAll(async () => {
    await hub.stop();
  });

  it('takes a county roster over HTTP from its own reporter only, pseudonymised, with detection', async () => {
    const admin = await hub.token({ region: '630000', roles: ['ADMIN'], agency: 'CIVIL_AFFAIRS' });
    const standards = await upload(
      'standards',
      'county_code,area,from_month,standard_fen\n630121,RURAL,2024-01,50000\n',
      admin,
    );
    expect(standards).toMatchObject({ status: 200, body: { status: 'IMPORTED', rows: 1 } });

    const reporter = await hub.token({ region: '630121', roles: ['REPORTER'], agency: 'CIVIL_AFFAIRS' });
    expect((await upload('roster', datongRoster('2025-06'))).status).toBe(401);
    const other = await upload(
      'roster',
      datongRoster('2025-06', '630102').replaceAll('630121100', '630102100'),
      reporter,
    );
    expect(other).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const bad = await upload('roster', datongRoster('2025-06').replace(',RURAL,', ',NOWHERE,'), reporter);
    expect(bad.status).toBe(422);
    expect(bad.body.problems).toEqual([{ line: 2, column: 'area', reason: 'must be URBAN or RURAL' }]);
    expect(await hub.adminQuery('SELECT 1 FROM monitoring.roster')).toHaveLength(0);

    const good = await upload('roster', datongRoster('2025-06'), reporter);
    expect(good).toMatchObject({
      status: 200,
      body: { status: 'IMPORTED', rows: 12, countyCode: '630121', alertsRaised: 1 },
    });
    const again = await upload('roster', datongRoster('2025-06'), reporter);
    expect(again.body.status).toBe('UNCHANGED');
    const stored = await hub.adminQuery<{ text: string }>(
      `SELECT concat_ws(' ', (SELECT string_agg(r::text, ' ') FROM monitoring.roster r), (SELECT string_agg(a::text, ' ') FROM monitoring.audit_record a)) AS text`,
    );
    expect(stored[0]!.text).not.toContain(id(3));
    expect(stored[0]!.text).toContain('630121');
  });

  it('shows alerts to civil affairs above and to discipline bodies, never to the public or other counties', async () => {
    const anonymous = await hub.query(ALERTS, { under: '630121' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const neighbour = await hub.token({ region: '630102', roles: ['REVIEWER'], agency: 'CIVIL_AFFAIRS' });
    expect((await hub.query(ALERTS, { under: '630121' }, neighbour)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const finance = await hub.token({ region: '630000', roles: ['VIEWER'], agency: 'FINANCE' });
    expect((await hub.query(ALERTS, { under: '630121' }, finance)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const discipline = await hub.token({
      region: '630100',
      roles: ['DISCIPLINE_OFFICER'],
      agency: 'DISCIPLINE_INSPECTION',
    });
    const seen = await hub.query<any>(ALERTS, { under: '630000' }, discipline);
    // Xining's discipline body does not cover Qinghai as a whole.
    expect(seen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const province = await hub.token({ region: '630000', roles: ['VIEWER'], agency: 'CIVIL_AFFAIRS' });
    const all = await hub.query<any>(ALERTS, { under: '630000' }, province);
    expect(all.errors).toBeUndefined();
    expect(all.data.alerts.totalCount).toBe(1);
    const [edge] = all.data.alerts.edges;
    expect(edge.node).toMatchObject({ rule: 'ABOVE_STANDARD', status: 'OPEN', region: { code: '630121100' } });
    expect(edge.node.region.name).toBeTruthy();
    expect(edge.node.evidence[0].householdId).toBe('H-7');
  });

  it('moves an alert through its workflow, audited, with a reason to dismiss', async () => {
    const province = await hub.token({ region: '630000', roles: ['VIEWER'], agency: 'CIVIL_AFFAIRS' });
    const all = await hub.query<any>(ALERTS, { under: '630121' }, province);
    const alertId = all.data!.alerts.edges[0].node.id;
    const viewerTry = await hub.query(
      `mutation($id: ID!) { acknowledgeAlert(id: $id) { status } }`,
      { id: alertId },
      province,
    );
    expect(viewerTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reviewer = await hub.token({ region: '630121', roles: ['REVIEWER'], agency: 'CIVIL_AFFAIRS' });
    const ack = await hub.query<any>(
      `mutation($id: ID!) { acknowledgeAlert(id: $id) { status } }`,
      { id: alertId },
      reviewer,
    );
    expect(ack.data?.acknowledgeAlert.status).toBe('ACKNOWLEDGED');
    const noReason = await hub.query(
      `mutation($id: ID!) { dismissAlert(id: $id, reason: " ") { status } }`,
      { id: alertId },
      reviewer,
    );
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const dismissed = await hub.query<any>(
      `mutation($id: ID!) { dismissAlert(id: $id, reason: "Back pay for three months, verified") { status dismissReason history { from to } } }`,
      { id: alertId },
      reviewer,
    );
    expect(dismissed.data?.dismissAlert).toMatchObject({
      status: 'DISMISSED',
      history: [
        { from: 'OPEN', to: 'ACKNOWLEDGED' },
        { from: 'ACKNOWLEDGED', to: 'DISMISSED' },
      ],
    });
    const closeDismissed = await hub.query(
      `mutation($id: ID!) { closeAlert(id: $id) { status } }`,
      { id: alertId },
      reviewer,
    );
    expect(closeDismissed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const audit = await hub.adminQuery(`SELECT action FROM monitoring.audit_record WHERE entity_id = $1 ORDER BY seq`, [
      alertId,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['RAISE', 'ACKNOWLEDGED', 'DISMISSED']);
    const stats = await hub.query<any>(
      `{ region(code: "630121") { alertStats(year: 2025) { rule raised dismissed hitRate } } }`,
      {},
      province,
    );
    expect(stats.data.region.alertStats.find((s: any) => s.rule === 'ABOVE_STANDARD')).toEqual({
      rule: 'ABOVE_STANDARD',
      raised: 1,
      dismissed: 1,
      hitRate: 0,
    });
  });

  it('pushes new alerts live through the gateway, in scope only, and replays what a client missed', async () => {
    const RAISED = `subscription($under: ID!, $after: String) { alertRaised(under: $under, after: $after) {
      cursor alert { rule month region { code } } } }`;
    type Raised = { alertRaised: { cursor: string; alert: { rule: string; month: string; region: { code: string } } } };
    const admin = await hub.token({ region: '630000', roles: ['ADMIN'], agency: 'CIVIL_AFFAIRS' });
    await upload('standards', 'county_code,area,from_month,standard_fen\n630102,RURAL,2024-01,50000\n', admin);
    const provinceToken = await hub.token({ region: '630000', roles: ['VIEWER'], agency: 'CIVIL_AFFAIRS' });
    const neighbourToken = await hub.token({ region: '630102', roles: ['VIEWER'], agency: 'CIVIL_AFFAIRS' });

    const outside = await subscribeOverSse(hub.gatewayUrl, RAISED, { under: '630000' }, neighbourToken);
    expect((await outside.next()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    outside.close();
    const anonymous = await subscribeOverSse(hub.gatewayUrl, RAISED, { under: '630121' });
    expect((await anonymous.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    anonymous.close();

    // From the start of the outbox (cursor 0), so that no event falls before the subscription is listening.
    const province = await subscribeOverSse<Raised>(
      hub.gatewayUrl,
      RAISED,
      { under: '630000', after: '0' },
      provinceToken,
    );
    const neighbour = await subscribeOverSse<Raised>(
      hub.gatewayUrl,
      RAISED,
      { under: '630102', after: '0' },
      neighbourToken,
    );
    try {
      const datong = await hub.token({ region: '630121', roles: ['REPORTER'], agency: 'CIVIL_AFFAIRS' });
      expect((await upload('roster', datongRoster('2025-07'), datong)).body.alertsRaised).toBe(1);
      let seen: Raised['alertRaised'];
      do seen = (await province.next()).data!.alertRaised;
      while (seen.alert.month !== '2025-07');
      expect(seen.alert).toEqual({ rule: 'ABOVE_STANDARD', month: '2025-07', region: { code: '630121100' } });
      province.close();

      const chengdong = await hub.token({ region: '630102', roles: ['REPORTER'], agency: 'CIVIL_AFFAIRS' });
      const roster = datongRoster('2025-08', '630102').replaceAll('630121100', '630102100');
      expect((await upload('roster', roster, chengdong)).body.alertsRaised).toBe(1);
      // The neighbour's first event is its own county's: Datong's alerts never reached it.
      expect((await neighbour.next()).data?.alertRaised.alert.region.code).toBe('630102100');

      // The province's client comes back with its cursor and gets what was raised while it was away.
      const back = await subscribeOverSse<Raised>(
        hub.gatewayUrl,
        RAISED,
        { under: '630000', after: seen.cursor },
        provinceToken,
      );
      try {
        expect((await back.next()).data?.alertRaised.alert).toMatchObject({
          month: '2025-08',
          region: { code: '630102100' },
        });
      } finally {
        back.close();
      }
    } finally {
      province.close();
      neighbour.close();
    }
  });

  it('gives each region its monthly series by area from the rosters, and follows a replaced county-month', async () => {
    const SERIES = `query($code: ID!) { region(code: $code) { monitoring(from: "2025-05", to: "2025-09") {
      month households persons fundsFen urbanHouseholds urbanPersons urbanFundsFen ruralHouseholds ruralPersons
      ruralFundsFen } } }`;
    /** What a roster's rows add up to, by area, the way a reader of the CSV would count them. */
    const figuresOf = (month: string, csv: string) => {
      const rows = csv
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(','));
      const of = (area?: string) => {
        const mine = rows.filter((row) => !area || row[8] === area);
        return {
          households: mine.length,
          persons: mine.reduce((sum, row) => sum + Number(row[6]), 0),
          fundsFen: mine.reduce((sum, row) => sum + Number(row[7]), 0),
        };
      };
      const [all, urban, rural] = [of(), of('URBAN'), of('RURAL')];
      return {
        month,
        ...all,
        urbanHouseholds: urban.households,
        urbanPersons: urban.persons,
        urbanFundsFen: urban.fundsFen,
        ruralHouseholds: rural.households,
        ruralPersons: rural.persons,
        ruralFundsFen: rural.fundsFen,
      };
    };
    // Datong's July roster sent again: one household fewer, and the first two in town.
    const lines = datongRoster('2025-07').trim().split('\n');
    const july = `${[lines[0], ...lines.slice(1, -1).map((line, i) => (i < 2 ? line.replace(',RURAL,', ',URBAN,') : line))].join('\n')}\n`;
    const datong = await hub.token({ region: '630121', roles: ['REPORTER'], agency: 'CIVIL_AFFAIRS' });
    expect((await upload('roster', july, datong)).body).toMatchObject({ status: 'IMPORTED', replacedRows: 12 });

    const viewer = await hub.token({ region: '630000', roles: ['VIEWER'], agency: 'CIVIL_AFFAIRS' });
    const series = async (code: string, token = viewer) =>
      (await hub.query<{ region: { monitoring: unknown[] | null } }>(SERIES, { code }, token)).data?.region.monitoring;
    const chengdong = datongRoster('2025-08', '630102').replaceAll('630121100', '630102100');
    const datongMonths = [figuresOf('2025-06', datongRoster('2025-06')), figuresOf('2025-07', july)];
    expect(await series('630121100')).toEqual(datongMonths);
    expect(await series('630121')).toEqual(datongMonths);
    expect(await series('630000')).toEqual([...datongMonths, figuresOf('2025-08', chengdong)]);
    expect(await series('630102')).toEqual([figuresOf('2025-08', chengdong)]);
    // Another county's official does not read Datong's figures.
    const neighbour = await hub.token({ region: '630102', roles: ['VIEWER'], agency: 'CIVIL_AFFAIRS' });
    expect(await series('630121', neighbour)).toBeNull();
  });
});
