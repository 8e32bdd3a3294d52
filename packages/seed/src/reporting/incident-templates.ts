import type { IncidentCategory, IncidentSeverity, IncidentStatus } from '@dibao/domain';

import { randomInt, type Random } from '../random.js';

/** Short names of where an incident happened; township is null when it concerns the whole county. */
export interface IncidentPlace {
  county: string;
  prefecture: string;
  township: string | null;
}

export type FollowUpStatus = Exclude<IncidentStatus, 'REPORTED'>;

export interface IncidentTemplate {
  key: string;
  category: IncidentCategory;
  severities: readonly IncidentSeverity[];
  /** Counties it fits (GB/T 2260 codes); any county when omitted or none of them is in the data. */
  counties?: readonly string[];
  /** Months (Beijing time) it can happen in; never December, which the year's reports would miss. */
  months: readonly number[];
  /** Years it can happen in, when it belongs to a period (the pandemic). */
  years?: readonly number[];
  inTownship: boolean;
  /** Which bureau reports it to the province: prefectures report what spans counties or reached the press. */
  reportedBy: 'COUNTY' | 'PREFECTURE';
  /** Hours from event to report. */
  reportDelayHours: readonly [min: number, max: number];
  title(place: IncidentPlace): string;
  description(place: IncidentPlace, random: Random): string;
  causeAnalysis: string;
  rectificationMeasures: string;
  /** What each follow-up update says. */
  notes: Record<FollowUpStatus, string>;
}

const at = (place: IncidentPlace) => place.township ?? '某乡镇';

/** The fire of the end-to-end story: a Datong township, reported within hours. */
export const DATONG_FIRE: IncidentTemplate = {
  key: 'datong-fire',
  category: 'ACCIDENT',
  severities: ['MAJOR'],
  counties: ['630121'],
  months: [1, 2, 3, 10, 11],
  inTownship: true,
  reportedBy: 'COUNTY',
  reportDelayHours: [1, 5],
  title: (p) => `${p.county}${at(p)}低保户房屋火灾`,
  description: (p, r) =>
    `${at(p)}某村一处民房因取暖炉具引燃柴草起火，火势蔓延至相邻院落，造成${randomInt(r, 2, 5)}户低保家庭房屋及生活用品损毁，` +
    '无人员伤亡。镇政府第一时间组织转移安置受灾群众，县民政局启动临时救助。',
  causeAnalysis: '农村房屋多为土木结构，冬季取暖用火集中，低保家庭消防安全意识薄弱，村级防火巡查不到位。',
  rectificationMeasures:
    '向受灾低保户发放临时救助金和棉衣被、米面油等生活物资，协调住建部门纳入农村危房改造；在全县开展低保户、特困户冬季用火用电安全排查。',
  notes: {
    UNDER_REVIEW: '县民政局会同应急管理部门核实受灾情况，受灾低保户已全部妥善安置。',
    RECTIFYING: '临时救助金已发放到户，受损房屋纳入农村危房改造计划。',
    CLOSED: '受灾户住房修缮完成并入住，全县用火用电安全排查问题整改完毕，事件办结。',
  },
};

/** The other incidents the demo draws from; each is used at most once. */
export const INCIDENT_TEMPLATES: readonly IncidentTemplate[] = [
  {
    key: 'yushu-snowstorm',
    category: 'NATURAL_DISASTER',
    severities: ['SERIOUS', 'MAJOR'],
    counties: ['632723', '632722', '632724', '632726'],
    months: [1, 2, 3, 10, 11],
    inTownship: false,
    reportedBy: 'PREFECTURE',
    reportDelayHours: [4, 20],
    title: (p) => `${p.prefecture}暴雪灾害致低保户生活困难`,
    description: (p, r) =>
      `${p.county}等地遭遇持续强降雪，积雪深度达${randomInt(r, 25, 60)}厘米，部分牧区道路中断，` +
      `${randomInt(r, 30, 120)}户低保牧户牲畜死亡、燃料和口粮短缺，生活出现困难。`,
    causeAnalysis: '极端天气致牧区交通中断，低保牧户居住分散、越冬储备不足，抗灾能力弱。',
    rectificationMeasures:
      '启动自然灾害救助应急响应，调拨棉衣被、燃料和口粮，向受灾低保户发放临时救助金；完善牧区冬春救助物资储备。',
    notes: {
      UNDER_REVIEW: '州民政局派出工作组赴灾区核灾，救灾物资已调运至乡镇。',
      RECTIFYING: '临时救助金和越冬物资已发放到户，道路逐步恢复通行。',
      CLOSED: '受灾低保户基本生活得到保障，冬春救助工作总结已上报，事件办结。',
    },
  },
  {
    key: 'media-misappropriation',
    category: 'MEDIA_EXPOSURE',
    severities: ['SERIOUS'],
    months: [3, 4, 5, 6, 7, 8, 9],
    inTownship: false,
    reportedBy: 'PREFECTURE',
    reportDelayHours: [24, 60],
    title: () => '某县低保资金被挪用问题被媒体曝光',
    description: (p) =>
      `有媒体报道${p.county}某乡镇民政经办人员将部分低保资金挪作他用，引发社会关注。` +
      `${p.prefecture}民政局获悉后立即会同纪检监察机关开展核查。`,
    causeAnalysis: '乡镇低保资金发放环节监管缺失，个别经办人员利用职务便利违规操作，部分资金未实行社会化发放。',
    rectificationMeasures:
      '追回被挪用资金并足额补发到户，相关责任人移交纪检监察机关处理；全面推行低保资金“一卡通”直接发放，开展资金专项检查。',
    notes: {
      UNDER_REVIEW: '核查组已调取资金发放台账和银行流水，初步核实挪用事实。',
      RECTIFYING: '被挪用资金已全部追回并补发到户，资金专项检查正在推进。',
      CLOSED: '责任人已受到党纪政务处分，资金专项检查发现问题整改完毕，事件办结。',
    },
  },
  {
    key: 'earthquake',
    category: 'NATURAL_DISASTER',
    severities: ['MAJOR', 'SERIOUS'],
    counties: ['632626', '632624', '632722', '632821'],
    months: [3, 4, 5, 6, 7, 8, 9, 10],
    inTownship: false,
    reportedBy: 'COUNTY',
    reportDelayHours: [2, 12],
    title: (p) => `${p.county}地震致部分低保户房屋受损`,
    description: (p, r) =>
      `${p.county}境内发生地震，部分牧民定居点房屋出现裂缝，${randomInt(r, 20, 80)}户低保家庭住房受损，无人员死亡。` +
      '县民政局连夜组织排查，转移安置受损户。',
    causeAnalysis: '震区房屋抗震设防标准低，低保家庭住房多为早年自建，受损比例较高。',
    rectificationMeasures: '对受灾低保户实施过渡期生活救助，优先安排住房加固重建；将受灾边缘户及时纳入临时救助。',
    notes: {
      UNDER_REVIEW: '受损房屋鉴定完成，受灾低保户已安置在帐篷和亲友家中。',
      RECTIFYING: '过渡期生活救助按月发放，住房加固重建工程开工。',
      CLOSED: '受损住房加固重建完成，过渡期救助结束，事件办结。',
    },
  },
  {
    key: 'flash-flood',
    category: 'NATURAL_DISASTER',
    severities: ['MAJOR', 'GENERAL'],
    counties: ['630222', '630223', '630224', '630225', '630202', '630106', '630123'],
    months: [6, 7, 8, 9],
    inTownship: true,
    reportedBy: 'COUNTY',
    reportDelayHours: [3, 20],
    title: (p) => `${p.county}${at(p)}强降雨引发山洪致低保户农房受损`,
    description: (p, r) =>
      `受短时强降雨影响，${at(p)}多个村发生山洪，冲毁部分农田和道路，${randomInt(r, 8, 30)}户低保家庭农房进水或倒塌。`,
    causeAnalysis: '山区沟道行洪能力不足，部分低保家庭房屋建在沟口和河滩地带，避险搬迁未全部完成。',
    rectificationMeasures: '紧急转移受威胁群众，对受灾低保户发放临时救助金；将沟口河滩低保户纳入避险搬迁计划。',
    notes: {
      UNDER_REVIEW: '受灾情况已逐户核实，受灾群众全部转移安置。',
      RECTIFYING: '临时救助金发放到位，倒塌房屋恢复重建和避险搬迁有序推进。',
      CLOSED: '恢复重建完成，避险搬迁户已入住新居，事件办结。',
    },
  },
  {
    key: 'collective-petition',
    category: 'MASS_INCIDENT',
    severities: ['GENERAL', 'MAJOR'],
    months: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    inTownship: true,
    reportedBy: 'COUNTY',
    reportDelayHours: [4, 24],
    title: (p) => `${p.county}${at(p)}部分村民集体上访反映低保评议不公`,
    description: (p, r) =>
      `${at(p)}某村${randomInt(r, 15, 40)}名村民到县政府集体上访，反映村低保评议过程不公开、部分家庭条件较好的农户享受低保。`,
    causeAnalysis: '村级民主评议流于形式，评议结果未按规定公示，村干部对政策解释不到位。',
    rectificationMeasures:
      '县民政局会同乡镇对该村低保对象逐户复核，重新组织民主评议并公示；对评议程序违规的村干部进行约谈。',
    notes: {
      UNDER_REVIEW: '工作组进村逐户入户核查，已向上访群众反馈核查进度。',
      RECTIFYING: '取消不符合条件的低保对象，重新评议结果已公示。',
      CLOSED: '上访群众对处理结果表示满意，相关村干部已被约谈，事件办结。',
    },
  },
  {
    key: 'staff-fraud',
    category: 'FUND_SECURITY',
    severities: ['SERIOUS', 'MAJOR'],
    months: [3, 4, 5, 6, 7, 8, 9, 10, 11],
    inTownship: true,
    reportedBy: 'COUNTY',
    reportDelayHours: [8, 30],
    title: (p) => `${p.county}${at(p)}经办人员冒领低保金问题`,
    description: (p, r) =>
      `县民政局在资金比对中发现，${at(p)}一名经办人员以已故和外出人员名义冒领低保金，涉及${randomInt(r, 5, 20)}人。`,
    causeAnalysis: '低保对象死亡、迁出等信息未及时比对更新，乡镇经办岗位缺乏相互制约，资金发放复核不严。',
    rectificationMeasures:
      '追缴冒领资金，将涉事人员移送纪检监察机关；建立与公安、卫健部门的死亡和户籍信息定期比对机制，实行经办与复核岗位分离。',
    notes: {
      UNDER_REVIEW: '冒领资金数额已核实，涉事人员停职接受调查。',
      RECTIFYING: '冒领资金已追缴入库，信息比对机制建立并运行。',
      CLOSED: '涉事人员受到处分并移送司法机关，整改通过县纪委监委验收，事件办结。',
    },
  },
  {
    key: 'pandemic-lockdown',
    category: 'PUBLIC_HEALTH',
    severities: ['MAJOR'],
    counties: ['630102', '630103', '630104', '630105', '632801'],
    months: [3, 4, 8, 9, 10, 11],
    years: [2021, 2022],
    inTownship: false,
    reportedBy: 'COUNTY',
    reportDelayHours: [2, 12],
    title: (p) => `${p.county}疫情封控期间低保对象基本生活保障`,
    description: (p, r) =>
      `${p.county}因新冠肺炎疫情实施临时封控，辖区${randomInt(r, 800, 3000)}名低保对象购买生活必需品困难，` +
      '部分独居老人和重病患者需要上门服务。',
    causeAnalysis: '封控期间生活物资配送渠道受阻，低保对象中老年人、残疾人比例高，自主采购能力弱。',
    rectificationMeasures:
      '社区网格员逐户摸排低保对象生活需求，组织爱心物资配送，提前发放当月低保金并增发一次性临时补贴。',
    notes: {
      UNDER_REVIEW: '已完成低保对象生活需求摸排，建立重点对象包联台账。',
      RECTIFYING: '一次性临时补贴已发放，生活物资配送常态化运行。',
      CLOSED: '封控解除，低保对象生活保障工作总结已上报，事件办结。',
    },
  },
  {
    key: 'coal-gas-poisoning',
    category: 'ACCIDENT',
    severities: ['GENERAL'],
    months: [1, 2, 11],
    inTownship: true,
    reportedBy: 'COUNTY',
    reportDelayHours: [1, 10],
    title: (p) => `${p.county}${at(p)}低保户煤烟中毒事件`,
    description: (p, r) =>
      `${at(p)}一户低保家庭夜间使用煤炉取暖，门窗紧闭致${randomInt(r, 2, 3)}人一氧化碳中毒，经送医抢救脱离危险。`,
    causeAnalysis: '低保家庭取暖设施老旧、通风条件差，冬季安全取暖宣传未覆盖到户。',
    rectificationMeasures:
      '为该户更换安全取暖设施并落实医疗救助；在全乡开展低保户冬季取暖安全入户检查，为独居老人安装一氧化碳报警器。',
    notes: {
      UNDER_REVIEW: '中毒人员病情稳定，医疗救助已启动。',
      RECTIFYING: '入户安全检查和报警器安装正在推进。',
      CLOSED: '全乡低保户取暖安全检查完成，医疗费用已按规定报销和救助，事件办结。',
    },
  },
  {
    key: 'payment-system-failure',
    category: 'FUND_SECURITY',
    severities: ['GENERAL'],
    months: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    inTownship: false,
    reportedBy: 'COUNTY',
    reportDelayHours: [4, 24],
    title: (p) => `${p.county}低保金代发系统故障致当月发放延迟`,
    description: (p, r) =>
      `因代发银行系统升级故障，${p.county}当月低保金未能按时到账，涉及${randomInt(r, 2000, 9000)}名低保对象，部分群众到乡镇询问。`,
    causeAnalysis: '代发银行系统升级未提前告知民政部门，资金发放缺少到账核对和应急预案。',
    rectificationMeasures:
      '协调代发银行恢复系统并补发，通过村（社区）公告向群众说明情况；与代发银行签订服务协议，建立到账核对和应急发放机制。',
    notes: {
      UNDER_REVIEW: '银行系统已恢复，正在逐户核对到账情况。',
      RECTIFYING: '当月低保金已全部补发到账，代发服务协议修订中。',
      CLOSED: '代发服务协议签订，应急发放机制建立，事件办结。',
    },
  },
  {
    key: 'media-favour',
    category: 'MEDIA_EXPOSURE',
    severities: ['MAJOR', 'GENERAL'],
    months: [3, 4, 5, 6, 7, 8, 9, 10],
    inTownship: true,
    reportedBy: 'PREFECTURE',
    reportDelayHours: [30, 72],
    title: (p) => `网络反映${p.county}某村“人情保”问题`,
    description: (p) =>
      `网络平台发布帖文，反映${p.county}${at(p)}某村村干部亲属享受低保而困难家庭未被纳入，帖文转发量较大。`,
    causeAnalysis: '村干部近亲属享受低保未按规定备案，乡镇审核把关不严，群众监督渠道不畅。',
    rectificationMeasures:
      '对该村低保对象全面复核，清退不符合条件的对象，将符合条件的困难家庭纳入保障；对相关村干部和乡镇审核人员追责问责。',
    notes: {
      UNDER_REVIEW: '核查组进驻该村，已对帖文反映情况逐项核查。',
      RECTIFYING: '不符合条件的对象已清退，符合条件的困难家庭已纳入低保，核查结果已在网上回应。',
      CLOSED: '相关责任人受到处理，村干部近亲属享受低保备案制度落实，事件办结。',
    },
  },
  {
    key: 'hailstorm',
    category: 'NATURAL_DISASTER',
    severities: ['GENERAL'],
    counties: ['632221', '632223', '632224', '630223', '632522', '632525'],
    months: [6, 7, 8],
    inTownship: true,
    reportedBy: 'COUNTY',
    reportDelayHours: [4, 20],
    title: (p) => `${p.county}${at(p)}冰雹灾害致低保户农作物受灾`,
    description: (p, r) =>
      `${at(p)}遭受冰雹袭击，油菜、青稞等农作物大面积受损，${randomInt(r, 40, 150)}户低保家庭主要收入来源受到影响。`,
    causeAnalysis: '强对流天气突发，当地农作物保险覆盖率低，低保家庭抵御自然风险能力弱。',
    rectificationMeasures: '对受灾低保户发放临时救助金，协调农业部门提供补种种子；推动低保家庭参加政策性农业保险。',
    notes: {
      UNDER_REVIEW: '受灾面积和受灾低保户已核实登记。',
      RECTIFYING: '临时救助金和补种种子已发放到户。',
      CLOSED: '受灾低保户生活稳定，次年农业保险参保工作已部署，事件办结。',
    },
  },
  {
    key: 'privacy-leak',
    category: 'OTHER',
    severities: ['GENERAL'],
    months: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    inTownship: true,
    reportedBy: 'COUNTY',
    reportDelayHours: [6, 22],
    title: (p) => `${p.county}${at(p)}低保公示泄露个人信息问题`,
    description: (p) => `群众反映${at(p)}张贴的低保公示名单中包含身份证号码和家庭住址等个人信息，存在隐私泄露风险。`,
    causeAnalysis: '乡镇经办人员对低保公示内容的规定掌握不准，公示前未经审核。',
    rectificationMeasures:
      '立即撤换公示名单，按规定仅公示姓名、保障人数和金额等信息；在全县开展低保公示规范化检查并组织培训。',
    notes: {
      UNDER_REVIEW: '违规公示名单已撤下，正在排查其他乡镇公示情况。',
      RECTIFYING: '全县低保公示规范化检查正在进行，经办人员培训已开展。',
      CLOSED: '全县公示内容全部规范，相关经办人员受到批评教育，事件办结。',
    },
  },
  {
    key: 'guoluo-snowstorm',
    category: 'NATURAL_DISASTER',
    severities: ['MAJOR', 'SERIOUS'],
    counties: ['632623', '632624', '632625', '632622'],
    months: [1, 2, 3, 11],
    inTownship: false,
    reportedBy: 'PREFECTURE',
    reportDelayHours: [6, 28],
    title: (p) => `${p.prefecture}雪灾致牧区低保户牲畜死亡`,
    description: (p, r) =>
      `${p.county}及周边牧区持续降雪低温，牧草被积雪覆盖，${randomInt(r, 50, 200)}户低保牧户牲畜因缺草料死亡，生产生活面临困难。`,
    causeAnalysis: '冬春季饲草料储备不足，牧区低保户畜群规模小、抗灾能力弱。',
    rectificationMeasures: '调运饲草料和救灾物资，向受灾低保牧户发放临时救助金；建设牧区饲草料储备点。',
    notes: {
      UNDER_REVIEW: '州县工作组已赴受灾牧区核查，饲草料正在调运。',
      RECTIFYING: '饲草料和临时救助金已发放到户。',
      CLOSED: '受灾牧户生产生活恢复，饲草料储备点建设纳入下年计划，事件办结。',
    },
  },
  {
    key: 'drought',
    category: 'NATURAL_DISASTER',
    severities: ['GENERAL', 'MAJOR'],
    counties: ['632521', '632523', '630224', '630225'],
    months: [5, 6, 7],
    inTownship: false,
    reportedBy: 'COUNTY',
    reportDelayHours: [10, 36],
    title: (p) => `${p.county}持续干旱致低保户生活困难`,
    description: (p, r) =>
      `${p.county}连续数月降水偏少，旱作农田减产严重，${randomInt(r, 200, 600)}户低保家庭收入明显下降，部分山区群众饮水困难。`,
    causeAnalysis: '山区旱作农业靠天吃饭，水利设施薄弱，低保家庭收入结构单一。',
    rectificationMeasures:
      '启动抗旱救灾应急响应，组织拉水送水，对受灾低保户提高临时救助标准；加快山区饮水安全工程建设。',
    notes: {
      UNDER_REVIEW: '旱情和受灾低保户已核实，拉水送水工作启动。',
      RECTIFYING: '临时救助金已发放，饮水安全工程加快推进。',
      CLOSED: '旱情解除，受灾低保户生活稳定，事件办结。',
    },
  },
];
