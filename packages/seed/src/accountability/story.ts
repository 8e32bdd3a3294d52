import type { RegionSeed } from '../regions.js';
import type { CasePlan } from './cases.js';
import type { SubjectCandidate } from './subjects.js';
import type { CaseOriginSeed } from './types.js';

/** Datong County, where the DOMAIN story happens (step 5: the township official is held to account). */
export const ACCOUNTABILITY_STORY_COUNTY = '630121';

/**
 * The story's township: by default the first rural township (乡) of Datong in code order, 青林乡 (630121200);
 * the village that split benefit money equally lies in it. Callers may name another (the oversight and
 * complaints demos should agree on it).
 */
export function defaultStoryTownship(regions: readonly RegionSeed[]): string | null {
  const townships = regions
    .filter((region) => region.level === 'TOWNSHIP' && region.parentCode === ACCOUNTABILITY_STORY_COUNTY)
    .sort((a, b) => a.code.localeCompare(b.code));
  return (townships.find((township) => township.name.endsWith('乡')) ?? townships[0])?.code ?? null;
}

/** The story's dates in its year: opened in July, discussed by the county joint meeting in August, decided in September. */
export const storyDates = (year: number) => ({
  openedOn: `${year}-07-15`,
  investigatedOn: `${year}-07-18`,
  jointMeetingOn: `${year}-08-20`,
  decidedOn: `${year}-09-26`,
});

/**
 * The story's case: the county-managed head of the township's civil affairs office neglected duty when a
 * village split the benefit money equally; the county's discipline inspection body opens the case, and
 * decides a party warning and a government demerit.
 */
export function storyCasePlan(
  subject: SubjectCandidate,
  year: number,
  lastDay: string,
  origins: CaseOriginSeed[],
): CasePlan {
  const dates = storyDates(year);
  return {
    subject,
    status: 'DECIDED',
    openedOn: dates.openedOn,
    investigatedOn: dates.investigatedOn,
    decidedOn: dates.decidedOn,
    lastDay,
    origins,
    violation: 'NEGLECT_OF_DUTY',
    openingKind: 'DISCIPLINE_INSPECTION',
    facts:
      `${subject.position ?? ''}${subject.name}在低保审核中未按规定组织入户调查和民主评议，对${subject.place}某村将低保金平均分配（平分低保金）` +
      '的问题未予制止。县级专项督察发现该问题，村民亦通过全省社会救助服务热线匿名举报，经核查属实。',
    sanctions: [
      { track: 'PARTY', sanction: 'WARNING' },
      { track: 'GOVERNMENT', sanction: 'DEMERIT' },
    ],
  };
}
