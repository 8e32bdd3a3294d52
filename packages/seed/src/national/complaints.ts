import {
  ComplaintConclusion,
  ProblemCategory,
  problemCategoryValues,
  type ComplaintChannel,
  type ComplaintImport,
  type ComplaintsImport,
} from '@dibao/domain';
import { complaintOfficial, countyDutyOfficial } from '../complaints/officials.js';
import { chance, pickOne, randomInt, type Random } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { seededUuid } from '../reporting/uuid.js';
import { countyShares, instantIn, later, provinceRandom, provincesOf, type CountyShare } from './shares.js';
import { NATIONAL_AS_OF, NATIONAL_REPORT_YEARS, NATIONAL_TOTALS } from './totals.js';

/*
 * Complaints of the national demo: the stated total spread over every county of the country (see shares.ts),
 * received over the ten report years, most of them long closed. Lean on purpose: anonymous (so nothing to
 * seal), no messages, ratings or appeals; what a dashboard and the release count is all there. Channels that
 * need a volunteer or a contract record are left to the provincial demo.
 */

const CHANNELS: readonly ComplaintChannel[] = ['HOTLINE', 'LETTER_VISIT', 'ONLINE', 'MEDIA', 'REFERRAL'];
const CONCLUSIONS = Object.keys(ComplaintConclusion) as Array<keyof typeof ComplaintConclusion>;

export interface NationalComplaintsOptions {
  total?: number;
  years?: readonly number[];
  asOf?: Date;
}

/** One province's complaints, in order of receipt; the shape importComplaints takes. */
export interface ProvinceBatch<T> {
  province: RegionSeed;
  data: T;
}

function complaintOf(
  random: Random,
  county: RegionSeed,
  townships: readonly RegionSeed[],
  receivedAt: Date,
  asOf: Date,
): ComplaintImport {
  const region = townships.length > 0 && chance(random, 0.6) ? pickOne(random, townships) : county;
  const category = pickOne(random, problemCategoryValues);
  const ageDays = (asOf.getTime() - receivedAt.getTime()) / 86_400_000;
  // The older the complaint, the further along: nearly everything older than three months is closed.
  const stage =
    ageDays > 90
      ? 4
      : ageDays > 40
        ? randomInt(random, 2, 4)
        : ageDays > 7
          ? randomInt(random, 1, 3)
          : randomInt(random, 0, 1);
  const acknowledgedAt = stage >= 1 ? later(receivedAt, randomInt(random, 1, 3)) : null;
  const investigationStartedAt = stage >= 2 && acknowledgedAt ? later(acknowledgedAt, randomInt(random, 1, 4)) : null;
  const concludedAt =
    stage >= 3 && investigationStartedAt ? later(investigationStartedAt, randomInt(random, 10, 30)) : null;
  const closedAt = stage >= 4 && concludedAt ? later(concludedAt, randomInt(random, 2, 10)) : null;
  const conclusion = concludedAt ? pickOne(random, CONCLUSIONS) : null;
  const substantiated = conclusion !== null && conclusion !== 'UNSUBSTANTIATED';
  const label = ProblemCategory[category];
  return {
    id: seededUuid(random),
    channel: pickOne(random, CHANNELS),
    receivedAt,
    regionCode: region.code,
    category,
    summary: `反映${region.name}低保${label.zh}问题 / ${label.en} in ${region.nameEn}`,
    major: chance(random, 0.02),
    rewardOptIn: false,
    complainant: null,
    volunteerId: null,
    contractId: null,
    receivedBy: countyDutyOfficial(county.code),
    handovers: [],
    pendingHandover: null,
    status: closedAt
      ? 'CLOSED'
      : concludedAt
        ? 'CONCLUDED'
        : investigationStartedAt
          ? 'INVESTIGATING'
          : acknowledgedAt
            ? 'ASSIGNED'
            : 'RECEIVED',
    acknowledgedAt,
    investigationStartedAt,
    concludedAt,
    closedAt,
    conclusion,
    findings: conclusion
      ? `核查结论：${ComplaintConclusion[conclusion].zh} / Finding: ${ComplaintConclusion[conclusion].en}`
      : null,
    amountInvolvedFen: substantiated ? randomInt(random, 1, 400) * 10_000 : null,
    householdsAffected: substantiated ? randomInt(random, 1, 12) : null,
    publicFeedback: closedAt ? '已向反映人反馈核查处理结果 / The result was reported back to the complainant' : null,
    closureRound: closedAt ? 1 : 0,
    supervision: null,
    duplicateOfId: null,
    messages: [],
    ratings: [],
    appeals: [],
    revealRequests: [],
    reward: null,
  };
}

function provinceComplaints(
  province: RegionSeed,
  counties: readonly CountyShare[],
  years: readonly number[],
  asOf: Date,
): ComplaintsImport {
  const random = provinceRandom(province.code, 'complaints');
  const complaints: ComplaintImport[] = [];
  for (const { county, townships, share } of counties) {
    for (let index = 0; index < share; index += 1) {
      const receivedAt = instantIn(random, years[index % years.length] as number, asOf);
      complaints.push(complaintOf(random, county, townships, receivedAt, asOf));
    }
  }
  complaints.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id.localeCompare(b.id));
  // The provincial hotline's head is the one petition officer each province designates in the bulk demo.
  const officer = complaintOfficial(province.code, 'hotline-head');
  return {
    petitionOfficers: [
      {
        regionCode: province.code,
        officerSubject: officer.subject,
        officialId: null,
        designatedAt: new Date(Date.UTC(years[0] as number, 0, 1)),
      },
    ],
    volunteers: [],
    contracts: [],
    complaints,
  };
}

/** The national demo's complaints, one province at a time (memory stays at one province's worth). */
export function* nationalComplaints(
  regions: readonly RegionSeed[],
  options: NationalComplaintsOptions = {},
): Generator<ProvinceBatch<ComplaintsImport>> {
  const shares = countyShares(regions, options.total ?? NATIONAL_TOTALS.complaints);
  const years = options.years ?? NATIONAL_REPORT_YEARS;
  for (const province of provincesOf(regions)) {
    const counties = shares.filter((share) => share.county.code.startsWith(province.code.slice(0, 2)));
    yield { province, data: provinceComplaints(province, counties, years, options.asOf ?? NATIONAL_AS_OF) };
  }
}
