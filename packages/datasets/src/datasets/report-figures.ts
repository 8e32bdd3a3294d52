import type { DatasetField, DatasetRow } from '../release-format.js';
import { regionSums } from '../disclosure/table.js';
import type { ReportSummaryRecord } from './inputs.js';
import {
  count,
  field,
  fen,
  personCount,
  regionColumns,
  regionFields,
  sortedRegions,
  yearField,
  type DatasetDefinition,
} from './fields.js';

type Figure = Exclude<keyof ReportSummaryRecord, 'year' | 'regionCode' | 'reportsIncluded' | 'reportsExpected'>;

/** Each published figure: its column, the summary field it comes from, and its definition. */
const FIGURES: Array<[Figure, DatasetField]> = [
  [
    'urbanHouseholds',
    personCount(
      'urban_households',
      ['城市低保户数', '年末城市低保对象户数'],
      ['Urban households', 'Urban recipient households at year end'],
      'households',
    ),
  ],
  [
    'urbanPersons',
    personCount(
      'urban_persons',
      ['城市低保人数', '年末城市低保对象人数'],
      ['Urban recipients', 'Urban recipients at year end'],
    ),
  ],
  [
    'ruralHouseholds',
    personCount(
      'rural_households',
      ['农村低保户数', '年末农村低保对象户数'],
      ['Rural households', 'Rural recipient households at year end'],
      'households',
    ),
  ],
  [
    'ruralPersons',
    personCount(
      'rural_persons',
      ['农村低保人数', '年末农村低保对象人数'],
      ['Rural recipients', 'Rural recipients at year end'],
    ),
  ],
  [
    'applications',
    personCount(
      'applications',
      ['受理申请数', '全年受理的低保申请（户）'],
      ['Applications', 'Applications received in the year (households)'],
      'households',
    ),
  ],
  [
    'approvals',
    personCount(
      'approvals',
      ['审批通过数', '全年审批通过的申请（户）'],
      ['Approvals', 'Applications approved (households)'],
      'households',
    ),
  ],
  [
    'rejections',
    personCount(
      'rejections',
      ['不予批准数', '全年不予批准的申请（户）'],
      ['Rejections', 'Applications rejected (households)'],
      'households',
    ),
  ],
  [
    'exits',
    personCount(
      'exits',
      ['退出户数', '全年退出低保的户数'],
      ['Exits', 'Households that left the programme'],
      'households',
    ),
  ],
  [
    'urbanStandardMinFen',
    fen(
      'urban_standard_min_fen',
      ['城市低保标准最低值', '各县城市低保标准中的最低值（分/人·月）'],
      ['Urban standard, lowest', 'Lowest county urban standard (fen per person per month)'],
    ),
  ],
  [
    'urbanStandardMaxFen',
    fen(
      'urban_standard_max_fen',
      ['城市低保标准最高值', '各县城市低保标准中的最高值（分/人·月）'],
      ['Urban standard, highest', 'Highest county urban standard (fen per person per month)'],
    ),
  ],
  [
    'ruralStandardMinFen',
    fen(
      'rural_standard_min_fen',
      ['农村低保标准最低值', '各县农村低保标准中的最低值（分/人·月）'],
      ['Rural standard, lowest', 'Lowest county rural standard (fen per person per month)'],
    ),
  ],
  [
    'ruralStandardMaxFen',
    fen(
      'rural_standard_max_fen',
      ['农村低保标准最高值', '各县农村低保标准中的最高值（分/人·月）'],
      ['Rural standard, highest', 'Highest county rural standard (fen per person per month)'],
    ),
  ],
  [
    'raisedFen',
    fen(
      'raised_fen',
      ['筹集资金', '各级财政筹集的低保资金合计（分）'],
      ['Funds raised', 'Funds raised from all levels of government (fen)'],
    ),
  ],
  [
    'raisedCentralFen',
    fen(
      'raised_central_fen',
      ['中央资金', '中央财政资金（分）'],
      ['Central funds', 'Raised from the central government (fen)'],
    ),
  ],
  [
    'raisedProvincialFen',
    fen(
      'raised_provincial_fen',
      ['省级资金', '省级财政资金（分）'],
      ['Provincial funds', 'Raised from the province (fen)'],
    ),
  ],
  [
    'raisedPrefectureFen',
    fen(
      'raised_prefecture_fen',
      ['市州级资金', '市（州）级财政资金（分）'],
      ['Prefecture funds', 'Raised from the prefecture (fen)'],
    ),
  ],
  [
    'raisedCountyFen',
    fen('raised_county_fen', ['县级资金', '县级财政资金（分）'], ['County funds', 'Raised from the county (fen)']),
  ],
  [
    'carryOverFen',
    fen(
      'carry_over_fen',
      ['上年结转', '上年结转资金（分）'],
      ['Carried over', 'Carried over from the previous year (fen)'],
    ),
  ],
  [
    'disbursedFen',
    fen('disbursed_fen', ['发放金额', '发放给低保对象的资金（分）'], ['Disbursed', 'Paid to recipients (fen)']),
  ],
  ['balanceFen', fen('balance_fen', ['年末结余', '年末结余资金（分）'], ['Balance', 'Balance at year end (fen)'])],
  [
    'paidViaBankFen',
    fen(
      'paid_via_bank_fen',
      ['社会化发放金额', '通过银行账户发放的资金（分）'],
      ['Paid via bank', 'Paid through bank accounts (fen)'],
    ),
  ],
  [
    'householdVisits',
    personCount(
      'household_visits',
      ['入户调查数', '全年入户调查（户次）'],
      ['Household visits', 'Household visits in the year'],
      'households',
    ),
  ],
  [
    'dynamicReviews',
    personCount(
      'dynamic_reviews',
      ['动态复核数', '全年对低保对象的动态复核（户次）'],
      ['Dynamic reviews', 'Reviews of recipients in the year'],
      'households',
    ),
  ],
  [
    'emergenciesHandled',
    count(
      'emergencies_handled',
      ['处置突发事件数', '全年处置的突发事件'],
      ['Emergencies handled', 'Emergencies handled in the year'],
    ),
  ],
  [
    'inspections',
    count('inspections', ['开展检查次数', '县级报告的检查次数'], ['Inspections', 'Inspections the counties ran']),
  ],
  [
    'problemsRectified',
    count(
      'problems_rectified',
      ['已整改问题数', '县级报告的已整改问题'],
      ['Problems rectified', 'Problems the counties rectified'],
    ),
  ],
  [
    'complaintsReceived',
    personCount(
      'complaints_received',
      [
        '年度报告所报受理投诉举报数',
        '县级年度报告填报的受理投诉举报件数（不同于 complaints 数据集中投诉举报系统的登记件数）',
      ],
      [
        'Complaints received (annual reports)',
        'Complaints the counties state in their annual reports (not the complaints registered in the complaints system, dataset complaints)',
      ],
      'count',
    ),
  ],
  [
    'complaintsClosed',
    personCount(
      'complaints_closed',
      ['年度报告所报办结投诉举报数', '县级年度报告填报的办结投诉举报件数'],
      ['Complaints closed (annual reports)', 'Complaints closed, as the counties state in their annual reports'],
      'count',
    ),
  ],
  [
    'peopleHeldAccountable',
    personCount(
      'people_held_accountable',
      ['年度报告所报被问责人数', '县级年度报告填报的被问责人数（不同于 accountability 数据集中问责案件的统计）'],
      [
        'People held accountable (annual reports)',
        'People held accountable, as the counties state in their annual reports (not the case statistics of dataset accountability)',
      ],
    ),
  ],
];

/**
 * A region's figures of a year are provisional until every county report it expects is accepted: a sum over
 * 28 of 45 counties would otherwise read as a fall in recipients. Counted from the reports, for any region.
 */
export const isProvisional = (summary: Pick<ReportSummaryRecord, 'reportsIncluded' | 'reportsExpected'>) =>
  summary.reportsIncluded < summary.reportsExpected;

/**
 * Figures of the annual reports, rolled up from accepted county reports only (a prefecture's and the
 * province's rows are sums of their counties', nothing is counted twice). A region without an accepted county
 * report has empty figures rather than zeros.
 */
export const reportFiguresDataset: DatasetDefinition = {
  name: 'report-figures',
  title: { zh: '年度报告主要数据', en: 'Annual report figures' },
  description: {
    zh: '由已审核通过的县级年度报告汇总的低保对象、审批、资金与监督数据，按年度和省、市（州）、县列示。人数、户数小于5的单元格以 S 表示（含为防止推算而隐藏的单元格）。',
    en: 'Recipients, decisions, funds and supervision figures added up from accepted county annual reports, per year for the province, prefectures and counties. Counts of persons or households below 5 are shown as S (as are cells withheld so that they cannot be worked out from totals).',
  },
  fields: [
    yearField,
    ...regionFields,
    count(
      'reports_included',
      ['纳入汇总的报告数', '已审核通过、计入本行数据的县级报告数'],
      ['Reports included', 'Accepted county reports the figures add up'],
    ),
    count(
      'reports_expected',
      ['应报县级报告数', '辖区内应报送年度报告的县级单位数'],
      ['Reports expected', 'County-level units that had to file'],
    ),
    field(
      'provisional',
      'boolean',
      [
        '暂定数据',
        '已审核通过的县级报告少于应报数时为 true：本行只汇总了部分县的数字，不能与完整年度直接比较（覆盖情况见 reports_included / reports_expected）',
      ],
      [
        'Provisional',
        'true when fewer county reports are accepted than expected: the row adds up only some counties and cannot be compared with a complete year (coverage: reports_included of reports_expected)',
      ],
    ),
    ...FIGURES.map(([, definition]) => definition),
  ],
  primaryKey: ['year', 'region_code'],
  build(input) {
    const byKey = new Map(input.reportSummaries.map((summary) => [`${summary.year}|${summary.regionCode}`, summary]));
    const rows: DatasetRow[] = [];
    for (const year of input.years) {
      for (const region of sortedRegions(input)) {
        const summary = byKey.get(`${year}|${region.code}`);
        if (!summary) continue;
        const included = summary.reportsIncluded > 0;
        const row: DatasetRow = {
          year,
          ...regionColumns(region),
          reports_included: summary.reportsIncluded,
          reports_expected: summary.reportsExpected,
          provisional: isProvisional(summary),
        };
        for (const [source, definition] of FIGURES) row[definition.name] = included ? summary[source] : null;
        rows.push(row);
      }
    }
    const sums = regionSums(rows, {
      group: (row) => String(row.year),
      region: (row) => row.region_code as string,
      parent: (row) => (row.parent_code as string | null) ?? null,
    });
    return { rows, sums };
  },
};
