import { mulberry32, randomInt, type Random } from '../random.js';
import { loadRegions, type RegionSeed } from '../regions.js';
import { demoReporting } from '../reporting/demo-reporting.js';
import { shuffled } from '../reporting/sampling.js';
import type { AnnualReportSeed } from '../reporting/types.js';
import { demoMonths, yearOf } from './months.js';
import {
  plantAboveStandard,
  plantAbruptChange,
  plantDuplicate,
  plantEqualSplitting,
  plantRegisterMatch,
  isActive,
  REGISTER_SOURCES,
  type CountyPlan,
  type PlantContext,
} from './plants.js';
import { countyPopulation, RECIPIENT_SEQUENCE_MAX, type CountyPopulation, type CountyTargets } from './population.js';
import { countyStandards, standardRows, type CountyStandards } from './standards.js';
import type { DemoRoster, MonitoringDemo, RegisterKind, RegisterRow, RosterRow } from './types.js';
import { villagesByCounty } from './villages.js';

const DEFAULT_SEED = 1111;
const REGISTER_KINDS: readonly RegisterKind[] = [
  'DECEASED',
  'OFFICIAL',
  'OFFICIAL_RELATIVE',
  'VEHICLE_OWNER',
  'PROPERTY_OWNER',
  'BUSINESS_OWNER',
];

export interface MonitoringDemoOptions {
  /** The province's regions (Qinghai's by default); rosters are made for each of its counties. */
  regions?: readonly RegionSeed[];
  /** Only these counties (tests); the default is every county of the province. */
  counties?: readonly string[];
  /** A fraction of each county's households (tests); 1 by default. */
  householdScale?: number;
  seed?: number;
}

/**
 * The monitoring demo: 24 months (2023-12 .. 2025-11) of payment rosters for every county, households as many
 * as the county's annual report counts, paid the county's standard times the household size less the
 * household's own income (which differs between households and years, so top-ups vary); registers of other
 * departments and the standards; anomalies of each local rule planted at known places and returned as labels.
 * Everything that is not planted is clean: no rule should fire on it. Deterministic for the same options.
 */
export function monitoringDemo(options: MonitoringDemoOptions = {}): MonitoringDemo {
  const regions = options.regions ?? loadRegions({ province: '630000' });
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.householdScale ?? 1;
  const months = demoMonths();
  const years = [...new Set(months.map(yearOf))];
  const provinceCode = regions.find((r) => r.level === 'PROVINCE')?.code.slice(0, 2) ?? '63';
  const wanted = options.counties === undefined ? null : new Set(options.counties);
  const counties = regions
    .filter((r) => r.level === 'COUNTY' && (wanted === null || wanted.has(r.code)))
    .map((r) => r.code)
    .sort();
  const reportsByCounty = groupReports(demoReporting(regions).reports);
  const villages = villagesByCounty(provinceCode);

  const populations = new Map<string, CountyPopulation>();
  const standards = new Map<string, CountyStandards>();
  for (const county of counties) {
    const its = villages.get(county) ?? [];
    if (its.length === 0) continue;
    const reports = reportsByCounty.get(county) ?? [];
    populations.set(county, countyPopulation(countyTargets(county, reports, scale), its, years, months.length, seed));
    standards.set(county, countyStandards(reports, years));
  }
  const withRosters = counties.filter((c) => populations.has(c));

  const context: PlantContext = {
    random: mulberry32(seed),
    months,
    years,
    populations,
    standards,
    plans: new Map(),
    labels: [],
    registers: [],
    usedTownships: new Set(),
  };
  plantAll(context, withRosters);
  const registers = [...context.registers, ...cleanRegisters(context, withRosters)];

  const rosters: DemoRoster[] = withRosters.flatMap((countyCode) =>
    months.map((month, index) => {
      const population = populations.get(countyCode) as CountyPopulation;
      const plan = context.plans.get(countyCode) ?? { extra: [], omitted: new Set<string>(), amounts: new Map() };
      const countyStandard = standards.get(countyCode) as CountyStandards;
      return {
        countyCode,
        month,
        get rows(): RosterRow[] {
          return rosterRows(population, plan, countyStandard, month, index);
        },
      };
    }),
  );
  return {
    rosters,
    registers: registers.sort((a, b) => a.id_number.localeCompare(b.id_number) || a.kind.localeCompare(b.kind)),
    standards: withRosters.flatMap((county) => standardRows(county, standards.get(county) as CountyStandards)),
    labels: context.labels.sort(
      (a, b) =>
        a.rule.localeCompare(b.rule) || a.regionCode.localeCompare(b.regionCode) || a.month.localeCompare(b.month),
    ),
  };
}

function groupReports(reports: readonly AnnualReportSeed[]): Map<string, AnnualReportSeed[]> {
  const byCounty = new Map<string, AnnualReportSeed[]>();
  for (const report of reports) {
    if (report.level !== 'COUNTY') continue;
    byCounty.set(report.regionCode, [...(byCounty.get(report.regionCode) ?? []), report]);
  }
  return byCounty;
}

/** The households of the county's 2024 report (else 2025's, else 2023's), scaled. */
function countyTargets(countyCode: string, reports: readonly AnnualReportSeed[], scale: number): CountyTargets {
  const policy = [2024, 2025, 2023]
    .map((year) => reports.find((r) => r.year === year)?.content.policy)
    .find((p) => p !== undefined && p !== null);
  const figures = policy ?? { urbanHouseholds: 500, ruralHouseholds: 2000, urbanPersons: 1000, ruralPersons: 4600 };
  const scaled = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    countyCode,
    urbanHouseholds: scaled(figures.urbanHouseholds),
    ruralHouseholds: scaled(figures.ruralHouseholds),
    urbanPersons: scaled(figures.urbanPersons),
    ruralPersons: scaled(figures.ruralPersons),
  };
}

/**
 * Two planted anomalies of each kind (one per register kind for REGISTER_MATCH), in counties drawn at random,
 * in the second year so that a twelve-month history lies before each; changes of recipients avoid January,
 * when the yearly rise of the standards moves every county's funds.
 */
function plantAll(context: PlantContext, counties: readonly string[]): void {
  if (counties.length === 0) return;
  const order = shuffled(context.random, counties);
  let next = 0;
  const county = (): string => order[next++ % order.length] as string;
  const last = context.months.length - 1;
  const month = (span: number, avoidJanuary = false): number => {
    for (;;) {
      const m = randomInt(context.random, 13, last - span);
      const touched = Array.from({ length: span + 2 }, (_, i) => context.months[m - 1 + i] ?? '');
      if (!avoidJanuary || !touched.some((t) => t.endsWith('-01'))) return m;
    }
  };
  plantEqualSplitting(context, county(), month(3), 3);
  plantEqualSplitting(context, county(), month(1), 1);
  if (counties.length > 1) {
    const from = county();
    let to = county();
    if (to === from) to = county();
    plantDuplicate(context, from, to, month(3), 3);
  }
  const same = county();
  plantDuplicate(context, same, same, month(2), 2);
  plantAboveStandard(context, county(), month(2), 2);
  plantAboveStandard(context, county(), month(1), 1);
  for (const kind of REGISTER_KINDS) plantRegisterMatch(context, county(), kind, month(3));
  plantAbruptChange(context, county(), 'JUMP', month(2, true));
  plantAbruptChange(context, county(), 'FALL', month(2, true));
}

/**
 * Register entries that must raise nothing: persons who never received dibao (sequence numbers above the
 * recipients'), heads who died in their household's last paid month, and heads who became owners only after
 * their household left.
 */
function cleanRegisters(context: PlantContext, counties: readonly string[]): RegisterRow[] {
  const rows: RegisterRow[] = [];
  const random: Random = context.random;
  const planted = new Set(context.registers.map((r) => r.id_number));
  for (const countyCode of counties) {
    const population = context.populations.get(countyCode) as CountyPopulation;
    const outsiders = Math.max(3, Math.round(population.households.length * 0.02));
    for (let i = 0; i < outsiders; i++) {
      rows.push({
        id_number: population.ids.next([RECIPIENT_SEQUENCE_MAX + 1, 999]),
        kind: REGISTER_KINDS[i % REGISTER_KINDS.length] as RegisterKind,
        since: `${randomInt(random, 2005, 2025)}-${pad(randomInt(random, 1, 12))}-${pad(randomInt(random, 1, 28))}`,
        source: REGISTER_SOURCES[REGISTER_KINDS[i % REGISTER_KINDS.length] as RegisterKind],
      });
    }
    const leavers = population.households.filter(
      (h) => h.exit < context.months.length && h.exit > h.entry && !planted.has(h.headIdNumber),
    );
    for (const h of leavers.slice(0, Math.max(2, Math.round(leavers.length * 0.05)))) {
      const died = random() < 0.5;
      // Died during the last paid month, or became an owner in the first unpaid month or later.
      const month = died
        ? context.months[h.exit - 1]
        : context.months[randomInt(random, h.exit, context.months.length - 1)];
      const kind: RegisterKind = died
        ? 'DECEASED'
        : ((['VEHICLE_OWNER', 'PROPERTY_OWNER', 'BUSINESS_OWNER'] as const)[randomInt(random, 0, 2)] as RegisterKind);
      rows.push({
        id_number: h.headIdNumber,
        kind,
        since: `${month}-${pad(randomInt(random, 2, 28))}`,
        source: REGISTER_SOURCES[kind],
      });
    }
  }
  return rows;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A county-month's roster: its active households, paid their top-up unless a plan says otherwise. */
function rosterRows(
  population: CountyPopulation,
  plan: CountyPlan,
  standards: CountyStandards,
  month: string,
  index: number,
): RosterRow[] {
  const year = yearOf(month);
  const rows: RosterRow[] = [];
  for (const h of [...population.households, ...plan.extra]) {
    if (!isActive(h, index)) continue;
    const key = `${h.householdId}:${index}`;
    if (plan.omitted.has(key)) continue;
    const standard = (standards.get(year)?.[h.area] ?? 0) * h.size;
    const topUp = Math.round((standard * (1 - (h.incomeShareByYear.get(year) ?? 0.25))) / 100) * 100;
    rows.push({
      month,
      county_code: population.countyCode,
      township_code: h.village.townshipCode,
      village: h.village.name,
      household_id: h.householdId,
      head_id_number: h.headIdNumber,
      household_size: h.size,
      amount_fen: plan.amounts.get(key) ?? topUp,
      area: h.area,
      bank_paid: h.bankPaid,
    });
  }
  return rows;
}
