import type { EntityManager } from 'typeorm';
import { rulesInForce } from '@dibao/db';
import type { ComplaintDeadline, ComplaintRewardRule, RulesInForce } from '@dibao/domain';
import { daysAfter } from '../config.js';
import type { ComplaintEntity } from '../entities/index.js';
import { shanghaiDateOf } from './shanghai-date.js';

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

/** The deadlines stamped on a complaint when its clock starts, and whether it is major. */
export interface StampedDeadlines {
  /** Declared major, or concerning at least the region's number of households (complaintMajorHouseholds). */
  major: boolean;
  acknowledgeDueAt: Date;
  concludeDueAt: Date;
  /** Set for a major complaint, under provincial supervision from receipt. */
  supervisionDueAt: Date | null;
}

/**
 * The one place a complaint's deadlines come from, whatever the channel: the limits of the rules in force for
 * the complaint's region on the day it was received (实施办法), read in the caller's transaction. They are
 * stamped on the record, so a later change of the rules never moves the deadlines of complaints already running.
 */
export async function complaintDeadlines(
  manager: EntityManager,
  regionCode: string,
  receivedAt: Date,
  major: boolean | MajorFacts,
): Promise<StampedDeadlines> {
  return deadlinesUnder(await rulesInForce(manager, regionCode, shanghaiDateOf(receivedAt)), receivedAt, major);
}

/** What decides whether a complaint is major: the receiver's judgement and the households it concerns. */
export interface MajorFacts {
  declared: boolean;
  householdsConcerned?: number | null;
}

/** The same stamps from rules already read (bulk imports resolve them in one query). */
export function deadlinesUnder(rules: RulesInForce, receivedAt: Date, facts: boolean | MajorFacts): StampedDeadlines {
  const { declared, householdsConcerned } = typeof facts === 'boolean' ? { declared: facts } : facts;
  const major = declared || (householdsConcerned ?? 0) >= Number(rules.complaintMajorHouseholds.value);
  return {
    major,
    acknowledgeDueAt: daysAfter(receivedAt, Number(rules.complaintAcknowledgeDays.value)),
    concludeDueAt: daysAfter(receivedAt, Number(rules.complaintConcludeDays.value)),
    supervisionDueAt: major ? daysAfter(receivedAt, Number(rules.complaintSupervisionDays.value)) : null,
  };
}

/** The supervision deadline of a complaint put under provincial supervision at `from`. */
export async function supervisionDeadline(manager: EntityManager, regionCode: string, from: Date): Promise<Date> {
  const rules = await rulesInForce(manager, regionCode, shanghaiDateOf(from));
  return daysAfter(from, Number(rules.complaintSupervisionDays.value));
}

/** The reward rule of the region's rules, or null where rewarded tip-offs are not offered. */
export function rewardRuleUnder(rules: RulesInForce): ComplaintRewardRule | null {
  if (rules.rewardsOffered.value !== true) return null;
  return {
    baseFen: Number(rules.rewardBaseFen.value),
    shareBasisPoints: Number(rules.rewardShareBasisPoints.value),
    capFen: Math.max(Number(rules.rewardCapFen.value), Number(rules.rewardBaseFen.value)),
  };
}
