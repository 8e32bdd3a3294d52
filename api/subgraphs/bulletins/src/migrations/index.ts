import { AuditTrail1764000000000, EventOutbox1765000000000 } from '@dibao/db';
import { Bulletins1764000000700 } from './1764000000700-bulletins.js';
import { BulletinEnglish1764000000800 } from './1764000000800-bulletin-english.js';
import { PrefectureAssessment1766000000900 } from './1766000000900-prefecture-assessment.js';

/** In order; applied in one transaction by the migration runner. */
export const bulletinsMigrations = [
  AuditTrail1764000000000,
  Bulletins1764000000700,
  BulletinEnglish1764000000800,
  EventOutbox1765000000000,
  PrefectureAssessment1766000000900,
];
