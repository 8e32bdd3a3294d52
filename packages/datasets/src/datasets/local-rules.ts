import { RULES, type RuleDefinition, type RuleKey } from '@dibao/domain';
import type { DatasetField, DatasetRow } from '../release-format.js';
import { field, regionColumns, regionFields, regionIndex, type DatasetDefinition } from './fields.js';

const definitionOf = (key: string): RuleDefinition | undefined =>
  Object.hasOwn(RULES, key) ? RULES[key as RuleKey] : undefined;
const ruleOrder = (key: string) => {
  const index = Object.keys(RULES).indexOf(key);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
};

const ruleFields: DatasetField[] = [
  field(
    'rule',
    'string',
    ['规则键', '规则的代码（如 complaintConcludeDays）'],
    ['Rule key', 'Code of the rule (complaintConcludeDays, ...)'],
  ),
  field('rule_zh', 'string', ['规则名称', '规则的中文名称'], ['Rule (Chinese)', 'The rule in Chinese']),
  field('rule_en', 'string', ['规则英文名称', '规则的英文名称'], ['Rule', 'The rule in English']),
];
const unitFields: DatasetField[] = [
  field('unit_zh', 'string', ['单位', '规则值的单位'], ['Unit (Chinese)', 'Unit of the value in Chinese']),
  field('unit_en', 'string', ['英文单位', '规则值的英文单位'], ['Unit', 'Unit of the value in English']),
];
const unitColumns = (key: string) => {
  const unit = definitionOf(key)?.unit;
  return { unit_zh: unit?.zh ?? null, unit_en: unit?.en ?? null };
};

const valueField = field(
  'value',
  'string',
  ['规则值', '规则值的文本：天数等整数、true/false、或月-日（如 12-15）'],
  ['Value', 'The value as text: a whole number (days, ...), true/false, or a month-day (12-15)'],
);
const fixedField = field(
  'fixed',
  'boolean',
  ['下级不得放宽', '为 true 时下级只能从严，不得放宽'],
  ['Fixed for levels below', 'When true, the levels below may make it stricter but not looser'],
);

const ruleColumns = (key: string) => {
  const definition = definitionOf(key);
  return {
    rule: key,
    rule_zh: definition?.label.zh ?? key,
    rule_en: definition?.label.en ?? key,
  };
};

/** The implementing rules in force in every region on the release day, each with where it comes from. */
export const localRulesDataset: DatasetDefinition = {
  name: 'local-rules',
  title: { zh: '现行地方规则（实施办法）', en: 'Local rules in force' },
  description: {
    zh: '各地区在发布日施行的低保监督规则（报告期限、投诉举报办理时限、整改期限、有奖举报等）：每一地区每一规则一行，注明为本级自定还是沿用上级（及其地区和版本）；沿用全国基准的，来源为空。',
    en: 'The rules of dibao supervision each region applies on the release day (report deadlines, complaint time limits, rectification periods, rewards for tip-offs, ...): one row per region and rule, saying whether the region set it itself or inherits it (and from which region and version); an empty source is the national baseline.',
  },
  fields: [
    ...regionFields,
    field(
      'as_of',
      'date',
      ['施行日期', '所列规则施行的日期（北京时间）'],
      ['As of', 'The day the rules are in force (Beijing time)'],
    ),
    ...ruleFields,
    ...unitFields,
    valueField,
    fixedField,
    field('own', 'boolean', ['本级自定', '为 true 时由该地区自行规定'], ['Own', 'True when the region set it itself']),
    field(
      'source_region_code',
      'string',
      ['来源地区', '规定该值的地区代码；为空表示全国基准'],
      ['Source region', 'Code of the region whose version sets the value; empty for the national baseline'],
    ),
    field(
      'source_version',
      'integer',
      ['来源版本', '该地区实施办法的版本号'],
      ['Source version', "Number of that region's version"],
    ),
  ],
  primaryKey: ['region_code', 'rule'],
  build(input) {
    const region = regionIndex(input);
    const rows: DatasetRow[] = [...input.rulesInForce]
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || ruleOrder(a.key) - ruleOrder(b.key))
      .map((rule) => ({
        ...regionColumns(region(rule.regionCode)),
        as_of: rule.on,
        ...ruleColumns(rule.key),
        ...unitColumns(rule.key),
        value: rule.value,
        fixed: rule.fixed,
        own: rule.own,
        source_region_code: rule.sourceRegionCode,
        source_version: rule.sourceVersion,
      }));
    return { rows, sums: [] };
  },
};

/** Every adopted version of every region's rules, with its legal basis: the history a change never rewrites. */
export const localRuleVersionsDataset: DatasetDefinition = {
  name: 'local-rule-versions',
  title: { zh: '地方规则沿革', en: 'Local rules: history of versions' },
  description: {
    zh: '各地区制定的实施办法各版本：生效日期、制定依据（文号、标题、印发日期）、制定机关，以及该版本自行规定的每项规则值。新版本自生效日起取代本级旧版本，此前的计算仍按旧版本。',
    en: 'Every version of the implementing rules a region adopted: the day it took effect, its legal basis (document number, title, date), the adopting agency and each value the version sets itself. A new version replaces the region’s earlier one from the day it takes effect; what was computed before keeps the earlier rules.',
  },
  fields: [
    ...regionFields,
    field('version', 'integer', ['版本号', '该地区实施办法的版本号'], ['Version', "Number of the region's version"]),
    field(
      'effective_from',
      'date',
      ['生效日期', '自该日起施行（北京时间）'],
      ['Effective from', 'In force from this day (Beijing time)'],
    ),
    field(
      'basis_number',
      'string',
      ['文号', '制定依据的发文字号'],
      ['Document number', 'Number of the document it rests on'],
    ),
    field(
      'basis_title',
      'string',
      ['文件标题', '制定依据的标题'],
      ['Document title', 'Title of the document it rests on'],
    ),
    field('basis_date', 'date', ['印发日期', '制定依据的印发日期'], ['Document date', 'Date of the document']),
    field(
      'adopted_by',
      'string',
      ['制定机关', '制定机关：区划代码:机构类别'],
      ['Adopted by', 'Adopting agency, `<region code>:<kind>`'],
    ),
    ...ruleFields,
    ...unitFields,
    valueField,
    fixedField,
  ],
  primaryKey: ['region_code', 'version', 'rule'],
  build(input) {
    const region = regionIndex(input);
    const rows: DatasetRow[] = [];
    const versions = [...input.ruleVersions].sort(
      (a, b) => a.regionCode.localeCompare(b.regionCode) || a.version - b.version,
    );
    for (const version of versions) {
      const base = {
        ...regionColumns(region(version.regionCode)),
        version: version.version,
        effective_from: version.effectiveFrom,
        basis_number: version.basisNumber,
        basis_title: version.basisTitle,
        basis_date: version.basisDate,
        adopted_by: version.adoptedByAgency,
      };
      const settings = [...version.settings].sort((a, b) => ruleOrder(a.key) - ruleOrder(b.key));
      if (settings.length === 0) {
        rows.push({
          ...base,
          rule: '',
          rule_zh: null,
          rule_en: null,
          unit_zh: null,
          unit_en: null,
          value: null,
          fixed: null,
        });
      }
      for (const setting of settings) {
        rows.push({
          ...base,
          ...ruleColumns(setting.key),
          ...unitColumns(setting.key),
          value: setting.value,
          fixed: setting.fixed,
        });
      }
    }
    return { rows, sums: [] };
  },
};
