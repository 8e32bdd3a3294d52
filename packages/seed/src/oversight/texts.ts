import type { InspectionTopic, ProblemCategory } from '@dibao/domain';

import { pickOne, type Random } from '../random.js';

/** Where a finding lies, in the short names officials write: the township is null for a county-wide one. */
export interface FindingPlace {
  county: string;
  township: string | null;
}

const where = (place: FindingPlace) => `${place.county}${place.township ?? ''}`;
const yuan = (fen: number) => (fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });

type Describe = (place: FindingPlace, households: number, amountFen: number) => string;

/** What an inspector writes down for each kind of problem. */
export const FINDING_DESCRIPTIONS: Record<ProblemCategory, readonly Describe[]> = {
  RELATIONSHIP_BASED: [
    (p, h, a) => `${where(p)}${h}户村干部近亲属家庭不符合低保条件却享受低保，未按规定进行备案，涉及资金${yuan(a)}元。`,
    (p, h, a) => `${where(p)}有${h}户低保对象系村“两委”成员亲属，家庭收入超过当地低保标准，累计领取${yuan(a)}元。`,
  ],
  FAVOR_BASED: [
    (p, h, a) =>
      `${where(p)}${h}户家庭经济状况明显好于当地低保标准，经查系村干部照顾“人情”违规纳入，涉及资金${yuan(a)}元。`,
  ],
  WRONGLY_INCLUDED: [
    (p, h, a) => `${where(p)}${h}户低保家庭有登记车辆或经商收入，家庭收入超过保障标准仍在保，涉及资金${yuan(a)}元。`,
    (p, h, a) => `${where(p)}${h}户家庭成员已在城镇稳定就业，未及时退出低保，多领取${yuan(a)}元。`,
  ],
  WRONGLY_EXCLUDED: [
    (p, h) => `${where(p)}${h}户重病、重度残疾家庭符合低保条件但未纳入保障，存在“漏保”。`,
    (p, h) => `${where(p)}${h}户因病因灾返贫家庭提出申请后长期未予受理。`,
  ],
  FRAUDULENT_CLAIM: [(p, h, a) => `${where(p)}${h}户隐瞒外出务工收入和家庭成员财产骗取低保金，涉及金额${yuan(a)}元。`],
  EQUAL_SPLITTING: [
    (p, h, a) =>
      `${where(p)}某村将${h}户低保户的低保金集中后在全村平均分配，未按核定的保障金额发放到户，涉及资金${yuan(a)}元。`,
  ],
  IRREGULAR_PROCEDURE: [
    (p, h) => `${where(p)}${h}户低保审批未入户调查、未经民主评议，审批结果未按规定公示。`,
    (p, h) => `${where(p)}动态复核流于形式，${h}户低保对象档案缺少收入核查材料。`,
  ],
  FUND_MISMANAGEMENT: [
    (p, h, a) => `${where(p)}低保资金未按月足额发放，${h}户低保金被延迟发放2至3个月，涉及资金${yuan(a)}元。`,
    (p, h, a) => `${where(p)}违规从低保资金中列支工作经费${yuan(a)}元，影响${h}户低保金足额发放。`,
  ],
};

/** The rectification the inspectors require for each kind of problem. */
export const REQUIRED_MEASURES: Record<ProblemCategory, string> = {
  RELATIONSHIP_BASED:
    '逐户复核近亲属备案对象，对不符合条件的家庭停发低保金并追回违规领取资金；对相关村干部依规依纪问责。',
  FAVOR_BASED: '对“人情保”对象逐户重新核查，不符合条件的一律清退并追回资金；严肃追究审核把关人员责任。',
  WRONGLY_INCLUDED: '开展家庭经济状况复核，对不符合条件的家庭按程序停保并追回多领资金；健全动态调整机制。',
  WRONGLY_EXCLUDED: '对符合条件的家庭按程序纳入保障并补发待遇；在全县开展低收入人口排查，做到应保尽保。',
  FRAUDULENT_CLAIM: '停发骗取的低保金并全额追回，情节严重的移送有关部门处理；在全县开展典型案例警示教育。',
  EQUAL_SPLITTING:
    '立即停止平均分配做法，按核定金额通过社会化发放直接发放到户，收回被挪用资金并补发到户；对村干部开展政策培训。',
  IRREGULAR_PROCEDURE: '严格执行入户调查、民主评议和公示制度，对近一年新增对象逐一补正程序并完善档案。',
  FUND_MISMANAGEMENT: '建立按月发放台账，通过社会化发放足额及时发放到户，补发延迟资金，归还违规列支资金。',
};

export const PROGRESS_NOTES: readonly string[] = [
  '已召开专题会议研究整改方案，成立整改工作专班，逐户开展复核。',
  '已完成问题对象入户核查，建立整改台账，相关资金正在追缴。',
  '已对责任人进行约谈，整改工作按计划推进，完成进度约六成。',
  '已对问题涉及家庭逐户登记造册，正在履行停保或纳入程序。',
];

export const FIXED_CLAIMS: readonly string[] = [
  '问题已全部整改到位：不符合条件对象已清退，违规资金已追回，相关制度已健全，申请复核销号。',
  '整改任务全部完成，整改材料已归档，申请督察组复核。',
  '已按整改要求逐项落实，群众反映良好，申请复核销号。',
];

export const RECHECK_PASSED_NOTES: readonly string[] = [
  '经随机入户抽查和资金流向核查，整改到位，同意销号。',
  '复核组查阅台账、走访群众，问题已整改到位，予以销号。',
];

export const RECHECK_FAILED_NOTES: readonly string[] = [
  '复核发现仍有对象未按程序处理，整改不到位，退回继续整改。',
  '抽查发现整改台账与实际不符，部分资金尚未追回，退回继续整改。',
];

export const CLOSED_NOT_FIXED_REASONS: readonly string[] = [
  '当事人已去世且无可执行财产，违规资金无法追回，经研究按未整改到位关闭，移交纪检监察机关处理。',
  '整改期满仍未完成，相关责任人已移送问责，问题按未整改到位关闭。',
];

export const REOPEN_REASONS: readonly string[] = [
  '群众再次反映同类问题，经核实问题反弹，重新打开继续整改。',
  '审计发现已销号问题仍有遗留资金未追回，重新打开。',
];

export const TOPIC_PHRASES: Record<InspectionTopic, string> = {
  POLICY_IMPLEMENTATION: '低保政策落实',
  RECIPIENT_IDENTIFICATION: '低保对象认定',
  FUND_MANAGEMENT: '低保资金管理使用',
};

/** "2025年西宁市低保对象认定和低保资金管理使用专项督察". */
export function inspectionTitle(year: number, organiser: string, topics: readonly InspectionTopic[]): string {
  const phrases = topics.map((topic) => TOPIC_PHRASES[topic]);
  const joined = phrases.length > 1 ? `${phrases.slice(0, -1).join('、')}和${phrases.at(-1)}` : phrases[0];
  return `${year}年${organiser}${joined}专项督察`;
}

export function inspectionConclusion(
  random: Random,
  input: { targets: string; findings: number; households: number; amountFen: number },
): string {
  const overall = pickOne(random, [
    '总体看，被督察地区党委政府重视低保工作，政策落实总体到位',
    '总体看，被督察地区低保工作制度较为健全，但基层落实仍有差距',
    '总体看，被督察地区低保规范管理有所加强，但问题仍较突出',
  ]);
  return (
    `督察组对${input.targets}开展专项督察，共发现问题${input.findings}个，涉及${input.households}户、` +
    `金额${yuan(input.amountFen)}元。${overall}。督察组已向被督察地区反馈问题清单，明确整改要求和期限，` +
    '整改情况纳入年度绩效评价。'
  );
}
