import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detect, findCandidates, modifiedZScore } from '@dibao/monitoring';
import { systemActor } from '@dibao/server';
import {
  cleanCounty,
  idNumber,
  principal,
  rosterCsv,
  standardsCsv,
  startMonitoringHarness,
  type Household,
  type MonitoringHarness,
} from './harness.js';

const COUNTIES = ['630102', '630103', '630121'];
const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'];
const actor = systemActor('test');
const ALERTS = `query($under: ID!, $rule: AlertRule, $month: String) {
  alerts(under: $under, rule: $rule, month: $month, first: 100) {
    totalCount edges { node { id rule region { code } month severity status explanation { zh en }
      evidence { householdId headPseudonym amountFen householdSize villageName registerEntries { kind source since } households } } }
  } }`;

describe('monitoring rules', () => {
  let h: MonitoringHarness;
  const base = (month: string) =>
    COUNTIES.flatMap((county, index) =>
      cleanCounty(month, county, { people: index * 1000, townships: 2, villages: 2 }),
    );

  beforeAll(async () => {
    h = await startMonitoringHarness('monitoring_rules');
    expect((await h.importCsv('STANDARDS', standardsCsv(COUNTIES))).status).toBe('IMPORTED');
    for (const month of MONTHS) {
      for (const county of COUNTIES) {
        const rows = base(month).filter((row) => row.county === county);
        expect((await h.importCsv('ROSTER', rosterCsv(rows))).status).toBe('IMPORTED');
      }
    }
  });
  afterAll(async () => {
    await h.stop();
  });

  it('stays silent on clean data', async () => {
    for (const month of MONTHS) expect(await findCandidates(h.dataSource, month, COUNTIES)).toEqual([]);
  });

  it('finds each planted anomaly, at its place, with its evidence, and only there', async () => {
    const month = '2025-08';
    const rows: Household[] = base(month);
    const at = (county: string, township: string, village: string) =>
      rows.filter((row) => row.county === county && row.township === township && row.village === village);
    // EQUAL_SPLITTING: 10 of 12 households of village 1 of 630102101 paid 400 yuan whatever their size (within the standard for one person).
    for (const row of at('630102', '630102101', '第1村').slice(0, 10)) row.amount = 40000;
    // DUPLICATE_PERSON: 630121's first head also heads a household in 630103.
    const twice = rows.find((row) => row.county === '630121')!;
    rows.find((row) => row.county === '630103' && row.id === 'H2-2-5')!.head = twice.head;
    // ABOVE_STANDARD: a household of 2 paid 1,500 yuan (750 a person, standard 500).
    const above = rows.find((row) => row.county === '630103' && row.id === 'H1-1-3')!;
    Object.assign(above, { size: 2, amount: 150000 });
    // REGISTER_MATCH: a head who died in June, and one who is an official.
    const deceased = rows.find((row) => row.county === '630102' && row.id === 'H2-1-7')!;
    const official = rows.find((row) => row.county === '630102' && row.id === 'H2-2-8')!;
    const register = `id_number,kind,since,source\n${deceased.head},DECEASED,2025-06-20,公安户籍\n${official.head},OFFICIAL,2019-03-01,组织部\n${idNumber(99_999, '630121')},VEHICLE_OWNER,2020-01-01,公安交管\n${rows[40]!.head},DECEASED,2025-08-15,公安户籍\n`;
    expect((await h.importCsv('REGISTER', register)).status).toBe('IMPORTED');
    // ABRUPT_CHANGE: township 630121102 loses most of its households.
    const kept = rows.filter((row) => !(row.township === '630121102' && !row.id.endsWith('-1')));
    for (const county of COUNTIES) {
      expect((await h.importCsv('ROSTER', rosterCsv(kept.filter((row) => row.county === county)))).status).toBe(
        'IMPORTED',
      );
    }
    const result = await detect(h.dataSource, { month, actor });
    const found = (await findCandidates(h.dataSource, month, COUNTIES)).map((c) => `${c.rule} ${c.regionCode}`);
    expect(found.sort()).toEqual(
      [
        'ABOVE_STANDARD 630103101',
        'ABRUPT_CHANGE 630121102',
        'ABRUPT_CHANGE 630121102',
        'ABRUPT_CHANGE 630121',
        'ABRUPT_CHANGE 630121',
        'DUPLICATE_PERSON 630103',
        'DUPLICATE_PERSON 630121',
        'EQUAL_SPLITTING 630102101',
        'REGISTER_MATCH 630102102',
        'REGISTER_MATCH 630102102',
      ].sort(),
    );
    expect(result.raised).toBe(found.length);

    const viewer = principal('630000', ['VIEWER']);
    const equal = await h.ok(ALERTS, viewer, { under: '630102', rule: 'EQUAL_SPLITTING' });
    const [split] = equal.alerts.edges;
    expect(split.node).toMatchObject({ rule: 'EQUAL_SPLITTING', month, region: { code: '630102101' }, status: 'OPEN' });
    expect(split.node.explanation.zh).toContain('400.00');
    expect(split.node.explanation.en).toContain('10 of the 12 households');
    expect(split.node.evidence).toHaveLength(10);
    const matches = await h.ok(ALERTS, viewer, { under: '630102102', rule: 'REGISTER_MATCH' });
    const kinds = matches.alerts.edges.flatMap((edge: any) =>
      edge.node.evidence[0].registerEntries.map((e: any) => `${e.kind} ${e.source}`),
    );
    expect(kinds.sort()).toEqual(['DECEASED 公安户籍', 'OFFICIAL 组织部']);
    // A death after the start of the month is not a match for that month (rows[40] died on 15 August).
    expect(matches.alerts.totalCount).toBe(2);
  });

  it('re-running detection is deterministic and never duplicates alerts', async () => {
    const before = await h.count('SELECT count(*)::int AS n FROM alert');
    const first = await findCandidates(h.dataSource, '2025-08', COUNTIES);
    const again = await detect(h.dataSource, { month: '2025-08', actor });
    expect(again.raised).toBe(0);
    expect(await h.count('SELECT count(*)::int AS n FROM alert')).toBe(before);
    expect(await findCandidates(h.dataSource, '2025-08', COUNTIES)).toEqual(first);
  });

  it('applies thresholds per region, inherited down the hierarchy, set by civil affairs administrators only', async () => {
    const SET = `mutation($region: ID!, $rule: AlertRule!, $parameters: [ThresholdParameterInput!]!) {
      setRuleThreshold(region: $region, rule: $rule, parameters: $parameters) { rule parameters setBy } }`;
    const denied = await h.run(SET, principal('630100', ['REVIEWER']), {
      region: '630100',
      rule: 'ABOVE_STANDARD',
      parameters: [{ name: 'tolerance', value: 2 }],
    });
    expect(denied.code).toBe('FORBIDDEN');
    const admin = principal('630100', ['ADMIN']);
    const bad = await h.run(SET, admin, {
      region: '630100',
      rule: 'ABOVE_STANDARD',
      parameters: [{ name: 'nonsense', value: 1 }],
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
    // Xining (6301) tolerates 100 % above the standard: 630103's 750 yuan a person (50 % above) is no longer a lead.
    const set = await h.ok(SET, admin, {
      region: '630100',
      rule: 'ABOVE_STANDARD',
      parameters: [{ name: 'tolerance', value: 1 }],
    });
    expect(set.setRuleThreshold.find((t: any) => t.rule === 'ABOVE_STANDARD')).toEqual({
      rule: 'ABOVE_STANDARD',
      parameters: JSON.stringify({ tolerance: 1 }),
      setBy: '630100',
    });
    const rules = async () => (await findCandidates(h.dataSource, '2025-08', COUNTIES)).map((c) => c.rule);
    expect(await rules()).not.toContain('ABOVE_STANDARD');
    // 630103 itself sets it back down: the county's own value wins over its prefecture's.
    await h.ok(SET, principal('630103', ['ADMIN']), {
      region: '630103',
      rule: 'ABOVE_STANDARD',
      parameters: [{ name: 'tolerance', value: 0.1 }],
    });
    expect(await rules()).toContain('ABOVE_STANDARD');
    expect(await h.count(`SELECT count(*)::int AS n FROM audit_record WHERE entity_type = 'RuleThreshold'`)).toBe(2);
  });

  it('computes the modified z-score against the median absolute deviation', () => {
    expect(modifiedZScore(10, [10, 10, 10])).toBeNull();
    expect(modifiedZScore(20, [9, 10, 11, 10, 12, 8])).toBeCloseTo((0.6745 * 10) / 1, 5);
  });

  it('reports the monthly series of a region by area', async () => {
    const data = await h.ok(
      `{ _entities(representations: [{ __typename: "Region", code: "630100" }]) { ... on Region { monitoring(from: "2025-01", to: "2025-02") { month households persons fundsFen ruralHouseholds urbanHouseholds } } } }`,
      principal('630000', ['VIEWER']),
    );
    const series = data._entities[0].monitoring;
    expect(series.map((m: any) => m.month)).toEqual(['2025-01', '2025-02']);
    expect(series[0]).toMatchObject({ households: 144, ruralHouseholds: 144, urbanHouseholds: 0 });
    const expected = base('2025-01').reduce((sum, row) => sum + row.amount, 0);
    expect(series[0].fundsFen).toBe(expected);
  });
});
