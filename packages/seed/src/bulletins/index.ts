export type {
  AllocationSeed,
  AssessmentSeed,
  BulletinEvidenceSeed,
  BulletinEvidenceSources,
  BulletinItemSeed,
  BulletinSeed,
  DemoBulletins,
  DocumentPrefixSeed,
} from './types.js';
export {
  demoBulletins,
  demoDocumentPrefixes,
  DEFAULT_BULLETIN_YEARS,
  type DemoBulletinsOptions,
} from './demo-bulletins.js';
