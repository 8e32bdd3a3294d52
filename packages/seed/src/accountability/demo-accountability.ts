import { regionLevelOf, type AccountabilityCaseStatus, type IncidentCategory } from '@dibao/domain';

import { demoAgencies } from '../agencies.js';
import type { OfficialSeed } from '../officials.js';
import { mulberry32, pickOne, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { shuffled } from '../reporting/sampling.js';
import { buildCase, MAX_CASE_DAYS, STEP_DAYS, type CasePlan } from './cases.js';
import { beijingDate, dayIn, daysAfter } from './dates.js';
import { demoJointMeetings } from './joint-meetings.js';
import { drawOrigins, OriginPicker, type DemoOriginSources } from './origins.js';
import { ACCOUNTABILITY_STORY_COUNTY, defaultStoryTownship, storyCasePlan, storyDates } from './story.js';
import { subjectCandidates, type SubjectCandidate, type SubjectGroup } from './subjects.js';
import type { AccountabilityCaseSeed, CaseOriginSeed, DemoAccountability } from './types.js';

export const DEFAULT_ACCOUNTABILITY_YEARS: readonly number[] = [2021, 2022, 2023, 2024, 2025];
const DEFAULT_SEED = 2014;

/** Cases a year per county-level unit that has the bodies (Qinghai's 45 counties give 14 a year). */
const CASES_PER_COUNTY_YEAR = 0.3;

/** How often each group is the subject of a case. */
const GROUP_WEIGHTS: ReadonlyArray<readonly [SubjectGroup, number]> = [
  ['TOWNSHIP_OFFICIAL', 36],
  ['COUNTY_OFFICIAL', 18],
  ['COUNTY_LEADER', 10],
  ['PREFECTURE_OFFICIAL', 8],
  ['PROVINCE_MANAGED', 3],
  ['TOWNSHIP_UNIT', 13],
  ['COUNTY_UNIT', 12],
];

/** Incidents that point at someone's failure: they become cases where a subject can be found. */
const LIABILITY_CATEGORIES: readonly IncidentCategory[] = ['FUND_SECURITY', 'MEDIA_EXPOSURE', 'MASS_INCIDENT'];

export interface DemoIncidentRef {
  id: string;
  regionCode: string;
  occurredAt: Date;
  category: IncidentCategory;
}

export interface DemoAccountabilityOptions {
  /** Years of cases; the latest is the "open" year, with cases in every state. */
  years?: number[];
  seed?: number;
  /**
   * Reporting's demo incidents (`demoReporting(regions).incidents`): fund-security, media-exposure and mass
   * incidents become cases whose INCIDENT origin is the incident's real id. Without them no case links one.
   */
  incidents?: readonly DemoIncidentRef[];
  /**
   * The other demos' findings, complaints, inspections (and incidents, default: `incidents`) by their seeded
   * ids: every origin of a case is one of them. Without them cases have no origins but their incidents.
   */
  sources?: DemoOriginSources;
  /** The story's township (default: defaultStoryTownship) and the ids of its finding and complaint, when known. */
  story?: { townshipCode?: string; origins?: CaseOriginSeed[] };
}

/** Salt of the random stream that picks origin records, apart from the one that draws the cases. */
const ORIGIN_STREAM = 0x5eed;

/**
 * Demo data for the accountability subgraph: cases against officials (snapshots of demo officials: name, post,
 * region, cadre level) and units, opened and handled by the competent bodies under cadre management authority,
 * over the given years (past years' cases closed or, the year before the open one, some only decided; the open
 * year's in every state); the DOMAIN story's case in Datong; and the joint meetings of the province, the
 * prefectures and the counties, two meetings each, recording pending cases and follow-up tasks.
 * Deterministic: the same inputs and options give the same output.
 *
 * Origins are real records of the other demos passed in options (sources, incidents), never made-up ids.
 */
export function demoAccountability(
  regions: readonly RegionSeed[],
  officials: readonly OfficialSeed[],
  options: DemoAccountabilityOptions = {},
): DemoAccountability {
  const years = [...new Set(options.years ?? DEFAULT_ACCOUNTABILITY_YEARS)].sort((a, b) => a - b);
  const openYear = years.at(-1);
  if (openYear === undefined) return { cases: [], jointMeetings: [] };
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const lastDay = `${openYear}-12-31`;
  const agencies = demoAgencies(regions);
  const candidates = subjectCandidates(regions, agencies, officials);
  const seed = options.seed ?? DEFAULT_SEED;
  const picker = new OriginPicker(
    {
      ...options.sources,
      incidents:
        options.sources?.incidents ??
        (options.incidents ?? []).map((incident) => ({
          id: incident.id,
          regionCode: incident.regionCode,
          at: incident.occurredAt,
        })),
    },
    mulberry32(seed ^ ORIGIN_STREAM),
  );

  const storyTownship = options.story?.townshipCode ?? defaultStoryTownship(regions);
  const storySubject = candidates.find(
    (candidate) => candidate.group === 'TOWNSHIP_OFFICIAL' && candidate.regionCode === storyTownship,
  );
  const pool = candidates.filter((candidate) => candidate !== storySubject);
  const counties = new Set(
    pool.map((candidate) => candidate.regionCode.slice(0, 6)).filter((code) => regionLevelOf(code) === 'COUNTY'),
  );
  const perYear = Math.max(4, Math.round(counties.size * CASES_PER_COUNTY_YEAR));

  const cases: AccountabilityCaseSeed[] = [];
  for (const year of years) {
    const open = year === openYear;
    for (const status of yearStatuses(random, perYear, open, year === openYear - 1)) {
      const subject = pickSubject(random, pool);
      if (!subject) break;
      const openedOn = openingDay(random, year, status, open);
      cases.push(
        buildCase(random, {
          subject,
          status,
          openedOn,
          origins: drawOrigins(random, picker, subject.regionCode.slice(0, 6), openedOn),
          lastDay,
        }),
      );
    }
  }
  cases.push(...incidentCases(random, options.incidents ?? [], pool, years, lastDay));
  if (storySubject) {
    const openedOn = storyDates(openYear).openedOn;
    const origins =
      options.story?.origins ??
      (['FINDING', 'COMPLAINT'] as const).flatMap(
        (kind) => picker.pick(kind, ACCOUNTABILITY_STORY_COUNTY, openedOn) ?? [],
      );
    cases.push(buildCase(random, storyCasePlan(storySubject, openYear, lastDay, origins)));
  }
  cases.sort((a, b) => a.openedOn.localeCompare(b.openedOn) || a.id.localeCompare(b.id));

  const firstMeetingYear = years.length > 1 ? openYear - 1 : openYear;
  const jointMeetings = demoJointMeetings(random, {
    regions,
    agencies,
    officials,
    cases,
    years: [years.includes(firstMeetingYear) ? firstMeetingYear : openYear, openYear],
    lastDay,
    fixedSecondMeeting: new Map(
      storySubject ? [[ACCOUNTABILITY_STORY_COUNTY, storyDates(openYear).jointMeetingOn]] : [],
    ),
  });
  return { cases, jointMeetings };
}

/**
 * The statuses of a year's cases. Past years' are closed, except that a sixth of the year before the open
 * one are still only decided; the open year has each status at least once and then a mix.
 */
function yearStatuses(
  random: Random,
  count: number,
  open: boolean,
  lastClosedYear: boolean,
): AccountabilityCaseStatus[] {
  if (!open) {
    return Array.from({ length: count }, () => (lastClosedYear && random() < 1 / 6 ? 'DECIDED' : 'CLOSED'));
  }
  const all: AccountabilityCaseStatus[] = ['OPENED', 'INVESTIGATING', 'DECIDED', 'CLOSED'];
  const mix: AccountabilityCaseStatus[] = [
    'OPENED',
    'INVESTIGATING',
    'INVESTIGATING',
    'DECIDED',
    'DECIDED',
    'CLOSED',
    'CLOSED',
    'CLOSED',
  ];
  return shuffled(random, [
    ...all,
    ...Array.from({ length: Math.max(0, count - all.length) }, () => pickOne(random, mix)),
  ]);
}

/**
 * When a case of that status was opened: in the open year early enough to have got that far by the end of
 * the year, and late enough not to have gone further; in past years at any time up to October.
 */
function openingDay(random: Random, year: number, status: AccountabilityCaseStatus, open: boolean): string {
  if (!open) return dayIn(random, year, 1, 10);
  switch (status) {
    case 'OPENED':
      return dayIn(random, year, 11, 12);
    case 'INVESTIGATING':
      return dayIn(random, year, 8, 10);
    case 'DECIDED':
      return dayIn(random, year, 3, 8);
    case 'CLOSED':
      return dayIn(random, year, 1, 6);
  }
}

function pickSubject(random: Random, pool: readonly SubjectCandidate[]): SubjectCandidate | undefined {
  const groups = GROUP_WEIGHTS.filter(([group]) => pool.some((candidate) => candidate.group === group));
  const total = groups.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [group, weight] of groups) {
    roll -= weight;
    if (roll < 0)
      return pickOne(
        random,
        pool.filter((candidate) => candidate.group === group),
      );
  }
  return undefined;
}

/**
 * A case for each liability incident of the years: against the head of the civil affairs office of the
 * township where it happened, or the deputy director of the county bureau; opened one to four weeks after the
 * incident, and taken as far as the time left allows.
 */
function incidentCases(
  random: Random,
  incidents: readonly DemoIncidentRef[],
  pool: readonly SubjectCandidate[],
  years: readonly number[],
  lastDay: string,
): AccountabilityCaseSeed[] {
  const cases: AccountabilityCaseSeed[] = [];
  for (const incident of incidents) {
    const occurredOn = beijingDate(incident.occurredAt);
    if (!LIABILITY_CATEGORIES.includes(incident.category) || !years.includes(Number(occurredOn.slice(0, 4)))) continue;
    const subject =
      pool.find(
        (candidate) => candidate.group === 'TOWNSHIP_OFFICIAL' && candidate.regionCode === incident.regionCode,
      ) ??
      pool.find(
        (candidate) =>
          candidate.group === 'COUNTY_OFFICIAL' &&
          candidate.regionCode === incident.regionCode.slice(0, 6) &&
          candidate.officialKey?.endsWith(':deputy-director'),
      );
    const openedOn = daysAfter(occurredOn, 7 + Math.floor(random() * 21));
    if (!subject || openedOn > lastDay) continue;
    const plan: CasePlan = {
      subject,
      status: reachableStatus(openedOn, lastDay),
      openedOn,
      origins: [{ kind: 'INCIDENT', id: incident.id }],
      lastDay,
      violation: incident.category === 'FUND_SECURITY' ? 'SUPERVISION_FAILURE' : 'DERELICTION',
    };
    cases.push(buildCase(random, plan));
  }
  return cases;
}

/** The furthest status a case opened on that day surely reaches by the last day. */
function reachableStatus(openedOn: string, lastDay: string): AccountabilityCaseStatus {
  if (daysAfter(openedOn, MAX_CASE_DAYS) <= lastDay) return 'CLOSED';
  if (daysAfter(openedOn, STEP_DAYS.investigate[1] + STEP_DAYS.decide[1]) <= lastDay) return 'DECIDED';
  if (daysAfter(openedOn, STEP_DAYS.investigate[1]) <= lastDay) return 'INVESTIGATING';
  return 'OPENED';
}
