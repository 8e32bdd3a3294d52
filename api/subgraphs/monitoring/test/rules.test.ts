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
import { putRuleVersion } from '../../../../test/support/rules.js';

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

  it('judges each month by the thresholds in force on its first day, inherited down the hierarchy', async () => {
    // September repeats August's payment 50 % above the standard in 630103 (750 yuan a person, standard 500).
    const september = base('2025-09');
    Object.assign(
      september.find((row) => row.county === '630103' && row.id === 'H1-1-3')!,
      {
        size: 2,
        amount: 150000,
      },
    );
    for (const county of COUNTIES) {
      const rows = rosterCsv(september.filter((row) => row.county === county));
      expect((await h.importCsv('ROSTER', rows)).status).toBe('IMPORTED');
    }
    const rulesOf = async (month: string) =>
      (await findCandidates(h.dataSource, month, COUNTIES)).map((c) => `${c.rule} ${c.regionCode}`);
    expect(await rulesOf('2025-09')).toContain('ABOVE_STANDARD 630103101');
    const augustAlerts = async () =>
      (
        await h.ok(ALERTS, principal('630000', ['VIEWER']), {
          under: '630103',
          rule: 'ABOVE_STANDARD',
          month: '2025-08',
        })
      ).alerts;
    const before = await augustAlerts();
    expect(before.totalCount).toBe(1);

    // Xining (630100) tolerates 100 % above the standard from 1 September: its county 630103 inherits it.
    await putRuleVersion(h.registry, {
      regionCode: '630100',
      effectiveFrom: '2025-09-01',
      settings: { 'monitoring.ABOVE_STANDARD.tolerance': { value: 1, fixed: false } },
    });
    expect(await rulesOf('2025-09')).not.toContain('ABOVE_STANDARD 630103101');
    // August is judged as it was: the lead is still found, and re-detecting it leaves its alert as it stood.
    expect(await rulesOf('2025-08')).toContain('ABOVE_STANDARD 630103101');
    expect((await detect(h.dataSource, { month: '2025-08', actor })).raised).toBe(0);
    expect(await augustAlerts()).toEqual(before);
    await detect(h.dataSource, { month: '2025-09', actor });
    const aboveIn = (month: string) =>
      h.count(`SELECT count(*)::int AS n FROM alert WHERE rule = 'ABOVE_STANDARD' AND month = '${month}-01'`);
    expect(await aboveIn('2025-09')).toBe(0);
    expect(await aboveIn('2025-08')).toBe(1);

    // 630103 adopts its own, stricter tolerance from 1 October: the county's value wins over its prefecture's.
    const october = base('2025-10');
    Object.assign(
      october.find((row) => row.county === '630103' && row.id === 'H1-1-3')!,
      {
        size: 2,
        amount: 150000,
      },
    );
    // And 630121's first head also heads a household in 630103, as in August.
    october.find((row) => row.county === '630103' && row.id === 'H2-2-5')!.head = october.find(
      (row) => row.county === '630121',
    )!.head;
    for (const county of COUNTIES) {
      const rows = rosterCsv(october.filter((row) => row.county === county));
      expect((await h.importCsv('ROSTER', rows)).status).toBe('IMPORTED');
    }
    await putRuleVersion(h.registry, {
      regionCode: '630103',
      effectiveFrom: '2025-10-01',
      settings: { 'monitoring.ABOVE_STANDARD.tolerance': { value: 0.1, fixed: false } },
    });
    expect(await rulesOf('2025-10')).toContain('ABOVE_STANDARD 630103101');
    // 630121 allows a person to head two households from October: the lead stays in 630103 only.
    expect(await rulesOf('2025-10')).toEqual(
      expect.arrayContaining(['DUPLICATE_PERSON 630103', 'DUPLICATE_PERSON 630121']),
    );
    await putRuleVersion(h.registry, {
      regionCode: '630121',
      effectiveFrom: '2025-10-01',
      settings: { 'monitoring.DUPLICATE_PERSON.maxHeads': { value: 2, fixed: false } },
    });
    const octoberLeads = await rulesOf('2025-10');
    expect(octoberLeads).toContain('DUPLICATE_PERSON 630103');
    expect(octoberLeads).not.toContain('DUPLICATE_PERSON 630121');
    expect(await rulesOf('2025-09')).not.toContain('ABOVE_STANDARD 630103101');

    // The values in force today, with the region that sets them; hidden from a reader outside the region.
    const THRESHOLDS = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Region { ruleThresholds { rule parameters setBy } } } }`;
    const region = (code: string) => ({ representations: [{ __typename: 'Region', code }] });
    const thresholdsOf = async (code: string) =>
      (await h.ok(THRESHOLDS, principal('630000', ['VIEWER']), region(code)))._entities[0].ruleThresholds.find(
        (entry: { rule: string }) => entry.rule === 'ABOVE_STANDARD',
      );
    expect(await thresholdsOf('630103')).toEqual({
      rule: 'ABOVE_STANDARD',
      parameters: JSON.stringify({ tolerance: 0.1 }),
      setBy: '630103',
    });
    expect(await thresholdsOf('630102')).toEqual({
      rule: 'ABOVE_STANDARD',
      parameters: JSON.stringify({ tolerance: 1 }),
      setBy: '630100',
    });
    const outsider = await h.ok(THRESHOLDS, principal('630200', ['VIEWER']), region('630103'));
    expect(outsider._entities[0].ruleThresholds).toBeNull();
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
