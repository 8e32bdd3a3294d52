/*
 * The published release: the only thing the public site is built from, and what journalists download.
 * Layout of one release (a folder under `.data/releases/<version>/`, copied to the site as `/data/<version>/`
 * and `/data/latest/`):
 *
 *   release.json           ReleaseManifest (below): version, date, datasets with their files and checksums
 *   datapackage.json       Frictionless Data Package: one tabular resource per dataset, with a Table Schema
 *                          (`missingValues: ["", "S"]`: S marks a suppressed cell)
 *   <dataset>.csv          UTF-8 with BOM, header row of field names, suppressed cells written as S
 *   <dataset>.json         DatasetJson (below): the same rows with typed values, suppressed cells null
 *   SHA256SUMS             `<sha256>  <file>` per file of the release (sha256sum -c format)
 *   CHANGELOG.md           what changed against the previous release (datasets added/removed, rows changed)
 *   LICENSE.md             the licence of the data (CC BY 4.0) and how to cite it
 *   audit-checkpoints.json AuditCheckpointsFile (below): per audit chain of the hub, its head when the release
 *                          was made, signed (Ed25519), so that a later rewrite of the chain is detectable
 *   audit-public-key.pem   the Ed25519 public key (SPKI PEM) that verifies those signatures
 *
 * Versions are `YYYY.MM.DD-N` (N counts releases of the day, from 1), so they sort as strings.
 */

/** A label in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export interface DatasetField {
  name: string;
  type: FieldType;
  title: Bilingual;
  description: Bilingual;
  /** Counts about persons: cells under the threshold are suppressed (primary and secondary suppression). */
  personCount?: boolean;
  /** Money in fen (1/100 yuan). */
  unit?: 'fen' | 'persons' | 'households' | 'percent' | 'count';
}

export interface DatasetManifest {
  /** File stem and Data Package resource name, e.g. `report-figures`. */
  name: string;
  title: Bilingual;
  description: Bilingual;
  fields: DatasetField[];
  rows: number;
  /** Cells suppressed in this dataset (primary + secondary). */
  suppressedCells: number;
  files: { csv: string; json: string };
  sha256: { csv: string; json: string };
  /** Fields that identify a row (the Table Schema's primaryKey). Added after the first draft of the contract. */
  primaryKey?: string[];
  /** Size of each file in bytes, for download links. */
  bytes?: { csv: number; json: number };
}

export interface ReleaseManifest {
  version: string;
  /** ISO date-time the release was made (UTC). */
  publishedAt: string;
  previousVersion: string | null;
  /** Suppression threshold: person counts below it are suppressed. */
  suppressionThreshold: number;
  /** The code written in CSV for a suppressed cell. */
  suppressionMarker: 'S';
  licence: { name: 'CC-BY-4.0'; url: string };
  datasets: DatasetManifest[];
  /** Name of the release as a whole (also the Data Package's title). */
  title?: Bilingual;
  /** Who publishes the data: the civil affairs departments of the provinces covered. */
  publisher?: Bilingual;
  /** How to cite this release; names the version. Shown on every dataset page. */
  citation?: Bilingual;
  /** What the release covers: the statistical years and the provinces (region codes). */
  coverage?: { years: number[]; provinces: string[] };
  /** Every file of the release (SHA256SUMS covers all of them but itself), sorted. */
  files?: string[];
}

/** A cell: a value, or null when suppressed (see `suppressed`) or not applicable. */
export type Cell = string | number | boolean | null;

export interface DatasetRow {
  [field: string]: Cell | string[] | undefined;
  /** Names of the fields of this row that are suppressed. Absent when none. */
  suppressed?: string[];
}

export interface DatasetJson {
  name: string;
  version: string;
  rows: DatasetRow[];
}

/**
 * The datasets of a release and the fields each must have (more fields may follow). Region rows carry
 * `region_code`, `region_name` (zh), `region_name_en`, `region_level` (PROVINCE | PREFECTURE | COUNTY) and
 * `parent_code` so the site can build region pages from the datasets alone.
 */
export const DATASET_NAMES = [
  /** One row per region (province, prefectures, counties): the region list the site's region pages use. */
  'regions',
  /**
   * year × region (province, prefectures): expected, submitted_on_time, submitted_late, missing, submission_rate, on_time_rate, for the level below.
   * Also (release job): `level` (PREFECTURE for the province's row, COUNTY for a prefecture's), accepted, waived; rates are percentages 0–100 (unit `percent`).
   */
  'reporting-completeness',
  /** year × region (province, prefectures, counties): figures rolled up from accepted county reports: reports_included, reports_expected, provisional (true while reports_included < reports_expected), urban_households, urban_persons, rural_households, rural_persons, applications, approvals, rejections, exits, raised_fen, disbursed_fen, balance_fen, paid_via_bank_fen, inspections, problems_rectified, complaints_received, complaints_closed, people_held_accountable. */
  'report-figures',
  /**
   * year × region (province, prefectures, counties) × problem category: findings, verified, closed_not_fixed, overdue, funds_recovered_fen, households_removed, households_added.
   * Also: category_zh, category_en, households_affected, amount_involved_fen. Every region × category of every year has a row (zeros included).
   */
  'inspection-findings',
  /**
   * year × region (province, prefectures, counties) × dimension (channel | category | outcome) × value: complaints (a person count).
   * Also: value_zh, value_en (labels); outcome values SUBSTANTIATED, PARTLY_SUBSTANTIATED, UNSUBSTANTIATED, PENDING; and a `total`
   * dimension (value ALL = complaints received) that each breakdown adds up to. Do not add rows of different dimensions together.
   */
  'complaints',
  /**
   * year × region (province, prefectures, counties) × dimension (violation | sanction) × value: cases or people (person counts).
   * As written: columns `cases` (violation rows: cases opened) and `people` (sanction rows: those given the sanction), the other empty;
   * sanction values are `<TRACK>_<SANCTION>` (PARTY_WARNING, GOVERNMENT_DEMERIT, ...) with `track`; value_zh, value_en; and a `total`
   * dimension: CASES_OPENED, CASES_DECIDED, UNITS_HELD_ACCOUNTABLE (cases) and PEOPLE_HELD_ACCOUNTABLE (people).
   */
  'accountability',
  /**
   * One row per published bulletin item: document_number, bulletin_title, issued_at, published_at, kind (COMMENDATION | CRITICISM), category, region fields, public_text.
   * Also: sequence (the item's number in the bulletin), year, issuer_id, issuer, issuer_en, kind_zh/en, category_zh/en. Times are UTC date-times.
   */
  'bulletin-items',
  /**
   * One row per published bulletin: document_number, title, issuer, issued_at, published_at, items.
   * Also: title_en, summary_en (empty when the issuer gave no English), year, issuer_id, issuer_en, issuer_region_code, period_from, period_to (dates), commendations, criticisms.
   */
  'bulletins',
  /**
   * year × prefecture: published assessment scores: score, rank, and each indicator's points.
   * As written: `points_<indicator>`, `weight_<indicator>`, `value_<indicator>` (indicator codes in lower case, empty when the
   * year's scheme does not use it), recipients, published_at.
   */
  'assessments',
  /**
   * One row per line of a published allocation: year, method, pool_fen, region, amount_fen, base_fen, performance_fen.
   * Also: allocation_id, title, method_zh/en, performance_share_basis_points, score, recipients, published_at.
   */
  'allocations',
  /**
   * year × region (province, prefectures, counties) × rule (ALL, then each monitoring rule): raised, confirmed, dismissed (suppressed like person counts).
   * Also: rule_zh, rule_en. Every region has a row per rule (zeros included); a year without any alert has no rows.
   */
  'monitoring-alerts',
  /**
   * region (province, prefectures, counties) × rule: the implementing rules in force on the release day: as_of, rule, rule_zh, rule_en,
   * unit_zh, unit_en, value (as text: 60, true, 12-15), fixed (levels below may not loosen it), own (set by the region itself),
   * source_region_code and source_version (empty for the national baseline).
   */
  'local-rules',
  /**
   * One row per value of an adopted version of a region's own rules: region, version, effective_from, basis_number, basis_title,
   * basis_date, adopted_by, rule, rule_zh, rule_en, unit_zh, unit_en, value, fixed. A version that sets nothing (back to what is inherited) has one
   * row with an empty rule.
   */
  'local-rule-versions',
  /**
   * One row per purchase-of-services contract (政府购买服务): contract_number, organization, region fields, period_start,
   * period_end, amount_fen, deliverables (the terms), deliverables_listed, deliverables_met, deliverables_not_met, deliverables_open.
   */
  'service-contracts',
] as const;

export type DatasetName = (typeof DATASET_NAMES)[number];

/** The code a suppressed cell is written as in CSV. */
export const SUPPRESSION_MARKER = 'S' as const;

/** The Table Schema `missingValues` of every resource: empty (not applicable) and S (suppressed). */
export const MISSING_VALUES: readonly string[] = ['', SUPPRESSION_MARKER];

/** Person counts below this are suppressed unless a release says otherwise. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** `releases/LATEST` holds the newest version; versions are folders next to it. */
export const LATEST_FILE = 'LATEST';

/** The checkpoints file of a release, and the public key that verifies them. */
export const AUDIT_CHECKPOINTS_FILE = 'audit-checkpoints.json';
export const AUDIT_PUBLIC_KEY_FILE = 'audit-public-key.pem';

/**
 * The head of one audit chain (one per subgraph schema) when the release was made. `message` is the exact
 * UTF-8 text signed: `dibao audit checkpoint v1`, then `schema=`, `seq=`, `head=`, `time=` lines, each ending
 * in a line feed; `signature` is its Ed25519 signature in base64.
 */
export interface AuditCheckpointRecord {
  schema: string;
  seq: string;
  headHash: string;
  signedAt: string;
  message: string;
  signature: string;
}

export interface AuditCheckpointsFile {
  /** `ed25519`: verify each message with the key in audit-public-key.pem. */
  algorithm: 'ed25519';
  /** The same key as audit-public-key.pem (SPKI PEM). */
  publicKey: string;
  checkpoints: AuditCheckpointRecord[];
}
