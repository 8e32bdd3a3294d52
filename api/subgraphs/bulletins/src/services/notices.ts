import { levelBelow, regionLevelOf, type AgencyKind } from '@dibao/domain';
import { notify, type Audience } from '@dibao/server';
import type { AllocationEntity, AssessmentEntity, BulletinEntity } from '../entities/index.js';

/*
 * Who hears of bulletins' acts, each audience inside the read rule (services/access.ts): an issued bulletin is
 * told to the audience it is circulated to, which reads it in full from then on; a published assessment or
 * allocation, public from then on, to the civil affairs departments of the regions it scores or funds.
 */

/** The audiences of a bulletin's circulation: the issuer's own government, and the agencies of the tier below. */
function circulationOf(bulletin: Pick<BulletinEntity, 'issuerRegionCode' | 'audience'>): Audience[] {
  const audiences: Audience[] = [];
  if (bulletin.audience.includes('PROVINCIAL_GOVERNMENT')) {
    audiences.push({ region: bulletin.issuerRegionCode, reach: 'AT', anyOf: [{ agencies: ['GOVERNMENT'] }] });
  }
  const below: AgencyKind[] = [
    ...(bulletin.audience.includes('PREFECTURE_CIVIL_AFFAIRS') ? (['CIVIL_AFFAIRS'] as const) : []),
    ...(bulletin.audience.includes('PREFECTURE_GOVERNMENTS') ? (['GOVERNMENT'] as const) : []),
  ];
  const level = levelBelow(regionLevelOf(bulletin.issuerRegionCode));
  if (below.length > 0 && level) {
    audiences.push({ region: bulletin.issuerRegionCode, reach: 'BELOW', level, anyOf: [{ agencies: below }] });
  }
  return audiences;
}

/** An issued bulletin, told to its circulation by document number and title. */
export function bulletinIssuedNotices(bulletin: BulletinEntity, documentNumber: string) {
  return circulationOf(bulletin).map((audience) =>
    notify({
      event: 'BULLETIN_ISSUED',
      regionCode: bulletin.issuerRegionCode,
      entityType: 'Bulletin',
      entityId: bulletin.id,
      audience,
      summary: {
        en: `Bulletin ${documentNumber} "${bulletin.titleEn ?? bulletin.title}" was issued to you`,
        zh: `通报 ${documentNumber}《${bulletin.title}》已印发给您`,
      },
    }),
  );
}

/** The civil affairs departments of the regions an assessment scores (its level, inside the assessing region). */
const assessedBy = (assessorRegionCode: string, level: AssessmentEntity['level']): Audience => ({
  region: assessorRegionCode,
  reach: 'BELOW',
  level,
  anyOf: [{ agencies: ['CIVIL_AFFAIRS'] }],
});

/** A published assessment: opened with `assessment(year, assessor)`, hence its id `<assessor>:<year>`. */
export function assessmentPublishedNotice(assessment: AssessmentEntity) {
  return notify({
    event: 'ASSESSMENT_PUBLISHED',
    regionCode: assessment.provinceCode,
    entityType: 'Assessment',
    entityId: `${assessment.provinceCode}:${assessment.year}`,
    audience: assessedBy(assessment.provinceCode, assessment.level),
    summary: {
      en: `The ${assessment.year} performance assessment by ${assessment.provinceCode} was published`,
      zh: `${assessment.provinceCode} ${assessment.year} 年度绩效评价结果已公布`,
    },
  });
}

/** A published allocation, told to the regions it divides its pool among. */
export function allocationPublishedNotice(allocation: AllocationEntity, level: AssessmentEntity['level']) {
  return notify({
    event: 'ALLOCATION_PUBLISHED',
    regionCode: allocation.provinceCode,
    entityType: 'Allocation',
    entityId: allocation.id,
    audience: assessedBy(allocation.provinceCode, level),
    summary: {
      en: `The ${allocation.year} fund allocation "${allocation.title}" by ${allocation.provinceCode} was published`,
      zh: `${allocation.provinceCode} ${allocation.year} 年度资金分配方案《${allocation.title}》已公布`,
    },
  });
}
