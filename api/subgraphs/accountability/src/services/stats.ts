import {
  AccountabilityCaseStatus,
  accountabilityCaseStatusValues,
  AccountabilityViolation,
  accountabilityViolationValues,
  disciplineTrackValues,
  DisciplineTrack,
  Sanction,
  sanctionsOnTrack,
  type AccountabilityCaseStatus as Status,
  type AccountabilitySubjectKind,
  type AccountabilityViolation as Violation,
  type DisciplineTrack as Track,
  type Sanction as SanctionCode,
} from '@dibao/domain';
import type { AccountabilityStats } from '../schema/stats.type.js';

/** A case opened in the year. */
export interface OpenedCaseRow {
  violation: Violation;
  status: Status;
}

/** One sanction of a decision taken in the year. */
export interface DecidedSanctionRow {
  caseId: string;
  subjectKind: AccountabilitySubjectKind;
  track: Track;
  sanction: SanctionCode;
}

const countOf = <T>(rows: readonly T[], test: (row: T) => boolean) => rows.filter(test).length;

/**
 * The figures of one region and year: cases opened in the year by violation and by current status; decisions
 * taken in the year by track and sanction; and those held accountable, i.e. decided cases with a sanction
 * other than NONE on some track (officials and units counted apart).
 */
export function accountabilityStats(
  year: number,
  opened: readonly OpenedCaseRow[],
  decided: readonly DecidedSanctionRow[],
): AccountabilityStats {
  const decidedCases = new Map<string, AccountabilitySubjectKind>();
  const accountable = new Set<string>();
  for (const row of decided) {
    decidedCases.set(row.caseId, row.subjectKind);
    if (row.sanction !== 'NONE') accountable.add(row.caseId);
  }
  const heldOfKind = (kind: AccountabilitySubjectKind) =>
    [...accountable].filter((caseId) => decidedCases.get(caseId) === kind).length;
  return {
    year,
    casesOpened: opened.length,
    casesDecided: decidedCases.size,
    peopleHeldAccountable: heldOfKind('OFFICIAL'),
    unitsHeldAccountable: heldOfKind('UNIT'),
    byViolation: accountabilityViolationValues.map((violation) => ({
      violation,
      label: { ...AccountabilityViolation[violation] },
      count: countOf(opened, (row) => row.violation === violation),
    })),
    byStatus: accountabilityCaseStatusValues.map((status) => ({
      status,
      label: { ...AccountabilityCaseStatus[status] },
      count: countOf(opened, (row) => row.status === status),
    })),
    bySanction: disciplineTrackValues.flatMap((track) =>
      sanctionsOnTrack(track).map((sanction) => ({
        track,
        sanction,
        label: {
          zh: `${DisciplineTrack[track].zh}${Sanction[sanction].zh}`,
          en: `${DisciplineTrack[track].en}: ${Sanction[sanction].en}`,
        },
        count: countOf(decided, (row) => row.track === track && row.sanction === sanction),
      })),
    ),
  };
}
