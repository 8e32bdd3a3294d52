import { AlertRule, alertRuleValues } from '@dibao/domain';
import type { DatasetRow } from '../release-format.js';
import { marginSums, regionSums } from '../disclosure/table.js';
import {
  field,
  personCount,
  regionColumns,
  regionFields,
  sortedRegions,
  yearField,
  type DatasetDefinition,
} from './fields.js';

const ALL = { zh: '全部规则合计', en: 'All rules' };
type Count = 'raised' | 'confirmed' | 'dismissed';

/**
 * Alerts of the dynamic monitoring by rule: raised, confirmed (referred, and the case settled as substantiated) and
 * dismissed. An alert concerns a household or a village, so its counts are suppressed like person counts; every
 * region has a row per rule (zeros included) and a total row, so that the hierarchy and the rules both add up.
 */
export const monitoringAlertsDataset: DatasetDefinition = {
  name: 'monitoring-alerts',
  title: { zh: '动态监测预警', en: 'Dynamic monitoring alerts' },
  description: {
    zh: '低保动态监测系统按比对规则产生的预警线索（按产生年度）：产生数、经核实属实数（移交督察或投诉办理后查实）、经核实排除数，并有全部规则合计行；各规则之和等于合计，下级区划之和等于上级。数小于5的单元格以 S 表示，为防止由合计推算而隐藏的单元格同样以 S 表示。不含任何保障对象信息。',
    en: 'Leads raised by the rules of the dynamic monitoring of dibao payments, by the year raised: raised, confirmed (referred to an inspection finding or a complaint case that was settled as substantiated) and dismissed, with an all-rules total row; the rules add up to the total and regions to the region above. Counts below 5 are shown as S, as are cells withheld so that they cannot be worked out from totals. Nothing about any recipient is included.',
  },
  fields: [
    yearField,
    ...regionFields,
    field(
      'rule',
      'string',
      ['规则代码', '预警规则代码（EQUAL_SPLITTING 等）；ALL 为全部规则合计行'],
      ['Rule code', 'Code of the monitoring rule (EQUAL_SPLITTING, ...); ALL is the all-rules total row'],
    ),
    field('rule_zh', 'string', ['规则名称', '预警规则的中文名称'], ['Rule (Chinese)', 'The rule in Chinese']),
    field('rule_en', 'string', ['规则英文名称', '预警规则的英文名称'], ['Rule', 'The rule in English']),
    personCount('raised', ['产生数', '当年产生的预警数'], ['Raised', 'Alerts raised in the year'], 'count'),
    personCount(
      'confirmed',
      ['属实数', '当年产生、移交督察或投诉办理后经查实（问题整改销号或未整改关闭、投诉属实或部分属实）的预警数'],
      [
        'Confirmed',
        'Alerts of the year referred to an inspection finding or a complaint case that was settled as substantiated (finding verified or closed not fixed, complaint substantiated in whole or in part)',
      ],
      'count',
    ),
    personCount(
      'dismissed',
      ['排除数', '当年产生、经核实排除的预警数'],
      ['Dismissed', 'Alerts of the year dismissed after verification'],
      'count',
    ),
  ],
  primaryKey: ['year', 'region_code', 'rule'],
  build(input) {
    const byKey = new Map(input.alertStats.map((stats) => [`${stats.year}|${stats.regionCode}|${stats.rule}`, stats]));
    const rows: DatasetRow[] = [];
    for (const year of input.years) {
      const regions = sortedRegions(input);
      if (!input.alertStats.some((stats) => stats.year === year)) continue;
      for (const region of regions) {
        const perRule = alertRuleValues.map((rule) => {
          const stats = byKey.get(`${year}|${region.code}|${rule}`);
          return {
            rule,
            label: AlertRule[rule],
            raised: stats?.raised ?? 0,
            confirmed: stats?.confirmed ?? 0,
            dismissed: stats?.dismissed ?? 0,
          };
        });
        const sum = (name: Count) => perRule.reduce((total, r) => total + r[name], 0);
        const total = {
          rule: 'ALL',
          label: ALL,
          raised: sum('raised'),
          confirmed: sum('confirmed'),
          dismissed: sum('dismissed'),
        };
        for (const entry of [total, ...perRule]) {
          rows.push({
            year,
            ...regionColumns(region),
            rule: entry.rule,
            rule_zh: entry.label.zh,
            rule_en: entry.label.en,
            raised: entry.raised,
            confirmed: entry.confirmed,
            dismissed: entry.dismissed,
          });
        }
      }
    }
    const sums = [
      ...regionSums(rows, {
        group: (row) => `${row.year}|${row.rule}`,
        region: (row) => row.region_code as string,
        parent: (row) => (row.parent_code as string | null) ?? null,
      }),
      ...marginSums(rows, {
        total: (row) => (row.rule === 'ALL' ? `${row.year}|${row.region_code}` : null),
        group: (row) => (row.rule === 'ALL' ? null : `${row.year}|${row.region_code}`),
      }),
    ];
    return { rows, sums };
  },
};
