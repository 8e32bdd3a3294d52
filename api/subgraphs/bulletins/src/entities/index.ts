import { AuditRecord } from '@dibao/db';
import { AllocationLineEntity } from './allocation-line.entity.js';
import { AllocationEntity } from './allocation.entity.js';
import { AssessmentIndicatorValueEntity } from './assessment-indicator-value.entity.js';
import { AssessmentSchemeEntity } from './assessment-scheme.entity.js';
import { AssessmentScoreEntity } from './assessment-score.entity.js';
import { AssessmentEntity } from './assessment.entity.js';
import { BulletinEvidenceEntity } from './bulletin-evidence.entity.js';
import { BulletinItemEntity } from './bulletin-item.entity.js';
import { BulletinEntity } from './bulletin.entity.js';
import { DocumentCounterEntity } from './document-counter.entity.js';
import { DocumentPrefixEntity } from './document-prefix.entity.js';

export {
  AllocationEntity,
  AllocationLineEntity,
  AssessmentEntity,
  AssessmentIndicatorValueEntity,
  AssessmentSchemeEntity,
  AssessmentScoreEntity,
  BulletinEntity,
  BulletinEvidenceEntity,
  BulletinItemEntity,
  DocumentCounterEntity,
  DocumentPrefixEntity,
};

export const bulletinsEntities = [
  BulletinEntity,
  BulletinItemEntity,
  BulletinEvidenceEntity,
  DocumentPrefixEntity,
  DocumentCounterEntity,
  AssessmentSchemeEntity,
  AssessmentEntity,
  AssessmentScoreEntity,
  AssessmentIndicatorValueEntity,
  AllocationEntity,
  AllocationLineEntity,
  AuditRecord,
];
