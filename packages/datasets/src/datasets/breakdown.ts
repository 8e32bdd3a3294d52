import type { Bilingual, DatasetField, DatasetRow } from '../release-format.js';
import { marginSums, regionSums, type RowSum } from '../disclosure/table.js';
import { field } from './fields.js';

/** One value of a breakdown of a region's figure: its code, labels, and the count. */
export interface BreakdownValue {
  value: string;
  label: Bilingual;
  count: number;
}

export const breakdownFields = (dimensions: string): DatasetField[] => [
  field(
    'dimension',
    'string',
    ['分组维度', `分组维度：${dimensions}；total 为合计行`],
    ['Breakdown', `What the row breaks the total down by: ${dimensions}; total is the total row`],
  ),
  field(
    'value',
    'string',
    ['分组代码', '该维度下的分组代码'],
    ['Value code', 'Code of the group within the breakdown'],
  ),
  field('value_zh', 'string', ['分组名称', '分组的中文名称'], ['Value (Chinese)', 'The group in Chinese']),
  field('value_en', 'string', ['分组英文名称', '分组的英文名称'], ['Value', 'The group in English']),
];

/**
 * The sums readers can rely on in a breakdown table: for every year, breakdown and value, a region is the sum
 * of its children; for every year and region, the values of each additive breakdown add up to its total row.
 */
export function breakdownSums(
  rows: readonly DatasetRow[],
  options: { additive: ReadonlySet<string>; totalValue: (row: DatasetRow) => string | null },
): RowSum[] {
  const hierarchy = regionSums(rows, {
    group: (row) => `${row.year}|${row.dimension}|${row.value}`,
    region: (row) => row.region_code as string,
    parent: (row) => (row.parent_code as string | null) ?? null,
  });
  const margins = marginSums(rows, {
    total: (row) => (row.dimension === 'total' ? `${row.year}|${row.region_code}|${row.value}` : null),
    group: (row) => {
      if (!options.additive.has(row.dimension as string)) return null;
      const total = options.totalValue(row);
      return total === null ? null : `${row.year}|${row.region_code}|${total}`;
    },
  });
  return [...hierarchy, ...margins];
}
