import type {
  AllocationMethod,
  AllocationStatus,
  AssessmentIndicator,
  AssessmentIndicatorDefinition,
  BulletinAudience,
  BulletinEvidenceKind,
  BulletinItemCategory,
  BulletinItemKind,
  BulletinStatus,
} from '../index.js';

/*
 * What the bulletins subgraph's importer (`importBulletins`) takes, and so what the demo generator produces:
 * bulletins as issued, with items and the references to their evidence, and assessments as raw indicator
 * values (scored on import with the same arithmetic as computeAssessment).
 */

export interface DocumentPrefixImport {
  /** `<region>:CIVIL_AFFAIRS`. */
  issuerId: string;
  /** 青民发, 西宁民发, 大通民发. */
  prefix: string;
}

export interface BulletinEvidenceImport {
  kind: BulletinEvidenceKind;
  /** `id` for a record, `regionCode` and `year` for statistics. */
  ref: { id?: string; regionCode?: string; year?: number };
  note?: string | null;
}

export interface BulletinItemImport {
  id: string;
  kind: BulletinItemKind;
  category: BulletinItemCategory;
  regionCode: string;
  /** Internal: the figures behind it. */
  summary: string;
  /** Public once the bulletin is published. */
  publicText: string;
  evidence: BulletinEvidenceImport[];
}

export interface BulletinImport {
  id: string;
  issuerId: string;
  title: string;
  /** English title and summary, where the issuer gave them; null (or absent) for a bulletin in Chinese only. */
  titleEn?: string | null;
  summaryEn?: string | null;
  periodFrom: Date;
  periodTo: Date;
  audience: BulletinAudience[];
  status: BulletinStatus;
  body: string;
  createdAt: Date;
  /** Null exactly for drafts. Serials run 1, 2, 3… per issuer and year, in order of issue. */
  documentYear: number | null;
  documentSerial: number | null;
  issuedAt: Date | null;
  publishedAt: Date | null;
  items: BulletinItemImport[];
}

export interface AllocationImport {
  id: string;
  title: string;
  poolFen: number;
  method: AllocationMethod;
  performanceShareBasisPoints: number;
  status: AllocationStatus;
  createdAt: Date;
  finalisedAt: Date | null;
  publishedAt: Date | null;
}

export interface AssessmentImport {
  provinceCode: string;
  year: number;
  level: 'PREFECTURE' | 'COUNTY';
  indicators: AssessmentIndicatorDefinition[];
  regions: Array<{
    regionCode: string;
    recipients: number | null;
    raw: Partial<Record<AssessmentIndicator, number | null>>;
  }>;
  computedAt: Date;
  /** Null: computed but not yet published. */
  publishedAt: Date | null;
  allocations: AllocationImport[];
}

export interface BulletinsImport {
  documentPrefixes: DocumentPrefixImport[];
  /** In order of creation. */
  bulletins: BulletinImport[];
  assessments: AssessmentImport[];
}
