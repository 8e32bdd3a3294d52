import type { ComplaintDeadline } from '@dibao/domain';
import type { ComplaintEntity } from '../entities/index.js';

export interface DeadlineState {
  kind: ComplaintDeadline;
  dueAt: Date;
  /** When the step that meets it happened, if it has. */
  metAt: Date | null;
  /** Not met and past due now. */
  overdue: boolean;
  /** Met, but after it was due. */
  late: boolean;
}

type DeadlineFields = Pick<
  ComplaintEntity,
  'acknowledgeDueAt' | 'acknowledgedAt' | 'concludeDueAt' | 'concludedAt' | 'supervisionDueAt'
>;

function stateOf(kind: ComplaintDeadline, dueAt: Date, metAt: Date | null, now: Date): DeadlineState {
  return {
    kind,
    dueAt,
    metAt,
    overdue: metAt === null && now.getTime() > dueAt.getTime(),
    late: metAt !== null && metAt.getTime() > dueAt.getTime(),
  };
}

/**
 * The deadlines a complaint runs against: ACKNOWLEDGE is met when the designated petition officer accepts it
 * (ASSIGNED); CONCLUDE when a conclusion is recorded; SUPERVISION, for complaints under provincial
 * supervision, also at the conclusion.
 */
export function deadlineStates(complaint: DeadlineFields, now: Date): DeadlineState[] {
  const states = [
    stateOf('ACKNOWLEDGE', complaint.acknowledgeDueAt, complaint.acknowledgedAt, now),
    stateOf('CONCLUDE', complaint.concludeDueAt, complaint.concludedAt, now),
  ];
  if (complaint.supervisionDueAt) {
    states.push(stateOf('SUPERVISION', complaint.supervisionDueAt, complaint.concludedAt, now));
  }
  return states;
}

/** Concluded within the conclude deadline and, when supervised, within the supervision deadline. */
export function concludedOnTime(complaint: DeadlineFields): boolean {
  const concludedAt = complaint.concludedAt?.getTime();
  if (concludedAt === undefined) return false;
  return (
    concludedAt <= complaint.concludeDueAt.getTime() &&
    (complaint.supervisionDueAt === null || concludedAt <= complaint.supervisionDueAt.getTime())
  );
}

/** The same "overdue now" test as SQL over `alias.*`, for list filters. */
export function overdueCondition(alias: string): string {
  return `((${alias}.acknowledged_at IS NULL AND ${alias}.acknowledge_due_at < :overdueNow)
    OR (${alias}.concluded_at IS NULL AND ${alias}.conclude_due_at < :overdueNow)
    OR (${alias}.concluded_at IS NULL AND ${alias}.supervision_due_at < :overdueNow))`;
}
