import { isPlaceholderPrefecture } from '../placeholder-prefectures.js';
import { chance, mulberry32, pickOne, randomInt, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { shuffled } from '../reporting/sampling.js';
import { officeTimeOn, shanghaiTime } from '../reporting/shanghai-time.js';
import { drawCategory, ruralTownshipsOf } from './findings.js';
import {
  drawPartners,
  drawTopics,
  generateInspection,
  type InspectionContext,
  type PlannedFinding,
  type PlannedInspection,
} from './inspections.js';
import { InspectorPools } from './people.js';
import { endOfDayAfter, type RectificationOutcome } from './rectification.js';
import type { DemoOversight, FindingSeed, InspectionSeed } from './types.js';

export const DEFAULT_OVERSIGHT_YEARS: readonly number[] = [2021, 2022, 2023, 2024, 2025];
const DEFAULT_SEED = 2015;

/** Datong County, whose annual report names an EQUAL_SPLITTING problem in the open year: the story's county. */
export const OVERSIGHT_STORY_COUNTY = '630121';
const QINGHAI = '630000';

export interface DemoOversightOptions {
  /** Inspection years; the latest is the open year, whose rectifications are still under way. */
  years?: number[];
  seed?: number;
  /** The moment the history runs up to; by default 1 March (Beijing) after the open year. */
  asOf?: Date;
}

interface Geography {
  province: RegionSeed;
  prefectures: RegionSeed[];
  countiesOf: Map<string, RegionSeed[]>;
  regions: readonly RegionSeed[];
}

/** Settled years: everything verified, some after a failed re-check, a few closed as not fixed. */
function settledOutcome(random: Random): RectificationOutcome {
  const draw = random();
  if (draw < 0.72) return 'VERIFIED';
  if (draw < 0.88) return 'VERIFIED_AFTER_FAIL';
  return 'CLOSED_NOT_FIXED';
}

/** The year before the open one: mostly verified, some still rectifying long after the deadline. */
function lastYearOutcome(random: Random): RectificationOutcome {
  const draw = random();
  if (draw < 0.55) return 'VERIFIED';
  if (draw < 0.7) return 'VERIFIED_AFTER_FAIL';
  if (draw < 0.85) return 'RECTIFYING';
  if (draw < 0.93) return 'RECTIFYING_AFTER_FAIL';
  return 'CLOSED_NOT_FIXED';
}

/** A county of the given prefectures and, mostly, one of its rural townships. */
function drawPlace(random: Random, geography: Geography, counties: readonly RegionSeed[]) {
  const county = pickOne(random, counties);
  const townships = ruralTownshipsOf(geography.regions, county.code);
  const township = townships.length > 0 && chance(random, 0.7) ? pickOne(random, townships) : null;
  return { county, township };
}

function plannedFindings(
  random: Random,
  geography: Geography,
  counties: readonly RegionSeed[],
  outcomes: readonly RectificationOutcome[],
  extra: Partial<PlannedFinding> = {},
): PlannedFinding[] {
  return outcomes.map((outcome) => ({
    ...drawPlace(random, geography, counties),
    category: drawCategory(random),
    outcome,
    deadlineDays: randomInt(random, 45, 120),
    ...extra,
  }));
}

/** Hands out prefectures in a shuffled cycle, so that every one is inspected and organises in turn. */
function rotation<T>(random: Random, items: readonly T[]) {
  let queue: T[] = [];
  return (exclude: readonly T[] = []): T => {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (queue.length === 0) queue = shuffled(random, items);
      const index = queue.findIndex((item) => !exclude.includes(item));
      if (index >= 0) return queue.splice(index, 1)[0] as T;
      queue = [];
    }
    return pickOne(random, items);
  };
}

/**
 * Demo data for the oversight subgraph: a few special inspections a year, by the provincial department
 * (sometimes jointly with finance and audit) and by prefectures, with findings in every rectification state.
 * Past years are closed; in the year before the open one some findings are still rectifying, long overdue,
 * and one verified finding was reopened; the open year holds the story (Datong, EQUAL_SPLITTING: deadline,
 * reported fixed, re-check fails, back to rectifying), an inspection under way and one planned for the
 * spring after. Deterministic for the same regions and options. Covers the province of the story (Qinghai)
 * or, without it, the first province among the regions.
 */
export function demoOversight(regions: readonly RegionSeed[], options: DemoOversightOptions = {}): DemoOversight {
  const years = [...new Set(options.years ?? DEFAULT_OVERSIGHT_YEARS)].sort((a, b) => a - b);
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const openYear = years.at(-1);
  const asOf = options.asOf ?? shanghaiTime((openYear ?? 2025) + 1, 3, 1);
  const province =
    regions.find((region) => region.code === QINGHAI) ?? regions.find((region) => region.level === 'PROVINCE');
  if (openYear === undefined || province === undefined) return { asOf, inspections: [], findings: [] };

  const prefectures = regions.filter(
    (region) =>
      region.level === 'PREFECTURE' && region.parentCode === province.code && !isPlaceholderPrefecture(region),
  );
  const countiesOf = new Map(
    prefectures.map((prefecture) => [
      prefecture.code,
      regions.filter((region) => region.level === 'COUNTY' && region.parentCode === prefecture.code),
    ]),
  );
  const withCounties = prefectures.filter((prefecture) => (countiesOf.get(prefecture.code) ?? []).length > 0);
  if (withCounties.length === 0) return { asOf, inspections: [], findings: [] };
  const geography: Geography = { province, prefectures: withCounties, countiesOf, regions };
  const context: InspectionContext = { pools: new InspectorPools(random), asOf };
  const nextTargetPrefecture = rotation(random, withCounties);
  const nextOrganiser = rotation(random, withCounties);

  const plans: PlannedInspection[] = [];
  for (const year of years) {
    const age = openYear - year;
    if (age === 0) {
      plans.push(...openYearPlans(random, geography, year, nextOrganiser));
      continue;
    }
    // The provincial inspection of the year, of two prefectures.
    const targets = [nextTargetPrefecture()];
    if (withCounties.length > 1) targets.push(nextTargetPrefecture(targets));
    const targetCounties = targets.flatMap((target) => countiesOf.get(target.code) ?? []);
    // The year before the open one is sure to hold long-overdue findings and a reopened one.
    const provincialOutcomes: RectificationOutcome[] =
      age === 1
        ? [
            'RECTIFYING',
            'REOPENED',
            'RECTIFYING_AFTER_FAIL',
            ...Array.from({ length: randomInt(random, 2, 3) }, () => lastYearOutcome(random)),
          ]
        : Array.from({ length: randomInt(random, 4, 6) }, () => settledOutcome(random));
    plans.push({
      organiser: province,
      partners: drawPartners(random),
      topics: drawTopics(random),
      targets,
      periodStart: officeTimeOn(random, year, randomInt(random, 4, 5), randomInt(random, 1, 20)),
      periodDays: randomInt(random, 20, 30),
      status: age === 1 ? 'REPORTED' : 'CLOSED',
      findings: plannedFindings(random, geography, targetCounties, provincialOutcomes, {
        ...(age === 1 ? { reopenDeadline: endOfDayAfter(shanghaiTime(openYear + 1, 12, 31), 0) } : {}),
      }),
    });
    // A prefecture's inspection of two or three of its counties, closed within the year.
    plans.push(prefecturePlan(random, geography, nextOrganiser(), year, 'CLOSED', () => settledOutcome(random)));
  }
  // The next provincial inspection, planned for the spring after the open year.
  const nextTargets = [nextTargetPrefecture()];
  if (withCounties.length > 1) nextTargets.push(nextTargetPrefecture(nextTargets));
  plans.push({
    organiser: province,
    partners: ['FINANCE', 'AUDIT'],
    topics: ['RECIPIENT_IDENTIFICATION', 'FUND_MANAGEMENT'],
    targets: nextTargets,
    periodStart: officeTimeOn(random, openYear + 1, 4, randomInt(random, 10, 20)),
    periodDays: 25,
    status: 'PLANNED',
    findings: [],
  });

  const inspections: InspectionSeed[] = [];
  const findings: FindingSeed[] = [];
  for (const plan of plans) {
    const generated = generateInspection(random, context, plan);
    inspections.push(generated.inspection);
    findings.push(...generated.findings);
  }
  inspections.sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime());
  findings.sort((a, b) => a.foundAt.getTime() - b.foundAt.getTime());
  return { asOf, inspections, findings };
}

function prefecturePlan(
  random: Random,
  geography: Geography,
  organiser: RegionSeed,
  year: number,
  status: PlannedInspection['status'],
  outcome: () => RectificationOutcome,
): PlannedInspection {
  const counties = geography.countiesOf.get(organiser.code) ?? [];
  const targets = shuffled(random, counties).slice(0, Math.min(counties.length, randomInt(random, 2, 3)));
  return {
    organiser,
    partners: chance(random, 0.5) ? ['FINANCE'] : [],
    topics: drawTopics(random),
    targets,
    periodStart: officeTimeOn(random, year, randomInt(random, 8, 9), randomInt(random, 1, 25)),
    periodDays: randomInt(random, 15, 25),
    status,
    findings: plannedFindings(
      random,
      geography,
      targets,
      Array.from({ length: randomInt(random, 2, 4) }, () => outcome()),
    ),
  };
}

/**
 * The open year: the story's provincial inspection (reported, its report sent to the provincial government),
 * a prefecture inspection of the spring (closed) and one of the winter, still under way at `asOf`.
 */
function openYearPlans(
  random: Random,
  geography: Geography,
  year: number,
  nextOrganiser: (exclude?: readonly RegionSeed[]) => RegionSeed,
): PlannedInspection[] {
  const allCounties = geography.prefectures.flatMap((prefecture) => geography.countiesOf.get(prefecture.code) ?? []);
  const storyCounty =
    allCounties.find((county) => county.code === OVERSIGHT_STORY_COUNTY) ?? (allCounties[0] as RegionSeed);
  const otherCounties = shuffled(
    random,
    allCounties.filter((county) => county.parentCode !== storyCounty.parentCode),
  ).slice(0, 2);
  const storyTownships = ruralTownshipsOf(geography.regions, storyCounty.code);
  const notSplitting = (planned: PlannedFinding): PlannedFinding => ({
    ...planned,
    category: planned.category === 'EQUAL_SPLITTING' ? drawCategory(random, ['EQUAL_SPLITTING']) : planned.category,
  });
  const story: PlannedFinding = {
    county: storyCounty,
    township: storyTownships.length > 0 ? pickOne(random, storyTownships) : null,
    category: 'EQUAL_SPLITTING',
    outcome: 'RECTIFYING_AFTER_FAIL',
    deadlineDays: 0,
    deadline: endOfDayAfter(shanghaiTime(year, 11, 30), 0),
    households: 36,
  };
  const others = otherCounties.length > 0 ? otherCounties : [storyCounty];
  const storyInspection: PlannedInspection = {
    organiser: geography.province,
    partners: ['FINANCE'],
    topics: ['RECIPIENT_IDENTIFICATION', 'FUND_MANAGEMENT'],
    targets: [storyCounty, ...otherCounties],
    periodStart: officeTimeOn(random, year, 9, randomInt(random, 1, 5)),
    periodDays: 20,
    status: 'REPORTED',
    distribute: true,
    findings: [
      story,
      {
        ...drawPlace(random, geography, [storyCounty]),
        category: 'IRREGULAR_PROCEDURE',
        outcome: 'VERIFIED',
        deadlineDays: 45,
      },
      ...plannedFindings(random, geography, others, ['REPORTED_FIXED', 'CLOSED_NOT_FIXED', 'VERIFIED'], {
        deadlineDays: 120,
      }).map(notSplitting),
      ...plannedFindings(random, geography, others, ['RECTIFYING'], {
        deadline: endOfDayAfter(shanghaiTime(year + 1, 4, 30), 0),
      }).map(notSplitting),
    ],
  };
  const spring = prefecturePlan(random, geography, nextOrganiser(), year, 'CLOSED', () =>
    chance(random, 0.8) ? 'VERIFIED' : 'CLOSED_NOT_FIXED',
  );
  spring.periodStart = officeTimeOn(random, year, 4, randomInt(random, 1, 20));
  const winterOrganiser = nextOrganiser([
    geography.prefectures.find((p) => p.code === storyCounty.parentCode) as RegionSeed,
  ]);
  const winter = prefecturePlan(random, geography, winterOrganiser, year, 'IN_PROGRESS', () => 'OPEN');
  winter.periodStart = officeTimeOn(random, year, 12, randomInt(random, 1, 10));
  winter.periodDays = 110;
  const winterOutcomes: RectificationOutcome[] = ['UNPLANNED', 'OPEN', 'RECTIFYING'];
  winter.findings = plannedFindings(random, geography, winter.targets, winterOutcomes, {
    deadlineDays: randomInt(random, 90, 150),
  }).map(notSplitting);
  // The story alone has Datong split benefit money equally in the open year.
  spring.findings = spring.findings.map(notSplitting);
  return [spring, storyInspection, winter];
}
