import type { InspectionPartner } from '@dibao/domain';

import { agencyKey } from '../agencies.js';
import { fictionalChineseName } from '../fictional-names.js';
import { randomInt, type Random } from '../random.js';
import { shuffled } from '../reporting/sampling.js';
import type { InspectionTeamMemberSeed, OversightActorSeed } from './types.js';

/** Inspectors each organising civil affairs bureau has on call; teams are drawn from them. */
const POOL_SIZE = 6;

export interface Inspector {
  name: string;
  actor: OversightActorSeed;
}

/**
 * The inspectors of each organising region, `inspector:<region>:<n>` with a fictional name, the same person
 * in every inspection of that region.
 */
export class InspectorPools {
  private readonly pools = new Map<string, Inspector[]>();

  constructor(private readonly random: Random) {}

  of(regionCode: string): Inspector[] {
    let pool = this.pools.get(regionCode);
    if (!pool) {
      pool = Array.from({ length: POOL_SIZE }, (_, index) => ({
        name: fictionalChineseName(this.random),
        actor: {
          subject: `inspector:${regionCode}:${index + 1}`,
          agency: 'CIVIL_AFFAIRS',
          region: regionCode,
          roles: ['INSPECTOR'],
        },
      }));
      this.pools.set(regionCode, pool);
    }
    return pool;
  }
}

export interface Team {
  members: InspectionTeamMemberSeed[];
  /** The civil affairs inspectors of the team, leader first: they record and re-check findings. */
  inspectors: Inspector[];
}

/** A leader and one to three more civil affairs inspectors, and one member from each partner agency. */
export function drawTeam(
  random: Random,
  pools: InspectorPools,
  organiserRegion: string,
  partners: readonly InspectionPartner[],
): Team {
  const inspectors = shuffled(random, pools.of(organiserRegion)).slice(0, randomInt(random, 2, 4));
  const civilAffairs = agencyKey(organiserRegion, 'CIVIL_AFFAIRS');
  const members: InspectionTeamMemberSeed[] = inspectors.map((inspector, index) => ({
    name: inspector.name,
    role: index === 0 ? 'LEADER' : 'MEMBER',
    agencyId: civilAffairs,
    officialId: null,
  }));
  for (const partner of partners) {
    members.push({
      name: fictionalChineseName(random),
      role: 'MEMBER',
      agencyId: agencyKey(organiserRegion, partner),
      officialId: null,
    });
  }
  return { members, inspectors };
}

/** The civil affairs bureau's reporter of a county, who reports rectification progress. */
export function countyReporter(countyCode: string): OversightActorSeed {
  return { subject: `reporter:${countyCode}:1`, agency: 'CIVIL_AFFAIRS', region: countyCode, roles: ['REPORTER'] };
}
