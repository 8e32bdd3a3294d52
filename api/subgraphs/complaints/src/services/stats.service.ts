import { ComplaintChannel, complaintChannelValues, ProblemCategory, problemCategoryValues } from '@dibao/domain';
import { labelFor } from '@dibao/server';
import { daysBetween } from '../config.js';
import type { ComplaintEntity } from '../entities/index.js';
import type { ComplaintStatsType } from '../schema/stats.type.js';
import { concludedOnTime, deadlineStates } from './deadlines.js';

/** The columns the statistics read; never anything personal. */
export const STATS_COLUMNS = [
  'id',
  'regionCode',
  'channel',
  'category',
  'anonymous',
  'status',
  'conclusion',
  'receivedAt',
  'acknowledgeDueAt',
  'acknowledgedAt',
  'concludeDueAt',
  'concludedAt',
  'closedAt',
  'supervisedByProvince',
  'supervisionDueAt',
  'duplicateOfId',
] as const satisfies ReadonlyArray<keyof ComplaintEntity>;

export type StatsRow = Pick<ComplaintEntity, (typeof STATS_COLUMNS)[number]>;

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(value * 10) / 10;
}

/**
 * Figures over the complaints received in a year (Beijing time). On time: closed, and concluded within the
 * conclude deadline and, if supervised, the supervision deadline. Substantiated rate: substantiated and
 * partly substantiated over all with a conclusion. Counts are not suppressed: these figures are internal.
 */
export function complaintStats(
  year: number,
  rows: StatsRow[],
  extras: { appeals: number; rewardsPaidFen: number },
  now: Date,
): ComplaintStatsType {
  const count = (test: (row: StatsRow) => boolean) => rows.filter(test).length;
  const closed = rows.filter((row) => row.status === 'CLOSED');
  const closedOnTime = closed.filter((row) => concludedOnTime(row)).length;
  const substantiated = count((row) => row.conclusion === 'SUBSTANTIATED');
  const partlySubstantiated = count((row) => row.conclusion === 'PARTLY_SUBSTANTIATED');
  const unsubstantiated = count((row) => row.conclusion === 'UNSUBSTANTIATED');
  const concluded = substantiated + partlySubstantiated + unsubstantiated;
  return {
    year,
    received: rows.length,
    byChannel: complaintChannelValues.map((channel) => ({
      channel,
      label: labelFor(ComplaintChannel, channel),
      count: count((row) => row.channel === channel),
    })),
    byCategory: problemCategoryValues.map((category) => ({
      category,
      label: labelFor(ProblemCategory, category),
      count: count((row) => row.category === category),
    })),
    anonymous: count((row) => row.anonymous),
    supervisedByProvince: count((row) => row.supervisedByProvince),
    duplicates: count((row) => row.duplicateOfId !== null),
    closed: closed.length,
    closedOnTime,
    onTimeClosureRate: rate(closedOnTime, closed.length),
    concluded,
    substantiated,
    partlySubstantiated,
    unsubstantiated,
    substantiatedRate: rate(substantiated + partlySubstantiated, concluded),
    medianDaysToClose: median(
      closed.flatMap((row) => (row.closedAt ? [daysBetween(row.receivedAt, row.closedAt)] : [])),
    ),
    overdueNow: count((row) => row.status !== 'CLOSED' && deadlineStates(row, now).some((state) => state.overdue)),
    appeals: extras.appeals,
    rewardsPaidFen: extras.rewardsPaidFen,
  };
}
