import { describe, expect, it } from 'vitest';

import {
  demoReporting,
  isValidIdNumber,
  idNumberCheckCharacter,
  loadRegions,
  makeIdNumber,
  monitoringDemo,
  parseCsvRecords,
  readVillageRows,
  rosterCsv,
  registerCsv,
  standardsCsv,
  type MonitoringDemo,
  type PlantedAnomaly,
  type RosterRow,
} from '../src/index.js';

/*
 * Reference checks of the five local rules, deliberately simple, with thresholds wide of both the planted
 * anomalies and the clean data: the demo must make them find exactly the labels, no more and no fewer.
 */
function referenceFindings(demo: MonitoringDemo): Set<string> {
  const found = new Set<string>();
  const add = (rule: PlantedAnomaly['rule'], region: string, month: string) => found.add(`${rule} ${region} ${month}`);
  const standard = (county: string, area: string, month: string): number => {
    const rows = demo.standards.filter((s) => s.county_code === county && s.area === area && s.from_month <= month);
    return rows.sort((a, b) => b.from_month.localeCompare(a.from_month))[0]?.standard_fen ?? 0;
  };
  const registers = new Map<string, typeof demo.registers>();
  for (const r of demo.registers) registers.set(r.id_number, [...(registers.get(r.id_number) ?? []), r]);
  const villageCode = new Map<string, string>();
  for (const v of readVillageRows('63')) villageCode.set(`${v.parentCode}:${v.name}`, v.code);

  const months = [...new Set(demo.rosters.map((r) => r.month))].sort();
  let previousTownships = new Map<string, number>();
  for (const month of months) {
    const rows: RosterRow[] = demo.rosters.filter((r) => r.month === month).flatMap((r) => r.rows);
    const heads = new Map<string, RosterRow[]>();
    const villages = new Map<string, RosterRow[]>();
    const townships = new Map<string, number>();
    for (const row of rows) {
      heads.set(row.head_id_number, [...(heads.get(row.head_id_number) ?? []), row]);
      const village = villageCode.get(`${row.township_code}:${row.village}`) as string;
      villages.set(village, [...(villages.get(village) ?? []), row]);
      townships.set(row.township_code, (townships.get(row.township_code) ?? 0) + 1);
      if (row.amount_fen > row.household_size * standard(row.county_code, row.area, month) * 1.05) {
        add('ABOVE_STANDARD', village, month);
      }
      for (const entry of registers.get(row.head_id_number) ?? []) {
        const matches = entry.kind === 'DECEASED' ? entry.since < `${month}-01` : entry.since <= `${month}-31`;
        if (matches) add('REGISTER_MATCH', village, month);
      }
    }
    for (const same of heads.values())
      if (same.length > 1) for (const row of same) add('DUPLICATE_PERSON', row.county_code, month);
    for (const [village, its] of villages) {
      if (its.length < 5 || new Set(its.map((r) => r.household_size)).size < 2) continue;
      const counts = new Map<number, number>();
      for (const r of its) counts.set(r.amount_fen, (counts.get(r.amount_fen) ?? 0) + 1);
      if (Math.max(...counts.values()) >= 0.5 * its.length) add('EQUAL_SPLITTING', village, month);
    }
    for (const [township, before] of previousTownships) {
      const now = townships.get(township) ?? 0;
      if (Math.max(before, now) >= 30 && Math.abs(now - before) >= 0.3 * before) add('ABRUPT_CHANGE', township, month);
    }
    previousTownships = townships;
  }
  return found;
}

describe('identity numbers', () => {
  it('computes the GB 11643 check character', () => {
    // The standard's own example.
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194902300020')).toBe(false);
    expect(makeIdNumber('630121', '19800101', 17)).toMatch(/^63012119800101017[\dX]$/);
  });
});

describe('monitoringDemo (the whole province)', () => {
  const demo = monitoringDemo();

  it('has a roster for every Qinghai county and each of the 24 months', () => {
    const counties = loadRegions().filter((r) => r.level === 'COUNTY');
    expect(new Set(demo.rosters.map((r) => r.countyCode))).toEqual(new Set(counties.map((c) => c.code)));
    expect(demo.rosters).toHaveLength(counties.length * 24);
    expect(demo.rosters[0]?.month).toBe('2023-12');
    expect(demo.rosters.at(-1)?.month).toBe('2025-11');
  });

  it('has household counts of the order of each county report', () => {
    const reports = demoReporting(loadRegions()).reports.filter((r) => r.level === 'COUNTY' && r.year === 2024);
    for (const report of reports) {
      const policy = report.content.policy;
      if (!policy) continue;
      const rows = demo.rosters.find((r) => r.countyCode === report.regionCode && r.month === '2024-06')?.rows ?? [];
      const households = policy.urbanHouseholds + policy.ruralHouseholds;
      expect(rows.length / households).toBeGreaterThan(0.85);
      expect(rows.length / households).toBeLessThan(1.15);
    }
  });

  it('plants each rule and raises nothing outside the labels', () => {
    const labels = new Set(demo.labels.map((l) => `${l.rule} ${l.regionCode} ${l.month}`));
    for (const rule of ['EQUAL_SPLITTING', 'DUPLICATE_PERSON', 'ABOVE_STANDARD', 'REGISTER_MATCH', 'ABRUPT_CHANGE']) {
      expect(demo.labels.filter((l) => l.rule === rule).length).toBeGreaterThanOrEqual(2);
    }
    expect(
      [...new Set(demo.labels.filter((l) => l.rule === 'REGISTER_MATCH').map((l) => l.note.split(' ').at(-2)))].length,
    ).toBeGreaterThan(1);
    expect([...referenceFindings(demo)].sort()).toEqual([...labels].sort());
  });

  it('gives valid identity numbers to every head and register entry, and resolvable villages', () => {
    const villages = new Set(readVillageRows('63').map((v) => `${v.parentCode}:${v.name}`));
    const sample = demo.rosters.filter((_, i) => i % 37 === 0).flatMap((r) => r.rows);
    for (const row of sample) {
      expect(isValidIdNumber(row.head_id_number)).toBe(true);
      expect(villages.has(`${row.township_code}:${row.village}`)).toBe(true);
      expect(row.township_code.startsWith(row.county_code)).toBe(true);
      expect(row.household_size).toBeGreaterThanOrEqual(1);
      expect(row.household_size).toBeLessThanOrEqual(20);
    }
    for (const entry of demo.registers) expect(isValidIdNumber(entry.id_number)).toBe(true);
  });

  it('varies top-ups: households of a village are not paid one amount', () => {
    const rows = demo.rosters.find((r) => r.countyCode === '630121' && r.month === '2024-06')?.rows ?? [];
    expect(new Set(rows.map((r) => r.amount_fen)).size).toBeGreaterThan(rows.length / 10);
  });
});

describe('monitoringDemo determinism', () => {
  it('gives the same data for the same options', () => {
    const options = { counties: ['630121', '632221', '632801'], householdScale: 0.1 };
    const a = monitoringDemo(options);
    const b = monitoringDemo(options);
    expect(a.labels).toEqual(b.labels);
    expect(a.registers).toEqual(b.registers);
    expect(a.standards).toEqual(b.standards);
    expect(a.rosters.map((r) => r.rows)).toEqual(b.rosters.map((r) => r.rows));
    expect(a.rosters[5]?.rows).toEqual(a.rosters[5]?.rows);
  });
});

describe('CSV writer', () => {
  it('writes the issue formats with a header and RFC 4180 quoting, read back unchanged', () => {
    const row: RosterRow = {
      month: '2025-01',
      county_code: '630121',
      township_code: '630121100',
      village: '新庄村委会, "东"',
      household_id: 'A-1',
      head_id_number: '11010519491231002X',
      household_size: 3,
      amount_fen: 120000,
      area: 'RURAL',
      bank_paid: false,
    };
    const text = rosterCsv([row]);
    expect(text).toBe(
      'month,county_code,township_code,village,household_id,head_id_number,household_size,amount_fen,area,bank_paid\r\n' +
        '2025-01,630121,630121100,"新庄村委会, ""东""",A-1,11010519491231002X,3,120000,RURAL,false\r\n',
    );
    expect(parseCsvRecords(text)).toEqual([{ ...row, household_size: '3', amount_fen: '120000', bank_paid: 'false' }]);
    expect(
      registerCsv([{ id_number: '11010519491231002X', kind: 'DECEASED', since: '2025-01-02', source: 'a\nb' }]),
    ).toBe('id_number,kind,since,source\r\n11010519491231002X,DECEASED,2025-01-02,"a\nb"\r\n');
    expect(standardsCsv([{ county_code: '630121', area: 'URBAN', from_month: '2025-01', standard_fen: 80000 }])).toBe(
      'county_code,area,from_month,standard_fen\r\n630121,URBAN,2025-01,80000\r\n',
    );
  });
});
