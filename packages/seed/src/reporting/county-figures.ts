import { problemCategoryValues, type ProblemCategory } from '@dibao/domain';

import { chance, randomInt, type Random } from '../random.js';
import { PROFILE_YEAR, type CountyProfile } from './county-profiles.js';
import { totalPersons, totalProblems, type ReportFigures } from './figures.js';
import { between, clamp, roundTo, shuffled } from './sampling.js';
import type { Standards } from './standards.js';

export interface CountyYear {
  profile: CountyProfile;
  standards: Standards;
  year: number;
  /** A past year: rectification and complaint handling are (almost) complete. */
  settled: boolean;
  /** Incidents in the county that year, in the order they happened. */
  incidentIds: string[];
  /** A problem the year's inspections must have found (the Datong story's equal splitting). */
  knownProblem?: ProblemCategory;
}

/** One county's figures for one year, consistent with each other (see the invariants in the tests). */
export function countyFigures(random: Random, county: CountyYear): ReportFigures {
  const policy = policyFigures(random, county);
  return {
    policy,
    management: managementFigures(random, county, policy),
    funds: fundsFigures(random, county, policy),
    emergencies: { handled: county.incidentIds.length, incidentIds: [...county.incidentIds] },
    supervision: supervisionFigures(random, county, totalPersons(policy)),
  };
}

function policyFigures(random: Random, { profile, standards, year, settled }: CountyYear): ReportFigures['policy'] {
  // Dynamic management removes more households than it adds, rural ones faster: recipients drift down.
  const drift = year - PROFILE_YEAR;
  const urbanPersons = Math.max(20, Math.round(profile.urbanPersons * 0.985 ** drift * between(random, 0.97, 1.03)));
  const ruralPersons = Math.max(20, Math.round(profile.ruralPersons * 0.975 ** drift * between(random, 0.97, 1.03)));
  const urbanHouseholds = householdsOf(urbanPersons, profile.urbanHouseholdSize + between(random, -0.08, 0.08));
  const ruralHouseholds = householdsOf(ruralPersons, profile.ruralHouseholdSize + between(random, -0.08, 0.08));
  const households = urbanHouseholds + ruralHouseholds;
  const applications = Math.max(5, Math.round(households * between(random, 0.1, 0.18)));
  // At most 80% approved, so approvals < applications; of the rest most are rejected, a few still pending.
  const approvals = Math.round(applications * between(random, 0.55, 0.8));
  const rejections = Math.round((applications - approvals) * between(random, 0.6, 0.95));
  return {
    urbanStandardFen: standards.urbanFen,
    ruralStandardFen: standards.ruralFen,
    urbanHouseholds,
    urbanPersons,
    ruralHouseholds,
    ruralPersons,
    applications,
    approvals,
    rejections,
    exits: Math.round(households * between(random, 0.07, 0.14)),
    publicityDone: settled || chance(random, 0.9),
  };
}

/** Sizes are kept within 1.8–2.6 persons, so persons ≥ households always. */
function householdsOf(persons: number, size: number): number {
  return Math.max(1, Math.round(persons / clamp(size, 1.8, 2.6)));
}

function managementFigures(
  random: Random,
  { year }: CountyYear,
  policy: ReportFigures['policy'],
): ReportFigures['management'] {
  const households = policy.urbanHouseholds + policy.ruralHouseholds;
  // Review gets faster over the years as approval is delegated to townships and moved online.
  const reviewDays = between(random, 12, 22) - 1.5 * (year - PROFILE_YEAR);
  return {
    averageReviewDays: roundTo(clamp(reviewDays, 5, 25), 1),
    householdVisits: Math.round(households * between(random, 0.3, 0.9)),
    dynamicReviews: Math.round(households * between(random, 0.9, 1.6)),
    staff: clamp(Math.round(totalPersons(policy) / 1200) + randomInt(random, 2, 5), 3, 30),
  };
}

function fundsFigures(
  random: Random,
  { standards }: CountyYear,
  policy: ReportFigures['policy'],
): ReportFigures['funds'] {
  // Dibao tops income up to the standard, so the average benefit is a large share of it, not all of it.
  const urbanBenefitFen = standards.urbanFen * between(random, 0.72, 0.85);
  const ruralBenefitFen = standards.ruralFen * between(random, 0.7, 0.85);
  const disbursedFen = Math.round(12 * (policy.urbanPersons * urbanBenefitFen + policy.ruralPersons * ruralBenefitFen));
  const carryOverFen = Math.round(disbursedFen * between(random, 0.005, 0.03));
  const balanceFen = Math.round(disbursedFen * between(random, 0.005, 0.04));
  const raisedFen = disbursedFen + balanceFen - carryOverFen;
  const raisedCentralFen = Math.round(raisedFen * between(random, 0.7, 0.8));
  const raisedProvincialFen = Math.round(raisedFen * between(random, 0.1, 0.15));
  const localFen = raisedFen - raisedCentralFen - raisedProvincialFen;
  const raisedPrefectureFen = Math.round(localFen * between(random, 0.35, 0.6));
  return {
    raisedCentralFen,
    raisedProvincialFen,
    raisedPrefectureFen,
    raisedCountyFen: localFen - raisedPrefectureFen,
    carryOverFen,
    disbursedFen,
    balanceFen: raisedFen + carryOverFen - disbursedFen,
    // Nearly everything goes to recipients' bank cards; a little is still paid in cash in remote pastures.
    paidViaBankFen: chance(random, 0.35) ? disbursedFen : Math.round(disbursedFen * between(random, 0.97, 0.999)),
  };
}

function supervisionFigures(
  random: Random,
  { settled, knownProblem }: CountyYear,
  persons: number,
): ReportFigures['supervision'] {
  const drawn = shuffled(random, problemCategoryValues).slice(0, randomInt(random, 1, 4));
  const categories = knownProblem === undefined || drawn.includes(knownProblem) ? drawn : [knownProblem, ...drawn];
  const problemsFound = problemCategoryValues
    .filter((category) => categories.includes(category))
    .map((category) => ({ category, count: randomInt(random, 1, 2 + Math.round(persons / 4000)) }));
  const found = totalProblems({ problemsFound });
  const complaintsReceived = randomInt(random, 3, 10) + Math.round((persons / 500) * between(random, 0.5, 1.5));
  return {
    inspections: randomInt(random, 2, clamp(4 + Math.round(persons / 1500), 2, 20)),
    problemsFound,
    problemsRectified: settled
      ? found - randomInt(random, 0, Math.floor(found * 0.1))
      : Math.round(found * between(random, 0.55, 0.95)),
    complaintsReceived,
    complaintsClosed: settled
      ? complaintsReceived - randomInt(random, 0, 2)
      : Math.round(complaintsReceived * between(random, 0.75, 0.98)),
    peopleHeldAccountable: randomInt(random, 0, Math.min(4, Math.ceil(found / 3))),
  };
}
