import type { ReportSection, ReportStatus } from '@dibao/domain';

import { chance, randomInt, type Random } from '../random.js';
import { isLateSubmission } from './deadlines.js';
import { returnedReason } from './returned-reasons.js';
import { laterOf, officeTimeDaysAfter, officeTimeOn, shanghaiDate } from './shanghai-time.js';
import type { AnnualReportSeed } from './types.js';

export type ReportLifecycle = Pick<
  AnnualReportSeed,
  | 'status'
  | 'createdAt'
  | 'firstSubmittedAt'
  | 'lastSubmittedAt'
  | 'late'
  | 'acceptedAt'
  | 'returnedReason'
  | 'returnedSections'
>;

/** Share of county reports first submitted after 15 December. */
const COUNTY_LATE_SHARE = 0.08;

/**
 * Where a county report stands and when it got there. In a settled year every report was accepted; in the
 * open (latest) year reviews are under way: mostly accepted, some awaiting review, a few sent back, a few
 * never submitted. `reviewed` marks a county whose prefecture has already accepted all its reports.
 */
export function countyLifecycle(random: Random, year: number, open: boolean, reviewed = false): ReportLifecycle {
  const status = open && !reviewed ? openYearCountyStatus(random) : 'ACCEPTED';
  if (status === 'DRAFT') return draft(officeTimeOn(random, year, 11, randomInt(random, 15, 40)));
  const firstSubmittedAt = chance(random, COUNTY_LATE_SHARE)
    ? officeTimeOn(random, year, 12, 15 + randomInt(random, 1, 40))
    : officeTimeOn(random, year, 12, randomInt(random, 1, 15));
  const returnedBefore = chance(random, status === 'SUBMITTED' ? 0.15 : status === 'ACCEPTED' ? 0.05 : 0);
  const lastSubmittedAt = returnedBefore ? officeTimeDaysAfter(random, firstSubmittedAt, 4, 15) : firstSubmittedAt;
  return submitted(random, {
    level: 'COUNTY',
    year,
    status,
    firstSubmittedAt,
    lastSubmittedAt,
    acceptedAt: status === 'ACCEPTED' ? officeTimeDaysAfter(random, lastSubmittedAt, 3, 25) : null,
  });
}

function openYearCountyStatus(random: Random): ReportStatus {
  const draw = random();
  if (draw < 0.7) return 'ACCEPTED';
  if (draw < 0.85) return 'SUBMITTED';
  if (draw < 0.92) return 'RETURNED';
  return 'DRAFT';
}

export interface PrefectureReview {
  /** Every county accepted, or waived where missing: the province may accept the prefecture's report. */
  eligible: boolean;
  /** Last submissions of the county reports consolidated into it. */
  countySubmissions: readonly Date[];
  countyAcceptances: readonly Date[];
}

/**
 * A prefecture report's status and times. It is accepted only after every county report it consolidates
 * was; a county report that came in after the prefecture's first submission means the prefecture's was
 * sent back and submitted again with that county included.
 */
export function prefectureLifecycle(
  random: Random,
  year: number,
  open: boolean,
  review: PrefectureReview,
): ReportLifecycle {
  const status = prefectureStatus(random, open, review.eligible);
  if (status === 'DRAFT') return draft(officeTimeOn(random, year, 12, randomInt(random, 1, 25)));
  const firstSubmittedAt = chance(random, open ? 0.1 : 0.04)
    ? officeTimeOn(random, year + 1, 1, randomInt(random, 1, 20))
    : officeTimeOn(random, year, 12, randomInt(random, 18, 31));
  const [someCounty, ...otherCounties] = review.countySubmissions;
  const lastCounty = someCounty === undefined ? null : laterOf(someCounty, ...otherCounties);
  let lastSubmittedAt = firstSubmittedAt;
  if (lastCounty !== null && lastCounty.getTime() >= firstSubmittedAt.getTime()) {
    lastSubmittedAt = officeTimeDaysAfter(random, lastCounty, 1, 4);
  } else if (chance(random, 0.05)) {
    lastSubmittedAt = officeTimeDaysAfter(random, firstSubmittedAt, 3, 10);
  }
  const reviewedFrom = laterOf(lastSubmittedAt, ...review.countyAcceptances);
  return submitted(random, {
    level: 'PREFECTURE',
    year,
    status,
    firstSubmittedAt,
    lastSubmittedAt,
    acceptedAt: status === 'ACCEPTED' ? officeTimeDaysAfter(random, reviewedFrom, 3, 20) : null,
  });
}

function prefectureStatus(random: Random, open: boolean, eligible: boolean): ReportStatus {
  if (!open) return eligible ? 'ACCEPTED' : 'SUBMITTED';
  if (chance(random, 0.06)) return 'DRAFT';
  if (eligible) return chance(random, 0.8) ? 'ACCEPTED' : 'SUBMITTED';
  return chance(random, 0.85) ? 'SUBMITTED' : 'RETURNED';
}

function draft(createdAt: Date): ReportLifecycle {
  return {
    status: 'DRAFT',
    createdAt,
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    late: false,
    acceptedAt: null,
    returnedReason: null,
    returnedSections: [],
  };
}

interface Submission {
  level: 'COUNTY' | 'PREFECTURE';
  year: number;
  status: ReportStatus;
  firstSubmittedAt: Date;
  lastSubmittedAt: Date;
  acceptedAt: Date | null;
}

function submitted(random: Random, s: Submission): ReportLifecycle {
  const returned = s.status === 'RETURNED' ? returnedReason(random, s.level) : null;
  const { year, month, day } = shanghaiDate(s.firstSubmittedAt);
  return {
    status: s.status,
    // Drafting starts a few days to a few weeks before the first submission.
    createdAt: officeTimeOn(random, year, month, day - randomInt(random, 2, 24)),
    firstSubmittedAt: s.firstSubmittedAt,
    lastSubmittedAt: s.lastSubmittedAt,
    late: isLateSubmission(s.level, s.year, s.firstSubmittedAt),
    acceptedAt: s.acceptedAt,
    returnedReason: returned?.reason ?? null,
    returnedSections: returned?.sections ?? ([] as ReportSection[]),
  };
}
