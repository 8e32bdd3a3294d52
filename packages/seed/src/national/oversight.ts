import {
  ProblemCategory,
  findingSeverityValues,
  problemCategoryValues,
  type FindingImport,
  type InspectionImport,
  type OversightImport,
  type OversightImportActor,
  type RectificationEventImport,
} from '@dibao/domain';
import { agencyKey } from '../agencies.js';
import { chance, pickOne, randomInt, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { seededUuid } from '../reporting/uuid.js';
import type { ProvinceBatch } from './complaints.js';
import { countyShares, later, provinceRandom, provincesOf, type CountyShare } from './shares.js';
import { NATIONAL_AS_OF, NATIONAL_REPORT_YEARS, NATIONAL_TOTALS } from './totals.js';

/*
 * Inspections and findings of the national demo: each prefecture-level civil affairs bureau inspects its
 * counties once a year; the stated total of findings is spread over the counties (shares.ts) and the years.
 * Findings of past years went through plan → reported fixed → re-check passed (a few closed unfixed);
 * those of the open year are open or being rectified. Histories follow the subgraph's rectification rules.
 */

export interface NationalOversightOptions {
  total?: number;
  years?: readonly number[];
  asOf?: Date;
}

const inspectorOf = (regionCode: string, n: number): OversightImportActor => ({
  subject: `inspector:${regionCode}:${n}`,
  agency: 'CIVIL_AFFAIRS',
  region: regionCode,
  roles: ['INSPECTOR'],
});

const reporterOf = (countyCode: string): OversightImportActor => ({
  subject: `official:${countyCode}:CIVIL_AFFAIRS:reporter`,
  agency: 'CIVIL_AFFAIRS',
  region: countyCode,
  roles: ['REPORTER'],
});

function inspectionOf(
  random: Random,
  prefecture: RegionSeed,
  counties: readonly RegionSeed[],
  year: number,
  open: boolean,
): InspectionImport {
  const plannedAt = new Date(Date.UTC(year, 2, 1));
  const periodStart = new Date(Date.UTC(year, 3, 1));
  const periodEnd = new Date(Date.UTC(year, 3, 30));
  const planner = inspectorOf(prefecture.code, 1);
  return {
    id: seededUuid(random),
    title: `${year}年${prefecture.name}城乡低保专项督察 / ${year} dibao inspection of ${prefecture.nameEn}`,
    organiserRegionCode: prefecture.code,
    organiserKind: 'CIVIL_AFFAIRS',
    partnerKinds: chance(random, 0.3) ? ['FINANCE'] : [],
    topics: ['POLICY_IMPLEMENTATION', 'RECIPIENT_IDENTIFICATION'],
    targetRegionCodes: counties.map((county) => county.code),
    periodStart,
    periodEnd,
    team: [
      {
        name: `督察组长${prefecture.code.slice(0, 4)}`,
        role: 'LEADER',
        agencyId: agencyKey(prefecture.code, 'CIVIL_AFFAIRS'),
        officialId: null,
      },
      {
        name: `督察组员${prefecture.code.slice(0, 4)}`,
        role: 'MEMBER',
        agencyId: agencyKey(prefecture.code, 'CIVIL_AFFAIRS'),
        officialId: null,
      },
    ],
    status: open ? 'REPORTED' : 'CLOSED',
    conclusion: '督察发现的问题已逐项交办整改 / Each finding was handed over for rectification',
    plannedBy: planner,
    plannedAt,
    startedAt: periodStart,
    reportedAt: later(periodEnd, 10),
    closedAt: open ? null : new Date(Date.UTC(year, 11, 20)),
    distributions: [],
  };
}

function findingOf(
  random: Random,
  inspection: InspectionImport,
  county: RegionSeed,
  townships: readonly RegionSeed[],
  open: boolean,
  asOf: Date,
): FindingImport {
  const region = townships.length > 0 && chance(random, 0.5) ? pickOne(random, townships) : county;
  const category = pickOne(random, problemCategoryValues);
  const finder = inspectorOf(inspection.organiserRegionCode, randomInt(random, 1, 2));
  const reporter = reporterOf(county.code);
  const foundAt = later(inspection.periodStart, randomInt(random, 0, 28));
  const households = randomInt(random, 1, 30);
  const amount = randomInt(random, 1, 500) * 10_000;
  const events: RectificationEventImport[] = [];
  const event = (
    at: Date,
    kind: RectificationEventImport['kind'],
    statusAfter: RectificationEventImport['statusAfter'],
    by: OversightImportActor,
    note: string,
    extra: Partial<RectificationEventImport> = {},
  ) =>
    events.push({
      at,
      kind,
      note,
      evidence: [],
      deadline: null,
      fundsRecoveredFen: 0,
      householdsRemoved: 0,
      householdsAdded: 0,
      statusAfter,
      by,
      ...extra,
    });
  const label = ProblemCategory[category];
  const measures = `限期纠正${label.zh}问题 / Correct the ${label.en.toLowerCase()} cases in time`;
  const planned = !open || chance(random, 0.6);
  const deadline = planned ? later(foundAt, 90) : null;
  if (planned) event(later(foundAt, 3), 'PLAN_SET', 'OPEN', finder, measures, { deadline });
  let status: FindingImport['status'] = 'OPEN';
  let reportedFixedAt: Date | null = null;
  let verifiedAt: Date | null = null;
  let closedAt: Date | null = null;
  let closedReason: string | null = null;
  let fundsRecoveredFen = 0;
  let householdsRemoved = 0;
  if (planned && open) {
    const at = later(foundAt, 30);
    if (at < asOf) {
      event(at, 'PROGRESS', 'RECTIFYING', reporter, '已开展入户复核 / Households re-checked');
      status = 'RECTIFYING';
    }
  } else if (planned && chance(random, 0.05)) {
    closedAt = later(foundAt, 120);
    closedReason = '问题涉及对象已迁出本地 / The households concerned have moved away';
    event(closedAt, 'CLOSED_NOT_FIXED', 'CLOSED_NOT_FIXED', finder, closedReason);
    status = 'CLOSED_NOT_FIXED';
  } else if (planned) {
    reportedFixedAt = later(foundAt, randomInt(random, 40, 85));
    fundsRecoveredFen = amount;
    householdsRemoved = households;
    event(
      reportedFixedAt,
      'REPORTED_FIXED',
      'REPORTED_FIXED',
      reporter,
      '已完成整改并追回资金 / Fixed and funds recovered',
      { fundsRecoveredFen, householdsRemoved },
    );
    verifiedAt = later(reportedFixedAt, randomInt(random, 5, 20));
    event(verifiedAt, 'RECHECK_PASSED', 'VERIFIED', finder, '复核通过，予以销号 / Re-check passed');
    status = 'VERIFIED';
  }
  return {
    id: seededUuid(random),
    inspectionId: inspection.id,
    regionCode: region.code,
    category,
    severity: pickOne(random, findingSeverityValues),
    householdsAffected: households,
    amountInvolvedFen: amount,
    description: `${region.name}存在${label.zh}问题 / ${label.en} found in ${region.nameEn}`,
    responsibleAgencyId: agencyKey(county.code, 'CIVIL_AFFAIRS'),
    responsibleOfficialId: null,
    foundBy: finder,
    foundAt,
    status,
    measures: planned ? measures : null,
    deadline,
    reopenedCount: 0,
    fundsRecoveredFen,
    householdsRemoved,
    householdsAdded: 0,
    reportedFixedAt,
    verifiedAt,
    verifiedBy: verifiedAt ? finder : null,
    closedAt,
    closedReason,
    events,
  };
}

function provinceOversight(
  province: RegionSeed,
  regions: readonly RegionSeed[],
  counties: readonly CountyShare[],
  years: readonly number[],
  asOf: Date,
): OversightImport {
  const random = provinceRandom(province.code, 'oversight');
  const prefix = province.code.slice(0, 2);
  const prefectures = regions.filter((region) => region.level === 'PREFECTURE' && region.code.startsWith(prefix));
  const openYear = years.at(-1);
  const inspections = new Map<string, InspectionImport>();
  for (const prefecture of prefectures) {
    const itsCounties = counties
      .filter((share) => share.county.parentCode === prefecture.code)
      .map((share) => share.county);
    if (itsCounties.length === 0) continue;
    for (const year of years)
      inspections.set(
        `${prefecture.code}:${year}`,
        inspectionOf(random, prefecture, itsCounties, year, year === openYear),
      );
  }
  const findings: FindingImport[] = [];
  for (const { county, townships, share } of counties) {
    for (let index = 0; index < share; index += 1) {
      const year = years[index % years.length] as number;
      const inspection = inspections.get(`${county.parentCode}:${year}`);
      if (!inspection) throw new Error(`national oversight: county ${county.code} has no prefecture inspection`);
      findings.push(findingOf(random, inspection, county, townships, year === openYear, asOf));
    }
  }
  return { inspections: [...inspections.values()], findings };
}

/** The national demo's inspections and findings, one province at a time. */
export function* nationalOversight(
  regions: readonly RegionSeed[],
  options: NationalOversightOptions = {},
): Generator<ProvinceBatch<OversightImport>> {
  const shares = countyShares(regions, options.total ?? NATIONAL_TOTALS.findings);
  const years = options.years ?? NATIONAL_REPORT_YEARS;
  for (const province of provincesOf(regions)) {
    const counties = shares.filter((share) => share.county.code.startsWith(province.code.slice(0, 2)));
    yield { province, data: provinceOversight(province, regions, counties, years, options.asOf ?? NATIONAL_AS_OF) };
  }
}
