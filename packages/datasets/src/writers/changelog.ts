import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DatasetField, DatasetRow, ReleaseManifest } from '../release-format.js';
import { readDatasetJsonRows } from './json.js';

/** What changed in one dataset since the previous release. */
export interface DatasetChange {
  name: string;
  /** Null when the dataset is new. */
  rowsBefore: number | null;
  /** Null when the dataset was removed. */
  rowsAfter: number | null;
  added: number;
  removed: number;
  changed: number;
  fieldsAdded: string[];
  fieldsRemoved: string[];
}

export interface ReleaseChanges {
  previousVersion: string | null;
  datasetsAdded: string[];
  datasetsRemoved: string[];
  datasets: DatasetChange[];
}

/** A dataset of the new release as the comparison needs it. */
export interface ComparableDataset {
  name: string;
  fields: readonly DatasetField[];
  primaryKey: readonly string[];
  rows: readonly DatasetRow[];
}

export interface PreviousRelease {
  dir: string;
  manifest: ReleaseManifest;
}

const keyOf = (row: DatasetRow, primaryKey: readonly string[], fields: readonly string[]) =>
  JSON.stringify((primaryKey.length > 0 ? primaryKey : fields).map((name) => row[name] ?? null));

/** A short digest of the values of the compared fields, a withheld cell counting as its own value. */
function digestOf(row: DatasetRow, fields: readonly string[]): string {
  const withheld = new Set(row.suppressed ?? []);
  const values = fields.map((name) => (withheld.has(name) ? { suppressed: true } : (row[name] ?? null)));
  return createHash('sha1').update(JSON.stringify(values)).digest('base64');
}

/**
 * Compares the datasets of a new release with the previous release's JSON files: rows matched by primary key
 * are changed when a value of a field both releases have differs. The previous rows are read as a stream and
 * kept only as key → digest.
 */
export async function compareReleases(
  previous: PreviousRelease | null,
  datasets: readonly ComparableDataset[],
): Promise<ReleaseChanges> {
  const before = new Map((previous?.manifest.datasets ?? []).map((dataset) => [dataset.name, dataset]));
  const names = new Set(datasets.map((dataset) => dataset.name));
  const changes: DatasetChange[] = [];
  for (const dataset of datasets) {
    const old = before.get(dataset.name);
    const fieldNames = dataset.fields.map((field) => field.name);
    if (!previous || !old) {
      changes.push({
        name: dataset.name,
        rowsBefore: null,
        rowsAfter: dataset.rows.length,
        added: dataset.rows.length,
        removed: 0,
        changed: 0,
        fieldsAdded: [],
        fieldsRemoved: [],
      });
      continue;
    }
    const oldNames = old.fields.map((field) => field.name);
    const common = fieldNames.filter((name) => oldNames.includes(name));
    const digests = new Map<string, string>();
    for await (const row of readDatasetJsonRows(path.join(previous.dir, old.files.json))) {
      digests.set(keyOf(row, dataset.primaryKey, common), digestOf(row, common));
    }
    let rowsAfter = 0;
    let added = 0;
    let changed = 0;
    let kept = 0;
    for (const row of dataset.rows) {
      rowsAfter += 1;
      const digest = digests.get(keyOf(row, dataset.primaryKey, common));
      if (digest === undefined) added += 1;
      else {
        kept += 1;
        if (digest !== digestOf(row, common)) changed += 1;
      }
    }
    changes.push({
      name: dataset.name,
      rowsBefore: digests.size,
      rowsAfter,
      added,
      removed: digests.size - kept,
      changed,
      fieldsAdded: fieldNames.filter((name) => !oldNames.includes(name)),
      fieldsRemoved: oldNames.filter((name) => !fieldNames.includes(name)),
    });
  }
  for (const old of previous?.manifest.datasets ?? []) {
    if (!names.has(old.name)) {
      changes.push({
        name: old.name,
        rowsBefore: old.rows,
        rowsAfter: null,
        added: 0,
        removed: old.rows,
        changed: 0,
        fieldsAdded: [],
        fieldsRemoved: [],
      });
    }
  }
  return {
    previousVersion: previous?.manifest.version ?? null,
    datasetsAdded: previous
      ? datasets.filter((dataset) => !before.has(dataset.name)).map((dataset) => dataset.name)
      : [],
    datasetsRemoved: (previous?.manifest.datasets ?? []).filter((old) => !names.has(old.name)).map((old) => old.name),
    datasets: changes,
  };
}

const CHANGELOG_TITLE = '# 更新日志 / Changelog';

/**
 * CHANGELOG.md: this release's changes on top, then the earlier entries from the previous release's
 * changelog, so that each release carries the whole history.
 */
export function changelogMarkdown(options: {
  version: string;
  date: string;
  changes: ReleaseChanges;
  previousChangelog?: string | null;
}): string {
  const { changes } = options;
  const lines = [CHANGELOG_TITLE, '', `## ${options.version} (${options.date})`, ''];
  if (changes.previousVersion === null) {
    lines.push('首次发布。/ First release.', '');
  } else {
    lines.push(`与上一版本 ${changes.previousVersion} 相比：/ Compared with ${changes.previousVersion}:`, '');
    if (changes.datasetsAdded.length > 0) {
      lines.push(`- 新增数据集 / Datasets added: ${changes.datasetsAdded.map((name) => `\`${name}\``).join(', ')}`);
    }
    if (changes.datasetsRemoved.length > 0) {
      lines.push(`- 移除数据集 / Datasets removed: ${changes.datasetsRemoved.map((name) => `\`${name}\``).join(', ')}`);
    }
    if (changes.datasetsAdded.length === 0 && changes.datasetsRemoved.length === 0) {
      lines.push('- 数据集无增减 / No datasets added or removed');
    }
    lines.push('');
  }
  lines.push(
    '| 数据集 / Dataset | 原行数 / Rows before | 现行数 / Rows now | 新增 / Added | 删除 / Removed | 变更 / Changed |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const dataset of changes.datasets) {
    lines.push(
      `| \`${dataset.name}\` | ${dataset.rowsBefore ?? '–'} | ${dataset.rowsAfter ?? '–'} | ${dataset.added} | ${dataset.removed} | ${dataset.changed} |`,
    );
  }
  lines.push('');
  const fieldChanges = changes.datasets.filter(
    (dataset) => dataset.fieldsAdded.length + dataset.fieldsRemoved.length > 0,
  );
  if (fieldChanges.length > 0) {
    lines.push('字段变化 / Field changes:', '');
    for (const dataset of fieldChanges) {
      const parts = [
        ...(dataset.fieldsAdded.length > 0
          ? [`added ${dataset.fieldsAdded.map((name) => `\`${name}\``).join(', ')}`]
          : []),
        ...(dataset.fieldsRemoved.length > 0
          ? [`removed ${dataset.fieldsRemoved.map((name) => `\`${name}\``).join(', ')}`]
          : []),
      ];
      lines.push(`- \`${dataset.name}\`: ${parts.join('; ')}`);
    }
    lines.push('');
  }
  const earlier = (options.previousChangelog ?? '').replace(CHANGELOG_TITLE, '').trim();
  return `${lines.join('\n')}${earlier ? `\n${earlier}\n` : ''}`;
}
