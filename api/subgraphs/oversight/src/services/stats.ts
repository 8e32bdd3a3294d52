import {
  problemCategoryValues,
  ProblemCategory,
  RectificationStatus,
  rectificationStatusValues,
  type ProblemCategory as ProblemCategoryCode,
  type RectificationStatus as RectificationStatusCode,
} from '@dibao/domain';
import { labelFor } from '@dibao/server';
import type { OversightStats } from '../schema/stats.type.js';

/** Findings of one category in one status, with their sums: what the statistics are computed from. */
export interface FindingAggregate {
  category: ProblemCategoryCode;
  status: RectificationStatusCode;
  findings: number;
  overdue: number;
  reopened: number;
  householdsAffected: number;
  amountInvolvedFen: number;
  fundsRecoveredFen: number;
  householdsRemoved: number;
  householdsAdded: number;
}

/** part ÷ whole to 4 decimals; 0 when there is nothing to divide. */
export const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

const total = (rows: FindingAggregate[], field: keyof Omit<FindingAggregate, 'category' | 'status'>) =>
  rows.reduce((sum, row) => sum + row[field], 0);

/**
 * The year's statistics of a region from its findings. The rectification rate is VERIFIED ÷ all findings:
 * a finding closed as not fixed, or reported fixed but not re-checked, is not rectified.
 */
export function oversightStats(year: number, inspections: number, rows: FindingAggregate[]): OversightStats {
  const findings = total(rows, 'findings');
  const inStatus = (status: RectificationStatusCode) =>
    total(
      rows.filter((row) => row.status === status),
      'findings',
    );
  const verified = inStatus('VERIFIED');
  return {
    year,
    inspections,
    findings,
    byCategory: problemCategoryValues
      .map((category) => {
        const own = rows.filter((row) => row.category === category);
        return {
          category,
          label: labelFor(ProblemCategory, category),
          findings: total(own, 'findings'),
          verified: total(
            own.filter((row) => row.status === 'VERIFIED'),
            'findings',
          ),
          overdue: total(own, 'overdue'),
        };
      })
      .filter((entry) => entry.findings > 0),
    byStatus: rectificationStatusValues.map((status) => ({
      status,
      label: labelFor(RectificationStatus, status),
      findings: inStatus(status),
    })),
    verified,
    closedNotFixed: inStatus('CLOSED_NOT_FIXED'),
    rectificationRate: rate(verified, findings),
    overdue: total(rows, 'overdue'),
    reopened: total(rows, 'reopened'),
    householdsAffected: total(rows, 'householdsAffected'),
    amountInvolvedFen: total(rows, 'amountInvolvedFen'),
    fundsRecoveredFen: total(rows, 'fundsRecoveredFen'),
    householdsRemoved: total(rows, 'householdsRemoved'),
    householdsAdded: total(rows, 'householdsAdded'),
  };
}
