import type { Candidate } from './detect.service.js';

const yuan = (fen: unknown) => (Number(fen) / 100).toFixed(2);
const percent = (share: unknown) => `${(Number(share) * 100).toFixed(1)}%`;
const REGISTER_KIND_ZH: Record<string, string> = {
  DECEASED: '已死亡人员',
  OFFICIAL: '公职人员',
  OFFICIAL_RELATIVE: '公职人员近亲属',
  VEHICLE_OWNER: '车辆所有人',
  PROPERTY_OWNER: '房产所有人',
  BUSINESS_OWNER: '工商登记经营者',
};
const REGISTER_KIND_EN: Record<string, string> = {
  DECEASED: 'deceased',
  OFFICIAL: 'a public official',
  OFFICIAL_RELATIVE: "an official's close relative",
  VEHICLE_OWNER: 'a vehicle owner',
  PROPERTY_OWNER: 'a property owner',
  BUSINESS_OWNER: 'a registered business owner',
};

/** A plain-language explanation of a finding, in Chinese and English, with the figures that triggered it. */
export function explain(candidate: Candidate): { zh: string; en: string } {
  const f = candidate.figures as Record<string, unknown>;
  const month = candidate.month.slice(0, 7);
  const late = (zh: string, en: string) => ({
    zh: `${zh}，截止日期 ${String(f.dueDate)}，已逾期 ${String(f.daysOverdue)} 天（宽限 ${String(f.graceDays)} 天）。`,
    en: `${en}, due on ${String(f.dueDate)}, is ${String(f.daysOverdue)} days overdue (grace ${String(f.graceDays)} days).`,
  });
  switch (candidate.rule) {
    case 'OVERDUE_REPORT':
      return late(
        `${candidate.regionCode} 的 ${String(f.year)} 年度低保工作报告尚未报送`,
        `The ${String(f.year)} annual dibao report of ${candidate.regionCode}, not yet submitted`,
      );
    case 'OVERDUE_RECTIFICATION':
      return late(
        `${candidate.regionCode} 的督察问题 ${String(f.findingId)}（${String(f.category)}，状态 ${String(f.status)}）未按期整改销号`,
        `The rectification of finding ${String(f.findingId)} in ${candidate.regionCode} (${String(f.category)}, ${String(f.status)})`,
      );
    case 'OVERDUE_COMPLAINT':
      return late(
        `${candidate.regionCode} 的投诉举报 ${String(f.complaintId)}（状态 ${String(f.status)}${f.supervisedByProvince ? '，省级督办' : ''}）未在 ${String(f.deadline)} 期限内办理`,
        `The ${String(f.deadline)} deadline of complaint ${String(f.complaintId)} in ${candidate.regionCode} (${String(f.status)}${f.supervisedByProvince ? ', under provincial supervision' : ''})`,
      );
    case 'EQUAL_SPLITTING':
      return {
        zh: `${month}，${String(f.village)}的 ${String(f.households)} 户低保户中有 ${String(f.paidSame)} 户（${percent(f.share)}，涉及 ${String(f.sizes)} 种家庭人口数）领取完全相同的金额 ${yuan(f.amountFen)} 元；补差发放的金额本应随家庭人口和收入而不同，疑似平分低保金。`,
        en: `In ${month}, ${String(f.paidSame)} of the ${String(f.households)} households of ${String(f.village)} (${percent(f.share)}, of ${String(f.sizes)} different household sizes) were paid exactly the same amount, ${yuan(f.amountFen)} yuan; top-up payments should vary with household size and income, so the benefit may have been split equally.`,
      };
    case 'DUPLICATE_PERSON': {
      const counties = (f.counties as string[]).join('、');
      return {
        zh: `${month}，同一人（化名 ${String(f.headPseudonym).slice(0, 12)}…）作为户主在 ${String(f.households)} 个低保家庭中领取保障金（涉及县级行政区 ${counties}）。`,
        en: `In ${month}, the same person (pseudonym ${String(f.headPseudonym).slice(0, 12)}…) heads ${String(f.households)} households paid benefit (counties ${(f.counties as string[]).join(', ')}).`,
      };
    }
    case 'ABOVE_STANDARD':
      return {
        zh: `${month}，户 ${String(f.householdId)} 人均领取 ${yuan(f.perPersonFen)} 元，超过本县该类地区低保标准 ${yuan(f.standardFen)} 元（容差 ${percent(f.tolerance)}）。`,
        en: `In ${month}, household ${String(f.householdId)} was paid ${yuan(f.perPersonFen)} yuan per person, above the county's standard of ${yuan(f.standardFen)} yuan for its area (tolerance ${percent(f.tolerance)}).`,
      };
    case 'REGISTER_MATCH': {
      const entries = f.entries as Array<{ kind: string; since: string; source: string }>;
      return {
        zh: `${month}，户 ${String(f.householdId)} 的户主在其他部门登记中为${entries.map((e) => `${REGISTER_KIND_ZH[e.kind] ?? e.kind}（${e.source}，自 ${e.since}）`).join('、')}。`,
        en: `In ${month}, the head of household ${String(f.householdId)} is listed by another department as ${entries.map((e) => `${REGISTER_KIND_EN[e.kind] ?? e.kind} (${e.source}, since ${e.since})`).join('; ')}.`,
      };
    }
    case 'ABRUPT_CHANGE': {
      const zhMeasure = f.measure === 'households' ? '保障户数' : '发放资金';
      const show = (value: unknown) => (f.measure === 'funds' ? `${yuan(value)} 元` : String(value));
      const showEn = (value: unknown) =>
        f.measure === 'funds' ? `${yuan(value)} yuan` : `${String(value)} households`;
      if (f.change !== undefined) {
        return {
          zh: `${month}，${candidate.regionCode} 的${zhMeasure}为 ${show(f.value)}，上月为 ${show(f.previous)}，环比变化 ${percent(f.change)}，超过阈值 ${percent(f.threshold)}。`,
          en: `In ${month}, ${candidate.regionCode} had ${showEn(f.value)} (${String(f.measure)}), against ${showEn(f.previous)} the month before: a change of ${percent(f.change)}, beyond the threshold of ${percent(f.threshold)}.`,
        };
      }
      return {
        zh: `${month}，${candidate.regionCode} 的${zhMeasure}为 ${show(f.value)}，过去十二个月中位数为 ${show(f.median)}，修正 Z 分数 ${String(f.zScore)}，超过阈值 ${String(f.threshold)}。`,
        en: `In ${month}, ${candidate.regionCode} had ${showEn(f.value)} (${String(f.measure)}), against a median of ${showEn(f.median)} over the past twelve months: a modified z-score of ${String(f.zScore)}, beyond ${String(f.threshold)}.`,
      };
    }
  }
}
