import type { ComplaintChannel, ComplaintConclusion, ProblemCategory } from '@dibao/domain';

import { pickOne, type Random } from '../random.js';

/** Where a complaint is about, in the short forms people use on the phone. */
export interface ComplaintPlace {
  county: string;
  township: string | null;
  village: string;
}

/** Common, made-up village names; Qinghai villages are often named after terrain (湾, 沟, 滩, 庄). */
const VILLAGES = [
  '上庄村',
  '下寨村',
  '红崖村',
  '阳坡村',
  '新民村',
  '团结村',
  '河湾村',
  '东山村',
  '西沟村',
  '古城村',
  '沙沟村',
  '黑林村',
  '前滩村',
  '后河村',
  '马场村',
  '柳树湾村',
  '大庄村',
  '中庄村',
  '白崖村',
  '卡阳村',
];

export const pickVillage = (random: Random) => pickOne(random, VILLAGES);

const where = (place: ComplaintPlace) => `${place.county}${place.township ?? ''}${place.village}`;

/** What callers and letter-writers report, by problem category. Never names the complainant. */
const SUMMARIES: Record<ProblemCategory, ReadonlyArray<(place: ComplaintPlace) => string>> = {
  RELATIONSHIP_BASED: [
    (p) => `反映${where(p)}村委会主任的弟弟家有两辆货车、在县城有商品房，仍享受农村低保，群众意见很大。`,
    (p) => `${where(p)}村支书的亲属多人纳入低保，其中一户常年在外经营建材生意，收入明显超过标准。`,
    (p) => `反映${where(p)}有乡镇干部的近亲属享受低保，评议时未按规定备案公示。`,
  ],
  FAVOR_BASED: [
    (p) => `${where(p)}个别村干部把低保名额当人情送给关系好的村民，真正困难的老人反而没有评上。`,
    (p) => `反映${where(p)}低保评议走过场，谁家和村干部走得近谁家就能评上。`,
    (p) => `${where(p)}有村民称给村干部送礼后才办下低保，要求调查核实。`,
  ],
  WRONGLY_INCLUDED: [
    (p) => `${where(p)}一户低保户家中有两人在外务工、收入稳定，并新建了二层楼房，仍在领取低保金。`,
    (p) => `反映${where(p)}某低保户已购买小轿车并在镇上开店，不符合低保条件。`,
    (p) => `${where(p)}有低保户家庭成员为财政供养人员，仍按农村低保领取补助。`,
    (p) => `反映${where(p)}一户低保对象已于去年迁往外地居住，低保金仍在按月发放。`,
  ],
  WRONGLY_EXCLUDED: [
    (p) => `${where(p)}一位独居老人患慢性病、无劳动能力，多次申请低保均未获批，生活十分困难。`,
    (p) => `反映${where(p)}一户因病致贫家庭申请低保后村里迟迟不上报，也不告知原因。`,
    (p) => `${where(p)}一户重度残疾人家庭符合条件却被取消低保，家属不知道为什么。`,
  ],
  FRAUDULENT_CLAIM: [
    (p) => `反映${where(p)}有人通过分户、隐瞒家庭财产骗取低保，实际家里经营牛羊养殖规模不小。`,
    (p) => `${where(p)}有一户低保对象已去世一年多，家属仍在冒领低保金。`,
    (p) => `反映${where(p)}有村民伪造病历材料申请低保，村里明知情况仍予上报。`,
  ],
  EQUAL_SPLITTING: [
    (p) => `${where(p)}把全村的低保金集中起来平均分给各户，每户几百元，真正困难的家庭拿到的很少。`,
    (p) => `反映${where(p)}村里实行“轮流吃低保”，每年换一批人，低保金按户平分。`,
    (p) => `${where(p)}村干部收回低保户的存折，把低保金按人头平分给全组村民。`,
  ],
  IRREGULAR_PROCEDURE: [
    (p) => `${where(p)}今年新增低保对象没有召开民主评议会，名单也没有张榜公示。`,
    (p) => `反映${where(p)}低保入户调查只是打电话询问，乡镇没有按规定入户核查。`,
    (p) => `${where(p)}低保审批结果公示只贴了一天就撕掉了，群众来不及提意见。`,
  ],
  FUND_MISMANAGEMENT: [
    (p) => `${where(p)}低保金连续三个月没有按时发放到卡，村民多次询问没有答复。`,
    (p) => `反映${where(p)}有人以“代办费”名义从低保户的补助中扣钱。`,
    (p) => `${where(p)}村会计代管多户低保户的银行卡，低保金去向不明。`,
  ],
};

export function complaintSummary(random: Random, category: ProblemCategory, place: ComplaintPlace): string {
  return pickOne(random, SUMMARIES[category])(place);
}

/** How the channel colours the opening of a summary. */
export function summaryPrefix(channel: ComplaintChannel): string {
  switch (channel) {
    case 'VOLUNTEER_SUPERVISOR':
      return '义务监督员走访发现：';
    case 'SOCIAL_ORGANIZATION':
      return '第三方社会组织入户抽查发现：';
    case 'MEDIA':
      return '网络媒体报道：';
    case 'REFERRAL':
      return '上级交办：';
    default:
      return '';
  }
}

const FINDINGS: Record<ComplaintConclusion, readonly string[]> = {
  SUBSTANTIATED: [
    '经乡镇、县民政局联合入户核查，调取银行流水和不动产登记信息，反映问题属实。已责令停发并追回违规领取的低保金，对相关责任人移交纪检监察机关处理。',
    '核查组走访村民二十余户，查阅评议记录和发放台账，反映问题基本事实清楚、属实。已督促整改并在全乡开展排查。',
    '经比对车辆、工商、住房公积金等信息，确认所反映情况属实，已按程序取消其低保资格并追缴资金。',
  ],
  PARTLY_SUBSTANTIATED: [
    '经入户核查，所反映的部分情况属实，其余情况查无实据。已对属实部分予以纠正，并对村级评议程序进行规范。',
    '核查发现低保评议公示不规范属实，但反映的优亲厚友问题证据不足。已责令乡镇重新评议公示。',
  ],
  UNSUBSTANTIATED: [
    '经乡镇和县民政局入户核查，并比对收入、财产信息，该户符合低保条件，反映问题不属实。',
    '核查组调阅评议、公示及审批材料，程序完整，未发现所反映问题。已向村民做好政策解释。',
    '经核查，所反映对象已于早前按规定退出低保，不存在违规领取问题。',
  ],
};

export const complaintFindings = (random: Random, conclusion: ComplaintConclusion) =>
  pickOne(random, FINDINGS[conclusion]);

const FEEDBACK: Record<ComplaintConclusion, readonly string[]> = {
  SUBSTANTIATED: [
    '您反映的问题经核查属实，已依法依规处理，违规领取的低保金已追回，感谢您对低保工作的监督。',
    '经调查核实，您反映的情况属实。相关人员已被停发低保并追缴资金，责任人已移交有关部门处理。',
  ],
  PARTLY_SUBSTANTIATED: [
    '您反映的问题经核查部分属实，属实部分已纠正整改，其余情况经核实不存在。感谢您的监督。',
    '经调查，您反映的部分问题属实，已督促当地规范低保评议和公示程序。',
  ],
  UNSUBSTANTIATED: [
    '经入户核查和信息比对，您反映的对象符合低保条件，暂未发现违规问题。如有新的线索，欢迎继续反映。',
    '经调查核实，您反映的问题不属实。我们已向当地群众做好政策宣传解释，感谢您的关注。',
  ],
};

export const complaintFeedback = (random: Random, conclusion: ComplaintConclusion) =>
  pickOne(random, FEEDBACK[conclusion]);

export const COMPLAINANT_MESSAGES = [
  '请问我反映的问题现在办到哪一步了？',
  '我再补充一点情况：这户人家去年还在县城买了门面房。',
  '村里最近又在传这件事，希望尽快调查。',
  '我不方便公开身份，请不要向村里透露是谁反映的。',
  '谢谢你们的答复，我会继续关注。',
] as const;

export const HANDLER_MESSAGES = [
  '您好，您反映的问题已受理，我们正在组织入户核查，请耐心等待。',
  '感谢您补充的线索，我们会一并核实。',
  '我们会严格为您保密，请放心。核查结果将通过本渠道反馈。',
  '核查工作已基本完成，近期将向您反馈办理结果。',
] as const;

export const RATING_COMMENTS: Record<'satisfied' | 'unsatisfied', readonly string[]> = {
  satisfied: ['处理及时，感谢。', '结果满意，工作人员态度很好。', '问题已经解决。'],
  unsatisfied: ['只是走了个过场，问题没有真正解决。', '核查没有入户，结论不客观。', '处理太慢，结果也不满意。'],
};

export const APPEAL_REASONS = {
  UPHELD: '经复查，原核查程序规范、结论依据充分，维持原处理意见。',
  OVERTURNED: '经复查，原核查未入户走访、证据不充分，撤销原处理意见，责成重新核查。',
} as const;

export const REVEAL_REASONS = [
  '举报人所述户名与村里户籍信息对不上，需要与举报人当面核实具体户主姓名和地址。',
  '需联系举报人补充银行流水截图等证据，以便认定骗保金额。',
  '举报人反映遭到打击报复，需核实其身份后协调公安机关提供保护。',
] as const;

/** Who volunteer supervisors are in their communities. */
export const VOLUNTEER_AFFILIATIONS = [
  '村民代表',
  '退休教师',
  '县人大代表',
  '县政协委员',
  '社区网格员',
  '老党员',
  '乡村医生',
  '寺院管委会成员',
] as const;

/** Social work organisations a prefecture might engage; made-up names in the usual pattern. */
export const SOCIAL_ORGANIZATION_NAMES = [
  '知行社会工作服务中心',
  '同心社会工作服务中心',
  '阳光社会工作服务社',
  '众和社会组织评估中心',
  '益民社会工作服务中心',
  '康乐社会工作发展中心',
] as const;

export const CONTRACT_DELIVERABLES = [
  '对辖区低保对象开展入户抽查不少于 300 户，按季度提交低保政策落实情况第三方监督评估报告。',
  '组织开展低保对象认定精准度第三方评估，抽查不少于 5% 的低保家庭，形成问题清单并跟踪整改。',
  '受理并核实群众对低保工作的意见建议，每月汇总上报，年终提交社会监督工作总结。',
] as const;
