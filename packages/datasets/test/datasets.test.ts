import { describe, expect, it } from 'vitest';
import {
  accountabilityDataset,
  assertNoPersonalData,
  buildDataset,
  buildDatasets,
  complaintsDataset,
  DATASET_NAMES,
  DATASETS,
  inspectionFindingsDataset,
  localRulesDataset,
  localRuleVersionsDataset,
  monitoringAlertsDataset,
  personalDataIn,
  PersonalDataError,
  recoverableCells,
  reportFiguresDataset,
  type DatasetRow,
} from '../src/index.js';
import { alertRuleValues } from '@dibao/domain';
import { fixtureInput } from './fixture.js';

const cell = (rows: DatasetRow[], match: Record<string, unknown>, field: string) =>
  rows.find((row) => Object.entries(match).every(([key, value]) => row[key] === value))?.[field];

describe('dataset definitions', () => {
  it('cover the contract, with bilingual titles and descriptions on every field', () => {
    expect(DATASETS.map((definition) => definition.name)).toEqual([...DATASET_NAMES]);
    for (const definition of DATASETS) {
      expect(definition.title.zh && definition.title.en).toBeTruthy();
      expect(new Set(definition.fields.map((field) => field.name)).size).toBe(definition.fields.length);
      for (const key of definition.primaryKey) expect(definition.fields.map((field) => field.name)).toContain(key);
      for (const field of definition.fields) {
        expect(
          field.title.zh && field.title.en && field.description.zh && field.description.en,
          field.name,
        ).toBeTruthy();
        expect(field.name).toMatch(/^[a-z][a-z0-9_]*$/);
      }
    }
  });

  it('carry the region columns the site builds region pages from', () => {
    for (const name of [
      'regions',
      'report-figures',
      'inspection-findings',
      'complaints',
      'accountability',
      'bulletin-items',
    ]) {
      const fields = DATASETS.find((definition) => definition.name === name)!.fields.map((field) => field.name);
      expect(fields).toEqual(
        expect.arrayContaining(['region_code', 'region_name', 'region_name_en', 'region_level', 'parent_code']),
      );
    }
  });
});

describe('building the datasets', () => {
  const datasets = buildDatasets(fixtureInput());
  const byName = (name: string) => datasets.find((dataset) => dataset.name === name)!;

  it('builds every dataset with unique primary keys', () => {
    expect(datasets.map((dataset) => dataset.name)).toEqual([...DATASET_NAMES]);
    for (const dataset of datasets) {
      const keys = dataset.rows.map((row) => JSON.stringify(dataset.primaryKey.map((key) => row[key])));
      expect(new Set(keys).size, dataset.name).toBe(keys.length);
      for (const row of dataset.rows) for (const key of dataset.primaryKey) expect(row[key], key).not.toBeNull();
    }
    expect(byName('regions').rows).toHaveLength(7);
    expect(byName('reporting-completeness').rows.map((row) => [row.region_code, row.level])).toEqual([
      ['630000', 'PREFECTURE'],
      ['630100', 'COUNTY'],
      ['630200', 'COUNTY'],
    ]);
  });

  it('adds a total row to each complaints breakdown, and the breakdowns add up to it', () => {
    const built = complaintsDataset.build(fixtureInput());
    const province = built.rows.filter((row) => row.region_code === '630000');
    const total = province.find((row) => row.dimension === 'total')!.complaints as number;
    for (const dimension of ['channel', 'category', 'outcome']) {
      const sum = province
        .filter((row) => row.dimension === dimension)
        .reduce((acc, row) => acc + (row.complaints as number), 0);
      expect(sum, dimension).toBe(total);
    }
  });

  it('withholds person counts below 5 and what would reveal them, in every direction', () => {
    const complaints = byName('complaints');
    expect(complaints.suppressedCells).toBeGreaterThan(complaints.primaryCells);
    const shown = complaints.rows.filter((row) => typeof row.complaints === 'number');
    const withheld = complaints.rows.filter((row) => typeof row.complaints !== 'number');
    // Both kinds of cell occur, so each check below runs on real rows.
    expect(shown.length).toBeGreaterThan(0);
    expect(withheld.length).toBeGreaterThan(0);
    for (const row of shown) expect(row.complaints === 0 || (row.complaints as number) >= 5).toBe(true);
    for (const row of withheld) expect(row.suppressed).toEqual(['complaints']);
    // The exact check over the table's own relations finds nothing computable.
    const built = complaintsDataset.build(fixtureInput());
    const suppressed = new Set(
      complaints.rows.flatMap((row, index) => (row.suppressed?.includes('complaints') ? [`${index}:complaints`] : [])),
    );
    const relations = built.sums.map((sum) => ({
      total: `${sum.total}:complaints`,
      parts: sum.parts.map((part) => `${part}:complaints`),
    }));
    expect(recoverableCells(relations, suppressed).recoverable).toEqual([]);
  });

  it('rolls report figures up from accepted county reports, empty where none was accepted', () => {
    const figures = byName('report-figures');
    const pingan = figures.rows.find((row) => row.region_code === '630203')!;
    expect(pingan.reports_included).toBe(0);
    expect(pingan.urban_persons).toBeNull();
    expect(pingan.suppressed).toBeUndefined();
    // people_held_accountable: 2 in the first county is primary; its sibling goes too.
    expect(cell(figures.rows, { region_code: '630102' }, 'people_held_accountable')).toBeNull();
    expect(cell(figures.rows, { region_code: '630121' }, 'people_held_accountable')).toBeNull();
    expect(cell(figures.rows, { region_code: '630100' }, 'people_held_accountable')).toBe(8);
    expect(reportFiguresDataset.fields.find((field) => field.name === 'urban_persons')?.personCount).toBe(true);
  });

  it('marks a region-year provisional while fewer county reports are accepted than expected', () => {
    const figures = byName('report-figures');
    const coverage = (code: string) => {
      const row = figures.rows.find((candidate) => candidate.region_code === code)!;
      return [row.reports_included, row.reports_expected, row.provisional];
    };
    // Ping'an's report is not accepted: Ping'an, Haidong above it and the province are provisional.
    expect(coverage('630203')).toEqual([0, 1, true]);
    expect(coverage('630200')).toEqual([1, 2, true]);
    expect(coverage('630000')).toEqual([3, 4, true]);
    expect(coverage('630100')).toEqual([2, 2, false]);
    expect(coverage('630102')).toEqual([1, 1, false]);
    expect(reportFiguresDataset.fields.find((field) => field.name === 'provisional')?.type).toBe('boolean');
  });

  it('counts findings in their county and every region above, by category', () => {
    const findings = byName('inspection-findings');
    expect(findings.rows).toHaveLength(7 * 8);
    expect(cell(findings.rows, { region_code: '630000', category: 'EQUAL_SPLITTING' }, 'closed_not_fixed')).toBe(1);
    expect(cell(findings.rows, { region_code: '630100', category: 'EQUAL_SPLITTING' }, 'households_affected')).toBe(12);
    // 3 households removed in Ledu: withheld there, and so in Haidong and the province, which equal it.
    for (const code of ['630202', '630200', '630000']) {
      expect(cell(findings.rows, { region_code: code, category: 'WRONGLY_INCLUDED' }, 'households_removed')).toBeNull();
    }
    expect(cell(findings.rows, { region_code: '630202', category: 'WRONGLY_INCLUDED' }, 'funds_recovered_fen')).toBe(
      120_000,
    );
  });

  it('stops when the oversight statistics disagree with the findings', () => {
    const input = fixtureInput({
      oversightStats: [{ year: 2024, regionCode: '630000', findings: 3, verified: 1, byCategory: [] }],
    });
    expect(() => buildDataset(inspectionFindingsDataset, input)).toThrow(/do not match the oversight statistics/);
  });

  it('publishes bulletin items in their order with the bulletin’s public text only', () => {
    const items = byName('bulletin-items').rows;
    expect(items.map((row) => [row.sequence, row.kind, row.region_code])).toEqual([
      [1, 'CRITICISM', '630121'],
      [2, 'COMMENDATION', '630200'],
    ]);
    expect(items[0]).toMatchObject({
      issued_at: '2025-03-01T02:00:00Z',
      kind_zh: '通报批评',
      category_en: 'Poor progress',
    });
    expect(byName('bulletins').rows[0]).toMatchObject({
      period_from: '2024-01-01',
      period_to: '2024-12-31',
      items: 2,
      commendations: 1,
      criticisms: 1,
      title_en: 'Bulletin on the rectification of problems found by the 2024 dibao inspections',
      summary_en: 'How the problems the 2024 special inspections found were put right, region by region.',
    });
  });

  it('counts accountability cases by violation and people by sanction', () => {
    const province = accountabilityDataset.build(fixtureInput()).rows.filter((row) => row.region_code === '630000');
    expect(province.find((row) => row.value === 'CASES_OPENED')).toMatchObject({ cases: 8, people: null });
    expect(province.find((row) => row.value === 'PEOPLE_HELD_ACCOUNTABLE')).toMatchObject({ cases: null, people: 4 });
    const violations = province.filter((row) => row.dimension === 'violation');
    expect(violations.reduce((sum, row) => sum + (row.cases as number), 0)).toBe(8);
    expect(violations.every((row) => row.people === null)).toBe(true);
    expect(province.find((row) => row.value === 'GOVERNMENT_WARNING')).toMatchObject({
      track: 'GOVERNMENT',
      cases: null,
      people: 4,
      value_zh: '政务警告',
    });
    // County cells of 1 and 2 are withheld; nothing is left computable (buildDatasets would have stopped).
    const built = byName('accountability');
    expect(built.primaryCells).toBeGreaterThan(0);
  });

  it('gives reporting rates as percentages', () => {
    expect(byName('reporting-completeness').rows.map((row) => [row.on_time_rate, row.submission_rate])).toEqual([
      [100, 100],
      [50, 100],
      [50, 50],
    ]);
  });

  it('lays out each assessment indicator in its own columns', () => {
    const row = byName('assessments').rows[0]!;
    expect(row).toMatchObject({ region_code: '630100', score: 90, rank: 1, points_report_timeliness: 20 });
    expect(row.points_findings_per_10k_recipients).toBeNull();
    expect(byName('allocations').rows[1]).toMatchObject({ region_name: '海东市', amount_fen: 47_058_824 });
  });

  it("publishes a prefecture's assessment of its counties and its allocation beside the province's", () => {
    const assessments = byName('assessments').rows;
    expect(assessments.map((row) => [row.assessor_code, row.region_code, row.rank])).toEqual([
      ['630000', '630100', 1],
      ['630000', '630200', 2],
      ['630100', '630102', 1],
      ['630100', '630121', 2],
    ]);
    expect(assessments[3]).toMatchObject({ parent_code: '630100', points_complaints_closed_on_time: 60 });
    const xining = byName('allocations').rows.filter((row) => row.assessor_code === '630100');
    expect(xining.map((row) => row.region_code)).toEqual(['630102', '630121']);
    expect(xining.reduce((sum, row) => sum + Number(row.amount_fen), 0)).toBe(1_000_001);
  });
});

describe('personal data guard', () => {
  it('recognises ID numbers, mobile numbers and e-mail addresses, not amounts or codes', () => {
    expect(personalDataIn('身份证号 63012119800101123X')).toBe('resident ID number');
    expect(personalDataIn('联系电话13800001234')).toBe('mobile number');
    expect(personalDataIn('write to someone@example.cn')).toBe('e-mail address');
    expect(personalDataIn('raised 213800001234 fen')).toBeUndefined();
    expect(personalDataIn('区划 630121, 青民发〔2025〕3号')).toBeUndefined();
  });

  it('stops a release whose text would publish one', () => {
    expect(() => assertNoPersonalData('bulletin-items', [{ public_text: '举报人电话 13912345678' }])).toThrow(
      PersonalDataError,
    );
    const input = fixtureInput();
    input.bulletins[0]!.items[0]!.publicText = '请联系 13912345678';
    expect(() => buildDatasets(input)).toThrow(/bulletin-items, row 2, public_text: looks like a mobile number/);
  });
});

describe('monitoring-alerts', () => {
  const built = buildDataset(monitoringAlertsDataset, fixtureInput());

  it('has a row per region and rule with an all-rules total that the rules and the hierarchy add up to', () => {
    const raw = monitoringAlertsDataset.build(fixtureInput()).rows;
    expect(raw).toHaveLength(7 * (1 + alertRuleValues.length));
    const province = raw.filter((row) => row.region_code === '630000');
    const total = province.find((row) => row.rule === 'ALL')!;
    expect(total.raised).toBe(72);
    expect(total.raised).toBe(
      province.filter((row) => row.rule !== 'ALL').reduce((n, row) => n + (row.raised as number), 0),
    );
    expect(cell(raw, { region_code: '630121', rule: 'EQUAL_SPLITTING' }, 'rule_zh')).toBe('平分低保金');
    expect(cell(raw, { region_code: '630202', rule: 'OVERDUE_COMPLAINT' }, 'raised')).toBe(0);
  });

  it('withholds counts below 5 and whatever would reveal them from the totals', () => {
    expect(built.primaryCells).toBeGreaterThan(0);
    expect(built.suppressedCells).toBeGreaterThan(built.primaryCells);
    for (const row of built.rows) {
      for (const name of ['raised', 'confirmed', 'dismissed']) {
        const value = row[name];
        if (typeof value === 'number')
          expect(value === 0 || value >= 5, `${String(row.region_code)} ${String(row.rule)} ${name}`).toBe(true);
        else expect(row.suppressed).toContain(name);
      }
    }
    expect(cell(built.rows, { region_code: '630121', rule: 'DUPLICATE_PERSON' }, 'raised')).toBeNull();
    const raw = monitoringAlertsDataset.build(fixtureInput());
    for (const name of ['raised', 'confirmed', 'dismissed']) {
      const suppressed = new Set(
        built.rows.flatMap((row, index) => (row.suppressed?.includes(name) ? [`${index}:${name}`] : [])),
      );
      const relations = raw.sums.map((sum) => ({
        total: `${sum.total}:${name}`,
        parts: sum.parts.map((part) => `${part}:${name}`),
      }));
      expect(recoverableCells(relations, suppressed).recoverable).toEqual([]);
    }
  });

  it('publishes no rows for a year without alerts', () => {
    expect(monitoringAlertsDataset.build(fixtureInput({ alertStats: [] })).rows).toEqual([]);
  });
});

describe('local-rules and local-rule-versions', () => {
  it('publishes each rule in force per region with its source, in the order of the catalogue', () => {
    const built = buildDataset(localRulesDataset, fixtureInput());
    const datong = built.rows.filter((row) => row.region_code === '630121');
    expect(datong.map((row) => row.rule)).toEqual(['incidentReportHours', 'complaintConcludeDays']);
    expect(datong[1]).toMatchObject({
      region_name: '大通回族土族自治县',
      as_of: '2025-01-10',
      rule_zh: '投诉举报办结时限',
      unit_en: 'days',
      value: '45',
      fixed: true,
      own: true,
      source_region_code: '630121',
      source_version: 1,
    });
    expect(datong[0]).toMatchObject({ own: false, source_region_code: null, source_version: null });
    expect(built.suppressedCells).toBe(0);
  });

  it('publishes every version with its legal basis, one row per value, and a row for a version setting nothing', () => {
    const rows = buildDataset(localRuleVersionsDataset, fixtureInput()).rows;
    expect(rows.map((row) => [row.region_code, row.version, row.rule])).toEqual([
      ['630000', 1, 'complaintConcludeDays'],
      ['630000', 2, ''],
      ['630121', 1, 'complaintConcludeDays'],
    ]);
    expect(rows[2]).toMatchObject({
      effective_from: '2024-07-01',
      basis_number: '大民发〔2024〕5号',
      basis_title: '大通县低保投诉举报办理细则',
      basis_date: '2024-06-12',
      adopted_by: '630121:CIVIL_AFFAIRS',
      value: '45',
      fixed: true,
    });
  });

  it('stops a release whose document title looks like personal data', () => {
    const input = fixtureInput();
    input.ruleVersions[0]!.basisTitle = '联系人 13912345678';
    expect(() => buildDataset(localRuleVersionsDataset, input)).toThrow(/local-rule-versions, row \d+, basis_title/);
  });
});

describe('service-contracts', () => {
  it('lists each contract with its deliverables judged against the terms, a township’s under its county', () => {
    const dataset = buildDatasets(fixtureInput()).find((built) => built.name === 'service-contracts')!;
    expect(dataset.suppressedCells).toBe(0);
    expect(dataset.rows).toEqual([
      expect.objectContaining({
        contract_number: 'QH-XN-2024-01',
        organization: '西宁市社会工作服务中心',
        region_code: '630100',
        amount_fen: 18_000_000,
        deliverables_listed: 3,
        deliverables_met: 1,
        deliverables_not_met: 1,
        deliverables_open: 1,
      }),
      expect.objectContaining({ contract_number: 'QH-DT-2024-02', region_code: '630121', deliverables_listed: 0 }),
    ]);
  });
});
