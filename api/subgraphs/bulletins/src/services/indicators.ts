import { regionLevelOf, type AssessmentIndicator } from '@dibao/domain';
import type { RegionIndicatorsResponse } from './indicator-queries.js';
import { roundScore, type RegionIndicatorInputs } from './scoring.js';

/*
 * From the answers of the supergraph to the raw value of each indicator, for one region and year:
 *
 * - REPORT_TIMELINESS: reports filed on time ÷ reports due, over the region's own annual report and those of
 *   the regions below it (reportingCompleteness). A missing report counts as not on time.
 * - REPORT_VALIDATION_ISSUES: validation issues (errors and warnings) of the region's own filed report; no value
 *   when it has filed none (the timeliness indicator already counts that).
 * - FINDINGS_PER_10K_RECIPIENTS: special-inspection findings of the year ÷ recipients × 10,000, recipients being
 *   the persons of the accepted county reports (reportSummary).
 * - RECTIFICATION_ON_TIME: findings neither overdue nor closed unfixed ÷ all findings of the year.
 * - COMPLAINTS_CLOSED_ON_TIME: complaints closed within every deadline ÷ complaints closed.
 * - ACCOUNTABILITY_FOLLOW_THROUGH: cases opened in the year that reached a decision (DECIDED or CLOSED) ÷ cases
 *   opened in the year.
 *
 * A ratio whose denominator is 0 has no value (null): the region had nothing of the kind to measure.
 */

const ratio = (part: number, whole: number): number | null => (whole > 0 ? roundScore(part / whole) : null);

const DECIDED_CASE_STATUSES = new Set(['DECIDED', 'CLOSED']);

export class MissingRegionError extends Error {}

export function regionIndicatorInputs(regionCode: string, response: RegionIndicatorsResponse): RegionIndicatorInputs {
  const region = response.region;
  if (!region) throw new MissingRegionError(`The supergraph knows no region ${regionCode}`);
  const ownLevel = regionLevelOf(regionCode);

  const ownReport =
    region.annualReports.edges
      .map((edge) => edge.node)
      .find((report) => report.status !== 'DRAFT' && report.firstSubmittedAt !== null) ?? null;
  const levels = response.reportingCompleteness?.levels ?? [];
  let due = levels.reduce((sum, level) => sum + level.expected, 0);
  let onTime = levels.reduce((sum, level) => sum + level.submittedOnTime, 0);
  // Completeness below a prefecture lists its counties only; a county's lists the county itself.
  if (!levels.some((level) => level.level === ownLevel)) {
    due += 1;
    if (ownReport && !ownReport.late) onTime += 1;
  }

  const summary = region.reportSummary;
  const persons = summary ? summary.urbanPersons + summary.ruralPersons : null;
  const oversight = region.oversightStats;
  const complaints = region.complaintStats;
  const accountability = region.accountabilityStats;
  const decided =
    accountability?.byStatus
      .filter((entry) => DECIDED_CASE_STATUSES.has(entry.status))
      .reduce((sum, entry) => sum + entry.count, 0) ?? 0;

  const raw: Record<AssessmentIndicator, number | null> = {
    REPORT_TIMELINESS: ratio(onTime, due),
    REPORT_VALIDATION_ISSUES: ownReport ? ownReport.validationIssues.length : null,
    FINDINGS_PER_10K_RECIPIENTS: oversight && persons ? roundScore((oversight.findings / persons) * 10_000) : null,
    RECTIFICATION_ON_TIME: oversight
      ? ratio(oversight.findings - oversight.overdue - oversight.closedNotFixed, oversight.findings)
      : null,
    COMPLAINTS_CLOSED_ON_TIME: complaints ? ratio(complaints.closedOnTime, complaints.closed) : null,
    ACCOUNTABILITY_FOLLOW_THROUGH: accountability ? ratio(decided, accountability.casesOpened) : null,
  };
  return { regionCode, recipients: persons, raw };
}
