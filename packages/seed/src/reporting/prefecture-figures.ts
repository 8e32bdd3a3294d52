import { problemCategoryValues } from '@dibao/domain';

import type { ReportFigures } from './figures.js';
import { roundTo } from './sampling.js';

/**
 * A prefecture's figures as the consolidation of its counties' submitted reports: counts and fen are sums,
 * standards are averages weighted by recipients (rounded to the fen), the average review time is weighted
 * by approvals (one decimal), publicity is done only if every county did it, and incident ids are listed
 * county by county.
 */
export function prefectureFigures(counties: readonly ReportFigures[]): ReportFigures {
  const sum = (figure: (county: ReportFigures) => number) => counties.reduce((total, c) => total + figure(c), 0);
  return {
    policy: {
      urbanStandardFen: weightedAverage(
        counties,
        (c) => c.policy.urbanStandardFen,
        (c) => c.policy.urbanPersons,
        0,
      ),
      ruralStandardFen: weightedAverage(
        counties,
        (c) => c.policy.ruralStandardFen,
        (c) => c.policy.ruralPersons,
        0,
      ),
      urbanHouseholds: sum((c) => c.policy.urbanHouseholds),
      urbanPersons: sum((c) => c.policy.urbanPersons),
      ruralHouseholds: sum((c) => c.policy.ruralHouseholds),
      ruralPersons: sum((c) => c.policy.ruralPersons),
      applications: sum((c) => c.policy.applications),
      approvals: sum((c) => c.policy.approvals),
      rejections: sum((c) => c.policy.rejections),
      exits: sum((c) => c.policy.exits),
      publicityDone: counties.every((c) => c.policy.publicityDone),
    },
    management: {
      averageReviewDays: weightedAverage(
        counties,
        (c) => c.management.averageReviewDays,
        (c) => c.policy.approvals,
        1,
      ),
      householdVisits: sum((c) => c.management.householdVisits),
      dynamicReviews: sum((c) => c.management.dynamicReviews),
      staff: sum((c) => c.management.staff),
    },
    funds: {
      raisedCentralFen: sum((c) => c.funds.raisedCentralFen),
      raisedProvincialFen: sum((c) => c.funds.raisedProvincialFen),
      raisedPrefectureFen: sum((c) => c.funds.raisedPrefectureFen),
      raisedCountyFen: sum((c) => c.funds.raisedCountyFen),
      carryOverFen: sum((c) => c.funds.carryOverFen),
      disbursedFen: sum((c) => c.funds.disbursedFen),
      balanceFen: sum((c) => c.funds.balanceFen),
      paidViaBankFen: sum((c) => c.funds.paidViaBankFen),
    },
    emergencies: {
      handled: sum((c) => c.emergencies.handled),
      incidentIds: counties.flatMap((c) => c.emergencies.incidentIds),
    },
    supervision: {
      inspections: sum((c) => c.supervision.inspections),
      problemsFound: problemCategoryValues
        .map((category) => ({
          category,
          count: sum((c) => c.supervision.problemsFound.find((p) => p.category === category)?.count ?? 0),
        }))
        .filter((problem) => problem.count > 0),
      problemsRectified: sum((c) => c.supervision.problemsRectified),
      complaintsReceived: sum((c) => c.supervision.complaintsReceived),
      complaintsClosed: sum((c) => c.supervision.complaintsClosed),
      peopleHeldAccountable: sum((c) => c.supervision.peopleHeldAccountable),
    },
  };
}

/** Falls back to the plain mean when nothing carries weight, and to 0 when there are no counties. */
function weightedAverage(
  counties: readonly ReportFigures[],
  value: (county: ReportFigures) => number,
  weight: (county: ReportFigures) => number,
  decimals: number,
): number {
  if (counties.length === 0) return 0;
  const totalWeight = counties.reduce((total, c) => total + weight(c), 0);
  const average =
    totalWeight > 0
      ? counties.reduce((total, c) => total + value(c) * weight(c), 0) / totalWeight
      : counties.reduce((total, c) => total + value(c), 0) / counties.length;
  return roundTo(average, decimals);
}
