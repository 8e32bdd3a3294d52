import type { ComplaintConclusion, ComplaintStatus, ProblemCategory } from '@dibao/domain';

import { chance, randomInt, type Random } from '../random.js';
import { between } from '../reporting/sampling.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The demo's "today": open complaints are open as of this instant (20 December 2025, Beijing morning). */
export const DEMO_COMPLAINTS_AS_OF = new Date(Date.UTC(2025, 11, 20, 2, 0));

export interface Timeline {
  status: ComplaintStatus;
  acknowledgedAt: Date | null;
  investigationStartedAt: Date | null;
  concludedAt: Date | null;
  closedAt: Date | null;
}

export const daysFrom = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);
export const ageInDays = (from: Date, asOf: Date) => (asOf.getTime() - from.getTime()) / DAY_MS;

/**
 * The step after `previous`, `days` later, but never after `asOf`: squeezed into the time left when the
 * planned gap would overshoot, so that every timeline stays ordered and in the past.
 */
function stepAfter(random: Random, previous: Date, days: number, asOf: Date): Date {
  const planned = daysFrom(previous, days);
  if (planned.getTime() < asOf.getTime()) return planned;
  return new Date(previous.getTime() + (asOf.getTime() - previous.getTime()) * between(random, 0.3, 0.9));
}

/**
 * How far a complaint has got by `asOf`, from its age: old ones are closed (a few in the open year are stuck
 * in investigation, overdue), recent ones spread over the earlier states.
 */
export function plannedStatus(random: Random, receivedAt: Date, asOf: Date, openYear: boolean): ComplaintStatus {
  const age = ageInDays(receivedAt, asOf);
  const roll = random();
  if (age > 75) return openYear && roll < 0.06 ? 'INVESTIGATING' : 'CLOSED';
  if (age > 45) return roll < 0.7 ? 'CLOSED' : roll < 0.85 ? 'CONCLUDED' : 'INVESTIGATING';
  if (age > 10) return roll < 0.2 ? 'CLOSED' : roll < 0.35 ? 'CONCLUDED' : roll < 0.9 ? 'INVESTIGATING' : 'ASSIGNED';
  if (age > 3) return roll < 0.15 ? 'RECEIVED' : roll < 0.65 ? 'ASSIGNED' : 'INVESTIGATING';
  return roll < 0.7 ? 'RECEIVED' : 'ASSIGNED';
}

const ORDER: readonly ComplaintStatus[] = ['RECEIVED', 'ASSIGNED', 'INVESTIGATING', 'CONCLUDED', 'CLOSED'];
const reached = (status: ComplaintStatus, step: ComplaintStatus) => ORDER.indexOf(status) >= ORDER.indexOf(step);

/**
 * Timestamps for a complaint that has reached `status`: most steps are on time, some late (acknowledged
 * after three days, concluded after sixty), and supervised complaints are pushed to conclude within their
 * supervision deadline.
 */
export function timelineFor(
  random: Random,
  receivedAt: Date,
  status: ComplaintStatus,
  asOf: Date,
  supervisedFrom: Date | null,
): Timeline {
  const timeline: Timeline = {
    status,
    acknowledgedAt: null,
    investigationStartedAt: null,
    concludedAt: null,
    closedAt: null,
  };
  if (!reached(status, 'ASSIGNED')) return timeline;
  const acknowledged = stepAfter(
    random,
    receivedAt,
    chance(random, 0.08) ? between(random, 3.2, 6) : between(random, 0.1, 2.6),
    asOf,
  );
  timeline.acknowledgedAt = acknowledged;
  if (!reached(status, 'INVESTIGATING')) return timeline;
  const started = stepAfter(random, acknowledged, between(random, 0.2, 3), asOf);
  timeline.investigationStartedAt = started;
  if (!reached(status, 'CONCLUDED')) return timeline;
  const lateConclusion = chance(random, 0.1);
  let concludeAfterReceipt = lateConclusion ? between(random, 61, 80) : between(random, 12, 58);
  if (supervisedFrom && !lateConclusion) {
    const supervisedDays = ageInDays(receivedAt, supervisedFrom);
    concludeAfterReceipt = Math.min(concludeAfterReceipt, supervisedDays + between(random, 8, 28));
  }
  const concluded = stepAfter(
    random,
    started,
    Math.max(0.5, concludeAfterReceipt - ageInDays(receivedAt, started)),
    asOf,
  );
  timeline.concludedAt = concluded;
  if (!reached(status, 'CLOSED')) return timeline;
  timeline.closedAt = stepAfter(random, concluded, between(random, 0.5, 6), asOf);
  return timeline;
}

/** Roughly how often each outcome comes out: most complaints about dibao are not (fully) borne out. */
export function drawConclusion(random: Random): ComplaintConclusion {
  const roll = random();
  return roll < 0.3 ? 'SUBSTANTIATED' : roll < 0.55 ? 'PARTLY_SUBSTANTIATED' : 'UNSUBSTANTIATED';
}

/** Money involved in a substantiated complaint, fen: larger for fraud, splitting and fund problems. */
export function drawAmountInvolvedFen(
  random: Random,
  category: ProblemCategory,
  conclusion: ComplaintConclusion,
): number {
  if (conclusion === 'UNSUBSTANTIATED') return 0;
  const bigMoney =
    category === 'FRAUDULENT_CLAIM' || category === 'EQUAL_SPLITTING' || category === 'FUND_MISMANAGEMENT';
  const yuan = bigMoney ? randomInt(random, 20, 800) * 100 : randomInt(random, 0, 200) * 100;
  return yuan * 100;
}

export function drawHouseholdsAffected(
  random: Random,
  category: ProblemCategory,
  conclusion: ComplaintConclusion,
): number {
  if (conclusion === 'UNSUBSTANTIATED') return 0;
  return category === 'EQUAL_SPLITTING' ? randomInt(random, 12, 60) : randomInt(random, 1, 6);
}
