import { problemCategoryValues, type AnnualReportContent, type ProblemCategory } from '@dibao/domain';
import type { ReportSummary } from '../schema/summary.type.js';

type Numeric<T> = { [K in keyof T as T[K] extends number ? K : never]: T[K] };

function sum<S extends keyof AnnualReportContent>(
  reports: AnnualReportContent[],
  section: S,
  field: keyof Numeric<NonNullable<AnnualReportContent[S]>>,
): number {
  let total = 0;
  for (const report of reports) {
    const value = (report[section] as Record<string, unknown> | null | undefined)?.[field as string];
    if (typeof value === 'number') total += value;
  }
  return total;
}

function extreme(values: number[], pick: (a: number, b: number) => number): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => pick(a, b));
}

/**
 * Rolls accepted county reports up into one set of figures. Prefecture reports are not added on top: they
 * restate their counties, and counting both would double every figure.
 */
export function summarise(year: number, reports: AnnualReportContent[], expected: number): ReportSummary {
  const urbanStandards = reports.flatMap((report) => (report.policy ? [report.policy.urbanStandardFen] : []));
  const ruralStandards = reports.flatMap((report) => (report.policy ? [report.policy.ruralStandardFen] : []));
  const problems = new Map<ProblemCategory, number>();
  for (const report of reports) {
    for (const problem of report.supervision?.problemsFound ?? []) {
      problems.set(problem.category, (problems.get(problem.category) ?? 0) + problem.count);
    }
  }
  const raisedCentralFen = sum(reports, 'funds', 'raisedCentralFen');
  const raisedProvincialFen = sum(reports, 'funds', 'raisedProvincialFen');
  const raisedPrefectureFen = sum(reports, 'funds', 'raisedPrefectureFen');
  const raisedCountyFen = sum(reports, 'funds', 'raisedCountyFen');
  return {
    year,
    reportsIncluded: reports.length,
    reportsExpected: expected,
    urbanHouseholds: sum(reports, 'policy', 'urbanHouseholds'),
    urbanPersons: sum(reports, 'policy', 'urbanPersons'),
    ruralHouseholds: sum(reports, 'policy', 'ruralHouseholds'),
    ruralPersons: sum(reports, 'policy', 'ruralPersons'),
    applications: sum(reports, 'policy', 'applications'),
    approvals: sum(reports, 'policy', 'approvals'),
    rejections: sum(reports, 'policy', 'rejections'),
    exits: sum(reports, 'policy', 'exits'),
    urbanStandardMinFen: extreme(urbanStandards, Math.min),
    urbanStandardMaxFen: extreme(urbanStandards, Math.max),
    ruralStandardMinFen: extreme(ruralStandards, Math.min),
    ruralStandardMaxFen: extreme(ruralStandards, Math.max),
    raisedFen: raisedCentralFen + raisedProvincialFen + raisedPrefectureFen + raisedCountyFen,
    raisedCentralFen,
    raisedProvincialFen,
    raisedPrefectureFen,
    raisedCountyFen,
    carryOverFen: sum(reports, 'funds', 'carryOverFen'),
    disbursedFen: sum(reports, 'funds', 'disbursedFen'),
    balanceFen: sum(reports, 'funds', 'balanceFen'),
    paidViaBankFen: sum(reports, 'funds', 'paidViaBankFen'),
    householdVisits: sum(reports, 'management', 'householdVisits'),
    dynamicReviews: sum(reports, 'management', 'dynamicReviews'),
    staff: sum(reports, 'management', 'staff'),
    emergenciesHandled: sum(reports, 'emergencies', 'handled'),
    inspections: sum(reports, 'supervision', 'inspections'),
    problemsFound: problemCategoryValues
      .filter((category) => problems.has(category))
      .map((category) => ({ category, count: problems.get(category) ?? 0 })),
    problemsRectified: sum(reports, 'supervision', 'problemsRectified'),
    complaintsReceived: sum(reports, 'supervision', 'complaintsReceived'),
    complaintsClosed: sum(reports, 'supervision', 'complaintsClosed'),
    peopleHeldAccountable: sum(reports, 'supervision', 'peopleHeldAccountable'),
  };
}
