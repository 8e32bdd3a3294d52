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
} from '@dibao/domain';

/*
 * The demo data of the bulletins subgraph, in the shape its importer (importBulletins) takes: bulletins as
 * issued, with items and the references to their evidence, and assessments as raw indicator values.
 */

export interface DocumentPrefixSeed {
  /** `<region>:CIVIL_AFFAIRS`. */
  issuerId: string;
  /** 青民发, 西宁民发, 大通民发. */
  prefix: string;
}

export interface BulletinEvidenceSeed {
  kind: BulletinEvidenceKind;
  /** `id` for a record, `regionCode` and `year` for statistics. */
  ref: { id?: string; regionCode?: string; year?: number };
  note?: string | null;
}

export interface BulletinItemSeed {
  id: string;
  kind: BulletinItemKind;
  category: BulletinItemCategory;
  regionCode: string;
  /** Internal: the figures behind it. */
  summary: string;
  /** Public once the bulletin is published. */
  publicText: string;
  evidence: BulletinEvidenceSeed[];
}

export interface BulletinSeed {
  id: string;
  issuerId: string;
  title: string;
  /** English title and summary, where the issuer gave them; null for a bulletin issued in Chinese only. */
  titleEn: string | null;
  summaryEn: string | null;
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
  items: BulletinItemSeed[];
}

export interface AllocationSeed {
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

export interface AssessmentSeed {
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
  allocations: AllocationSeed[];
}

export interface DemoBulletins {
  documentPrefixes: DocumentPrefixSeed[];
  /** In order of creation. */
  bulletins: BulletinSeed[];
  assessments: AssessmentSeed[];
}

/**
 * Records of the other demo generators that bulletins may cite, when the caller has them (by id only, as the
 * subgraphs link): the oversight demo's findings and inspections, the complaints demo's complaints, the
 * accountability demo's cases. Without them, items cite reporting's statistics and incidents alone.
 */
export interface BulletinEvidenceSources {
  findings?: ReadonlyArray<{ id: string; regionCode: string; year: number }>;
  inspections?: ReadonlyArray<{ id: string; year: number; targetCodes: readonly string[] }>;
  complaints?: ReadonlyArray<{ id: string; regionCode: string; year: number }>;
  accountabilityCases?: ReadonlyArray<{ id: string; regionCode: string; year: number }>;
}
