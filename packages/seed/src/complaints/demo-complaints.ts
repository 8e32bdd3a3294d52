import {
  complaintRewardFen,
  DEFAULT_COMPLAINT_REWARD_RULE,
  parentCodeOf,
  subtreeCodePrefix,
  type ComplaintChannel,
  type ComplaintConclusion,
  type ProblemCategory,
} from '@dibao/domain';

import { fictionalChineseName } from '../fictional-names.js';
import { chance, mulberry32, pickOne, randomInt, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { between, shuffled } from '../reporting/sampling.js';
import { shanghaiDate, shanghaiTime } from '../reporting/shanghai-time.js';
import { shortRegionName } from '../reporting/short-names.js';
import { seededUuid } from '../reporting/uuid.js';
import {
  ageInDays,
  daysFrom,
  DEMO_COMPLAINTS_AS_OF,
  drawAmountInvolvedFen,
  drawConclusion,
  drawHouseholdsAffected,
  plannedStatus,
  timelineFor,
} from './lifecycle.js';
import {
  bureauDirector,
  complaintOfficial,
  countyDutyOfficial,
  HOTLINE_OPERATOR,
  IDENTITY_CUSTODIAN,
  petitionOfficerOf,
  PROVINCIAL_SUPERVISOR,
} from './officials.js';
import { demoContracts, demoPetitionOfficers, demoVolunteers } from './registries.js';
import { COMPLAINT_STORY_COUNTY, COMPLAINT_STORY_TOWNSHIP, storyComplaint } from './story.js';
import {
  APPEAL_REASONS,
  COMPLAINANT_MESSAGES,
  complaintFeedback,
  complaintFindings,
  complaintSummary,
  HANDLER_MESSAGES,
  pickVillage,
  RATING_COMMENTS,
  REVEAL_REASONS,
  summaryPrefix,
} from './texts.js';
import type {
  ComplaintOfficialSeed,
  ComplaintSeed,
  DemoComplaints,
  SocialOrganizationContractSeed,
  VolunteerSupervisorSeed,
} from './types.js';

export const DEFAULT_COMPLAINT_YEARS: readonly number[] = [2021, 2022, 2023, 2024, 2025];
const DEFAULT_SEED = 2014;

export interface DemoComplaintsOptions {
  seed?: number;
  /** Years complaints are received in; the latest is the open year, with complaints still in progress. */
  years?: number[];
  /** The demo's "today"; 20 December 2025 by default. */
  asOf?: Date;
}

/** Complaints per year: more each year as the hotline becomes known; the open year gets extra recent ones. */
const volumeOf = (index: number) => 45 + 7 * index;
const RECENT_EXTRA = 18;

const CHANNEL_WEIGHTS: ReadonlyArray<readonly [ComplaintChannel, number]> = [
  ['HOTLINE', 35],
  ['LETTER_VISIT', 18],
  ['ONLINE', 18],
  ['VOLUNTEER_SUPERVISOR', 9],
  ['SOCIAL_ORGANIZATION', 6],
  ['MEDIA', 5],
  ['REFERRAL', 9],
];

const CATEGORY_WEIGHTS: ReadonlyArray<readonly [ProblemCategory, number]> = [
  ['WRONGLY_INCLUDED', 20],
  ['WRONGLY_EXCLUDED', 17],
  ['RELATIONSHIP_BASED', 14],
  ['IRREGULAR_PROCEDURE', 12],
  ['FAVOR_BASED', 10],
  ['FRAUDULENT_CLAIM', 10],
  ['FUND_MISMANAGEMENT', 10],
  ['EQUAL_SPLITTING', 5],
];

function weighted<T>(random: Random, options: ReadonlyArray<readonly [T, number]>): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (options.at(-1) as readonly [T, number])[0];
}

/** The populous agricultural east (Xining, Haidong) calls more than the pastoral west and south. */
const countyWeight = (code: string) =>
  code.startsWith('6301') || code.startsWith('6302') ? 3 : ['6322', '6323', '6325'].includes(code.slice(0, 4)) ? 2 : 1;

const PERSONAL_CHANNELS: readonly ComplaintChannel[] = ['HOTLINE', 'LETTER_VISIT', 'ONLINE'];

/** A fictional mobile number with the "0000" middle block Chinese examples use for placeholders. */
const fictionalPhone = (random: Random) =>
  `1${pickOne(random, ['3', '5', '8'])}${randomInt(random, 0, 9)}0000${String(randomInt(random, 0, 9999)).padStart(4, '0')}`;

const dateOf = (at: Date) => {
  const { year, month, day } = shanghaiDate(at);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

interface Setting {
  random: Random;
  asOf: Date;
  regionsByCode: Map<string, RegionSeed>;
  counties: RegionSeed[];
  townshipsOf: Map<string, RegionSeed[]>;
  designated: Set<string>;
  volunteers: VolunteerSupervisorSeed[];
  contracts: SocialOrganizationContractSeed[];
}

/** The source a VOLUNTEER_SUPERVISOR or SOCIAL_ORGANIZATION report came through, if any covers that day. */
function sourceFor(setting: Setting, channel: ComplaintChannel, regionCode: string, receivedAt: Date) {
  const day = dateOf(receivedAt);
  const covers = (code: string) => regionCode.startsWith(subtreeCodePrefix(code));
  if (channel === 'VOLUNTEER_SUPERVISOR') {
    const serving = setting.volunteers.filter((v) => covers(v.regionCode) && v.termStart <= day && v.termEnd >= day);
    return serving.length ? { volunteerId: pickOne(setting.random, serving).id, contractId: null } : null;
  }
  if (channel === 'SOCIAL_ORGANIZATION') {
    const running = setting.contracts.filter((c) => covers(c.regionCode) && c.periodStart <= day && c.periodEnd >= day);
    return running.length ? { volunteerId: null, contractId: pickOne(setting.random, running).id } : null;
  }
  return { volunteerId: null, contractId: null };
}

/** Who takes a complaint first, by channel (首问): the hotline, a county bureau, a prefecture bureau. */
function receiverFor(random: Random, channel: ComplaintChannel, county: string): ComplaintOfficialSeed {
  const prefecture = parentCodeOf(county) as string;
  switch (channel) {
    case 'HOTLINE':
      return chance(random, 0.7) ? HOTLINE_OPERATOR : countyDutyOfficial(county);
    case 'LETTER_VISIT':
      return petitionOfficerOf(county);
    case 'ONLINE':
    case 'MEDIA':
      return petitionOfficerOf(prefecture);
    case 'REFERRAL':
      return PROVINCIAL_SUPERVISOR;
    default:
      return countyDutyOfficial(county);
  }
}

/** `recentDays`: received that many days or fewer before `asOf` (for the open year's work in progress). */
function receivedAtIn(random: Random, year: number, asOf: Date, recentDays: number | null): Date {
  if (recentDays !== null) return daysFrom(asOf, -between(random, 0.05, recentDays));
  const last = shanghaiDate(asOf).year === year ? daysFrom(asOf, -0.05) : shanghaiTime(year + 1, 1, 1);
  const first = shanghaiTime(year, 1, 1);
  const day = new Date(first.getTime() + random() * (last.getTime() - first.getTime()));
  const { month, day: date } = shanghaiDate(day);
  const at = shanghaiTime(year, month, date, randomInt(random, 8, 19), randomInt(random, 0, 59));
  return at.getTime() < asOf.getTime() ? at : daysFrom(asOf, -0.05);
}

function concludeFields(random: Random, complaint: ComplaintSeed, conclusion: ComplaintConclusion) {
  complaint.conclusion = conclusion;
  complaint.findings = complaintFindings(random, conclusion);
  complaint.amountInvolvedFen = drawAmountInvolvedFen(random, complaint.category, conclusion);
  complaint.householdsAffected = drawHouseholdsAffected(random, complaint.category, conclusion);
}

/** A complaint received at `receivedAt`, taken through its workflow as far as its age allows. */
function buildComplaint(setting: Setting, receivedAt: Date, openYear: boolean): ComplaintSeed {
  const { random, asOf } = setting;
  const id = seededUuid(random);
  const countyRegion = weighted(
    random,
    setting.counties.map((county) => [county, countyWeight(county.code)] as const),
  );
  const townships = setting.townshipsOf.get(countyRegion.code) ?? [];
  const townshipRegion = townships.length > 0 && chance(random, 0.7) ? pickOne(random, townships) : null;
  const regionCode = townshipRegion?.code ?? countyRegion.code;
  let channel = weighted(random, CHANNEL_WEIGHTS);
  let source = sourceFor(setting, channel, regionCode, receivedAt);
  if (!source) {
    channel = 'HOTLINE';
    source = { volunteerId: null, contractId: null };
  }
  const category = weighted(random, CATEGORY_WEIGHTS);
  const place = {
    county: shortRegionName(countyRegion.name),
    township: townshipRegion?.name ?? null,
    village: pickVillage(random),
  };
  const personal = PERSONAL_CHANNELS.includes(channel);
  const complainant =
    personal && chance(random, 0.55)
      ? { name: fictionalChineseName(random), contact: chance(random, 0.8) ? fictionalPhone(random) : null }
      : null;
  const receivedBy = receiverFor(random, channel, countyRegion.code);
  const target = petitionOfficerOf(setting.designated.has(regionCode) ? regionCode : countyRegion.code);
  const major = chance(random, 0.03);
  const status = plannedStatus(random, receivedAt, asOf, openYear);

  let supervision: ComplaintSeed['supervision'] = major
    ? { at: receivedAt, reason: '重大投诉举报事项，省级民政部门直接督办', by: receivedBy }
    : null;
  if (!supervision && chance(random, 0.06)) {
    const at = daysFrom(receivedAt, between(random, 0.5, 6));
    if (at.getTime() < asOf.getTime()) {
      supervision = { at, reason: '反映问题涉及面广、群众关注度高，省民政厅直接督办。', by: PROVINCIAL_SUPERVISOR };
    }
  }
  const timeline = timelineFor(random, receivedAt, status, asOf, supervision?.at ?? null);
  if (supervision && timeline.concludedAt && supervision.at.getTime() > timeline.concludedAt.getTime()) {
    supervision.at = new Date(receivedAt.getTime() + (timeline.concludedAt.getTime() - receivedAt.getTime()) * 0.3);
  }
  const handedOver = timeline.acknowledgedAt !== null && receivedBy.subject !== target.subject;
  const complaint: ComplaintSeed = {
    id,
    channel,
    receivedAt,
    regionCode,
    category,
    summary: summaryPrefix(channel) + complaintSummary(random, category, place),
    major,
    rewardOptIn: personal && chance(random, 0.35),
    complainant,
    ...source,
    receivedBy,
    handovers: handedOver
      ? [
          {
            to: target,
            at: timeline.acknowledgedAt as Date,
            reason: '移交低保信访专人办理 / Handed over to the designated petition officer',
          },
        ]
      : [],
    pendingHandover:
      status === 'RECEIVED' && receivedBy.subject !== target.subject && chance(random, 0.6)
        ? {
            toSubject: target.subject,
            at: new Date(Math.min(daysFrom(receivedAt, 0.1).getTime(), asOf.getTime())),
            note: null,
          }
        : null,
    ...timeline,
    conclusion: null,
    findings: null,
    amountInvolvedFen: null,
    householdsAffected: null,
    publicFeedback: null,
    closureRound: timeline.closedAt ? 1 : 0,
    supervision,
    duplicateOfId: null,
    messages: [],
    ratings: [],
    appeals: [],
    revealRequests: [],
    reward: null,
  };
  if (timeline.concludedAt) concludeFields(random, complaint, drawConclusion(random));
  if (timeline.closedAt)
    complaint.publicFeedback = complaintFeedback(random, complaint.conclusion as ComplaintConclusion);
  rateAndAppeal(setting, complaint);
  addMessages(setting, complaint);
  addReward(setting, complaint);
  return complaint;
}

const ownerOf = (complaint: ComplaintSeed) => complaint.handovers.at(-1)?.to ?? complaint.receivedBy;

/**
 * About half the closed complaints are rated; an unsatisfied rating opens a review one level above the
 * owner. A review decided OVERTURNED reopens the complaint, which may since have been concluded and closed
 * again (closure round 2).
 */
function rateAndAppeal(setting: Setting, complaint: ComplaintSeed) {
  const { random, asOf } = setting;
  if (!complaint.closedAt || !chance(random, 0.55)) return;
  const ratedAt = daysFrom(complaint.closedAt, between(random, 0.5, 10));
  if (ratedAt.getTime() > asOf.getTime()) return;
  const satisfied = chance(random, 0.82);
  complaint.ratings.push({
    closureRound: 1,
    satisfied,
    at: ratedAt,
    comment: chance(random, 0.5) ? pickOne(random, RATING_COMMENTS[satisfied ? 'satisfied' : 'unsatisfied']) : null,
  });
  if (satisfied) return;
  const owner = ownerOf(complaint);
  const reviewRegionCode = parentCodeOf(owner.region) ?? owner.region;
  const decidedAt = daysFrom(ratedAt, between(random, 5, 25));
  if (decidedAt.getTime() > asOf.getTime()) {
    complaint.appeals.push({
      closureRound: 1,
      reviewRegionCode,
      status: 'OPEN',
      openedAt: ratedAt,
      decidedAt: null,
      decidedBy: null,
      reason: null,
    });
    return;
  }
  const outcome = chance(random, 0.7) ? 'UPHELD' : 'OVERTURNED';
  complaint.appeals.push({
    closureRound: 1,
    reviewRegionCode,
    status: outcome,
    openedAt: ratedAt,
    decidedAt,
    decidedBy: bureauDirector(reviewRegionCode),
    reason: APPEAL_REASONS[outcome],
  });
  if (outcome === 'UPHELD') return;
  const reconcluded = daysFrom(decidedAt, between(random, 10, 35));
  const reclosed = daysFrom(reconcluded, between(random, 1, 5));
  if (reclosed.getTime() <= asOf.getTime()) {
    concludeFields(random, complaint, chance(random, 0.6) ? 'PARTLY_SUBSTANTIATED' : 'SUBSTANTIATED');
    complaint.status = 'CLOSED';
    complaint.concludedAt = reconcluded;
    complaint.closedAt = reclosed;
    complaint.closureRound = 2;
    complaint.publicFeedback = complaintFeedback(random, complaint.conclusion as ComplaintConclusion);
  } else if (reconcluded.getTime() <= asOf.getTime()) {
    concludeFields(random, complaint, chance(random, 0.6) ? 'PARTLY_SUBSTANTIATED' : 'SUBSTANTIATED');
    complaint.status = 'CONCLUDED';
    complaint.concludedAt = reconcluded;
    complaint.closedAt = null;
    complaint.publicFeedback = null;
  } else {
    complaint.status = 'INVESTIGATING';
    complaint.conclusion = null;
    complaint.findings = null;
    complaint.amountInvolvedFen = null;
    complaint.householdsAffected = null;
    complaint.concludedAt = null;
    complaint.closedAt = null;
    complaint.publicFeedback = null;
  }
}

/** A third of the complaints have a thread: the complainant asks or adds, the owner answers. */
function addMessages(setting: Setting, complaint: ComplaintSeed) {
  const { random, asOf } = setting;
  if (!complaint.acknowledgedAt || !chance(random, 0.35)) return;
  const end = complaint.closedAt ?? asOf;
  let at = complaint.acknowledgedAt;
  for (let exchange = randomInt(random, 1, 2); exchange > 0; exchange--) {
    const asked = daysFrom(at, between(random, 0.5, 6));
    const answered = daysFrom(asked, between(random, 0.1, 2));
    if (answered.getTime() > end.getTime()) break;
    complaint.messages.push({
      author: 'COMPLAINANT',
      at: asked,
      text: pickOne(random, COMPLAINANT_MESSAGES),
      by: null,
    });
    complaint.messages.push({
      author: 'HANDLER',
      at: answered,
      text: pickOne(random, HANDLER_MESSAGES),
      by: ownerOf(complaint),
    });
    at = answered;
  }
}

/**
 * A reward for a concluded, (partly) substantiated complaint whose complainant asked for one: decided by
 * the owner, approved by the county bureau's director, paid, and claimed, each step as far as time allows.
 */
function addReward(setting: Setting, complaint: ComplaintSeed) {
  const { random, asOf } = setting;
  if (!complaint.rewardOptIn || !complaint.concludedAt || !complaint.conclusion) return;
  const amountFen = complaintRewardFen(
    DEFAULT_COMPLAINT_REWARD_RULE,
    complaint.conclusion,
    complaint.amountInvolvedFen ?? 0,
  );
  if (amountFen === null) return;
  const decidedAt = daysFrom(complaint.concludedAt, between(random, 1, 10));
  if (decidedAt.getTime() > asOf.getTime()) return;
  const county = complaint.regionCode.slice(0, 6);
  const reward: NonNullable<ComplaintSeed['reward']> = {
    amountFen,
    status: 'DECIDED',
    decidedAt,
    decidedBy: ownerOf(complaint),
    approvedAt: null,
    approvedBy: null,
    rejectionReason: null,
    paymentReference: null,
    paidAt: null,
    paidBy: null,
    claimedAt: null,
  };
  complaint.reward = reward;
  const approvedAt = daysFrom(decidedAt, between(random, 2, 10));
  if (approvedAt.getTime() > asOf.getTime()) return;
  if (chance(random, 0.08)) {
    reward.status = 'REJECTED';
    reward.rejectionReason = '线索在举报前已由主管部门掌握，不符合奖励条件。';
    return;
  }
  reward.status = 'APPROVED';
  reward.approvedAt = approvedAt;
  reward.approvedBy = bureauDirector(county);
  const paidAt = daysFrom(approvedAt, between(random, 3, 15));
  if (paidAt.getTime() > asOf.getTime()) return;
  reward.status = 'PAID';
  reward.paidAt = paidAt;
  reward.paidBy = complaintOfficial(county, 'deputy-director');
  reward.paymentReference = `QHMZ-JB-${shanghaiDate(paidAt).year}-${String(randomInt(random, 2, 9999)).padStart(4, '0')}`;
  const claimedAt = daysFrom(paidAt, between(random, 1, 20));
  if (claimedAt.getTime() <= asOf.getTime()) reward.claimedAt = claimedAt;
}

/** About one in twenty-five complaints repeats an earlier one about the same county and problem. */
function linkDuplicates(random: Random, complaints: ComplaintSeed[], storyId: string | null) {
  for (const [index, complaint] of complaints.entries()) {
    if (complaint.id === storyId || !chance(random, 0.04)) continue;
    const original = complaints
      .slice(0, index)
      .reverse()
      .find(
        (earlier) =>
          earlier.duplicateOfId === null &&
          earlier.id !== storyId &&
          earlier.category === complaint.category &&
          earlier.regionCode.slice(0, 6) === complaint.regionCode.slice(0, 6) &&
          ageInDays(earlier.receivedAt, complaint.receivedAt) < 120,
      );
    if (!original || complaints.some((other) => other.duplicateOfId === complaint.id)) continue;
    complaint.duplicateOfId = original.id;
    complaint.summary = `再次反映：${original.summary}`;
  }
}

/** A few owners asked to see who complained: two approved, one rejected, one still pending. */
function addRevealRequests(random: Random, complaints: ComplaintSeed[], asOf: Date) {
  const candidates = shuffled(
    random,
    complaints.filter((complaint) => complaint.complainant !== null && complaint.acknowledgedAt !== null),
  );
  const outcomes = ['APPROVED', 'APPROVED', 'REJECTED', 'PENDING'] as const;
  for (const [index, status] of outcomes.entries()) {
    const complaint =
      status === 'PENDING'
        ? candidates.find((c) => c.status !== 'CLOSED' && c.revealRequests.length === 0)
        : candidates[index];
    if (!complaint) continue;
    const acknowledgedAt = complaint.acknowledgedAt as Date;
    const requestedAt = new Date(
      Math.min(
        daysFrom(acknowledgedAt, between(random, 0.2, 2)).getTime(),
        acknowledgedAt.getTime() + (asOf.getTime() - acknowledgedAt.getTime()) / 2,
      ),
    );
    const decidedAt = daysFrom(requestedAt, between(random, 0.5, 3));
    if ((status === 'PENDING' ? requestedAt : decidedAt).getTime() > asOf.getTime()) continue;
    complaint.revealRequests.push({
      requestedAt,
      requestedBy: ownerOf(complaint),
      reason: REVEAL_REASONS[index % REVEAL_REASONS.length] as string,
      status,
      decidedAt: status === 'PENDING' ? null : decidedAt,
      decidedBy: status === 'PENDING' ? null : IDENTITY_CUSTODIAN,
      note: status === 'REJECTED' ? '理由不充分，可通过留言渠道请举报人补充材料。' : null,
    });
  }
}

/**
 * Demo data for the complaints subgraph: petition officer designations, volunteer supervisors,
 * purchase-of-services contracts and about 300 complaints across Qinghai received over the years, in every
 * state of the workflow as of `asOf`, with handovers, provincial supervision, threads, ratings, reviews,
 * rewards, duplicates and identity reveal requests; plus the story's anonymous call about a Datong village.
 * Deterministic: the same regions and options give the same output. Complainants' names and phones are
 * fictional and appear only here; the import seals them.
 */
export function demoComplaints(regions: readonly RegionSeed[], options: DemoComplaintsOptions = {}): DemoComplaints {
  const years = [...new Set(options.years ?? DEFAULT_COMPLAINT_YEARS)].sort((a, b) => a - b);
  const asOf = options.asOf ?? DEMO_COMPLAINTS_AS_OF;
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const qinghai = regions.filter((region) => region.code.startsWith('63'));
  const prefectures = qinghai.filter((region) => region.level === 'PREFECTURE');
  const counties = qinghai.filter((region) => region.level === 'COUNTY');
  if (counties.length === 0 || years.length === 0) {
    return { petitionOfficers: [], volunteers: [], contracts: [], complaints: [], storyComplaintId: null };
  }
  const regionsByCode = new Map(qinghai.map((region) => [region.code, region]));
  const townshipsOf = new Map<string, RegionSeed[]>();
  for (const region of qinghai) {
    if (region.level === 'TOWNSHIP' && region.parentCode) {
      townshipsOf.set(region.parentCode, [...(townshipsOf.get(region.parentCode) ?? []), region]);
    }
  }
  const storyTownship = regionsByCode.get(COMPLAINT_STORY_TOWNSHIP);
  const storyCounty = regionsByCode.get(COMPLAINT_STORY_COUNTY);
  const designatedTownships = [
    ...new Set([
      ...(storyTownship ? [storyTownship.code] : []),
      ...shuffled(random, [...townshipsOf.values()].flat())
        .slice(0, 15)
        .map((township) => township.code),
    ]),
  ].sort();
  const setting: Setting = {
    random,
    asOf,
    regionsByCode,
    counties,
    townshipsOf,
    designated: new Set(designatedTownships),
    volunteers: demoVolunteers(random, prefectures, counties),
    contracts: demoContracts(random, prefectures),
  };

  const complaints: ComplaintSeed[] = [];
  const openYear = years.at(-1) as number;
  for (const [index, year] of years.entries()) {
    const open = year === openYear;
    for (let n = 0; n < volumeOf(index); n++) {
      complaints.push(buildComplaint(setting, receivedAtIn(random, year, asOf, null), open));
    }
    if (open) {
      // Work in progress: a third arrived in the last three days and still await acceptance.
      for (let n = 0; n < RECENT_EXTRA; n++) {
        const recentDays = n < RECENT_EXTRA / 3 ? 3 : 25;
        complaints.push(buildComplaint(setting, receivedAtIn(random, year, asOf, recentDays), true));
      }
    }
  }
  let storyComplaintId: string | null = null;
  if (storyTownship && storyCounty && years.includes(2025) && asOf.getTime() > Date.UTC(2025, 6, 1)) {
    const story = storyComplaint(seededUuid(random), storyCounty.name, storyTownship.name);
    storyComplaintId = story.id;
    complaints.push(story);
  }
  complaints.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id.localeCompare(b.id));
  linkDuplicates(random, complaints, storyComplaintId);
  addRevealRequests(random, complaints, asOf);
  return {
    petitionOfficers: demoPetitionOfficers(prefectures, counties, designatedTownships),
    volunteers: setting.volunteers,
    contracts: setting.contracts,
    complaints,
    storyComplaintId,
  };
}
