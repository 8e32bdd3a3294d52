import type { DatasetRow } from '@dibao/datasets';
import type { Locale } from '../../i18n/locales.ts';
import { text } from '../release/cells.ts';
import { datasetRows } from '../release/release.ts';
import { nameOfCode } from './regions.ts';

/*
 * The local implementing rules of the release: those in force on the release day per region (local-rules) and
 * every adopted version with its legal basis (local-rule-versions).
 */

export const rulesOfRegion = (code: string): DatasetRow[] =>
  datasetRows('local-rules').filter((row) => row.region_code === code);

export const ruleVersions = (): DatasetRow[] => datasetRows('local-rule-versions');

/** The day the rules in force were read for (the release day, Beijing time), or null when none are published. */
export const rulesAsOf = (): string | null => text(datasetRows('local-rules')[0], 'as_of');

/** The versions of the release, one entry each, with the values they set. */
export function versionsGrouped(code?: string) {
  const groups = new Map<string, { head: DatasetRow; values: DatasetRow[] }>();
  for (const row of ruleVersions()) {
    if (code && row.region_code !== code) continue;
    const key = `${String(row.region_code)}|${String(row.version)}`;
    const group = groups.get(key) ?? { head: row, values: [] };
    if (text(row, 'rule')) group.values.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A rule's value as a reader reads it: 60 天 / 60 days, 是/否, 12月15日 / 15 Dec. */
export function ruleValue(row: DatasetRow, locale: Locale): string {
  const value = text(row, 'value') ?? '';
  if (value === 'true') return locale === 'zh-CN' ? '是' : 'Yes';
  if (value === 'false') return locale === 'zh-CN' ? '否' : 'No';
  const date = MONTH_DAY.exec(value);
  if (date) {
    const [month, day] = [Number(date[1]), Number(date[2])];
    return locale === 'zh-CN' ? `${month}月${day}日` : `${day} ${MONTHS_EN[month - 1] ?? month}`;
  }
  const unit = text(row, locale === 'zh-CN' ? 'unit_zh' : 'unit_en');
  const number = /^\d+$/.test(value) ? Number(value).toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-GB') : value;
  return unit ? `${number} ${unit}` : number;
}

export const ruleLabel = (row: DatasetRow, locale: Locale): string =>
  text(row, locale === 'zh-CN' ? 'rule_zh' : 'rule_en') ?? text(row, 'rule') ?? '';

/** Where a value in force comes from, in words. */
export function ruleSource(row: DatasetRow, locale: Locale): string {
  const region = text(row, 'source_region_code');
  const version = text(row, 'source_version');
  if (!region) return locale === 'zh-CN' ? '全国基准' : 'National baseline';
  const name = nameOfCode(region, locale);
  if (row.own === true) return locale === 'zh-CN' ? `本级规定（第${version}版）` : `Own rule (version ${version})`;
  return locale === 'zh-CN' ? `沿用${name}（第${version}版）` : `Inherited from ${name} (version ${version})`;
}
