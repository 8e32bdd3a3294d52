import { mulberry32, randomInt, type Random } from '../random.js';
import { between } from '../reporting/sampling.js';
import { makeIdNumber } from './id-number.js';
import type { RosterArea } from './types.js';
import type { DemoVillage } from './villages.js';

/** A recipient household over the demo's months; months are indexes into the demo's month list. */
export interface DemoHousehold {
  householdId: string;
  village: DemoVillage;
  area: RosterArea;
  size: number;
  headIdNumber: string;
  /** First month paid (inclusive) and first month no longer paid (exclusive). */
  entry: number;
  exit: number;
  /** Share of the household's standard covered by its own income, per demo year (so top-ups vary). */
  incomeShareByYear: ReadonlyMap<number, number>;
  bankPaid: boolean;
}

export interface CountyTargets {
  countyCode: string;
  urbanHouseholds: number;
  ruralHouseholds: number;
  urbanPersons: number;
  ruralPersons: number;
}

/** Monthly hazards of dynamic management: a little more leave than join, so recipients drift down. */
const EXIT_HAZARD = 0.007;
const ENTRY_RATE = 0.0055;
/** Recipients' own sequence numbers; 900–999 are left to persons who are only in registers. */
export const RECIPIENT_SEQUENCE_MAX = 899;

/** A stable 32-bit seed from a string (FNV-1a), so that each county's households are independent of the others'. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Identity numbers of one county, never handing out the same one twice. */
export class IdNumberPool {
  private readonly used = new Set<string>();
  constructor(
    private readonly random: Random,
    private readonly addressCode: string,
  ) {}

  /** A head of household born 1940–2001; `sequences` keeps recipients and register-only persons apart. */
  next(sequences: [number, number] = [1, RECIPIENT_SEQUENCE_MAX]): string {
    for (;;) {
      const year = randomInt(this.random, 1940, 2001);
      const month = randomInt(this.random, 1, 12);
      const day = randomInt(this.random, 1, 28);
      const birth = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
      const id = makeIdNumber(this.addressCode, birth, randomInt(this.random, sequences[0], sequences[1]));
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

/** Persons per household: one plus a geometric number of other members, with the given mean, at most 8. */
function drawSize(random: Random, mean: number): number {
  const q = Math.min(0.9, Math.max(0, (mean - 1) / mean));
  let size = 1;
  while (size < 8 && random() < q) size++;
  return size;
}

/** Months until leaving, geometric with the exit hazard. */
function drawStay(random: Random): number {
  return 1 + Math.floor(Math.log(1 - random()) / Math.log(1 - EXIT_HAZARD));
}

export interface CountyPopulation {
  countyCode: string;
  households: DemoHousehold[];
  ids: IdNumberPool;
  random: Random;
  nextSequence: () => string;
}

/**
 * One county's recipient households over `monthCount` months: the annual report's households at the start,
 * leaving and joining month by month, each in a village of the right kind (urban households in residents'
 * committees, rural ones in village committees), weighted so that villages differ in size.
 */
export function countyPopulation(
  targets: CountyTargets,
  villages: readonly DemoVillage[],
  years: readonly number[],
  monthCount: number,
  seed: number,
): CountyPopulation {
  const random = mulberry32(seed ^ seedOf(targets.countyCode));
  const ids = new IdNumberPool(random, targets.countyCode);
  let sequence = 0;
  const nextSequence = (): string => `${targets.countyCode}-${String(++sequence).padStart(6, '0')}`;
  const households: DemoHousehold[] = [];
  for (const area of ['URBAN', 'RURAL'] as const) {
    const count = area === 'URBAN' ? targets.urbanHouseholds : targets.ruralHouseholds;
    if (count === 0) continue;
    const persons = area === 'URBAN' ? targets.urbanPersons : targets.ruralPersons;
    const meanSize = Math.max(1.2, persons / count);
    const ofArea = villages.filter((v) => v.area === area);
    const pool = weighted(random, ofArea.length > 0 ? ofArea : villages);
    const add = (entry: number): void => {
      households.push({
        householdId: nextSequence(),
        village: pool(),
        area,
        size: drawSize(random, meanSize),
        headIdNumber: ids.next(),
        entry,
        exit: Math.min(monthCount, entry + drawStay(random)),
        incomeShareByYear: incomeShares(random, years),
        bankPaid: random() < 0.97,
      });
    };
    for (let i = 0; i < count; i++) add(0);
    for (let month = 1; month < monthCount; month++) {
      const joining = Math.round(count * ENTRY_RATE * between(random, 0.6, 1.4));
      for (let i = 0; i < joining; i++) add(month);
    }
  }
  return { countyCode: targets.countyCode, households, ids, random, nextSequence };
}

/** A base share of 5–45 % of the standard covered by own income, moving a little from year to year. */
export function incomeShares(random: Random, years: readonly number[]): Map<number, number> {
  const base = between(random, 0.08, 0.42);
  return new Map(years.map((year) => [year, base + between(random, -0.03, 0.03)]));
}

/** A draw of villages, each with a fixed weight between 0.3 and 1.7. */
function weighted(random: Random, villages: readonly DemoVillage[]): () => DemoVillage {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < villages.length; i++) {
    total += between(random, 0.3, 1.7);
    cumulative.push(total);
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) low = mid + 1;
      else high = mid;
    }
    return villages[low] as DemoVillage;
  };
}
