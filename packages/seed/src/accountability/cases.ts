import {
  agencyIdOf,
  type AccountabilityCaseStatus,
  type AccountabilityViolation,
  type CompetentBodyKind,
} from '@dibao/domain';

import { chance, pickOne, randomInt, type Random } from '../random.js';
import { caseFacts, closingNote, decisionSummary } from './case-texts.js';
import { beijingDate, daysAfter, earlierDate, officeTime } from './dates.js';
import { drawSanctions } from './sanctions.js';
import type { SubjectCandidate, SubjectGroup } from './subjects.js';
import type { AccountabilityCaseSeed, CaseOriginSeed, CaseSanctionSeed } from './types.js';
import { seededUuid } from '../reporting/uuid.js';

/** Days each step takes after the one before: investigation, decision, closing. */
export const STEP_DAYS = { investigate: [2, 10], decide: [25, 80], close: [7, 30] } as const;
/** The most days from opening to closing, so a case opened this long before the end of the data closes in time. */
export const MAX_CASE_DAYS = STEP_DAYS.investigate[1] + STEP_DAYS.decide[1] + STEP_DAYS.close[1];

const VIOLATIONS_BY_GROUP: Record<SubjectGroup, readonly AccountabilityViolation[]> = {
  TOWNSHIP_OFFICIAL: ['NEGLECT_OF_DUTY', 'ABUSE_OF_POWER', 'FAVOURITISM_MALPRACTICE', 'DERELICTION'],
  COUNTY_OFFICIAL: [
    'NEGLECT_OF_DUTY',
    'ABUSE_OF_POWER',
    'FAVOURITISM_MALPRACTICE',
    'DERELICTION',
    'SUPERVISION_FAILURE',
  ],
  PREFECTURE_OFFICIAL: ['DERELICTION', 'SUPERVISION_FAILURE', 'NEGLECT_OF_DUTY'],
  COUNTY_LEADER: ['RESPONSIBILITY_NOT_FULFILLED', 'SUPERVISION_FAILURE'],
  PROVINCE_MANAGED: ['RESPONSIBILITY_NOT_FULFILLED', 'SUPERVISION_FAILURE'],
  TOWNSHIP_UNIT: ['RESPONSIBILITY_NOT_FULFILLED', 'SUPERVISION_FAILURE'],
  COUNTY_UNIT: ['RESPONSIBILITY_NOT_FULFILLED', 'SUPERVISION_FAILURE'],
};

export interface CasePlan {
  subject: SubjectCandidate;
  status: AccountabilityCaseStatus;
  openedOn: string;
  origins: CaseOriginSeed[];
  /** No step is dated after this day (the end of the demo's last year). */
  lastDay: string;
  violation?: AccountabilityViolation;
  /** Fixed parts of the story's case; drawn otherwise. */
  facts?: string;
  openingKind?: CompetentBodyKind;
  investigatedOn?: string;
  decidedOn?: string;
  sanctions?: CaseSanctionSeed[];
}

const ORDER: readonly AccountabilityCaseStatus[] = ['OPENED', 'INVESTIGATING', 'DECIDED', 'CLOSED'];
const reached = (status: AccountabilityCaseStatus, step: AccountabilityCaseStatus) =>
  ORDER.indexOf(status) >= ORDER.indexOf(step);

/**
 * One case: the competent body of the subject's managing region opens it (usually discipline inspection,
 * sometimes the organization department) and takes it as far as its status says, each step dated a few days
 * to weeks after the one before, at office hours.
 */
export function buildCase(random: Random, plan: CasePlan): AccountabilityCaseSeed {
  const { subject, status, openedOn, lastDay } = plan;
  const id = seededUuid(random);
  const violation = plan.violation ?? pickOne(random, VIOLATIONS_BY_GROUP[subject.group]);
  const openingKind = plan.openingKind ?? (chance(random, 0.8) ? 'DISCIPLINE_INSPECTION' : 'ORGANIZATION_DEPARTMENT');
  const step = (from: string, [min, max]: readonly [number, number]) =>
    earlierDate(daysAfter(from, randomInt(random, min, max)), lastDay);

  const investigatedOn = reached(status, 'INVESTIGATING')
    ? (plan.investigatedOn ?? step(openedOn, STEP_DAYS.investigate))
    : null;
  const decidedOn =
    investigatedOn && reached(status, 'DECIDED') ? (plan.decidedOn ?? step(investigatedOn, STEP_DAYS.decide)) : null;
  const closedOn = decidedOn && status === 'CLOSED' ? step(decidedOn, STEP_DAYS.close) : null;
  const sanctions = decidedOn ? (plan.sanctions ?? drawSanctions(random, subject.kind)) : null;
  // Usually the body that opened the case decides it; sometimes the other competent body does.
  const decidingKind =
    chance(random, 0.85) || plan.openingKind
      ? openingKind
      : openingKind === 'DISCIPLINE_INSPECTION'
        ? 'ORGANIZATION_DEPARTMENT'
        : 'DISCIPLINE_INSPECTION';

  return {
    id,
    subjectKind: subject.kind,
    subjectOfficialId: null,
    subjectOfficialKey: subject.officialKey,
    subjectName: subject.name,
    subjectPosition: subject.position,
    subjectRegionCode: subject.regionCode,
    subjectCadreLevel: subject.cadreLevel,
    subjectAgencyId: subject.agencyId,
    violation,
    facts: plan.facts ?? caseFacts(random, violation, subject),
    status,
    openedOn,
    openingAgencyId: agencyIdOf(subject.managingRegionCode, openingKind),
    openedAt: officeTime(random, openedOn),
    investigationStartedAt: investigatedOn ? officeTime(random, investigatedOn) : null,
    decidedAt: decidedOn ? officeTime(random, decidedOn) : null,
    closedAt: closedOn ? officeTime(random, closedOn) : null,
    closingNote: closedOn ? closingNote(random) : null,
    origins: plan.origins,
    decision:
      decidedOn && sanctions
        ? {
            decidedOn,
            decidingAgencyId: agencyIdOf(subject.managingRegionCode, decidingKind),
            summary: decisionSummary(subject, sanctions),
            sanctions,
          }
        : null,
  };
}

/** The Beijing dates a case was opened and closed on, for meetings that review pending cases. */
export function caseDates(seed: AccountabilityCaseSeed): { openedOn: string; closedOn: string | null } {
  return { openedOn: seed.openedOn, closedOn: seed.closedAt ? beijingDate(seed.closedAt) : null };
}
