import type {
  AllocationImport,
  AssessmentImport,
  BulletinEvidenceImport,
  BulletinImport,
  BulletinItemImport,
  BulletinsImport,
  DocumentPrefixImport,
} from '@dibao/domain';

/* The demo data of the bulletins subgraph, in the shape its importer takes (declared once, in @dibao/domain). */

export type DocumentPrefixSeed = DocumentPrefixImport;
export type BulletinEvidenceSeed = BulletinEvidenceImport;
export type BulletinItemSeed = BulletinItemImport;
export interface BulletinSeed extends BulletinImport {
  /** English title and summary, where the issuer gave them; null for a bulletin issued in Chinese only. */
  titleEn: string | null;
  summaryEn: string | null;
}
export type AllocationSeed = AllocationImport;
export type AssessmentSeed = AssessmentImport;
export interface DemoBulletins extends BulletinsImport {
  /** In order of creation. */
  bulletins: BulletinSeed[];
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
