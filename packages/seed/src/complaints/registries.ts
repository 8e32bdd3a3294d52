import { fictionalChineseName } from '../fictional-names.js';
import { pickOne, randomInt, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { shuffled } from '../reporting/sampling.js';
import { seededUuid } from '../reporting/uuid.js';
import { shanghaiTime } from '../reporting/shanghai-time.js';
import { shortRegionName } from '../reporting/short-names.js';
import { petitionOfficerOf, PROVINCE_CODE } from './officials.js';
import { CONTRACT_DELIVERABLES, SOCIAL_ORGANIZATION_NAMES, VOLUNTEER_AFFILIATIONS } from './texts.js';
import type { PetitionOfficerSeed, SocialOrganizationContractSeed, VolunteerSupervisorSeed } from './types.js';

/** Two terms of volunteer supervisors over the demo years. */
const VOLUNTEER_TERMS = [
  { termStart: '2021-01-01', termEnd: '2023-12-31' },
  { termStart: '2024-01-01', termEnd: '2026-12-31' },
] as const;

/**
 * Designations of petition officers (专人负责): the province, every prefecture and county, and the given
 * townships, all made at the start of the demo period.
 */
export function demoPetitionOfficers(
  prefectures: readonly RegionSeed[],
  counties: readonly RegionSeed[],
  townships: readonly string[],
): PetitionOfficerSeed[] {
  const designatedAt = shanghaiTime(2021, 1, 4, 9, 0);
  return [PROVINCE_CODE, ...prefectures.map((r) => r.code), ...counties.map((r) => r.code), ...townships].map(
    (regionCode) => ({
      regionCode,
      officerSubject: petitionOfficerOf(regionCode).subject,
      officialId: null,
      designatedAt,
    }),
  );
}

/** One or two volunteers per prefecture and one in about half the counties, for each term. */
export function demoVolunteers(
  random: Random,
  prefectures: readonly RegionSeed[],
  counties: readonly RegionSeed[],
): VolunteerSupervisorSeed[] {
  const volunteers: VolunteerSupervisorSeed[] = [];
  for (const term of VOLUNTEER_TERMS) {
    const places = [
      ...prefectures.flatMap((prefecture) => Array.from({ length: randomInt(random, 1, 2) }, () => prefecture.code)),
      ...shuffled(random, counties)
        .slice(0, Math.ceil(counties.length / 2))
        .map((county) => county.code),
    ];
    for (const regionCode of places) {
      volunteers.push({
        id: seededUuid(random),
        regionCode,
        name: fictionalChineseName(random),
        affiliation: pickOne(random, VOLUNTEER_AFFILIATIONS),
        ...term,
      });
    }
  }
  return volunteers.sort((a, b) => a.termStart.localeCompare(b.termStart) || a.regionCode.localeCompare(b.regionCode));
}

/** Purchase-of-services contracts of a few prefectures, two years each, over the demo period. */
export function demoContracts(random: Random, prefectures: readonly RegionSeed[]): SocialOrganizationContractSeed[] {
  const periods = [
    { start: 2021, end: 2022 },
    { start: 2023, end: 2024 },
    { start: 2025, end: 2026 },
  ];
  const contracts: SocialOrganizationContractSeed[] = [];
  let serial = 1;
  for (const prefecture of prefectures.slice(0, 4)) {
    for (const period of periods) {
      if (contracts.length > 0 && random() < 0.35) continue;
      contracts.push({
        id: seededUuid(random),
        regionCode: prefecture.code,
        organizationName: `${shortRegionName(prefecture.name)}${pickOne(random, SOCIAL_ORGANIZATION_NAMES)}`,
        contractNumber: `QHMZ-GM-${period.start}-${String(serial++).padStart(3, '0')}`,
        periodStart: `${period.start}-03-01`,
        periodEnd: `${period.end}-12-31`,
        amountFen: randomInt(random, 15, 60) * 10_000 * 100,
        deliverables: pickOne(random, CONTRACT_DELIVERABLES),
      });
    }
  }
  return contracts;
}
