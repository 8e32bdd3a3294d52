import {
  DEFAULT_ASSESSMENT_INDICATORS,
  parseAssessmentScheme,
  regionLevelOf,
  type AllocationMethod,
  type AssessmentIndicator,
} from '@dibao/domain';
import { randomInt, type Random } from '../random.js';
import { roundTo } from '../reporting/sampling.js';
import { shanghaiTime } from '../reporting/shanghai-time.js';
import type { AnnualReportSeed } from '../reporting/types.js';
import { seededUuid } from '../reporting/uuid.js';
import { daysAfter } from './plans.js';
import type { ProvinceData } from './province-data.js';
import type { AllocationSeed, AssessmentSeed } from './types.js';

/*
 * At run time the bulletins subgraph computes an assessment from the other subgraphs through the gateway.
 * The demo cannot do that while it is being loaded, so it carries the raw indicator values, derived here from
 * the same seed data, and the importer scores them with the subgraph's own arithmetic. Where the other demos'
 * records are not at hand, indicators come from the annual reports' figures (accepted county reports, as
 * reportSummary counts them): problems found for findings, problems rectified for rectification, complaints
 * closed for complaints closed on time, and people held accountable per problem found (at most 1) for
 * accountability follow-through. Validation issues are the deliberately inconsistent figures of a
 * prefecture's report.
 */

const ratio = (part: number, whole: number) => (whole > 0 ? roundTo(part / whole, 6) : null);

const filedOnTime = (report: AnnualReportSeed | undefined) => Boolean(report?.firstSubmittedAt) && !report?.late;

/**
 * The raw indicators of a region: a prefecture (its own report and its counties') or a county (its own report,
 * which then also carries the figures a prefecture takes from its counties' reports).
 */
function regionInputs(data: ProvinceData, regionCode: string, year: number) {
  const county = regionLevelOf(regionCode) === 'COUNTY';
  const counties = county ? [] : data.countiesOf(regionCode);
  const own = data.reportOf(regionCode, year);
  const countyReports = county ? [own] : counties.map((entry) => data.reportOf(entry.code, year));
  const onTime = [own, ...(county ? [] : countyReports)].filter(filedOnTime).length;
  const accepted = countyReports.filter((report): report is AnnualReportSeed => report?.status === 'ACCEPTED');
  const prefix = regionCode.slice(0, county ? 6 : 4);
  const sum = (pick: (report: AnnualReportSeed) => number) =>
    accepted.reduce((total, report) => total + pick(report), 0);
  const persons = sum(
    (report) => (report.content.policy?.urbanPersons ?? 0) + (report.content.policy?.ruralPersons ?? 0),
  );
  const found = sum(
    (report) => report.content.supervision?.problemsFound.reduce((total, problem) => total + problem.count, 0) ?? 0,
  );
  const findings = data.sources.findings
    ? data.sources.findings.filter((finding) => finding.regionCode.startsWith(prefix) && finding.year === year).length
    : found;
  const filed = own !== undefined && own.status !== 'DRAFT' && own.firstSubmittedAt !== null;
  const raw: Record<AssessmentIndicator, number | null> = {
    REPORT_TIMELINESS: ratio(onTime, 1 + counties.length),
    REPORT_VALIDATION_ISSUES: filed ? data.discrepancyFigures(regionCode, year) : null,
    FINDINGS_PER_10K_RECIPIENTS: persons > 0 ? roundTo((findings / persons) * 10_000, 6) : null,
    RECTIFICATION_ON_TIME: ratio(
      sum((report) => report.content.supervision?.problemsRectified ?? 0),
      found,
    ),
    COMPLAINTS_CLOSED_ON_TIME: ratio(
      sum((report) => report.content.supervision?.complaintsClosed ?? 0),
      sum((report) => report.content.supervision?.complaintsReceived ?? 0),
    ),
    ACCOUNTABILITY_FOLLOW_THROUGH:
      found > 0
        ? Math.min(1, roundTo(sum((report) => report.content.supervision?.peopleHeldAccountable ?? 0) / found, 6))
        : null,
  };
  return { regionCode, recipients: persons > 0 ? persons : null, raw };
}

/** 3,000万元 in 2023, 200万元 more each later year, in fen. */
const poolFen = (index: number) => (30_000_000 + 2_000_000 * index) * 100;

function allocationOf(
  random: Random,
  year: number,
  index: number,
  open: boolean,
  computedAt: Date,
  published: Date | null,
): AllocationSeed {
  // The open year divides a reward-in-lieu-of-subsidy fund (DOMAIN.md story step 7); earlier years alternate.
  const method: AllocationMethod =
    open || index % 2 === 1 ? 'REWARD_IN_LIEU_OF_SUBSIDY' : 'REWARD_COMBINED_WITH_SUBSIDY';
  const finalisedAt = daysAfter(computedAt, randomInt(random, 5, 9));
  return {
    id: seededUuid(random),
    title: `${year}年度城乡低保工作${method === 'REWARD_IN_LIEU_OF_SUBSIDY' ? '以奖代补' : '奖补结合'}资金分配方案`,
    poolFen: poolFen(index),
    method,
    performanceShareBasisPoints: method === 'REWARD_IN_LIEU_OF_SUBSIDY' ? 10_000 : 4_000,
    status: open ? 'FINALISED' : 'PUBLISHED',
    createdAt: daysAfter(computedAt, 2),
    finalisedAt,
    publishedAt: published ? daysAfter(finalisedAt, randomInt(random, 3, 6)) : null,
  };
}

/**
 * The province's assessment of its prefectures for a year, by the default scheme, with one allocation:
 * published for settled years, computed (and its allocation finalised, not yet public) for the open year.
 */
export function demoAssessment(
  random: Random,
  data: ProvinceData,
  year: number,
  index: number,
  open: boolean,
): AssessmentSeed | null {
  if (data.prefectures.length === 0) return null;
  const computedAt = open
    ? shanghaiTime(year + 1, 1, randomInt(random, 20, 26), randomInt(random, 9, 16))
    : shanghaiTime(year + 1, 2, randomInt(random, 10, 20), randomInt(random, 9, 16));
  const publishedAt = open ? null : daysAfter(computedAt, randomInt(random, 8, 12));
  return {
    provinceCode: data.province.code,
    year,
    level: 'PREFECTURE',
    indicators: DEFAULT_ASSESSMENT_INDICATORS.map((indicator) => ({ ...indicator })),
    regions: data.prefectures.map((prefecture) => regionInputs(data, prefecture.code, year)),
    computedAt,
    publishedAt,
    allocations: [allocationOf(random, year, index, open, computedAt, publishedAt)],
  };
}

/**
 * A prefecture's own assessment of its counties, by the scheme of its local rules (assessmentScheme, in force
 * when it computes), published with one allocation of its pool among them: 以奖代补 of a tenth of the
 * province's pool of the year.
 */
export function demoPrefectureAssessment(
  random: Random,
  data: ProvinceData,
  prefectureCode: string,
  scheme: string,
  year: number,
  index: number,
): AssessmentSeed | null {
  const counties = data.countiesOf(prefectureCode);
  const parsed = parseAssessmentScheme(scheme);
  if (counties.length < 2 || !parsed.ok) return null;
  const computedAt = shanghaiTime(year + 1, 3, randomInt(random, 2, 9), randomInt(random, 9, 16));
  const publishedAt = daysAfter(computedAt, randomInt(random, 5, 8));
  const allocation = allocationOf(random, year, index, false, computedAt, publishedAt);
  return {
    provinceCode: prefectureCode,
    year,
    level: 'COUNTY',
    indicators: parsed.indicators,
    regions: counties.map((county) => regionInputs(data, county.code, year)),
    computedAt,
    publishedAt,
    allocations: [
      {
        ...allocation,
        title: `${year}年度所辖县（区）城乡低保工作以奖代补资金分配方案`,
        method: 'REWARD_IN_LIEU_OF_SUBSIDY',
        performanceShareBasisPoints: 10_000,
        poolFen: poolFen(index) / 10,
      },
    ],
  };
}
