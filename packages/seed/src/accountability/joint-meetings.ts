import {
  agencyIdOf,
  agencyKindValues,
  DEFAULT_JOINT_MEETING_MEMBERS,
  isWithinRegion,
  REQUIRED_JOINT_MEETING_MEMBERS,
  type AgencyKind,
} from '@dibao/domain';

import type { AgencySeed } from '../agencies.js';
import { fictionalChineseName } from '../fictional-names.js';
import type { OfficialSeed } from '../officials.js';
import { chance, pickOne, randomInt, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { shuffled } from '../reporting/sampling.js';
import { shortRegionName, wholeRegionWord } from '../reporting/short-names.js';
import { seededUuid } from '../reporting/uuid.js';
import { caseDates } from './cases.js';
import { dayIn, daysAfter, earlierDate } from './dates.js';
import type {
  AccountabilityCaseSeed,
  JointMeetingSeed,
  JointMeetingSessionSeed,
  JointMeetingTaskSeed,
} from './types.js';

export interface JointMeetingInput {
  regions: readonly RegionSeed[];
  agencies: readonly AgencySeed[];
  officials: readonly OfficialSeed[];
  cases: readonly AccountabilityCaseSeed[];
  /** The two years the meetings fall in (the same year twice when the demo covers one). */
  years: readonly [number, number];
  lastDay: string;
  /** A meeting date fixed in advance (the story's county meeting), by region code, in the second year. */
  fixedSecondMeeting: ReadonlyMap<string, string>;
}

const AGENDA = [
  (w: string) => `通报${w}低保专项督察发现问题及整改情况`,
  (w: string) => `听取${w}低保投诉举报核查情况汇报`,
  (w: string) => `研究部署${w}低保对象动态复核工作`,
  () => `研究低保资金筹集、发放和监管工作`,
  (w: string) => `通报${w}年度低保工作报告审核情况`,
] as const;
const CASES_ITEM = '研究低保领域问责案件办理情况';

const GENERAL_DECISIONS = [
  (w: string) => `在${w}开展低保对象动态复核专项行动，对错保、漏保问题逐户核查纠正。`,
  (w: string) => `${w}各成员单位按职责分工加强低保资金监管，每季度通报一次资金发放情况。`,
  (w: string) => `健全${w}低保信访首问负责制，重大信访事项由联席会议办公室直接督办。`,
] as const;

const TASKS: Partial<Record<AgencyKind, readonly string[]>> = {
  CIVIL_AFFAIRS: ['牵头组织低保对象动态复核，按月报送进度。', '汇总低保专项督察问题整改台账，报联席会议办公室。'],
  GOVERNMENT: ['组织各村开展低保评议公示情况自查，逐户核实整改。', '对平分低保金问题开展全面排查并报告结果。'],
  FINANCE: ['核查低保资金拨付情况，追回违规发放的低保资金。'],
  AUDIT: ['对低保资金筹集使用情况开展专项审计。'],
  ORGANIZATION_DEPARTMENT: ['将低保工作落实情况纳入领导班子年度考核。'],
  DISCIPLINE_INSPECTION: ['加快办理低保领域问题线索，按期报告办理结果。'],
  HR_SOCIAL_SECURITY: ['核查财政供养人员及其亲属享受低保情况。'],
};
const TASK_DONE_NOTES = [
  '已按期完成并报送书面报告。',
  '已完成，整改台账已销号。',
  '已完成，相关资金已追回入账。',
] as const;

/**
 * The joint meetings (联席会议) of the province, every prefecture and every county that has the bodies: led by
 * civil affairs with the default members, each with two meetings, one in each of the two years given. A
 * meeting reviews the accountability cases of its region's subtree still pending on its date (up to three),
 * takes a general decision, and assigns one to three follow-up tasks due one to three months later; those of
 * the first meeting are mostly done, those of the second mostly open, so some are overdue.
 */
export function demoJointMeetings(random: Random, input: JointMeetingInput): JointMeetingSeed[] {
  const agencyKeys = new Set(input.agencies.map((agency) => agency.key));
  const officialByKey = new Map(input.officials.map((official) => [official.key, official]));
  const bodies = input.regions.filter(
    (region) =>
      region.level !== 'TOWNSHIP' &&
      [
        agencyIdOf(region.code, 'CIVIL_AFFAIRS'),
        ...DEFAULT_JOINT_MEETING_MEMBERS.map((kind) => agencyIdOf(region.code, kind)),
      ].every((key) => agencyKeys.has(key)),
  );
  return bodies.map((region) => {
    const place = shortRegionName(region.name);
    const established =
      region.level === 'PROVINCE'
        ? dayIn(random, 2014, 9, 10)
        : region.level === 'PREFECTURE'
          ? dayIn(random, 2014, 11, 12)
          : dayIn(random, 2015, 1, 6);
    const [firstYear, secondYear] = input.years;
    const firstOn = dayIn(random, firstYear, 3, firstYear === secondYear ? 6 : 11);
    const secondOn =
      input.fixedSecondMeeting.get(region.code) ?? dayIn(random, secondYear, firstYear === secondYear ? 8 : 3, 11);
    const people = attendingPeople(random, region.code, officialByKey);
    return {
      regionCode: region.code,
      name: `${place}最低生活保障工作联席会议`,
      memberKinds: agencyKindValues.filter((kind) => DEFAULT_JOINT_MEETING_MEMBERS.includes(kind)),
      establishedOn: established,
      sessions: [firstOn, secondOn].map((heldOn, index) =>
        session(random, { ...input, region, heldOn, people, second: index === 1, agencyKeys }),
      ),
    };
  });
}

/** Who represents each seated agency: the demo official where there is one, a fictional name otherwise. */
function attendingPeople(
  random: Random,
  regionCode: string,
  officialByKey: ReadonlyMap<string, OfficialSeed>,
): Map<AgencyKind, string> {
  const posts: Partial<Record<AgencyKind, readonly string[]>> = {
    CIVIL_AFFAIRS: ['director'],
    DISCIPLINE_INSPECTION: ['inspection-officer', 'inspection-head'],
  };
  const people = new Map<AgencyKind, string>();
  for (const kind of ['CIVIL_AFFAIRS', ...DEFAULT_JOINT_MEETING_MEMBERS] as AgencyKind[]) {
    const official = (posts[kind] ?? [])
      .map((post) => officialByKey.get(`${agencyIdOf(regionCode, kind)}:${post}`))
      .find((found) => found !== undefined);
    people.set(kind, official?.name ?? fictionalChineseName(random));
  }
  return people;
}

interface SessionInput extends JointMeetingInput {
  region: RegionSeed;
  heldOn: string;
  people: ReadonlyMap<AgencyKind, string>;
  second: boolean;
  agencyKeys: ReadonlySet<string>;
}

function session(random: Random, input: SessionInput): JointMeetingSessionSeed {
  const { region, heldOn } = input;
  const whole = wholeRegionWord(shortRegionName(region.name));
  const attending = ['CIVIL_AFFAIRS', ...DEFAULT_JOINT_MEETING_MEMBERS].filter(
    (kind) =>
      kind === 'CIVIL_AFFAIRS' ||
      (REQUIRED_JOINT_MEETING_MEMBERS as readonly string[]).includes(kind) ||
      chance(random, 0.8),
  ) as AgencyKind[];
  const pending = pendingCases(input.cases, region.code, heldOn).slice(0, 3);
  const agenda = shuffled(random, AGENDA)
    .slice(0, randomInt(random, 2, 3))
    .map((item) => item(whole));
  if (pending.length > 0) agenda.push(CASES_ITEM);
  const decisions = [
    ...(pending.length > 0
      ? [
          {
            id: seededUuid(random),
            text: casesDecision(region, pending),
            caseIds: pending.map((found) => found.id),
          },
        ]
      : []),
    { id: seededUuid(random), text: pickOne(random, GENERAL_DECISIONS)(whole), caseIds: [] },
  ];
  const tasks = Array.from({ length: randomInt(random, 1, 3) }, () => task(random, input));
  const lead = input.people.get('CIVIL_AFFAIRS') ?? '';
  return {
    id: seededUuid(random),
    heldOn,
    agenda,
    minutes:
      `会议由联席会议召集人、${shortRegionName(region.name)}民政部门负责人${lead}主持，${attending.length - 1}个成员单位参加。` +
      `会议${agenda.join('；')}。会议议定：${decisions.map((decision, index) => `${index + 1}. ${decision.text}`).join(' ')}`,
    attendees: attending.map((kind) => ({
      agencyId: agencyIdOf(region.code, kind),
      name: input.people.get(kind) ?? '',
    })),
    decisions,
    tasks,
  };
}

/** Cases of the region's subtree opened on or before the meeting and not yet closed by then, newest first. */
function pendingCases(cases: readonly AccountabilityCaseSeed[], regionCode: string, heldOn: string) {
  return cases
    .filter((found) => {
      const { openedOn, closedOn } = caseDates(found);
      return (
        isWithinRegion(found.subjectRegionCode, regionCode) &&
        openedOn <= heldOn &&
        (closedOn === null || closedOn > heldOn)
      );
    })
    .sort((a, b) => b.openedOn.localeCompare(a.openedOn) || a.id.localeCompare(b.id));
}

function casesDecision(region: RegionSeed, pending: readonly AccountabilityCaseSeed[]): string {
  const names = pending.map((found) => `${found.subjectPosition ?? ''}${found.subjectName}`).join('、');
  const cases = pending.length === 1 ? `${names}问责案件` : `${names}等${pending.length}起低保领域问责案件`;
  return `会议通报了${cases}的办理情况，督促${shortRegionName(region.name)}有关机关依规依纪依法办理，按期报告办理结果。`;
}

/** A task for a seated agency, or for a government or civil affairs body one level down. */
function task(random: Random, input: SessionInput): JointMeetingTaskSeed {
  const { region, heldOn, second, lastDay } = input;
  const below = input.regions.filter(
    (candidate) =>
      candidate.parentCode === region.code &&
      input.agencyKeys.has(agencyIdOf(candidate.code, region.level === 'COUNTY' ? 'GOVERNMENT' : 'CIVIL_AFFAIRS')),
  );
  const downward = below.length > 0 && chance(random, 0.4);
  const owner = downward
    ? agencyIdOf(pickOne(random, below).code, region.level === 'COUNTY' ? 'GOVERNMENT' : 'CIVIL_AFFAIRS')
    : agencyIdOf(region.code, pickOne(random, ['CIVIL_AFFAIRS', ...DEFAULT_JOINT_MEETING_MEMBERS] as AgencyKind[]));
  const kind = owner.slice(owner.indexOf(':') + 1) as AgencyKind;
  const deadline = daysAfter(heldOn, randomInt(random, 30, 90));
  // Done some days before or after the deadline, but never after the end of the data.
  const doneOn = earlierDate(daysAfter(deadline, randomInt(random, -20, 15)), lastDay);
  const done = doneOn > heldOn && chance(random, second ? 0.35 : 0.9);
  return {
    id: seededUuid(random),
    ownerAgencyId: owner,
    description: pickOne(random, TASKS[kind] ?? TASKS.CIVIL_AFFAIRS ?? []),
    deadline,
    status: done ? 'DONE' : 'OPEN',
    completedOn: done ? doneOn : null,
    completionNote: done ? pickOne(random, TASK_DONE_NOTES) : null,
  };
}
