import type { FindingSeverity, ProblemCategory } from '@dibao/domain';

import { agencyKey } from '../agencies.js';
import { chance, pickOne, randomInt, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { shortRegionName } from '../reporting/short-names.js';
import { seededUuid } from '../reporting/uuid.js';
import { countyReporter, type Inspector } from './people.js';
import { rectify, type RectificationOutcome } from './rectification.js';
import { FINDING_DESCRIPTIONS } from './texts.js';
import type { FindingSeed } from './types.js';

/** How often inspections find each kind of problem (relative weights). */
const CATEGORY_WEIGHTS: ReadonlyArray<[ProblemCategory, number]> = [
  ['WRONGLY_INCLUDED', 20],
  ['IRREGULAR_PROCEDURE', 18],
  ['FUND_MISMANAGEMENT', 14],
  ['RELATIONSHIP_BASED', 12],
  ['WRONGLY_EXCLUDED', 12],
  ['FAVOR_BASED', 10],
  ['FRAUDULENT_CLAIM', 8],
  ['EQUAL_SPLITTING', 6],
];

export function drawCategory(random: Random, exclude: readonly ProblemCategory[] = []): ProblemCategory {
  const candidates = CATEGORY_WEIGHTS.filter(([category]) => !exclude.includes(category));
  let draw = random() * candidates.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [category, weight] of candidates) {
    draw -= weight;
    if (draw < 0) return category;
  }
  return (candidates.at(-1) as [ProblemCategory, number])[0];
}

/** Households concerned and the money involved (whole yuan, in fen): benefit of a few hundred yuan a month. */
function scaleOf(random: Random, category: ProblemCategory): { households: number; amountFen: number } {
  const households =
    category === 'EQUAL_SPLITTING'
      ? randomInt(random, 20, 60)
      : category === 'IRREGULAR_PROCEDURE'
        ? randomInt(random, 5, 40)
        : randomInt(random, 1, 15);
  const moneyless = category === 'IRREGULAR_PROCEDURE' || category === 'WRONGLY_EXCLUDED';
  const months = category === 'FUND_MISMANAGEMENT' ? randomInt(random, 2, 3) : randomInt(random, 3, 24);
  const amountFen = moneyless ? 0 : households * months * randomInt(random, 300, 600) * 100;
  return { households, amountFen };
}

function severityOf(category: ProblemCategory, households: number, amountFen: number): FindingSeverity {
  if (amountFen >= 20_000_000 || households >= 30 || category === 'FRAUDULENT_CLAIM') return 'SEVERE';
  if (amountFen >= 5_000_000 || households >= 10 || category === 'RELATIONSHIP_BASED') return 'MAJOR';
  return 'MINOR';
}

/** Rural townships (乡, 镇) of a county: the texts speak of villages, which urban 街道 do not have. */
export function ruralTownshipsOf(regions: readonly RegionSeed[], countyCode: string): RegionSeed[] {
  const townships = regions.filter((region) => region.level === 'TOWNSHIP' && region.parentCode === countyCode);
  const rural = townships.filter((township) => /[乡镇]$/u.test(township.name));
  return rural.length > 0 ? rural : townships;
}

export interface FindingInput {
  inspectionId: string;
  county: RegionSeed;
  /** Where in the county; null for a county-wide problem. */
  township: RegionSeed | null;
  category: ProblemCategory;
  outcome: RectificationOutcome;
  foundAt: Date;
  latest: Date;
  deadlineDays: number;
  deadline?: Date;
  reopenDeadline?: Date;
  finder: Inspector;
  checker: Inspector;
  /** Households concerned, when the story fixes it. */
  households?: number;
}

export function generateFinding(random: Random, input: FindingInput): FindingSeed {
  const id = seededUuid(random);
  const drawn = scaleOf(random, input.category);
  const households = input.households ?? drawn.households;
  const amountFen =
    input.households === undefined ? drawn.amountFen : (drawn.amountFen / drawn.households) * households;
  const place = { county: shortRegionName(input.county.name), township: input.township?.name ?? null };
  const responsible = chance(random, 0.7)
    ? input.township
      ? agencyKey(input.township.code, 'GOVERNMENT')
      : agencyKey(input.county.code, 'CIVIL_AFFAIRS')
    : null;
  const rectification = rectify(random, {
    outcome: input.outcome,
    findingId: id,
    category: input.category,
    householdsAffected: households,
    amountInvolvedFen: amountFen,
    foundAt: input.foundAt,
    latest: input.latest,
    deadlineDays: input.deadlineDays,
    ...(input.deadline ? { deadline: input.deadline } : {}),
    ...(input.reopenDeadline ? { reopenDeadline: input.reopenDeadline } : {}),
    finder: input.finder.actor,
    checker: input.checker.actor,
    reporter: countyReporter(input.county.code),
  });
  return {
    id,
    inspectionId: input.inspectionId,
    regionCode: input.township?.code ?? input.county.code,
    category: input.category,
    severity: severityOf(input.category, households, amountFen),
    householdsAffected: households,
    amountInvolvedFen: amountFen,
    description: pickOne(random, FINDING_DESCRIPTIONS[input.category])(place, households, amountFen),
    responsibleAgencyId: responsible,
    responsibleOfficialId: null,
    foundBy: input.finder.actor,
    foundAt: input.foundAt,
    ...rectification,
  };
}
