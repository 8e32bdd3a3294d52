import { subtreeCodePrefix } from '@dibao/domain';
import type { BulletinEvidenceSeed, BulletinEvidenceSources } from './types.js';

/** Up to `limit` records of another demo about a county (or its townships) in a year, cited by id. */
function recordsAbout(
  records: ReadonlyArray<{ id: string; regionCode: string; year: number }> | undefined,
  kind: BulletinEvidenceSeed['kind'],
  countyCode: string,
  year: number,
  limit: number,
  note: string,
): BulletinEvidenceSeed[] {
  return (records ?? [])
    .filter((record) => record.regionCode.startsWith(countyCode) && record.year === year)
    .slice(0, limit)
    .map((record) => ({ kind, ref: { id: record.id }, note }));
}

/** Findings, inspections, complaints and cases of the other demos that concern a county in a year. */
export function recordEvidence(
  sources: BulletinEvidenceSources,
  countyCode: string,
  year: number,
): BulletinEvidenceSeed[] {
  const inspections = (sources.inspections ?? [])
    .filter(
      (inspection) =>
        inspection.year === year &&
        inspection.targetCodes.some((target) => countyCode.startsWith(subtreeCodePrefix(target))),
    )
    .slice(0, 1)
    .map((inspection): BulletinEvidenceSeed => ({
      kind: 'INSPECTION',
      ref: { id: inspection.id },
      note: '专项督察',
    }));
  return [
    ...inspections,
    ...recordsAbout(sources.findings, 'FINDING', countyCode, year, 3, '督察发现的问题'),
    ...recordsAbout(sources.complaints, 'COMPLAINT', countyCode, year, 2, '群众投诉举报'),
    ...recordsAbout(sources.accountabilityCases, 'ACCOUNTABILITY_CASE', countyCode, year, 2, '责任追究'),
  ];
}

export const statsEvidence = (
  kind: 'REPORTING_COMPLETENESS' | 'REPORT_SUMMARY' | 'COMPLAINT_STATS',
  regionCode: string,
  year: number,
  note: string,
): BulletinEvidenceSeed => ({ kind, ref: { regionCode, year }, note });
