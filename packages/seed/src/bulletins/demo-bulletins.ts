import { BulletinAudience, civilAffairsAgencyId, defaultDocumentPrefix } from '@dibao/domain';
import { isPlaceholderPrefecture } from '../placeholder-prefectures.js';
import { mulberry32, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { shortRegionName } from '../reporting/short-names.js';
import type { DemoReporting } from '../reporting/types.js';
import { seededUuid } from '../reporting/uuid.js';
import { demoRuleVersions } from '../rules/index.js';
import { demoAssessment, demoPrefectureAssessment } from './assessments.js';
import { incidentBulletin } from './incident-bulletins.js';
import { draftBulletin, inspectionBulletin } from './inspection-bulletins.js';
import { chineseDate, type PlannedBulletin } from './plans.js';
import { provinceData } from './province-data.js';
import { reportingBulletin, yearEndProgressBulletin } from './reporting-bulletins.js';
import { bulletinBody } from './texts.js';
import type { BulletinEvidenceSources, BulletinSeed, DemoBulletins, DocumentPrefixSeed } from './types.js';

export const DEFAULT_BULLETIN_YEARS: readonly number[] = [2023, 2024, 2025];
const DEFAULT_SEED = 2014_05;

export interface DemoBulletinsOptions {
  /** Bulletin years; the latest is the open year (a bulletin still to be published, a draft). */
  years?: number[];
  seed?: number;
  /** Records of the other demos that items may cite as evidence. */
  sources?: BulletinEvidenceSources;
}

/** Every civil affairs bureau's document prefix, from its region's short name (青民发, 西宁民发, 大通民发). */
export function demoDocumentPrefixes(regions: readonly RegionSeed[]): DocumentPrefixSeed[] {
  return regions
    .filter((region) =>
      region.level === 'PREFECTURE' ? !isPlaceholderPrefecture(region) : region.level !== 'TOWNSHIP',
    )
    .map((region) => ({
      issuerId: civilAffairsAgencyId(region.code),
      prefix: defaultDocumentPrefix(region.code, shortRegionName(region.name)),
    }));
}

const issuerNameOf = (province: RegionSeed) => `${province.name}${province.name.endsWith('市') ? '民政局' : '民政厅'}`;

function bodyOf(plan: PlannedBulletin, issuerName: string): string {
  const addressed = plan.audience.filter((audience) => audience !== 'PROVINCIAL_GOVERNMENT');
  const copied = plan.audience.includes('PROVINCIAL_GOVERNMENT');
  const body = bulletinBody({
    addressee: addressed.map((audience) => BulletinAudience[audience].zh).join('、'),
    opening: plan.opening,
    commendations: plan.items.filter((item) => item.kind === 'COMMENDATION').length,
    criticisms: plan.items.filter((item) => item.kind === 'CRITICISM').length,
    issuerName,
    dated: chineseDate(plan.issuedAt ?? plan.createdAt),
  });
  return copied ? `${body}\n抄送：${BulletinAudience.PROVINCIAL_GOVERNMENT.zh}。` : body;
}

const shanghaiYearOf = (date: Date) => new Date(date.getTime() + 8 * 3600_000).getUTCFullYear();

/** Ids, bodies and document numbers: serials 1, 2, 3… per year in order of issue, drafts unnumbered. */
function layOut(random: Random, province: RegionSeed, plans: readonly PlannedBulletin[]): BulletinSeed[] {
  const issuerId = civilAffairsAgencyId(province.code);
  const serials = new Map<number, number>();
  const issueOrder = [...plans]
    .filter((plan) => plan.issuedAt !== null)
    .sort((a, b) => (a.issuedAt as Date).getTime() - (b.issuedAt as Date).getTime());
  const serialOf = new Map<PlannedBulletin, number>();
  for (const plan of issueOrder) {
    const year = shanghaiYearOf(plan.issuedAt as Date);
    const serial = (serials.get(year) ?? 0) + 1;
    serials.set(year, serial);
    serialOf.set(plan, serial);
  }
  return plans.map((plan) => ({
    id: seededUuid(random),
    issuerId,
    title: plan.title,
    titleEn: plan.english?.title ?? null,
    summaryEn: plan.english?.summary ?? null,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    audience: plan.audience,
    status: plan.status,
    body: bodyOf(plan, issuerNameOf(province)),
    createdAt: plan.createdAt,
    documentYear: plan.issuedAt ? shanghaiYearOf(plan.issuedAt) : null,
    documentSerial: serialOf.get(plan) ?? null,
    issuedAt: plan.issuedAt,
    publishedAt: plan.publishedAt,
    items: plan.items.map((item) => ({ ...item, id: seededUuid(random) })),
  }));
}

/**
 * Demo data for the bulletins subgraph, drawn from the reporting demo (and the other demos' records, when
 * given): for each province and year, the provincial department's bulletins (reports in March, incidents in
 * June, special inspections in December; in the open year also a year-end bulletin issued but not yet
 * published, and a draft), and an assessment of its prefectures with one allocation. Deterministic: the same
 * regions, reporting data and options give the same output. In Qinghai, the December bulletin of 2025 is
 * 青民发〔2025〕3号, which criticises Datong (630121) and commends a practice of Haidong (630200).
 */
export function demoBulletins(
  regions: readonly RegionSeed[],
  reporting: DemoReporting,
  options: DemoBulletinsOptions = {},
): DemoBulletins {
  const years = [...new Set(options.years ?? DEFAULT_BULLETIN_YEARS)].sort((a, b) => a - b);
  const openYear = years.at(-1);
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const result: DemoBulletins = { documentPrefixes: demoDocumentPrefixes(regions), bulletins: [], assessments: [] };
  for (const province of regions.filter((region) => region.level === 'PROVINCE')) {
    const data = provinceData(province, regions, reporting, options.sources ?? {});
    const plans: PlannedBulletin[] = [];
    for (const [index, year] of years.entries()) {
      const open = year === openYear;
      plans.push(reportingBulletin(random, data, year));
      plans.push(...[incidentBulletin(random, data, year)].filter((plan) => plan !== null));
      plans.push(...[inspectionBulletin(random, data, year)].filter((plan) => plan !== null));
      if (open) {
        plans.push(...[yearEndProgressBulletin(random, data, year)].filter((plan) => plan !== null));
        plans.push(...[draftBulletin(random, data, year)].filter((plan) => plan !== null));
      }
      const assessment = demoAssessment(random, data, year, index, open);
      if (assessment) result.assessments.push(assessment);
    }
    // Prefectures with a scheme of their own assess their counties for each settled year it was in force for
    // (computed in the spring after the year). A stream of its own leaves the rest of the demo as it was.
    const ownRandom = mulberry32((options.seed ?? DEFAULT_SEED) + Number(province.code));
    for (const version of demoRuleVersions()) {
      const scheme = version.settings.assessmentScheme?.value;
      const prefecture = data.prefectures.find((entry) => entry.code === version.regionCode);
      if (typeof scheme !== 'string' || !prefecture) continue;
      for (const [index, year] of years.entries()) {
        if (year === openYear || `${year + 1}-03-01` < version.effectiveFrom) continue;
        const assessment = demoPrefectureAssessment(ownRandom, data, prefecture.code, scheme, year, index);
        if (assessment) result.assessments.push(assessment);
      }
    }
    result.bulletins.push(...layOut(random, province, plans));
  }
  result.bulletins.sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.issuerId.localeCompare(b.issuerId),
  );
  return result;
}
