import {
  ComplaintChannel,
  ComplaintConclusion,
  ProblemCategory,
  complaintChannelValues,
  problemCategoryValues,
} from '@dibao/domain';
import type { DatasetRow } from '../release-format.js';
import type { ComplaintStatsRecord } from './inputs.js';
import { breakdownFields, breakdownSums, type BreakdownValue } from './breakdown.js';
import {
  personCount,
  regionColumns,
  regionFields,
  sortedRegions,
  yearField,
  type DatasetDefinition,
} from './fields.js';

const PENDING = { zh: '尚未作出核查结论', en: 'Not yet concluded' };

/** The breakdowns of the complaints received in a year; each adds up to the number received. */
function breakdowns(stats: ComplaintStatsRecord): Array<[string, BreakdownValue[]]> {
  const channel = new Map(stats.byChannel.map((entry) => [entry.channel, entry.count]));
  const category = new Map(stats.byCategory.map((entry) => [entry.category, entry.count]));
  return [
    [
      'total',
      [{ value: 'ALL', label: { zh: '登记受理投诉举报合计', en: 'All complaints registered' }, count: stats.received }],
    ],
    [
      'channel',
      complaintChannelValues.map((code) => ({
        value: code,
        label: ComplaintChannel[code],
        count: channel.get(code) ?? 0,
      })),
    ],
    [
      'category',
      problemCategoryValues.map((code) => ({
        value: code,
        label: ProblemCategory[code],
        count: category.get(code) ?? 0,
      })),
    ],
    [
      'outcome',
      [
        { value: 'SUBSTANTIATED', label: ComplaintConclusion.SUBSTANTIATED, count: stats.substantiated },
        {
          value: 'PARTLY_SUBSTANTIATED',
          label: ComplaintConclusion.PARTLY_SUBSTANTIATED,
          count: stats.partlySubstantiated,
        },
        { value: 'UNSUBSTANTIATED', label: ComplaintConclusion.UNSUBSTANTIATED, count: stats.unsubstantiated },
        { value: 'PENDING', label: PENDING, count: stats.received - stats.concluded },
      ],
    ],
  ];
}

/** Complaints and reports received, by channel, problem category and outcome. */
export const complaintsDataset: DatasetDefinition = {
  name: 'complaints',
  title: { zh: '投诉举报登记受理与核查', en: 'Complaints registered and their outcome' },
  description: {
    zh: '投诉举报系统逐件登记受理的低保投诉举报（按受理年度），按受理渠道、问题类别和核查结论分组，并有合计行；各分组之和等于合计。件数小于5的单元格以 S 表示，为防止由合计推算而隐藏的单元格同样以 S 表示。不含任何投诉举报人信息。与 report-figures 中县级年度报告填报的 complaints_received 来源不同。',
    en: 'Complaints about dibao registered one by one in the complaints system in each year, by channel, problem category and outcome, with a total row; each breakdown adds up to the total. Counts below 5 are shown as S, as are cells withheld so that they cannot be worked out from totals. Nothing about any complainant is included. These are not the complaints_received of report-figures, which the counties state in their annual reports.',
  },
  fields: [
    yearField,
    ...regionFields,
    ...breakdownFields('channel 受理渠道、category 问题类别、outcome 核查结论'),
    personCount(
      'complaints',
      ['登记件数', '投诉举报系统登记受理的件数（逐件登记，不同于年度报告填报数）'],
      [
        'Complaints registered',
        'Complaints registered in the complaints system, one record each (not the figure the annual reports state)',
      ],
      'count',
    ),
  ],
  primaryKey: ['year', 'region_code', 'dimension', 'value'],
  build(input) {
    const byKey = new Map(input.complaintStats.map((stats) => [`${stats.year}|${stats.regionCode}`, stats]));
    const rows: DatasetRow[] = [];
    for (const year of input.years) {
      for (const region of sortedRegions(input)) {
        const stats = byKey.get(`${year}|${region.code}`);
        if (!stats) continue;
        for (const [dimension, values] of breakdowns(stats)) {
          for (const entry of values) {
            rows.push({
              year,
              ...regionColumns(region),
              dimension,
              value: entry.value,
              value_zh: entry.label.zh,
              value_en: entry.label.en,
              complaints: entry.count,
            });
          }
        }
      }
    }
    const sums = breakdownSums(rows, {
      additive: new Set(['channel', 'category', 'outcome']),
      totalValue: () => 'ALL',
    });
    return { rows, sums };
  },
};
