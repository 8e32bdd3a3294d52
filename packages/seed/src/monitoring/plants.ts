import { randomInt, type Random } from '../random.js';
import { shuffled } from '../reporting/sampling.js';
import { incomeShares, type CountyPopulation, type DemoHousehold } from './population.js';
import type { CountyStandards } from './standards.js';
import type { PlantedAnomaly, RegisterKind, RegisterRow } from './types.js';
import type { DemoVillage } from './villages.js';

/** What the plants change in one county's rosters, on top of its natural population. */
export interface CountyPlan {
  /** Households that exist only because of a plant (ghosts, duplicates, favoured entrants). */
  extra: DemoHousehold[];
  /** `householdId:month` left out of the month's roster. */
  omitted: Set<string>;
  /** `householdId:month` paid this amount instead of its own. */
  amounts: Map<string, number>;
}

export interface PlantContext {
  random: Random;
  months: readonly string[];
  years: readonly number[];
  populations: ReadonlyMap<string, CountyPopulation>;
  standards: ReadonlyMap<string, CountyStandards>;
  plans: Map<string, CountyPlan>;
  labels: PlantedAnomaly[];
  registers: RegisterRow[];
  /** Townships already holding a plant: plants never share one, so that each is found for its own reason. */
  usedTownships: Set<string>;
}

export const REGISTER_SOURCES: Readonly<Record<RegisterKind, string>> = {
  DECEASED: '公安户籍死亡注销登记',
  OFFICIAL: '组织部门干部信息库',
  OFFICIAL_RELATIVE: '纪检监察机关干部近亲属报告事项',
  VEHICLE_OWNER: '公安交通管理机动车登记',
  PROPERTY_OWNER: '自然资源不动产登记',
  BUSINESS_OWNER: '市场监管经营主体登记',
};

export function planOf(context: PlantContext, countyCode: string): CountyPlan {
  let plan = context.plans.get(countyCode);
  if (!plan) {
    plan = { extra: [], omitted: new Set(), amounts: new Map() };
    context.plans.set(countyCode, plan);
  }
  return plan;
}

export function isActive(household: DemoHousehold, month: number): boolean {
  return household.entry <= month && month < household.exit;
}

function activeThrough(household: DemoHousehold, from: number, to: number): boolean {
  return household.entry <= from && to < household.exit;
}

function label(
  context: PlantContext,
  rule: PlantedAnomaly['rule'],
  regionCode: string,
  month: number,
  note: string,
): void {
  context.labels.push({ rule, regionCode, month: context.months[month] as string, note });
}

/** Households of a county active in a month, natural and extra alike, less those left out. */
function activeHouseholds(context: PlantContext, countyCode: string, month: number): DemoHousehold[] {
  const population = context.populations.get(countyCode) as CountyPopulation;
  const plan = planOf(context, countyCode);
  return [...population.households, ...plan.extra].filter(
    (h) => isActive(h, month) && !plan.omitted.has(`${h.householdId}:${month}`),
  );
}

/**
 * A township of the county with at least `minimum` households in the months given, holding no other plant,
 * and as small a share of its county as can be found (at most 4 %, else 10 %, else any), so that a change
 * planted in it does not move its county's figures noticeably.
 */
function pickTownship(context: PlantContext, countyCode: string, months: number[], minimum: number): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const h of activeHouseholds(context, countyCode, months[0] as number)) {
    if (!months.every((m) => isActive(h, m))) continue;
    counts.set(h.village.townshipCode, (counts.get(h.village.townshipCode) ?? 0) + 1);
    total++;
  }
  const candidates = shuffled(
    context.random,
    [...counts.entries()].filter(([code, n]) => n >= minimum && !context.usedTownships.has(code)).sort(),
  );
  for (const share of [0.04, 0.1, 1]) {
    const found = candidates.find(([, n]) => n <= share * total);
    if (found) {
      context.usedTownships.add(found[0]);
      return found[0];
    }
  }
  return null;
}

function householdIn(
  context: PlantContext,
  countyCode: string,
  township: string,
  from: number,
  to: number,
): DemoHousehold | null {
  const population = context.populations.get(countyCode) as CountyPopulation;
  const candidates = population.households.filter(
    (h) => h.village.townshipCode === township && activeThrough(h, from, to) && h.exit > to + 1,
  );
  return candidates.length === 0
    ? null
    : (candidates[randomInt(context.random, 0, candidates.length - 1)] as DemoHousehold);
}

/** A household that exists only for a plant: fresh or given head, normal size and top-up. */
function extraHousehold(
  context: PlantContext,
  countyCode: string,
  village: DemoVillage,
  entry: number,
  exit: number,
  headIdNumber?: string,
): DemoHousehold {
  const population = context.populations.get(countyCode) as CountyPopulation;
  const household: DemoHousehold = {
    householdId: population.nextSequence(),
    village,
    area: village.area,
    size: randomInt(context.random, 1, 4),
    headIdNumber: headIdNumber ?? population.ids.next(),
    entry,
    exit,
    incomeShareByYear: incomeShares(context.random, context.years),
    bankPaid: true,
  };
  planOf(context, countyCode).extra.push(household);
  return household;
}

function villagesOf(context: PlantContext, countyCode: string, township: string): DemoVillage[] {
  const population = context.populations.get(countyCode) as CountyPopulation;
  const seen = new Map<string, DemoVillage>();
  for (const h of population.households) if (h.village.townshipCode === township) seen.set(h.village.code, h.village);
  return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code));
}

function standardOf(context: PlantContext, countyCode: string, household: DemoHousehold, month: number): number {
  const year = Number(context.months[month]?.slice(0, 4));
  return (context.standards.get(countyCode)?.get(year)?.[household.area] ?? 0) * household.size;
}

/** EQUAL_SPLITTING: one village's households, of different sizes, all paid one amount for `length` months. */
export function plantEqualSplitting(context: PlantContext, countyCode: string, start: number, length: number): void {
  const months = Array.from({ length }, (_, i) => start + i);
  const stay = (h: DemoHousehold) => months.every((m) => isActive(h, m));
  const population = context.populations.get(countyCode) as CountyPopulation;
  // A village of six or more households of different sizes, small beside its township so that the lower
  // payments do not move the township's funds; townships are tried until one has such a village.
  for (let attempt = 0; attempt < 20; attempt++) {
    const township = pickTownship(context, countyCode, months, 60);
    if (township === null) return;
    const inTownship = population.households.filter((h) => h.village.townshipCode === township && stay(h));
    const village = villagesOf(context, countyCode, township).find((v) => {
      const its = inTownship.filter((h) => h.village.code === v.code);
      return its.length >= 6 && its.length <= 0.15 * inTownship.length && new Set(its.map((h) => h.size)).size >= 2;
    });
    if (village !== undefined) {
      splitEqually(
        context,
        countyCode,
        village,
        months,
        inTownship.filter((h) => h.village.code === village.code),
      );
      return;
    }
  }
}

function splitEqually(
  context: PlantContext,
  countyCode: string,
  village: DemoVillage,
  months: readonly number[],
  households: readonly DemoHousehold[],
): void {
  const plan = planOf(context, countyCode);
  for (const month of months) {
    // The same figure for every household, low enough that no one is paid above the standard.
    const lowest = Math.min(...households.map((h) => standardOf(context, countyCode, h, month)));
    const amount = Math.floor((lowest * 0.9) / 100) * 100;
    for (const h of households) plan.amounts.set(`${h.householdId}:${month}`, amount);
    label(
      context,
      'EQUAL_SPLITTING',
      village.code,
      month,
      `${households.length} households of ${village.name} all paid ${amount} fen`,
    );
  }
}

/** DUPLICATE_PERSON: a head also paid as head of a household in another county (or the same one). */
export function plantDuplicate(
  context: PlantContext,
  fromCounty: string,
  toCounty: string,
  start: number,
  length: number,
): void {
  const months = Array.from({ length }, (_, i) => start + i);
  const township = pickTownship(context, fromCounty, months, 30);
  if (township === null) return;
  const original = householdIn(context, fromCounty, township, start, start + length - 1);
  if (original === null) return;
  const targetTownship = pickTownship(context, toCounty, months, 30);
  if (targetTownship === null) return;
  const village = villagesOf(context, toCounty, targetTownship)[0] as DemoVillage;
  const copy = extraHousehold(context, toCounty, village, start, start + length, original.headIdNumber);
  for (const month of months) {
    const note = `head of ${original.householdId} also head of ${copy.householdId}`;
    label(context, 'DUPLICATE_PERSON', fromCounty, month, note);
    if (toCounty !== fromCounty) label(context, 'DUPLICATE_PERSON', toCounty, month, note);
  }
}

/** ABOVE_STANDARD: one household paid half as much again as its whole standard for `length` months. */
export function plantAboveStandard(context: PlantContext, countyCode: string, start: number, length: number): void {
  const months = Array.from({ length }, (_, i) => start + i);
  const township = pickTownship(context, countyCode, months, 30);
  if (township === null) return;
  const household = householdIn(context, countyCode, township, start, start + length - 1);
  if (household === null) return;
  for (const month of months) {
    const amount = Math.ceil((standardOf(context, countyCode, household, month) * 1.5) / 100) * 100;
    planOf(context, countyCode).amounts.set(`${household.householdId}:${month}`, amount);
    label(
      context,
      'ABOVE_STANDARD',
      household.village.code,
      month,
      `${household.householdId} (${household.size} persons) paid ${amount} fen`,
    );
  }
}

/**
 * REGISTER_MATCH. DECEASED: a head dies in the month before `start` and the household is still paid for two
 * months (the month of death itself is not a match: a payment at its start was due). Other kinds: a head who
 * had long been an official, a relative of one, or an owner, admitted at `start` and paid for three months.
 */
export function plantRegisterMatch(context: PlantContext, countyCode: string, kind: RegisterKind, start: number): void {
  if (kind === 'DECEASED') {
    const township = pickTownship(context, countyCode, [start - 1, start, start + 1], 30);
    if (township === null) return;
    const household = householdIn(context, countyCode, township, start - 1, start + 1);
    if (household === null) return;
    household.exit = start + 2;
    const day = String(randomInt(context.random, 10, 20));
    context.registers.push({
      id_number: household.headIdNumber,
      kind,
      since: `${context.months[start - 1]}-${day}`,
      source: REGISTER_SOURCES[kind],
    });
    for (const month of [start, start + 1]) {
      label(
        context,
        'REGISTER_MATCH',
        household.village.code,
        month,
        `${household.householdId}: head deceased ${context.months[start - 1]}-${day}`,
      );
    }
    return;
  }
  const township = pickTownship(context, countyCode, [start, start + 1, start + 2], 30);
  if (township === null) return;
  const village = villagesOf(context, countyCode, township)[0] as DemoVillage;
  const household = extraHousehold(context, countyCode, village, start, start + 3);
  const year = randomInt(context.random, 2012, 2022);
  context.registers.push({
    id_number: household.headIdNumber,
    kind,
    since: `${year}-${String(randomInt(context.random, 1, 12)).padStart(2, '0')}-${String(randomInt(context.random, 1, 28)).padStart(2, '0')}`,
    source: REGISTER_SOURCES[kind],
  });
  for (const month of [start, start + 1, start + 2]) {
    label(context, 'REGISTER_MATCH', village.code, month, `${household.householdId}: head in ${kind} register`);
  }
}

/** ABRUPT_CHANGE: a township's recipients jump by 60 % (ghost households) or fall by 60 % for one month. */
export function plantAbruptChange(
  context: PlantContext,
  countyCode: string,
  direction: 'JUMP' | 'FALL',
  month: number,
): void {
  const township = pickTownship(context, countyCode, [month - 1, month, month + 1], 40);
  if (township === null) return;
  const active = activeHouseholds(context, countyCode, month).filter((h) => h.village.townshipCode === township);
  const changed = Math.round(active.length * 0.6);
  if (direction === 'JUMP') {
    const villages = villagesOf(context, countyCode, township);
    for (let i = 0; i < changed; i++) {
      extraHousehold(context, countyCode, villages[i % villages.length] as DemoVillage, month, month + 1);
    }
  } else {
    const plan = planOf(context, countyCode);
    for (const h of shuffled(context.random, active).slice(0, changed)) plan.omitted.add(`${h.householdId}:${month}`);
  }
  const what = direction === 'JUMP' ? `${changed} extra households paid` : `${changed} households left unpaid`;
  label(context, 'ABRUPT_CHANGE', township, month, `${what} in ${context.months[month]}`);
  label(context, 'ABRUPT_CHANGE', township, month + 1, `back to normal after ${what}`);
}
