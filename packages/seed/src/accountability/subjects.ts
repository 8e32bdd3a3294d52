import {
  agencyIdOf,
  competentBodiesFor,
  NoCompetentBodyError,
  regionLevelOf,
  type AccountabilitySubject,
  type AccountabilitySubjectKind,
  type CadreLevel,
} from '@dibao/domain';

import type { AgencySeed } from '../agencies.js';
import type { OfficialSeed } from '../officials.js';
import type { RegionSeed } from '../regions.js';
import { shortRegionName } from '../reporting/short-names.js';

/** The groups subjects are drawn from, each with its own weight and its own kinds of violation. */
export type SubjectGroup =
  | 'TOWNSHIP_OFFICIAL'
  | 'COUNTY_OFFICIAL'
  | 'COUNTY_LEADER'
  | 'PREFECTURE_OFFICIAL'
  | 'PROVINCE_MANAGED'
  | 'TOWNSHIP_UNIT'
  | 'COUNTY_UNIT';

export interface SubjectCandidate {
  group: SubjectGroup;
  kind: AccountabilitySubjectKind;
  /** The demo official's key, for officials. */
  officialKey: string | null;
  /** The person's name, or the unit's. */
  name: string;
  /** Post as a case file writes it (青林乡民政办主任, 大通县民政局局长), for officials. */
  position: string | null;
  regionCode: string;
  cadreLevel: CadreLevel | null;
  agencyId: string | null;
  managingRegionCode: string;
  /** The place a case's facts speak of: the township, or the region's short name. */
  place: string;
}

/** The subjects the demo holds to account: civil affairs staff, leaders in charge of civil affairs, units. */
export function subjectCandidates(
  regions: readonly RegionSeed[],
  agencies: readonly AgencySeed[],
  officials: readonly OfficialSeed[],
): SubjectCandidate[] {
  const regionOf = new Map(regions.map((region) => [region.code, region]));
  const agencyOf = new Map(agencies.map((agency) => [agency.key, agency]));
  const hasBodies = (managing: string) =>
    agencyOf.has(agencyIdOf(managing, 'DISCIPLINE_INSPECTION')) &&
    agencyOf.has(agencyIdOf(managing, 'ORGANIZATION_DEPARTMENT'));
  const candidates: SubjectCandidate[] = [];

  for (const official of officials) {
    const agency = agencyOf.get(official.agencyKey);
    const region = agency ? regionOf.get(agency.regionCode) : undefined;
    if (!agency || !region || (agency.kind !== 'CIVIL_AFFAIRS' && agency.kind !== 'GOVERNMENT')) continue;
    const group = officialGroup(region, official.cadreLevel, agency.kind === 'GOVERNMENT');
    const managing = managingRegionOf({ kind: 'OFFICIAL', regionCode: region.code, cadreLevel: official.cadreLevel });
    if (!group || !managing || !hasBodies(managing)) continue;
    candidates.push({
      group,
      kind: 'OFFICIAL',
      officialKey: official.key,
      name: official.name,
      position: postOf(region, agency, official.position),
      regionCode: region.code,
      cadreLevel: official.cadreLevel,
      agencyId: null,
      managingRegionCode: managing,
      place: placeOf(region),
    });
  }

  for (const agency of agencies) {
    const region = regionOf.get(agency.regionCode);
    if (!region) continue;
    const township = region.level === 'TOWNSHIP';
    const group: SubjectGroup | null =
      township && (agency.kind === 'CIVIL_AFFAIRS' || agency.kind === 'GOVERNMENT')
        ? 'TOWNSHIP_UNIT'
        : region.level === 'COUNTY' && agency.kind === 'CIVIL_AFFAIRS'
          ? 'COUNTY_UNIT'
          : null;
    const managing = managingRegionOf({ kind: 'UNIT', regionCode: region.code });
    if (!group || !managing || !hasBodies(managing)) continue;
    candidates.push({
      group,
      kind: 'UNIT',
      officialKey: null,
      name: shortAgencyName(region, agency.name),
      position: null,
      regionCode: region.code,
      cadreLevel: null,
      agencyId: agency.key,
      managingRegionCode: managing,
      place: placeOf(region),
    });
  }
  return candidates;
}

function officialGroup(region: RegionSeed, cadreLevel: CadreLevel, leader: boolean): SubjectGroup | null {
  if (cadreLevel === 'PROVINCE_MANAGED') return 'PROVINCE_MANAGED';
  if (cadreLevel === 'PREFECTURE_MANAGED') return leader ? 'COUNTY_LEADER' : 'PREFECTURE_OFFICIAL';
  if (region.level === 'TOWNSHIP') return 'TOWNSHIP_OFFICIAL';
  return region.level === 'COUNTY' ? 'COUNTY_OFFICIAL' : null;
}

function managingRegionOf(subject: AccountabilitySubject): string | null {
  try {
    return competentBodiesFor(subject).managingRegionCode;
  } catch (error) {
    if (error instanceof NoCompetentBodyError) return null;
    throw error;
  }
}

/** Townships by their name, larger regions by their short name (大通县, 海西州). */
function placeOf(region: RegionSeed): string {
  return regionLevelOf(region.code) === 'TOWNSHIP' ? region.name : shortRegionName(region.name);
}

/** The agency's name with the region's short name: 大通回族土族自治县民政局 → 大通县民政局. */
function shortAgencyName(region: RegionSeed, name: string): string {
  return name.startsWith(region.name) ? `${placeOf(region)}${name.slice(region.name.length)}` : name;
}

/**
 * A post as a case file writes it: the agency and the post run together without repeating their common part
 * (青林乡民政办 + 民政办主任 → 青林乡民政办主任, but 大通县民政局 + 局长 → 大通县民政局局长); a leader by the region
 * (大通县分管民政工作的副县长).
 */
function postOf(region: RegionSeed, agency: AgencySeed, position: string): string {
  if (agency.kind === 'GOVERNMENT') return `${placeOf(region)}${position}`;
  const unit = shortAgencyName(region, agency.name);
  // Two characters at least: 民政办 + 民政办主任 share a word, 民政局 + 局长 only a character (民政局局长).
  for (let overlap = Math.min(unit.length, position.length); overlap >= 2; overlap--) {
    if (unit.endsWith(position.slice(0, overlap))) return `${unit}${position.slice(overlap)}`;
  }
  return `${unit}${position}`;
}
