import { regionLevelOf, type IncidentStatus } from '@dibao/domain';

import { chance, pickOne, randomInt, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import {
  DATONG_FIRE,
  INCIDENT_TEMPLATES,
  type FollowUpStatus,
  type IncidentPlace,
  type IncidentTemplate,
} from './incident-templates.js';
import { shuffled } from './sampling.js';
import { officeTimeDaysAfter, shanghaiDate, shanghaiTime } from './shanghai-time.js';
import { shortRegionName } from './short-names.js';
import type { IncidentSeed, IncidentUpdateSeed, ReportingUnitSeed } from './types.js';
import { seededUuid } from './uuid.js';

/** The county an incident belongs to, whether it was recorded at the county or at one of its townships. */
export function incidentCountyCode(incident: Pick<IncidentSeed, 'regionCode'>): string {
  return incident.regionCode.slice(0, 6);
}

/** The (Beijing) year an incident happened in: the annual report that covers it. */
export function incidentYear(incident: Pick<IncidentSeed, 'occurredAt'>): number {
  return shanghaiDate(incident.occurredAt).year;
}

interface PlannedIncident {
  template: IncidentTemplate;
  year: number;
}

/**
 * 10–15 major matters and emergencies spread over the years and across the province, always including the
 * story's fire in a Datong township when Datong is among the regions. Ordered by when they happened.
 */
export function demoIncidents(
  random: Random,
  regions: readonly RegionSeed[],
  counties: readonly ReportingUnitSeed[],
  years: readonly number[],
): IncidentSeed[] {
  if (counties.length === 0 || years.length === 0) return [];
  const regionsByCode = new Map(regions.map((region) => [region.code, region]));
  const openYear = Math.max(...years);
  return planIncidents(random, counties, years)
    .map((plan) => incidentFrom(random, plan, regions, regionsByCode, counties, openYear))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}

function planIncidents(random: Random, counties: readonly ReportingUnitSeed[], years: readonly number[]) {
  const total = randomInt(random, 10, 15);
  const plans: PlannedIncident[] = [];
  if (counties.some((county) => DATONG_FIRE.counties?.includes(county.regionCode))) {
    plans.push({ template: DATONG_FIRE, year: pickOne(random, years) });
  }
  // Deal the other templates out to the years in turn, so that every year has a few.
  for (const template of shuffled(random, INCIDENT_TEMPLATES)) {
    if (plans.length >= total) break;
    const allowed = years.filter((year) => template.years === undefined || template.years.includes(year));
    if (allowed.length === 0) continue;
    const turn = years[plans.length % years.length] ?? allowed[0];
    plans.push({ template, year: turn !== undefined && allowed.includes(turn) ? turn : pickOne(random, allowed) });
  }
  return plans;
}

function incidentFrom(
  random: Random,
  { template, year }: PlannedIncident,
  regions: readonly RegionSeed[],
  regionsByCode: ReadonlyMap<string, RegionSeed>,
  counties: readonly ReportingUnitSeed[],
  openYear: number,
): IncidentSeed {
  const fitting = counties.filter((county) => template.counties?.includes(county.regionCode));
  const unit = pickOne(random, fitting.length > 0 ? fitting : counties);
  const townships = template.inTownship
    ? regions.filter((region) => region.level === 'TOWNSHIP' && region.parentCode === unit.regionCode)
    : [];
  // The texts speak of villages and villagers: rural townships (乡, 镇) fit them, urban 街道 do not.
  const rural = townships.filter((township) => /[乡镇]$/u.test(township.name));
  const township = pickOneOrNull(random, rural.length > 0 ? rural : townships);
  const place: IncidentPlace = {
    county: shortRegionName(regionsByCode.get(unit.regionCode)?.name ?? '某县'),
    prefecture: shortRegionName(regionsByCode.get(unit.parentCode)?.name ?? '某州'),
    township: township?.name ?? null,
  };
  // Never on 1 January, whose early hours are still the previous year in UTC.
  const occurredAt = shanghaiTime(
    year,
    pickOne(random, template.months),
    randomInt(random, 2, 28),
    randomInt(random, 0, 23),
    randomInt(random, 0, 59),
  );
  const [minHours, maxHours] = template.reportDelayHours;
  // Skewed towards the short end: most incidents reach the province well within the range.
  const delayMinutes = Math.round((minHours + (maxHours - minHours) * random() ** 2) * 60);
  const reportedAt = new Date(occurredAt.getTime() + delayMinutes * 60 * 1000);
  const status = finalStatus(random, occurredAt, openYear);
  const byPrefecture = template.reportedBy === 'PREFECTURE' && regionLevelOf(unit.parentCode) === 'PREFECTURE';
  return {
    id: seededUuid(random),
    regionCode: township?.code ?? unit.regionCode,
    reportedByRegionCode: byPrefecture ? unit.parentCode : unit.regionCode,
    occurredAt,
    reportedAt,
    severity: pickOne(random, template.severities),
    category: template.category,
    status,
    title: template.title(place),
    description: template.description(place, random),
    causeAnalysis: template.causeAnalysis,
    rectificationMeasures: template.rectificationMeasures,
    updates: followUps(random, template, reportedAt, status),
  };
}

/**
 * Incidents of past years are closed (one of the year before the open year may still be rectifying); in the
 * open year, those of the first half are mostly dealt with and later ones still in progress.
 */
function finalStatus(random: Random, occurredAt: Date, openYear: number): IncidentStatus {
  const { year, month } = shanghaiDate(occurredAt);
  if (year === openYear) {
    return month <= 6
      ? pickOne(random, ['RECTIFYING', 'CLOSED', 'CLOSED'])
      : pickOne(random, ['REPORTED', 'UNDER_REVIEW', 'RECTIFYING']);
  }
  if (year === openYear - 1 && chance(random, 0.2)) return 'RECTIFYING';
  return 'CLOSED';
}

const FOLLOW_UP_ORDER: readonly FollowUpStatus[] = ['UNDER_REVIEW', 'RECTIFYING', 'CLOSED'];

/** Days after the previous step that each step usually takes. */
const FOLLOW_UP_DAYS: Record<FollowUpStatus, readonly [number, number]> = {
  UNDER_REVIEW: [1, 3],
  RECTIFYING: [3, 20],
  CLOSED: [15, 60],
};

/** One update per step from REPORTED up to the final status, each later than the one before. */
function followUps(
  random: Random,
  template: IncidentTemplate,
  reportedAt: Date,
  status: IncidentStatus,
): IncidentUpdateSeed[] {
  if (status === 'REPORTED') return [];
  const steps = FOLLOW_UP_ORDER.slice(0, FOLLOW_UP_ORDER.indexOf(status) + 1);
  const updates: IncidentUpdateSeed[] = [];
  let previous = reportedAt;
  for (const step of steps) {
    const [minDays, maxDays] = FOLLOW_UP_DAYS[step];
    previous = officeTimeDaysAfter(random, previous, minDays, maxDays);
    updates.push({ at: previous, note: template.notes[step], status: step });
  }
  return updates;
}

function pickOneOrNull<T>(random: Random, items: readonly T[]): T | null {
  return items.length > 0 ? pickOne(random, items) : null;
}
