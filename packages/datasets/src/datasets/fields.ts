import { RegionLevel } from '@dibao/domain';
import type { Bilingual, DatasetField, DatasetName, DatasetRow, FieldType } from '../release-format.js';
import type { RowSum } from '../disclosure/table.js';
import type { RegionRecord, ReleaseInput } from './inputs.js';

/** How one dataset is made: its Table Schema and the rows, with the sums that suppression must respect. */
export interface DatasetDefinition {
  name: DatasetName;
  title: Bilingual;
  description: Bilingual;
  fields: DatasetField[];
  primaryKey: string[];
  /**
   * The rows in a stable order (year, then region code, then the breakdown), and which rows add up to which.
   * Person counts are still exact here; suppression comes after.
   */
  build(input: ReleaseInput): { rows: DatasetRow[]; sums: RowSum[] };
}

type FieldOptions = Pick<DatasetField, 'personCount' | 'unit'>;

/** A field with its titles and descriptions in both languages: `zh` and `en` are [title, description]. */
export function field(
  name: string,
  type: FieldType,
  zh: [string, string],
  en: [string, string],
  options: FieldOptions = {},
): DatasetField {
  return {
    name,
    type,
    title: { zh: zh[0], en: en[0] },
    description: { zh: zh[1], en: en[1] },
    ...options,
  };
}

/** A count about persons or households: suppressed below the threshold. */
export const personCount = (
  name: string,
  zh: [string, string],
  en: [string, string],
  unit: DatasetField['unit'] = 'persons',
) => field(name, 'integer', zh, en, { personCount: true, unit });

export const count = (name: string, zh: [string, string], en: [string, string]) =>
  field(name, 'integer', zh, en, { unit: 'count' });

export const fen = (name: string, zh: [string, string], en: [string, string]) =>
  field(name, 'integer', zh, en, { unit: 'fen' });

export const yearField = field(
  'year',
  'integer',
  ['年度', '统计年度（北京时间）'],
  ['Year', 'Statistical year (Beijing time)'],
);

/** The region columns every regional dataset carries, so the site can build region pages from any of them. */
export const regionFields: DatasetField[] = [
  field(
    'region_code',
    'string',
    ['区划代码', '国家统计局行政区划代码（GB/T 2260）'],
    ['Region code', 'Administrative division code (GB/T 2260, National Bureau of Statistics)'],
  ),
  field(
    'region_name',
    'string',
    ['区划名称', '行政区划的中文名称'],
    ['Region name (Chinese)', 'Official Chinese name'],
  ),
  field(
    'region_name_en',
    'string',
    ['英文名称', '行政区划的英文名称：地名用拼音，民族名称与区划类别用英文（如 Datong Hui and Tu Autonomous County）'],
    [
      'Region name',
      'English name: the place name in pinyin, nationalities and the kind of unit in English (Datong Hui and Tu Autonomous County)',
    ],
  ),
  field(
    'region_level',
    'string',
    ['区划级别', 'PROVINCE 省、PREFECTURE 市（州）、COUNTY 县（市、区）、TOWNSHIP 乡镇（街道）'],
    ['Level', 'PROVINCE, PREFECTURE, COUNTY or TOWNSHIP'],
  ),
  field(
    'parent_code',
    'string',
    ['上级区划代码', '上一级行政区划的代码；省为空'],
    ['Parent code', 'Code of the enclosing region; empty for a province'],
  ),
];

export function regionColumns(region: RegionRecord): DatasetRow {
  return {
    region_code: region.code,
    region_name: region.name,
    region_name_en: region.nameEn,
    region_level: region.level,
    parent_code: region.parentCode,
  };
}

/** Regions by code; a missing region is a bug in the input, not something to publish half-named. */
export function regionIndex(input: ReleaseInput): (code: string) => RegionRecord {
  const byCode = new Map(input.regions.map((region) => [region.code, region]));
  return (code) => {
    const region = byCode.get(code);
    if (!region) throw new Error(`Region ${code} is not among the regions of the release`);
    return region;
  };
}

/** Regions top-down by code (a province's code sorts before its prefectures', and theirs before their counties'). */
export const sortedRegions = (input: ReleaseInput) => [...input.regions].sort((a, b) => a.code.localeCompare(b.code));

export const levelLabel = (level: string) => RegionLevel[level as RegionLevel] ?? { zh: level, en: level };

/** A date-time as the Table Schema default format reads it: UTC, whole seconds. */
export function datetime(value: string | null): string | null {
  if (value === null) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date-time: ${value}`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The date (Beijing time) of a date-time. */
export function beijingDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date-time: ${value}`);
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
