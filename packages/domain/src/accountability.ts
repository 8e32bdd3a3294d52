import { agencyKindValues, type AgencyKind } from './agency-kind.js';
import { CadreLevel, managingRegionLevelOf } from './cadre-level.js';
import { ancestorCodesOf, isRegionCode, parentCodeOf, regionLevelOf } from './region-code.js';
import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/*
 * Accountability (责任追究制度): units and officials whose failures in dibao work cause serious problems are
 * held to account by the discipline inspection and supervision organ or the organization department of the
 * level that manages them (干部管理权限). The vocabularies and the competent-body rule live here so that the
 * subgraph, the demo data and their tests read one definition.
 */

/** The violations the notice names, and the two failures of responsibility that inspections add. */
export const AccountabilityViolation = {
  ABUSE_OF_POWER: { zh: '滥用职权', en: 'Abuse of power' },
  NEGLECT_OF_DUTY: { zh: '玩忽职守', en: 'Neglect of duty' },
  FAVOURITISM_MALPRACTICE: { zh: '徇私舞弊', en: 'Favouritism and malpractice' },
  DERELICTION: { zh: '失职渎职', en: 'Dereliction of duty' },
  RESPONSIBILITY_NOT_FULFILLED: { zh: '责任不落实', en: 'Responsibility not fulfilled' },
  SUPERVISION_FAILURE: { zh: '监管不到位', en: 'Supervision failure' },
} as const satisfies Vocabulary;
export type AccountabilityViolation = keyof typeof AccountabilityViolation;
export const accountabilityViolationValues: readonly AccountabilityViolation[] =
  vocabularyCodes(AccountabilityViolation);

/** Who a case is against: one official, or a unit (an agency of a region). */
export const AccountabilitySubjectKind = {
  OFFICIAL: { zh: '个人', en: 'Official' },
  UNIT: { zh: '单位', en: 'Unit' },
} as const satisfies Vocabulary;
export type AccountabilitySubjectKind = keyof typeof AccountabilitySubjectKind;

/**
 * How much of a case a principal reads: FULL for its competent bodies and the member agencies of the managing
 * region's joint meeting, SUMMARY (no facts, names, evidence, nor a decision before closing) for anyone else.
 */
export const AccountabilityCaseDisclosure = {
  FULL: { zh: '全部内容', en: 'Full case file' },
  SUMMARY: { zh: '摘要（不含事实、姓名和证据）', en: 'Summary (no facts, names or evidence)' },
} as const satisfies Vocabulary;
export type AccountabilityCaseDisclosure = keyof typeof AccountabilityCaseDisclosure;

/** Where a case comes from: records of other subgraphs, linked by id. */
export const AccountabilityOriginKind = {
  FINDING: { zh: '督察发现问题', en: 'Inspection finding' },
  COMPLAINT: { zh: '投诉举报', en: 'Complaint or tip-off' },
  INCIDENT: { zh: '重大事项和突发事件', en: 'Major matter or emergency' },
  INSPECTION: { zh: '专项督察', en: 'Special inspection' },
} as const satisfies Vocabulary;
export type AccountabilityOriginKind = keyof typeof AccountabilityOriginKind;
export const accountabilityOriginKindValues: readonly AccountabilityOriginKind[] =
  vocabularyCodes(AccountabilityOriginKind);

/** OPENED → INVESTIGATING → DECIDED → CLOSED, forward only, one step at a time. */
export const AccountabilityCaseStatus = {
  OPENED: { zh: '已立案', en: 'Opened' },
  INVESTIGATING: { zh: '调查中', en: 'Under investigation' },
  DECIDED: { zh: '已作出处理决定', en: 'Decided' },
  CLOSED: { zh: '已结案', en: 'Closed' },
} as const satisfies Vocabulary;
export type AccountabilityCaseStatus = keyof typeof AccountabilityCaseStatus;
export const accountabilityCaseStatusValues: readonly AccountabilityCaseStatus[] =
  vocabularyCodes(AccountabilityCaseStatus);

/** The status a case may move to from the given one, or null when it is closed. */
export function nextAccountabilityCaseStatus(status: AccountabilityCaseStatus): AccountabilityCaseStatus | null {
  return accountabilityCaseStatusValues[accountabilityCaseStatusValues.indexOf(status) + 1] ?? null;
}

/** Statuses in which a case carries a decision. */
export const isDecidedCaseStatus = (status: AccountabilityCaseStatus) => status === 'DECIDED' || status === 'CLOSED';

/** Sanctions, from none to the gravest, in the order of the 2014 notice's practice and the disciplinary codes. */
export const Sanction = {
  NONE: { zh: '不予处分', en: 'No sanction' },
  CRITICISM_EDUCATION: { zh: '批评教育', en: 'Criticism and education' },
  ADMONISHMENT: { zh: '诫勉', en: 'Admonishment' },
  WARNING: { zh: '警告', en: 'Warning' },
  DEMERIT: { zh: '记过', en: 'Demerit' },
  MAJOR_DEMERIT: { zh: '记大过', en: 'Major demerit' },
  DEMOTION: { zh: '降级', en: 'Demotion' },
  DISMISSAL_FROM_POST: { zh: '撤职', en: 'Dismissal from post' },
  EXPULSION: { zh: '开除', en: 'Expulsion' },
} as const satisfies Vocabulary;
export type Sanction = keyof typeof Sanction;
export const sanctionValues: readonly Sanction[] = vocabularyCodes(Sanction);

/** Party discipline (党纪处分) and government sanctions (政务处分) are decided and recorded separately. */
export const DisciplineTrack = {
  PARTY: { zh: '党纪', en: 'Party discipline' },
  GOVERNMENT: { zh: '政务', en: 'Government sanction' },
} as const satisfies Vocabulary;
export type DisciplineTrack = keyof typeof DisciplineTrack;
export const disciplineTrackValues: readonly DisciplineTrack[] = vocabularyCodes(DisciplineTrack);

/*
 * Which sanctions each track knows. The Party's disciplinary regulations have warning, (serious warning,)
 * removal from party posts, (probation,) expulsion — no demerits and no demotion; the law on government
 * sanctions (公职人员政务处分法) has warning, demerit, major demerit, demotion, dismissal and expulsion. Criticism
 * and education and admonishment are accountability measures open to both. A unit cannot be demoted or
 * expelled: it is held to account by criticism (通报批评) at most, so a unit case's sanctions are NONE or
 * CRITICISM_EDUCATION.
 */
const PARTY_SANCTIONS: readonly Sanction[] = [
  'NONE',
  'CRITICISM_EDUCATION',
  'ADMONISHMENT',
  'WARNING',
  'DISMISSAL_FROM_POST',
  'EXPULSION',
];
const UNIT_SANCTIONS: readonly Sanction[] = ['NONE', 'CRITICISM_EDUCATION'];

/** Whether a sanction exists on a track, for a subject of the given kind. */
export function sanctionAllowed(
  track: DisciplineTrack,
  sanction: Sanction,
  subjectKind: AccountabilitySubjectKind = 'OFFICIAL',
): boolean {
  if (subjectKind === 'UNIT' && !UNIT_SANCTIONS.includes(sanction)) return false;
  return track === 'GOVERNMENT' || PARTY_SANCTIONS.includes(sanction);
}

/** The sanctions of a track open to a subject kind, from none to the gravest. */
export function sanctionsOnTrack(track: DisciplineTrack, subjectKind: AccountabilitySubjectKind = 'OFFICIAL') {
  return sanctionValues.filter((sanction) => sanctionAllowed(track, sanction, subjectKind));
}

/** Someone is held accountable when at least one track carries more than "no sanction". */
export const holdsAccountable = (sanctions: ReadonlyArray<{ sanction: Sanction }>) =>
  sanctions.some((entry) => entry.sanction !== 'NONE');

/** Status of a follow-up task of a joint meeting. */
export const JointMeetingTaskStatus = {
  OPEN: { zh: '未完成', en: 'Open' },
  DONE: { zh: '已完成', en: 'Done' },
} as const satisfies Vocabulary;
export type JointMeetingTaskStatus = keyof typeof JointMeetingTaskStatus;

/** Agencies that sit on a joint meeting besides its lead (civil affairs), by default. */
export const DEFAULT_JOINT_MEETING_MEMBERS: readonly AgencyKind[] = [
  'ORGANIZATION_DEPARTMENT',
  'DISCIPLINE_INSPECTION',
  'FINANCE',
  'AUDIT',
  'HR_SOCIAL_SECURITY',
];

/** The notice names these two as members; a joint meeting without them cannot follow up on accountability. */
export const REQUIRED_JOINT_MEETING_MEMBERS: readonly AgencyKind[] = [
  'ORGANIZATION_DEPARTMENT',
  'DISCIPLINE_INSPECTION',
];

/** The agencies that may hold someone to account: discipline inspection and the organization department. */
export const COMPETENT_BODY_KINDS = [
  'DISCIPLINE_INSPECTION',
  'ORGANIZATION_DEPARTMENT',
] as const satisfies readonly AgencyKind[];
export type CompetentBodyKind = (typeof COMPETENT_BODY_KINDS)[number];

/** `<region code>:<kind>`, the registry's agency id. */
export const agencyIdOf = (regionCode: string, kind: AgencyKind) => `${regionCode}:${kind}`;

const AGENCY_ID = /^(\d{6}|\d{9}):([A-Z_]+)$/;

/** The region and kind an agency id names, or null when it is not of the form `<region code>:<kind>`. */
export function parseAgencyId(id: string): { regionCode: string; kind: AgencyKind } | null {
  const match = AGENCY_ID.exec(id);
  const [, regionCode = '', kind = ''] = match ?? [];
  if (!match || !isRegionCode(regionCode) || !(agencyKindValues as readonly string[]).includes(kind)) return null;
  return { regionCode, kind: kind as AgencyKind };
}

/** The subject of a case as the competent-body rule sees it. */
export type AccountabilitySubject =
  { kind: 'OFFICIAL'; regionCode: string; cadreLevel: CadreLevel } | { kind: 'UNIT'; regionCode: string };

export interface CompetentBodies {
  /** The region whose bodies hold the subject to account. */
  managingRegionCode: string;
  /** `<managing region>:DISCIPLINE_INSPECTION` and `<managing region>:ORGANIZATION_DEPARTMENT`. */
  agencyIds: string[];
}

/** Why no body in the hub can hold a subject to account (a malformed or impossible subject). */
export class NoCompetentBodyError extends RangeError {
  constructor(
    message: string,
    readonly zh: string,
  ) {
    super(message);
  }
}

/**
 * The competent bodies for a subject under cadre management authority (干部管理权限):
 *
 * - An official managed at level L (their cadre level) is held to account by the bodies of the region at
 *   level L that contains the official's post: the ancestor-or-self of the official's region at that level.
 *   A township official managed by the county → the county; a county bureau director managed by the county
 *   → the county; a deputy county head (分管副县长) managed by the prefecture → the prefecture; a deputy
 *   prefect or a provincial department head managed by the province → the province. A cadre level above the
 *   post's region cannot manage it (a prefecture bureau's director is not county-managed): no body.
 * - A unit (an agency of region R) is held to account by the level above it: the bodies of R's parent region
 *   (a township's civil affairs office → the county; a county bureau → the prefecture). Units of the
 *   province answer to central bodies, which the hub does not hold: no body.
 *
 * The bodies of that managing region are its discipline inspection and supervision organ and its
 * organization department. (Counties directly under a province sit under a placeholder prefecture, 省直辖;
 * such a prefecture has no bodies. Qinghai has none.)
 */
export function competentBodiesFor(subject: AccountabilitySubject): CompetentBodies {
  if (!isRegionCode(subject.regionCode)) {
    throw new NoCompetentBodyError(
      `Malformed region code ${JSON.stringify(subject.regionCode)}`,
      `区划代码格式错误：${JSON.stringify(subject.regionCode)}`,
    );
  }
  const managingRegionCode =
    subject.kind === 'OFFICIAL' ? managingRegionOfOfficial(subject) : managingRegionOfUnit(subject.regionCode);
  return {
    managingRegionCode,
    agencyIds: COMPETENT_BODY_KINDS.map((kind) => agencyIdOf(managingRegionCode, kind)),
  };
}

function managingRegionOfOfficial(subject: { regionCode: string; cadreLevel: CadreLevel }): string {
  if (!Object.hasOwn(CadreLevel, subject.cadreLevel)) {
    throw new NoCompetentBodyError(
      `Unknown cadre level ${JSON.stringify(subject.cadreLevel)}`,
      `未知的干部管理层级：${JSON.stringify(subject.cadreLevel)}`,
    );
  }
  const level = managingRegionLevelOf(subject.cadreLevel);
  const managing = [...ancestorCodesOf(subject.regionCode), subject.regionCode].find(
    (code) => regionLevelOf(code) === level,
  );
  if (managing === undefined) {
    throw new NoCompetentBodyError(
      `An official of ${subject.regionCode} (${regionLevelOf(subject.regionCode).toLowerCase()}) cannot be ${subject.cadreLevel}: no ${level.toLowerCase()} contains the post`,
      `${subject.regionCode} 的工作人员不可能是${CadreLevel[subject.cadreLevel].zh}：其岗位不在任何${level === 'COUNTY' ? '县级' : '市级'}区划之内`,
    );
  }
  return managing;
}

function managingRegionOfUnit(regionCode: string): string {
  const parent = parentCodeOf(regionCode);
  if (parent === null) {
    throw new NoCompetentBodyError(
      `Units of the province ${regionCode} answer to central bodies, which the hub does not hold`,
      `省级单位 ${regionCode} 由中央有关机关追究责任，不在本系统范围内`,
    );
  }
  return parent;
}
