import { AllocationMethod } from '@dibao/domain';
import type { DatasetRow } from '../release-format.js';
import { assessorCode, publishedAt } from './assessments.js';
import {
  datetime,
  fen,
  field,
  personCount,
  regionColumns,
  regionFields,
  regionIndex,
  type DatasetDefinition,
} from './fields.js';

/** Published allocations of incentive funds: one row per prefecture of each allocation. */
export const allocationsDataset: DatasetDefinition = {
  name: 'allocations',
  title: { zh: '低保工作奖补资金分配', en: 'Incentive fund allocations' },
  description: {
    zh: '已公布的奖补资金分配方案（省级在各市（州）之间、市（州）在所辖县之间）：分配方式、资金总额，以及各地区的得分、保障对象人数、基础分配、绩效分配和合计金额（分）。',
    en: 'Published allocations of incentive funds, by the province among its prefectures and by a prefecture among its counties: method, pool, and for each region the score, recipients, base share, performance share and amount (fen).',
  },
  fields: [
    field(
      'year',
      'integer',
      ['评价年度', '分配所依据的绩效评价年度'],
      ['Year', 'The assessment year the allocation rests on'],
    ),
    field(
      'allocation_id',
      'string',
      ['方案编号', '分配方案的唯一编号'],
      ['Allocation id', 'Identifier of the allocation'],
    ),
    assessorCode,
    field('title', 'string', ['方案名称', '分配方案名称'], ['Title', 'Title of the allocation (Chinese)']),
    field(
      'method',
      'string',
      ['分配方式代码', 'REWARD_IN_LIEU_OF_SUBSIDY 以奖代补，REWARD_COMBINED_WITH_SUBSIDY 奖补结合'],
      ['Method code', 'REWARD_IN_LIEU_OF_SUBSIDY or REWARD_COMBINED_WITH_SUBSIDY'],
    ),
    field('method_zh', 'string', ['分配方式', '分配方式中文名称'], ['Method (Chinese)', 'Method in Chinese']),
    field('method_en', 'string', ['分配方式英文名称', '分配方式英文名称'], ['Method', 'Method in English']),
    fen('pool_fen', ['资金总额', '分配的资金总额（分）'], ['Pool', 'Funds divided (fen)']),
    field(
      'performance_share_basis_points',
      'integer',
      ['绩效分配比例', '按绩效分配部分所占比例（万分比）'],
      ['Performance share', 'Share divided by score, in basis points'],
    ),
    ...regionFields,
    field('score', 'number', ['绩效得分', '该地区的绩效评价得分'], ['Score', 'The region’s assessment score']),
    personCount(
      'recipients',
      ['保障对象人数', '分配所用的低保对象人数'],
      ['Recipients', 'Recipients the allocation used'],
    ),
    fen('base_fen', ['基础分配', '按保障对象人数分配的金额（分）'], ['Base share', 'Share by recipients (fen)']),
    fen('performance_fen', ['绩效分配', '按绩效得分分配的金额（分）'], ['Performance share', 'Share by score (fen)']),
    fen('amount_fen', ['分配金额', '合计分配金额（分）'], ['Amount', 'Amount allocated (fen)']),
    publishedAt,
  ],
  primaryKey: ['allocation_id', 'region_code'],
  build(input) {
    const regionOf = regionIndex(input);
    const rows: DatasetRow[] = [];
    const allocations = [...input.allocations].sort(
      (a, b) => a.year - b.year || a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id),
    );
    for (const allocation of allocations) {
      for (const line of [...allocation.lines].sort((a, b) => a.regionCode.localeCompare(b.regionCode))) {
        rows.push({
          year: allocation.year,
          allocation_id: allocation.id,
          assessor_code: allocation.provinceCode,
          title: allocation.title,
          method: allocation.method,
          method_zh: AllocationMethod[allocation.method].zh,
          method_en: AllocationMethod[allocation.method].en,
          pool_fen: allocation.poolFen,
          performance_share_basis_points: allocation.performanceShareBasisPoints,
          ...regionColumns(regionOf(line.regionCode)),
          score: line.score,
          recipients: line.recipients,
          base_fen: line.baseFen,
          performance_fen: line.performanceFen,
          amount_fen: line.amountFen,
          published_at: datetime(allocation.publishedAt),
        });
      }
    }
    return { rows, sums: [] };
  },
};
