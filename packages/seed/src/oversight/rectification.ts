import type { ProblemCategory, RectificationEventKind, RectificationStatus } from '@dibao/domain';

import { pickOne, randomInt, type Random } from '../random.js';
import { shanghaiDate, shanghaiTime, officeTimeOn } from '../reporting/shanghai-time.js';
import {
  CLOSED_NOT_FIXED_REASONS,
  FIXED_CLAIMS,
  PROGRESS_NOTES,
  RECHECK_FAILED_NOTES,
  RECHECK_PASSED_NOTES,
  REOPEN_REASONS,
  REQUIRED_MEASURES,
} from './texts.js';
import type { FindingSeed, OversightActorSeed, RectificationEventSeed } from './types.js';

/**
 * How a finding's rectification has gone by the demo's moment (`asOf`); the status it ends in follows:
 * UNPLANNED and OPEN end OPEN, *_AFTER_FAIL went through a failed re-check, REOPENED was verified, then
 * reopened with a new deadline.
 */
export type RectificationOutcome =
  | 'UNPLANNED'
  | 'OPEN'
  | 'RECTIFYING'
  | 'REPORTED_FIXED'
  | 'VERIFIED'
  | 'VERIFIED_AFTER_FAIL'
  | 'RECTIFYING_AFTER_FAIL'
  | 'CLOSED_NOT_FIXED'
  | 'REOPENED';

type StepKind = 'PLAN' | 'PROGRESS' | 'CLAIM' | 'PASS' | 'FAIL' | 'CLOSE' | 'REOPEN' | 'REPLAN';

const STEPS: Record<RectificationOutcome, readonly StepKind[]> = {
  UNPLANNED: [],
  OPEN: ['PLAN'],
  RECTIFYING: ['PLAN', 'PROGRESS', 'PROGRESS'],
  REPORTED_FIXED: ['PLAN', 'PROGRESS', 'CLAIM'],
  VERIFIED: ['PLAN', 'PROGRESS', 'CLAIM', 'PASS'],
  VERIFIED_AFTER_FAIL: ['PLAN', 'PROGRESS', 'CLAIM', 'FAIL', 'PROGRESS', 'CLAIM', 'PASS'],
  RECTIFYING_AFTER_FAIL: ['PLAN', 'PROGRESS', 'CLAIM', 'FAIL'],
  CLOSED_NOT_FIXED: ['PLAN', 'PROGRESS', 'CLOSE'],
  REOPENED: ['PLAN', 'PROGRESS', 'CLAIM', 'PASS', 'REOPEN', 'REPLAN'],
};

/** Days after the previous step that each step usually takes. */
const STEP_DAYS: Record<StepKind, readonly [number, number]> = {
  PLAN: [0, 3],
  PROGRESS: [10, 30],
  CLAIM: [10, 30],
  PASS: [5, 20],
  FAIL: [5, 20],
  CLOSE: [20, 60],
  REOPEN: [60, 150],
  REPLAN: [1, 5],
};

const RECOVERS_FUNDS = new Set<ProblemCategory>([
  'RELATIONSHIP_BASED',
  'FAVOR_BASED',
  'WRONGLY_INCLUDED',
  'FRAUDULENT_CLAIM',
  'EQUAL_SPLITTING',
  'FUND_MISMANAGEMENT',
]);
const REMOVES_HOUSEHOLDS = new Set<ProblemCategory>([
  'RELATIONSHIP_BASED',
  'FAVOR_BASED',
  'WRONGLY_INCLUDED',
  'FRAUDULENT_CLAIM',
]);

export interface RectificationInput {
  outcome: RectificationOutcome;
  findingId: string;
  category: ProblemCategory;
  householdsAffected: number;
  amountInvolvedFen: number;
  foundAt: Date;
  /** Nothing happens after it: the steps are squeezed in before it when they would not fit. */
  latest: Date;
  /** Days from the plan to its deadline. */
  deadlineDays: number;
  /** A fixed deadline instead (the story's). */
  deadline?: Date;
  /** The deadline of the new plan after a reopening (REOPENED only). */
  reopenDeadline?: Date;
  finder: OversightActorSeed;
  /** Re-checks and reopens; never the finder. */
  checker: OversightActorSeed;
  reporter: OversightActorSeed;
}

type Rectification = Pick<
  FindingSeed,
  | 'status'
  | 'measures'
  | 'deadline'
  | 'reopenedCount'
  | 'fundsRecoveredFen'
  | 'householdsRemoved'
  | 'householdsAdded'
  | 'reportedFixedAt'
  | 'verifiedAt'
  | 'verifiedBy'
  | 'closedAt'
  | 'closedReason'
  | 'events'
>;

/** The end of a day in Beijing, `days` after the given instant's day: deadlines are whole days. */
export function endOfDayAfter(at: Date, days: number): Date {
  const { year, month, day } = shanghaiDate(at);
  return new Date(shanghaiTime(year, month, day + days + 1).getTime() - 1);
}

/** Day offsets of the steps from the day of finding, squeezed proportionally to end by `latest`. */
function stepOffsets(random: Random, steps: readonly StepKind[], foundAt: Date, latest: Date): number[] {
  let total = 0;
  const offsets = steps.map((step) => {
    const [min, max] = STEP_DAYS[step];
    total += randomInt(random, min, max);
    return total;
  });
  const available = Math.floor((latest.getTime() - foundAt.getTime()) / 86_400_000) - 1;
  if (total <= available || total === 0) return offsets;
  const scale = Math.max(0, available) / total;
  return offsets.map((offset) => Math.floor(offset * scale));
}

function evidenceLinks(findingId: string, from: number, count: number): string[] {
  return Array.from(
    { length: count },
    (_, index) => `https://evidence.example.org/oversight/${findingId}/${from + index}.pdf`,
  );
}

/** Splits a total into `parts` whole shares, the bigger ones first. */
function shares(random: Random, total: number, parts: number): number[] {
  if (parts === 0) return [];
  const weights = Array.from({ length: parts }, () => 1 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const result = weights.map((weight) => Math.floor((total * weight) / sum));
  result[0] = (result[0] ?? 0) + total - result.reduce((a, b) => a + b, 0);
  return result;
}

/** The rectification history of one finding for its outcome, and the state it leaves the finding in. */
export function rectify(random: Random, input: RectificationInput): Rectification {
  const steps = STEPS[input.outcome];
  const offsets = stepOffsets(random, steps, input.foundAt, input.latest);
  const found = shanghaiDate(input.foundAt);
  let previous = input.foundAt;
  // Office hours on the step's day, and always after the step before (steps squeezed into one day included).
  const timeOf = (index: number) => {
    const at = officeTimeOn(random, found.year, found.month, found.day + (offsets[index] ?? 0));
    previous = at.getTime() > previous.getTime() ? at : new Date(previous.getTime() + 30 * 60_000);
    return previous;
  };

  // What the county achieves: in full when the rectification is verified, partly otherwise.
  const settledWell = ['VERIFIED', 'VERIFIED_AFTER_FAIL', 'REOPENED', 'REPORTED_FIXED'].includes(input.outcome);
  const share = settledWell ? 0.8 + random() * 0.2 : 0.2 + random() * 0.4;
  const recovered = RECOVERS_FUNDS.has(input.category) ? Math.round(input.amountInvolvedFen * share) : 0;
  const removed = REMOVES_HOUSEHOLDS.has(input.category) ? Math.round(input.householdsAffected * share) : 0;
  const added = input.category === 'WRONGLY_EXCLUDED' ? Math.round(input.householdsAffected * share) : 0;
  const countyReports = steps.filter((step) => step === 'PROGRESS' || step === 'CLAIM').length;
  const fundShares = shares(random, recovered, countyReports);
  const removedShares = shares(random, removed, countyReports);
  const addedShares = shares(random, added, countyReports);

  const state: Rectification = {
    status: 'OPEN',
    measures: null,
    deadline: null,
    reopenedCount: 0,
    fundsRecoveredFen: 0,
    householdsRemoved: 0,
    householdsAdded: 0,
    reportedFixedAt: null,
    verifiedAt: null,
    verifiedBy: null,
    closedAt: null,
    closedReason: null,
    events: [],
  };
  let report = 0;
  let evidenceCount = 0;
  const push = (
    at: Date,
    kind: RectificationEventKind,
    status: RectificationStatus,
    by: OversightActorSeed,
    note: string,
    extra: Partial<RectificationEventSeed> = {},
  ) => {
    state.status = status;
    state.events.push({
      at,
      kind,
      note,
      evidence: [],
      deadline: null,
      fundsRecoveredFen: 0,
      householdsRemoved: 0,
      householdsAdded: 0,
      statusAfter: status,
      by,
      ...extra,
    });
  };
  const countyStep = (at: Date, kind: 'PROGRESS' | 'REPORTED_FIXED', note: string, links: number) => {
    const extra = {
      evidence: evidenceLinks(input.findingId, evidenceCount + 1, links),
      fundsRecoveredFen: fundShares[report] ?? 0,
      householdsRemoved: removedShares[report] ?? 0,
      householdsAdded: addedShares[report] ?? 0,
    };
    evidenceCount += links;
    report += 1;
    state.fundsRecoveredFen += extra.fundsRecoveredFen;
    state.householdsRemoved += extra.householdsRemoved;
    state.householdsAdded += extra.householdsAdded;
    push(at, kind, kind === 'PROGRESS' ? 'RECTIFYING' : 'REPORTED_FIXED', input.reporter, note, extra);
  };

  steps.forEach((step, index) => {
    const at = timeOf(index);
    switch (step) {
      case 'PLAN':
      case 'REPLAN': {
        const planned = input.deadline ?? endOfDayAfter(at, input.deadlineDays);
        const deadline = step === 'REPLAN' && input.reopenDeadline ? input.reopenDeadline : planned;
        const by = step === 'PLAN' ? input.finder : input.checker;
        state.measures = REQUIRED_MEASURES[input.category];
        state.deadline = deadline;
        push(at, 'PLAN_SET', state.status, by, state.measures, { deadline });
        break;
      }
      case 'PROGRESS':
        countyStep(at, 'PROGRESS', pickOne(random, PROGRESS_NOTES), randomInt(random, 0, 2));
        break;
      case 'CLAIM':
        countyStep(at, 'REPORTED_FIXED', pickOne(random, FIXED_CLAIMS), randomInt(random, 1, 3));
        state.reportedFixedAt = at;
        break;
      case 'PASS':
        push(at, 'RECHECK_PASSED', 'VERIFIED', input.checker, pickOne(random, RECHECK_PASSED_NOTES));
        state.verifiedAt = at;
        state.verifiedBy = input.checker;
        break;
      case 'FAIL':
        state.reopenedCount += 1;
        push(at, 'RECHECK_FAILED', 'RECTIFYING', input.checker, pickOne(random, RECHECK_FAILED_NOTES));
        break;
      case 'CLOSE':
        state.closedAt = at;
        state.closedReason = pickOne(random, CLOSED_NOT_FIXED_REASONS);
        push(at, 'CLOSED_NOT_FIXED', 'CLOSED_NOT_FIXED', input.finder, state.closedReason);
        break;
      case 'REOPEN':
        state.reopenedCount += 1;
        state.verifiedAt = null;
        state.verifiedBy = null;
        push(at, 'REOPENED', 'RECTIFYING', input.checker, pickOne(random, REOPEN_REASONS));
        break;
    }
  });
  return state;
}
