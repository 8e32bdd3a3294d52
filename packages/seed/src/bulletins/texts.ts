/*
 * The wording of the demo bulletins, in the register of provincial documents. Public texts name regions in
 * full; internal summaries carry the figures behind an item.
 */

/** Local innovations (创新做法) a prefecture or county may be commended for. */
export const INNOVATIONS: ReadonlyArray<(place: string) => string> = [
  (place) =>
    `${place}推行低保审核审批“阳光工程”，入户调查、民主评议、张榜公示全程留痕，群众可扫码查询办理进度，做法值得各地学习借鉴。`,
  (place) =>
    `${place}建立低保对象家庭经济状况大数据比对机制，联合公安、住建、市场监管、不动产登记等部门定期比对，精准识别救助对象。`,
  (place) => `${place}推行社会救助“一门受理、协同办理”，乡镇（街道）统一设立服务窗口，困难群众申请救助“只进一扇门”。`,
  (place) =>
    `${place}聘请义务监督员并通过政府购买服务引入第三方机构，常态化开展低保政策落实情况评估，发现问题即时移交整改。`,
  (place) => `${place}实行低保动态管理“季度复核”制度，按季度核查家庭收入变化，做到应保尽保、应退尽退。`,
];

/** Advanced experience (先进经验) worth spreading. */
export const ADVANCED_EXPERIENCES: ReadonlyArray<(place: string) => string> = [
  (place) => `${place}建立县乡村三级低保经办人员培训制度，全年开展业务培训，经办规范化水平明显提升。`,
  (place) => `${place}坚持低保资金社会化发放，全部通过惠民惠农财政补贴资金“一卡通”直接发放到户，杜绝截留挪用。`,
  (place) => `${place}落实低保工作首问负责制，投诉举报件件有回音、事事有着落，群众满意度明显提高。`,
];

export const publicTexts = {
  reportLate: (place: string, year: number) =>
    `${place}${year}年度低保工作年度报告未按规定时限报送，工作进展缓慢，予以通报批评，责令其认真查找原因、切实加以整改。`,
  reportMissing: (place: string, year: number) =>
    `${place}至通报印发时仍未报送${year}年度低保工作年度报告，工作进展缓慢，予以通报批评，责令立即报送。`,
  reportsOnTime: (place: string, year: number) =>
    `${place}及所属各县（市、区）${year}年度低保工作年度报告全部按时报送，数据完整规范，予以通报表扬。`,
  incidentLate: (place: string, title: string) =>
    `${place}发生“${title}”后未按规定时限报告，影响临时救助及时开展，予以通报批评。`,
  incidentLiability: (place: string, title: string) =>
    `${place}发生“${title}”，暴露出低保资金监管和经办管理不到位等问题，予以通报批评，责令严肃追责问责、举一反三整改。`,
  incidentPrompt: (place: string, title: string) =>
    `${place}在“${title}”发生后第一时间报告、第一时间启动临时救助，受灾困难群众得到及时妥善安置，予以通报表扬。`,
  slowRectification: (place: string) =>
    `${place}低保专项督察发现问题整改进展缓慢，部分问题整改不到位，予以通报批评，责令限期整改到位。`,
  goodRectification: (place: string) => `${place}对督察发现的问题立行立改、逐项销号，整改成效突出，予以通报表扬。`,
  datongEqualSplitting: (place: string) =>
    `${place}个别村存在平分低保金问题，县级报告整改完成后经独立复核仍未整改到位，工作进展缓慢，予以通报批评，责令限期彻底整改，并依规依纪依法追究相关人员责任。`,
};

export const BULLETIN_CLOSING =
  '希望受到表扬的地区再接再厉，充分发挥示范带动作用；受到批评的地区要认真查找原因，举一反三，限期整改，并于30日内将整改情况书面报送省民政厅。各地要以此为鉴，切实加强低保工作监督检查，确保低保政策落实落地。';

/** Paragraphs of official documents open with two ideographic spaces. */
const INDENT = '\u3000\u3000';

/** A plain body text: addressee, opening, the count of items, the closing. */
export function bulletinBody(options: {
  addressee: string;
  opening: string;
  commendations: number;
  criticisms: number;
  issuerName: string;
  dated: string;
}): string {
  const parts = [
    `${options.addressee}：`,
    `${INDENT}${options.opening}`,
    options.commendations > 0
      ? `${INDENT}一、对${options.commendations}个工作成效突出的地区和典型做法予以通报表扬。`
      : null,
    options.criticisms > 0
      ? `${INDENT}${options.commendations > 0 ? '二' : '一'}、对${options.criticisms}个存在问题的地区予以通报批评。`
      : null,
    `${INDENT}${BULLETIN_CLOSING}`,
    `${options.issuerName}`,
    options.dated,
  ];
  return parts.filter((part): part is string => part !== null).join('\n');
}
