import {
  accountabilityViolationValues,
  complaintChannelValues,
  disciplineTrackValues,
  problemCategoryValues,
  sanctionsOnTrack,
} from '@dibao/domain';
import type {
  AccountabilityStatsRecord,
  AlertStatsRecord,
  ComplaintStatsRecord,
  RegionRecord,
  ReleaseInput,
  ReportSummaryRecord,
} from '../src/index.js';

/** A small province: two prefectures of two counties each. */
export const REGIONS: RegionRecord[] = [
  { code: '630000', name: '青海省', nameEn: 'Qinghai', level: 'PROVINCE', parentCode: null },
  { code: '630100', name: '西宁市', nameEn: 'Xining', level: 'PREFECTURE', parentCode: '630000' },
  { code: '630102', name: '城东区', nameEn: 'Chengdong', level: 'COUNTY', parentCode: '630100' },
  { code: '630121', name: '大通回族土族自治县', nameEn: 'Datong', level: 'COUNTY', parentCode: '630100' },
  { code: '630200', name: '海东市', nameEn: 'Haidong', level: 'PREFECTURE', parentCode: '630000' },
  { code: '630202', name: '乐都区', nameEn: 'Ledu', level: 'COUNTY', parentCode: '630200' },
  { code: '630203', name: '平安区', nameEn: "Ping'an", level: 'COUNTY', parentCode: '630200' },
];

const COUNTIES = REGIONS.filter((region) => region.level === 'COUNTY');
const childrenOf = (code: string) => REGIONS.filter((region) => region.parentCode === code);

/** County complaints by channel (in the order of complaintChannelValues); categories and outcomes follow. */
const COUNTY_CHANNELS: Record<string, number[]> = {
  '630102': [12, 3, 6, 0, 0, 1, 0],
  '630121': [20, 7, 2, 0, 1, 0, 0],
  '630202': [9, 0, 4, 2, 0, 0, 0],
  '630203': [2, 1, 0, 0, 0, 0, 0],
};

function countyComplaints(code: string, year: number): ComplaintStatsRecord {
  const channels = COUNTY_CHANNELS[code]!;
  const received = channels.reduce((a, b) => a + b, 0);
  // Categories: most in the first, the rest spread; outcomes: a third substantiated, a third pending.
  const categories = problemCategoryValues.map((_, index) => (index === 0 ? received - Math.floor(received / 3) : 0));
  categories[5] = Math.floor(received / 3);
  const substantiated = Math.floor(received / 3);
  const unsubstantiated = Math.floor(received / 3);
  return {
    year,
    regionCode: code,
    received,
    byChannel: complaintChannelValues.map((channel, index) => ({ channel, count: channels[index]! })),
    byCategory: problemCategoryValues.map((category, index) => ({ category, count: categories[index]! })),
    concluded: substantiated + unsubstantiated + 1,
    substantiated,
    partlySubstantiated: 1,
    unsubstantiated,
  };
}

function addComplaints(code: string, year: number, parts: ComplaintStatsRecord[]): ComplaintStatsRecord {
  const sum = (pick: (stats: ComplaintStatsRecord) => number) => parts.reduce((total, part) => total + pick(part), 0);
  return {
    year,
    regionCode: code,
    received: sum((stats) => stats.received),
    byChannel: complaintChannelValues.map((channel) => ({
      channel,
      count: sum((stats) => stats.byChannel.find((entry) => entry.channel === channel)!.count),
    })),
    byCategory: problemCategoryValues.map((category) => ({
      category,
      count: sum((stats) => stats.byCategory.find((entry) => entry.category === category)!.count),
    })),
    concluded: sum((stats) => stats.concluded),
    substantiated: sum((stats) => stats.substantiated),
    partlySubstantiated: sum((stats) => stats.partlySubstantiated),
    unsubstantiated: sum((stats) => stats.unsubstantiated),
  };
}

function complaintsOf(year: number): ComplaintStatsRecord[] {
  const byCode = new Map<string, ComplaintStatsRecord>();
  const visit = (region: RegionRecord): ComplaintStatsRecord => {
    const stats =
      region.level === 'COUNTY'
        ? countyComplaints(region.code, year)
        : addComplaints(region.code, year, childrenOf(region.code).map(visit));
    byCode.set(region.code, stats);
    return stats;
  };
  visit(REGIONS[0]!);
  return REGIONS.map((region) => byCode.get(region.code)!);
}

function accountabilityOf(year: number): AccountabilityStatsRecord[] {
  return REGIONS.map((region) => {
    const counties =
      region.level === 'COUNTY'
        ? [region]
        : COUNTIES.filter((c) => c.code.startsWith(region.code.slice(0, region.level === 'PROVINCE' ? 2 : 4)));
    const opened = counties.length * 2;
    return {
      year,
      regionCode: region.code,
      casesOpened: opened,
      casesDecided: counties.length,
      peopleHeldAccountable: counties.length,
      unitsHeldAccountable: 0,
      byViolation: accountabilityViolationValues.map((violation, index) => ({
        violation,
        count: index === 0 ? counties.length : index === 1 ? counties.length : 0,
      })),
      bySanction: disciplineTrackValues.flatMap((track) =>
        sanctionsOnTrack(track).map((sanction) => ({
          track,
          sanction,
          count: track === 'GOVERNMENT' && sanction === 'WARNING' ? counties.length : 0,
        })),
      ),
    };
  });
}

function summaryOf(year: number): ReportSummaryRecord[] {
  const county = (code: string, index: number): ReportSummaryRecord => ({
    year,
    regionCode: code,
    reportsIncluded: code === '630203' ? 0 : 1,
    reportsExpected: 1,
    urbanHouseholds: code === '630203' ? 0 : 300 + index,
    urbanPersons: code === '630203' ? 0 : 700 + index,
    ruralHouseholds: code === '630203' ? 0 : 900,
    ruralPersons: code === '630203' ? 0 : 2000,
    applications: code === '630203' ? 0 : 50,
    approvals: code === '630203' ? 0 : 40,
    rejections: code === '630203' ? 0 : 10,
    exits: code === '630203' ? 0 : 3 + index,
    urbanStandardMinFen: 64_000,
    urbanStandardMaxFen: 64_000,
    ruralStandardMinFen: 44_000,
    ruralStandardMaxFen: 44_000,
    raisedFen: 13_800_001_234,
    raisedCentralFen: 0,
    raisedProvincialFen: 0,
    raisedPrefectureFen: 0,
    raisedCountyFen: 0,
    carryOverFen: 0,
    disbursedFen: 0,
    balanceFen: 0,
    paidViaBankFen: 0,
    householdVisits: 100,
    dynamicReviews: 100,
    emergenciesHandled: 1,
    inspections: 2,
    problemsRectified: 1,
    complaintsReceived: 20,
    complaintsClosed: 18,
    peopleHeldAccountable: index === 0 ? 2 : 6,
  });
  const counties = COUNTIES.map((region, index) => county(region.code, index));
  const add = (code: string, parts: ReportSummaryRecord[]): ReportSummaryRecord => {
    const out = { ...parts[0]!, regionCode: code } as ReportSummaryRecord;
    const included = parts.filter((part) => part.reportsIncluded > 0);
    for (const key of Object.keys(out) as Array<keyof ReportSummaryRecord>) {
      if (key === 'year' || key === 'regionCode' || typeof out[key] !== 'number' || key.includes('Standard')) continue;
      (out as unknown as Record<string, number>)[key] = (key === 'reportsExpected' ? parts : included).reduce(
        (total, part) => total + (part[key] as number),
        0,
      );
    }
    out.reportsIncluded = included.length;
    return out;
  };
  const xining = add('630100', counties.slice(0, 2));
  const haidong = add('630200', counties.slice(2));
  return [add('630000', counties), xining, ...counties.slice(0, 2), haidong, ...counties.slice(2)];
}

/*
 * Alerts per county and rule as [raised, confirmed, dismissed]; upper regions are their subtree's sums, as
 * Region.alertStats answers. Datong's 3 duplicate persons and Ledu's 2 register matches are below the
 * threshold; a rule without an entry raised nothing.
 */
const ALERTS: Record<string, Partial<Record<AlertStatsRecord['rule'], [number, number, number]>>> = {
  '630102': { ABRUPT_CHANGE: [6, 2, 4], ABOVE_STANDARD: [12, 7, 5] },
  '630121': { EQUAL_SPLITTING: [9, 6, 2], DUPLICATE_PERSON: [3, 1, 1], ABOVE_STANDARD: [8, 3, 5] },
  '630202': { REGISTER_MATCH: [2, 2, 0], ABOVE_STANDARD: [15, 9, 6] },
  '630203': { REGISTER_MATCH: [11, 8, 3], OVERDUE_REPORT: [6, 6, 0] },
};

export function alertsOf(year: number): AlertStatsRecord[] {
  const subtree = (code: string) => Object.keys(ALERTS).filter((county) => county.startsWith(code.replace(/0+$/, '')));
  return REGIONS.flatMap((region) => {
    const counties = subtree(region.code);
    const rules = new Set(counties.flatMap((county) => Object.keys(ALERTS[county] ?? {}))) as Set<
      AlertStatsRecord['rule']
    >;
    return [...rules].map((rule) => {
      const sum = (index: number) =>
        counties.reduce((total, county) => total + (ALERTS[county]?.[rule]?.[index] ?? 0), 0);
      const [raised, confirmed, dismissed] = [sum(0), sum(1), sum(2)];
      return {
        year,
        regionCode: region.code,
        rule,
        raised,
        open: raised - confirmed - dismissed,
        referred: confirmed,
        confirmed,
        dismissed,
      };
    });
  });
}

/** Everything a release needs, for one year (2024) of the small province. */
export function fixtureInput(overrides: Partial<ReleaseInput> = {}): ReleaseInput {
  const year = 2024;
  return {
    years: [year],
    regions: REGIONS,
    completeness: [
      {
        year,
        regionCode: '630000',
        level: 'PREFECTURE',
        expected: 2,
        submittedOnTime: 2,
        submittedLate: 0,
        missing: 0,
        accepted: 2,
        waived: 0,
        submissionRate: 1,
        onTimeRate: 1,
      },
      {
        year,
        regionCode: '630000',
        level: 'COUNTY',
        expected: 4,
        submittedOnTime: 2,
        submittedLate: 1,
        missing: 1,
        accepted: 3,
        waived: 0,
        submissionRate: 0.75,
        onTimeRate: 0.5,
      },
      ...['630100', '630200'].map((regionCode) => ({
        year,
        regionCode,
        level: 'COUNTY' as const,
        expected: 2,
        submittedOnTime: 1,
        submittedLate: regionCode === '630100' ? 1 : 0,
        missing: regionCode === '630200' ? 1 : 0,
        accepted: regionCode === '630100' ? 2 : 1,
        waived: 0,
        submissionRate: regionCode === '630100' ? 1 : 0.5,
        onTimeRate: 0.5,
      })),
    ],
    reportSummaries: summaryOf(year),
    findings: [
      {
        year,
        countyCode: '630121',
        category: 'EQUAL_SPLITTING',
        status: 'CLOSED_NOT_FIXED',
        overdue: false,
        householdsAffected: 12,
        amountInvolvedFen: 500_000,
        fundsRecoveredFen: 0,
        householdsRemoved: 0,
        householdsAdded: 0,
      },
      {
        year,
        countyCode: '630202',
        category: 'WRONGLY_INCLUDED',
        status: 'VERIFIED',
        overdue: false,
        householdsAffected: 3,
        amountInvolvedFen: 120_000,
        fundsRecoveredFen: 120_000,
        householdsRemoved: 3,
        householdsAdded: 0,
      },
    ],
    oversightStats: [],
    complaintStats: complaintsOf(year),
    accountabilityStats: accountabilityOf(year),
    alertStats: alertsOf(year),
    serviceContracts: [
      {
        regionCode: '630100',
        contractNumber: 'QH-XN-2024-01',
        organizationName: '西宁市社会工作服务中心',
        periodStart: '2024-01-01',
        periodEnd: '2025-12-31',
        amountFen: 18_000_000,
        deliverables: '入户走访监督，每季度提交监督记录',
        deliverableItems: [{ met: true }, { met: false }, { met: null }],
      },
      {
        regionCode: '630121001',
        contractNumber: 'QH-DT-2024-02',
        organizationName: '大通县乡村振兴服务社',
        periodStart: '2024-03-01',
        periodEnd: '2024-12-31',
        amountFen: 2_500_000,
        deliverables: '乡镇低保公示监督',
        deliverableItems: [],
      },
    ],
    // The province fixes the complaint limit; Datong shortens it and Xining leaves it as the province has it.
    rulesInForce: [
      ...['630000', '630100', '630200', '630202'].map((regionCode) => ({
        regionCode,
        on: '2025-01-10',
        key: 'complaintConcludeDays',
        value: '60',
        fixed: true,
        own: regionCode === '630000',
        sourceRegionCode: '630000',
        sourceVersion: 1,
      })),
      {
        regionCode: '630121',
        on: '2025-01-10',
        key: 'complaintConcludeDays',
        value: '45',
        fixed: true,
        own: true,
        sourceRegionCode: '630121',
        sourceVersion: 1,
      },
      {
        regionCode: '630121',
        on: '2025-01-10',
        key: 'incidentReportHours',
        value: '24',
        fixed: false,
        own: false,
        sourceRegionCode: null,
        sourceVersion: null,
      },
    ],
    ruleVersions: [
      {
        regionCode: '630121',
        version: 1,
        effectiveFrom: '2024-07-01',
        basisNumber: '大民发〔2024〕5号',
        basisTitle: '大通县低保投诉举报办理细则',
        basisDate: '2024-06-12',
        adoptedByAgency: '630121:CIVIL_AFFAIRS',
        settings: [{ key: 'complaintConcludeDays', value: '45', fixed: true }],
      },
      {
        regionCode: '630000',
        version: 1,
        effectiveFrom: '2021-01-01',
        basisNumber: '青民发〔2020〕86号',
        basisTitle: '青海省城乡最低生活保障监督检查和问责实施办法',
        basisDate: '2020-12-18',
        adoptedByAgency: '630000:CIVIL_AFFAIRS',
        settings: [{ key: 'complaintConcludeDays', value: '60', fixed: true }],
      },
      {
        regionCode: '630000',
        version: 2,
        effectiveFrom: '2025-01-01',
        basisNumber: '青民发〔2024〕90号',
        basisTitle: '关于废止部分规定的通知',
        basisDate: '2024-12-01',
        adoptedByAgency: '630000:CIVIL_AFFAIRS',
        settings: [],
      },
    ],
    bulletins: [
      {
        id: 'b1',
        documentNumber: '青民发〔2025〕3号',
        documentYear: 2025,
        title: '关于2024年度低保专项督察发现问题整改情况的通报',
        titleEn: 'Bulletin on the rectification of problems found by the 2024 dibao inspections',
        summaryEn: 'How the problems the 2024 special inspections found were put right, region by region.',
        issuerId: '630000:CIVIL_AFFAIRS',
        issuerName: '青海省民政厅',
        issuerNameEn: 'Qinghai Department of Civil Affairs',
        issuerRegionCode: '630000',
        periodFrom: '2023-12-31T16:00:00.000Z',
        periodTo: '2024-12-31T15:59:59.999Z',
        issuedAt: '2025-03-01T02:00:00.000Z',
        publishedAt: '2025-03-05T02:00:00.000Z',
        items: [
          {
            position: 2,
            kind: 'COMMENDATION',
            category: 'OUTSTANDING_PERFORMANCE',
            region: REGIONS[4]!,
            publicText: '海东市对督察发现的问题立行立改、逐项销号，整改成效突出，予以通报表扬。',
          },
          {
            position: 1,
            kind: 'CRITICISM',
            category: 'POOR_PROGRESS',
            region: REGIONS[3]!,
            publicText: '大通回族土族自治县个别村存在平分低保金问题，予以通报批评。',
          },
        ],
      },
    ],
    assessments: [
      {
        year,
        provinceCode: '630000',
        level: 'PREFECTURE',
        publishedAt: '2025-02-19T03:00:00.000Z',
        scores: ['630100', '630200'].map((regionCode, index) => ({
          regionCode,
          score: 90 - index * 10,
          rank: index + 1,
          recipients: 40_000,
          indicators: [
            { code: 'REPORT_TIMELINESS', weight: 20, rawValue: 1, normalisedValue: 1, contribution: 20 },
            { code: 'COMPLAINTS_CLOSED_ON_TIME', weight: 80, rawValue: 0.9, normalisedValue: 0.9, contribution: 70 },
          ],
        })),
      },
      // Xining's own assessment of its counties, by its local scheme.
      {
        year,
        provinceCode: '630100',
        level: 'COUNTY',
        publishedAt: '2025-03-10T03:00:00.000Z',
        scores: ['630102', '630121'].map((regionCode, index) => ({
          regionCode,
          score: 100 - index * 40,
          rank: index + 1,
          recipients: 20_000,
          indicators: [
            {
              code: 'COMPLAINTS_CLOSED_ON_TIME',
              weight: 100,
              rawValue: 1 - index * 0.4,
              normalisedValue: 1 - index,
              contribution: 100 - index * 40,
            },
          ],
        })),
      },
    ],
    allocations: [
      {
        id: 'alloc-2024-xining',
        year,
        provinceCode: '630100',
        title: '西宁市2024年度低保工作奖补资金分配方案',
        method: 'REWARD_IN_LIEU_OF_SUBSIDY',
        poolFen: 1_000_001,
        performanceShareBasisPoints: 10_000,
        publishedAt: '2025-03-12T04:00:00.000Z',
        lines: [
          {
            regionCode: '630102',
            score: 100,
            recipients: 20_000,
            baseFen: 0,
            performanceFen: 625_001,
            amountFen: 625_001,
          },
          {
            regionCode: '630121',
            score: 60,
            recipients: 20_000,
            baseFen: 0,
            performanceFen: 375_000,
            amountFen: 375_000,
          },
        ],
      },
      {
        id: 'alloc-2024',
        year,
        provinceCode: '630000',
        title: '2024年度城乡低保工作以奖代补资金分配方案',
        method: 'REWARD_IN_LIEU_OF_SUBSIDY',
        poolFen: 100_000_000,
        performanceShareBasisPoints: 10_000,
        publishedAt: '2025-03-02T04:00:00.000Z',
        lines: [
          {
            regionCode: '630100',
            score: 90,
            recipients: 40_000,
            baseFen: 0,
            performanceFen: 52_941_176,
            amountFen: 52_941_176,
          },
          {
            regionCode: '630200',
            score: 80,
            recipients: 40_000,
            baseFen: 0,
            performanceFen: 47_058_824,
            amountFen: 47_058_824,
          },
        ],
      },
    ],
    ...overrides,
  };
}
