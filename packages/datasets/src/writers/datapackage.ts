import { MISSING_VALUES, type DatasetField, type DatasetManifest, type ReleaseManifest } from '../release-format.js';

/** Data Package names: lower case, digits, `-._/`. */
export const DATA_PACKAGE_NAME = 'dibao-oversight-open-data';

export const CC_BY_4_0 = {
  name: 'CC-BY-4.0' as const,
  url: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
};

/** "English / 中文", as every description in this repository. */
const bilingual = (text: { zh: string; en: string }) => `${text.en} / ${text.zh}`;

const COUNTING_UNITS = new Set(['persons', 'households', 'count']);

function tableSchemaField(field: DatasetField, primaryKey: readonly string[]) {
  const constraints: Record<string, unknown> = {};
  if (primaryKey.includes(field.name)) constraints.required = true;
  if (field.type === 'integer' && (field.personCount || COUNTING_UNITS.has(field.unit ?? ''))) constraints.minimum = 0;
  return {
    name: field.name,
    type: field.type,
    title: bilingual(field.title),
    description: bilingual(field.description),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function resource(dataset: DatasetManifest) {
  const primaryKey = dataset.primaryKey ?? [];
  return {
    profile: 'tabular-data-resource',
    name: dataset.name,
    path: dataset.files.csv,
    title: bilingual(dataset.title),
    description: bilingual(dataset.description),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    ...(dataset.bytes ? { bytes: dataset.bytes.csv } : {}),
    hash: `sha256:${dataset.sha256.csv}`,
    schema: {
      fields: dataset.fields.map((field) => tableSchemaField(field, primaryKey)),
      missingValues: [...MISSING_VALUES],
      ...(primaryKey.length > 0 ? { primaryKey } : {}),
    },
  };
}

/**
 * The Frictionless Data Package (v1, tabular) describing the CSV files of a release: one resource per dataset
 * with its Table Schema, the checksum of the file, and `missingValues` declaring S (withheld) and empty.
 */
export function dataPackageDescriptor(manifest: ReleaseManifest) {
  const title = manifest.title ?? { zh: '低保监督检查公开数据', en: 'Dibao oversight open data' };
  return {
    profile: 'tabular-data-package',
    name: DATA_PACKAGE_NAME,
    title: bilingual(title),
    description: bilingual({
      zh: `城乡最低生活保障监督检查公开数据，版本 ${manifest.version}。人数、户数小于 ${manifest.suppressionThreshold} 的单元格及为防止推算而隐藏的单元格记为 S。`,
      en: `Open data on the supervision of the minimum living allowance (dibao), release ${manifest.version}. Counts of persons or households below ${manifest.suppressionThreshold}, and cells withheld so that they cannot be worked out from totals, are S.`,
    }),
    version: manifest.version,
    created: manifest.publishedAt,
    keywords: ['dibao', '低保', 'minimum living allowance', 'social assistance', 'supervision', 'China'],
    licenses: [{ name: manifest.licence.name, path: manifest.licence.url, title: CC_BY_4_0.title }],
    ...(manifest.publisher ? { contributors: [{ title: bilingual(manifest.publisher), role: 'publisher' }] } : {}),
    resources: manifest.datasets.map(resource),
  };
}
