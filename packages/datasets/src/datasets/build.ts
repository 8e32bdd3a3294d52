import {
  DATASET_NAMES,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type Bilingual,
  type DatasetField,
  type DatasetName,
  type DatasetRow,
} from '../release-format.js';
import { suppressTable } from '../disclosure/table.js';
import { accountabilityDataset } from './accountability.js';
import { allocationsDataset } from './allocations.js';
import { assessmentsDataset } from './assessments.js';
import { bulletinItemsDataset, bulletinsDataset } from './bulletins.js';
import { complaintsDataset } from './complaints.js';
import type { DatasetDefinition } from './fields.js';
import { inspectionFindingsDataset } from './inspection-findings.js';
import { localRulesDataset, localRuleVersionsDataset } from './local-rules.js';
import { monitoringAlertsDataset } from './monitoring-alerts.js';
import type { ReleaseInput } from './inputs.js';
import { assertNoPersonalData } from './personal-data.js';
import { regionsDataset } from './regions.js';
import { reportFiguresDataset } from './report-figures.js';
import { reportingCompletenessDataset } from './reporting-completeness.js';
import { serviceContractsDataset } from './service-contracts.js';

/** Every dataset of a release, in the order of the contract. */
export const DATASETS: readonly DatasetDefinition[] = [
  regionsDataset,
  reportingCompletenessDataset,
  reportFiguresDataset,
  inspectionFindingsDataset,
  complaintsDataset,
  accountabilityDataset,
  bulletinItemsDataset,
  bulletinsDataset,
  assessmentsDataset,
  allocationsDataset,
  monitoringAlertsDataset,
  localRulesDataset,
  localRuleVersionsDataset,
  serviceContractsDataset,
];

/** A dataset ready to be written: rows after disclosure control. */
export interface BuiltDataset {
  name: DatasetName;
  title: Bilingual;
  description: Bilingual;
  fields: DatasetField[];
  primaryKey: string[];
  rows: DatasetRow[];
  /** Cells withheld (primary and secondary). */
  suppressedCells: number;
  /** Of those, withheld because the count itself is below the threshold. */
  primaryCells: number;
  /** Withheld cells in groups too large for the exact check (protected by the relation rule alone). */
  unauditedCells?: number;
}

export interface BuildOptions {
  threshold?: number;
  /** See SuppressionOptions.auditLimit. */
  auditLimit?: number;
}

export class DisclosureError extends Error {}

/** Builds one dataset: rows, then suppression of its person counts, then the personal-data check. */
export function buildDataset(
  definition: DatasetDefinition,
  input: ReleaseInput,
  options: BuildOptions = {},
): BuiltDataset {
  const { rows, sums } = definition.build(input);
  const personFields = definition.fields
    .filter((candidate) => candidate.personCount)
    .map((candidate) => candidate.name);
  const table = suppressTable(rows, personFields, sums, {
    threshold: options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD,
    ...(options.auditLimit === undefined ? {} : { auditLimit: options.auditLimit }),
    order: (row, index) =>
      [
        row.region_code ?? '',
        ...definition.primaryKey.map((key) => String(row[key] ?? '')),
        String(index).padStart(9, '0'),
      ].join('|'),
  });
  if (table.unprotected.length > 0) {
    throw new DisclosureError(
      `${definition.name}: ${table.unprotected.length} withheld cell(s) could still be worked out from the totals; nothing was published`,
    );
  }
  assertNoPersonalData(definition.name, table.rows);
  return {
    name: definition.name,
    title: definition.title,
    description: definition.description,
    fields: definition.fields,
    primaryKey: definition.primaryKey,
    rows: table.rows,
    suppressedCells: table.suppressedCells,
    primaryCells: table.primaryCells,
    unauditedCells: table.unaudited,
  };
}

/** Builds every dataset of the contract from the input. */
export function buildDatasets(input: ReleaseInput, options: BuildOptions = {}): BuiltDataset[] {
  const missing = DATASET_NAMES.filter((name) => !DATASETS.some((definition) => definition.name === name));
  if (missing.length > 0) throw new Error(`No definition for dataset(s) ${missing.join(', ')}`);
  return DATASETS.map((definition) => buildDataset(definition, input, options));
}
