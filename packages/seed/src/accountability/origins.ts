import type { AccountabilityOriginKind } from '@dibao/domain';

import type { DemoComplaints } from '../complaints/types.js';
import type { DemoOversight } from '../oversight/types.js';
import { chance, type Random } from '../random.js';
import type { DemoReporting } from '../reporting/types.js';
import { beijingDate } from './dates.js';
import type { CaseOriginSeed } from './types.js';

/** A record of another demo a case may arise from: its id, its region and when it came to light. */
export interface OriginRecordRef {
  id: string;
  regionCode: string;
  at: Date;
}

/** An inspection: its id, the regions it targets and when it began. */
export interface OriginInspectionRef {
  id: string;
  targetRegionCodes: readonly string[];
  at: Date;
}

/**
 * The other demos' records, by their seeded ids (the same inputs give the same ids, so these are the ids the
 * owning subgraphs hold once their demo is loaded): oversight's findings and inspections, complaints'
 * complaints, reporting's incidents.
 */
export interface DemoOriginSources {
  findings?: readonly OriginRecordRef[];
  complaints?: readonly OriginRecordRef[];
  incidents?: readonly OriginRecordRef[];
  inspections?: readonly OriginInspectionRef[];
}

/** The origin sources of the other demos, as they seed them (the hub's demo and the tests share this). */
export function demoOriginSources(demos: {
  oversight?: Pick<DemoOversight, 'findings' | 'inspections'>;
  complaints?: Pick<DemoComplaints, 'complaints'>;
  reporting?: Pick<DemoReporting, 'incidents'>;
}): DemoOriginSources {
  return {
    findings: demos.oversight?.findings.map((item) => ({ id: item.id, regionCode: item.regionCode, at: item.foundAt })),
    inspections: demos.oversight?.inspections.map((item) => ({
      id: item.id,
      targetRegionCodes: item.targetRegionCodes,
      at: item.periodStart,
    })),
    complaints: demos.complaints?.complaints.map((item) => ({
      id: item.id,
      regionCode: item.regionCode,
      at: item.receivedAt,
    })),
    incidents: demos.reporting?.incidents.map((item) => ({
      id: item.id,
      regionCode: item.regionCode,
      at: item.occurredAt,
    })),
  };
}

/** How far back a record may lie before the case it leads to. */
const LOOKBACK_DAYS = 540;

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * Picks real records for cases: for a county and an opening day, the records of that county (or its
 * townships) that came to light before the case was opened, within a year and a half. Draws from its own
 * random stream, so the cases themselves do not depend on which records exist.
 */
export class OriginPicker {
  private readonly used = new Set<string>();

  constructor(
    private readonly sources: DemoOriginSources,
    private readonly random: Random,
  ) {}

  /** A record of the kind about the county before the day, preferring one no case has named yet. */
  pick(kind: AccountabilityOriginKind, countyCode: string, openedOn: string): CaseOriginSeed | undefined {
    const candidates = this.candidates(kind, countyCode, openedOn);
    if (candidates.length === 0) return undefined;
    const fresh = candidates.filter((id) => !this.used.has(`${kind}|${id}`));
    const pool = fresh.length > 0 ? fresh : candidates;
    const id = pool[Math.floor(this.random() * pool.length)] as string;
    this.used.add(`${kind}|${id}`);
    return { kind, id };
  }

  private candidates(kind: AccountabilityOriginKind, countyCode: string, openedOn: string): string[] {
    const before = (at: Date) => {
      const gap = daysBetween(beijingDate(at), openedOn);
      return gap >= 0 && gap <= LOOKBACK_DAYS;
    };
    if (kind === 'INSPECTION') {
      // An inspection of the county itself, of its prefecture or of the whole province.
      const targets = new Set([countyCode, `${countyCode.slice(0, 4)}00`, `${countyCode.slice(0, 2)}0000`]);
      return (this.sources.inspections ?? [])
        .filter(
          (inspection) => before(inspection.at) && inspection.targetRegionCodes.some((target) => targets.has(target)),
        )
        .map((inspection) => inspection.id);
    }
    return (this.byCounty(kind).get(countyCode) ?? []).filter((record) => before(record.at)).map((record) => record.id);
  }

  /** Records of a kind by the county they concern (indexed once: the national demo has many). */
  private readonly indexes = new Map<AccountabilityOriginKind, Map<string, OriginRecordRef[]>>();
  private byCounty(kind: Exclude<AccountabilityOriginKind, 'INSPECTION'>): Map<string, OriginRecordRef[]> {
    let index = this.indexes.get(kind);
    if (!index) {
      const records =
        kind === 'FINDING'
          ? this.sources.findings
          : kind === 'COMPLAINT'
            ? this.sources.complaints
            : this.sources.incidents;
      index = new Map();
      for (const record of records ?? []) {
        const county = record.regionCode.slice(0, 6);
        const list = index.get(county);
        if (list) list.push(record);
        else index.set(county, [record]);
      }
      this.indexes.set(kind, index);
    }
    return index;
  }
}

/** The kinds to try, the drawn one first, then the others in order of how often cases arise from them. */
const FALLBACK: readonly AccountabilityOriginKind[] = ['FINDING', 'COMPLAINT', 'INSPECTION', 'INCIDENT'];

/**
 * Where a case came from: most from an inspection finding or a complaint, some from the inspection as a whole
 * or an incident report; a few from two sources. Each origin is a real record of the other demos about the
 * case's county before its opening; when none of the drawn kind exists another kind is taken, and a case with
 * no such record at all has no origin (never a made-up id).
 */
export function drawOrigins(
  random: Random,
  picker: OriginPicker,
  countyCode: string,
  openedOn: string,
): CaseOriginSeed[] {
  const roll = random();
  const first: AccountabilityOriginKind =
    roll < 0.4 ? 'FINDING' : roll < 0.75 ? 'COMPLAINT' : roll < 0.9 ? 'INSPECTION' : 'INCIDENT';
  const second = first === 'FINDING' && chance(random, 0.25);
  const origins: CaseOriginSeed[] = [];
  for (const kind of [first, ...FALLBACK.filter((other) => other !== first)]) {
    const found = picker.pick(kind, countyCode, openedOn);
    if (found) {
      origins.push(found);
      break;
    }
  }
  if (second && origins[0]?.kind === 'FINDING') {
    const complaint = picker.pick('COMPLAINT', countyCode, openedOn);
    if (complaint) origins.push(complaint);
  }
  return origins;
}
