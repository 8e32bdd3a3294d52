import type { AccountabilityViolation, DisciplineTrack, Sanction } from '@dibao/domain';

import { pickOne, randomInt, type Random } from '../random.js';
import type { SubjectCandidate } from './subjects.js';

/*
 * The wording of case files. Villages and households are never named: the facts say 某村 and give counts, so
 * that no demo text points at a real place below the township or at a real person.
 */

type FactsTemplate = (subject: SubjectCandidate, random: Random) => string;

const who = (subject: SubjectCandidate) => `${subject.position ?? ''}${subject.name}`;

const OFFICIAL_FACTS: Record<AccountabilityViolation, readonly FactsTemplate[]> = {
  ABUSE_OF_POWER: [
    (s, r) =>
      `${who(s)}利用职务便利，违规将其亲属等${randomInt(r, 2, 6)}户不符合条件的家庭纳入低保（关系保），` +
      `造成低保资金损失${randomInt(r, 2, 9)}万余元。`,
    (s, r) => `${who(s)}在低保审批中擅自变更民主评议结果，将${randomInt(r, 2, 5)}户未经评议的家庭报批为低保对象。`,
  ],
  NEGLECT_OF_DUTY: [
    (s) =>
      `${who(s)}在低保审核中未按规定组织入户调查和民主评议，对${s.place}某村将低保金平均分配的问题未予制止，` +
      '致使低保金未按家庭困难程度发放。',
    (s, r) => `${who(s)}对低保对象动态复核走过场，${randomInt(r, 3, 12)}户已不符合条件的家庭未及时退出。`,
  ],
  FAVOURITISM_MALPRACTICE: [
    (s, r) =>
      `${who(s)}在低保审批中优亲厚友，为${randomInt(r, 2, 6)}户人情关系户违规办理低保（人情保），` +
      '对群众反映的问题隐瞒不报。',
    (s, r) => `${who(s)}收受申请人财物，为${randomInt(r, 1, 3)}户不符合条件的家庭出具虚假收入证明。`,
  ],
  DERELICTION: [
    (s, r) =>
      `${who(s)}审核审批失职，未核对申请家庭的车辆、房产和存款信息，致使${randomInt(r, 3, 10)}户家庭错保，` +
      `多发低保资金${randomInt(r, 1, 8)}万余元。`,
    (s, r) => `${who(s)}未按规定公示低保对象，对${randomInt(r, 2, 6)}起投诉举报未予核查即答复办结。`,
  ],
  RESPONSIBILITY_NOT_FULFILLED: [
    (s) => `${who(s)}对分管领域低保工作督促检查不力，专项督察发现的问题逾期未整改，群众反映强烈。`,
    (s) => `${who(s)}未落实低保工作领导责任，辖区审核审批程序长期不规范，未组织开展动态复核。`,
  ],
  SUPERVISION_FAILURE: [
    (s) => `${who(s)}对下级低保审核审批监管不到位，未及时发现${s.place}辖区内错保、漏保问题。`,
    (s) => `${who(s)}对低保资金发放监管缺位，辖区出现代领、截留低保金问题未及时发现和纠正。`,
  ],
};

const UNIT_FACTS: Partial<Record<AccountabilityViolation, readonly FactsTemplate[]>> = {
  RESPONSIBILITY_NOT_FULFILLED: [
    (s) => `${s.name}落实低保工作主体责任不到位，审核审批程序不规范，未按规定进行公示。`,
    (s) => `${s.name}对上级交办的低保问题线索整改不力，问题反弹回潮。`,
  ],
  SUPERVISION_FAILURE: [
    (s) => `${s.name}对所辖低保资金发放监管不到位，发生冒领、截留低保金问题。`,
    (s, r) => `${s.name}对村级低保评议监督缺位，${randomInt(r, 2, 5)}个村存在平分低保金问题。`,
  ],
};

export function caseFacts(random: Random, violation: AccountabilityViolation, subject: SubjectCandidate): string {
  const templates = subject.kind === 'UNIT' ? UNIT_FACTS[violation] : OFFICIAL_FACTS[violation];
  return pickOne(random, templates ?? OFFICIAL_FACTS[violation])(subject, random);
}

/** How a sanction reads in a decision: 党内警告处分, 政务记过处分, 诫勉. */
const SANCTION_WORDS: Record<DisciplineTrack, Partial<Record<Sanction, string>>> = {
  PARTY: {
    CRITICISM_EDUCATION: '批评教育',
    ADMONISHMENT: '诫勉',
    WARNING: '党内警告处分',
    DISMISSAL_FROM_POST: '撤销党内职务处分',
    EXPULSION: '开除党籍处分',
  },
  GOVERNMENT: {
    CRITICISM_EDUCATION: '批评教育',
    ADMONISHMENT: '诫勉',
    WARNING: '政务警告处分',
    DEMERIT: '政务记过处分',
    MAJOR_DEMERIT: '政务记大过处分',
    DEMOTION: '政务降级处分',
    DISMISSAL_FROM_POST: '政务撤职处分',
    EXPULSION: '开除公职处分',
  },
};

export function decisionSummary(
  subject: SubjectCandidate,
  sanctions: ReadonlyArray<{ track: DisciplineTrack; sanction: Sanction }>,
): string {
  const words = sanctions.flatMap(({ track, sanction }) => SANCTION_WORDS[track][sanction] ?? []);
  if (words.length === 0) return `经调查核实，${subject.name}问题情节轻微，已及时纠正，决定不予处分。`;
  if (subject.kind === 'UNIT') return `对${subject.name}予以通报批评，责令其限期整改并报告整改结果。`;
  return `经研究决定，给予${subject.name}${words.join('、')}。`;
}

const CLOSING_NOTES = [
  '处理决定已宣布，相关材料已归入本人档案。',
  '处理决定已执行，违规发放的低保资金已全部追回。',
  '处理决定已送达，整改情况已报联席会议办公室备案。',
] as const;

export const closingNote = (random: Random) => pickOne(random, CLOSING_NOTES);
