import { ProblemCategory } from '@dibao/domain';

import { pickOne, type Random } from '../random.js';
import { totalProblems, type CompleteReportContent, type ReportFigures } from './figures.js';
import { wholeRegionWord } from './short-names.js';

/** Who is writing: a county bureau about its own work, or a prefecture bureau consolidating its counties'. */
export interface Narrator {
  /** Short name: 大通县, 西宁市, 玉树州. */
  name: string;
  consolidated: boolean;
}

/**
 * Puts figures into the short paragraphs bureaus write, varied from phrase lists so that reports do not
 * read alike. `incidentTitles` are those of the incidents in `figures.emergencies`.
 */
export function narrateReport(
  random: Random,
  narrator: Narrator,
  year: number,
  figures: ReportFigures,
  incidentTitles: readonly string[],
): CompleteReportContent {
  return {
    policy: { ...figures.policy, narrative: policyNarrative(random, narrator, year, figures.policy) },
    management: { ...figures.management, narrative: managementNarrative(random, narrator, figures.management) },
    funds: { ...figures.funds, narrative: fundsNarrative(random, narrator, figures.funds) },
    emergencies: { ...figures.emergencies, narrative: emergenciesNarrative(random, incidentTitles) },
    supervision: { ...figures.supervision, narrative: supervisionNarrative(random, narrator, figures.supervision) },
  };
}

const POLICY_OPENINGS = [
  '认真贯彻《社会救助暂行办法》和省委、省政府关于加强低保工作的部署要求',
  '坚持应保尽保、按标施保、动态管理、公开公正的原则',
  '把低保工作作为兜牢民生底线的重要抓手',
  '围绕巩固拓展脱贫攻坚成果同乡村振兴有效衔接',
];

const POLICY_CLOSINGS = [
  '低保政策与乡村振兴、临时救助等政策有效衔接。',
  '对重度残疾人、重病患者等特殊困难对象实行单人户施保。',
  '按照“分类施保”要求，对老年人、未成年人等对象适当提高补助水平。',
  '低保边缘家庭纳入动态监测范围，防止规模性返贫。',
];

function policyNarrative(random: Random, narrator: Narrator, year: number, p: ReportFigures['policy']): string {
  const whole = wholeRegionWord(narrator.name);
  const standards = narrator.consolidated
    ? `${whole}城市低保平均标准为每人每月${yuan(p.urbanStandardFen)}元，农村低保平均标准为每人每月${yuan(p.ruralStandardFen)}元`
    : `城市低保标准提高到每人每月${yuan(p.urbanStandardFen)}元，农村低保标准提高到每人每月${yuan(p.ruralStandardFen)}元`;
  const publicity = p.publicityDone ? '审批结果均在村（社区）进行公示。' : '部分审批结果公示不够及时，已督促整改。';
  return (
    `${year}年，${narrator.name}${pickOne(random, POLICY_OPENINGS)}，${standards}。` +
    `年末共保障城市低保对象${p.urbanHouseholds}户${p.urbanPersons}人、农村低保对象${p.ruralHouseholds}户${p.ruralPersons}人。` +
    `全年受理低保申请${p.applications}户，审批通过${p.approvals}户，不予批准${p.rejections}户，退出${p.exits}户，${publicity}` +
    pickOne(random, POLICY_CLOSINGS)
  );
}

const MANAGEMENT_PRACTICES = [
  '推行“互联网+”低保审核确认，压缩审批时限。',
  '落实乡镇（街道）审核确认权限下放，规范申请、审核、公示流程。',
  '建立低保对象分类管理台账，对重点对象实行按月走访。',
  '组织经办人员业务培训，提升基层经办能力。',
  '运用居民家庭经济状况核对系统，提高认定精准度。',
];

function managementNarrative(random: Random, narrator: Narrator, m: ReportFigures['management']): string {
  return (
    `${wholeRegionWord(narrator.name)}低保审核审批平均用时${m.averageReviewDays}个工作日，入户调查${m.householdVisits}户次，` +
    `开展动态复核${m.dynamicReviews}户次，现有低保经办人员${m.staff}名。` +
    pickOne(random, MANAGEMENT_PRACTICES)
  );
}

const FUNDS_PRACTICES = [
  '资金实行专户管理、封闭运行，按月足额发放。',
  '配合财政、审计部门开展资金专项检查，未发现截留挪用问题。',
  '低保资金通过惠民惠农财政补贴资金“一卡通”直接发放到户。',
  '严格执行资金拨付台账制度，做到账实相符。',
];

function fundsNarrative(random: Random, narrator: Narrator, f: ReportFigures['funds']): string {
  const raised = f.raisedCentralFen + f.raisedProvincialFen + f.raisedPrefectureFen + f.raisedCountyFen;
  const bankShare = f.disbursedFen > 0 ? ((f.paidViaBankFen / f.disbursedFen) * 100).toFixed(1) : '0.0';
  return (
    `全年筹集低保资金${wan(raised)}万元，其中中央补助${wan(f.raisedCentralFen)}万元、省级配套${wan(f.raisedProvincialFen)}万元、` +
    `州（市）级${wan(f.raisedPrefectureFen)}万元、县级${wan(f.raisedCountyFen)}万元，上年结转${wan(f.carryOverFen)}万元；` +
    `支出${wan(f.disbursedFen)}万元，年末结余${wan(f.balanceFen)}万元。` +
    `${narrator.consolidated ? '各县（区）' : ''}通过金融机构打卡发放${wan(f.paidViaBankFen)}万元，占支出的${bankShare}%。` +
    pickOne(random, FUNDS_PRACTICES)
  );
}

const NO_EMERGENCY = [
  '本年度未发生涉及低保对象的重大突发事件，已修订完善临时救助应急预案。',
  '全年无涉及低保对象的重大事项和突发事件，救灾和临时救助物资储备到位。',
];

const EMERGENCY_FOLLOW_UPS = [
  '均按规定第一时间报告省民政厅，附原因分析和整改措施。',
  '事件发生后及时启动应急响应，受影响低保对象得到妥善安置。',
];

function emergenciesNarrative(random: Random, titles: readonly string[]): string {
  if (titles.length === 0) return pickOne(random, NO_EMERGENCY);
  return (
    `全年处置涉及低保对象的重大事项和突发事件${titles.length}起：${titles.join('；')}。` +
    pickOne(random, EMERGENCY_FOLLOW_UPS)
  );
}

const SUPERVISION_PRACTICES = [
  '畅通社会救助服务热线，落实首问负责制。',
  '聘请义务监督员参与低保评议和监督。',
  '通过政府购买服务委托第三方机构开展低保核查。',
  '对发现问题建立台账，实行销号管理。',
];

function supervisionNarrative(random: Random, narrator: Narrator, s: ReportFigures['supervision']): string {
  const problems = s.problemsFound.map((p) => `${ProblemCategory[p.category].zh}${p.count}个`).join('、');
  return (
    `${wholeRegionWord(narrator.name)}开展低保专项督查${s.inspections}次，发现问题${totalProblems(s)}个` +
    `${problems === '' ? '' : `（${problems}）`}，已整改${s.problemsRectified}个；` +
    `受理投诉举报${s.complaintsReceived}件，办结${s.complaintsClosed}件；追责问责${s.peopleHeldAccountable}人。` +
    pickOne(random, SUPERVISION_PRACTICES)
  );
}

/** Standards are whole yuan for counties, fen-precise averages for prefectures. */
function yuan(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}

/** 万元 with two decimals, as funds appear in Chinese government reports. */
function wan(fen: number): string {
  return (fen / 1_000_000).toFixed(2);
}
