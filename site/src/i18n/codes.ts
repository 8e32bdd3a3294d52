import type { DatasetRow } from '@dibao/datasets';
import { pick, type Bilingual, type Locale } from './locales.ts';

/*
 * Labels of the codes the datasets carry (ProblemCategory, ComplaintChannel, Sanction, ...). The release is the
 * first source: when a row carries `<field>_zh` / `<field>_en` (or `<field>_label_zh` / `_en`), those are shown.
 * Otherwise these tables give the label. They repeat the vocabularies of packages/domain because the site is
 * built from the release alone and does not depend on the API's packages; a code missing here is shown as is.
 */

type Labels = Readonly<Record<string, Bilingual>>;

const REGION_LEVEL: Labels = {
  PROVINCE: { zh: '省', en: 'Province' },
  PREFECTURE: { zh: '市（州）', en: 'Prefecture' },
  COUNTY: { zh: '县（市、区）', en: 'County' },
  TOWNSHIP: { zh: '乡镇（街道）', en: 'Township' },
};

const ITEM_KIND: Labels = {
  COMMENDATION: { zh: '通报表扬', en: 'Commendation' },
  CRITICISM: { zh: '通报批评', en: 'Criticism' },
};

const ITEM_CATEGORY: Labels = {
  INNOVATION: { zh: '创新做法', en: 'Local innovation' },
  ADVANCED_EXPERIENCE: { zh: '先进经验', en: 'Advanced experience' },
  OUTSTANDING_PERFORMANCE: { zh: '工作成效突出', en: 'Outstanding performance' },
  POOR_PROGRESS: { zh: '工作进展缓慢', en: 'Poor progress' },
  UNTIMELY_RELIEF: { zh: '救助不及时', en: 'Untimely relief' },
  MAJOR_LIABILITY_INCIDENT: { zh: '发生重大责任事件', en: 'Major liability incident' },
};

const PROBLEM_CATEGORY: Labels = {
  RELATIONSHIP_BASED: { zh: '关系保', en: 'Relationship-based benefit' },
  FAVOR_BASED: { zh: '人情保', en: 'Favour-based benefit' },
  WRONGLY_INCLUDED: { zh: '错保', en: 'Wrongly included' },
  WRONGLY_EXCLUDED: { zh: '漏保', en: 'Wrongly excluded' },
  FRAUDULENT_CLAIM: { zh: '骗保', en: 'Fraudulent claim' },
  EQUAL_SPLITTING: { zh: '平分低保金', en: 'Benefit split equally' },
  IRREGULAR_PROCEDURE: { zh: '审核审批程序不规范', en: 'Irregular review and approval' },
  FUND_MISMANAGEMENT: { zh: '资金管理使用问题', en: 'Fund mismanagement' },
  OTHER: { zh: '其他', en: 'Other' },
};

const COMPLAINT_CHANNEL: Labels = {
  HOTLINE: { zh: '全省社会救助服务热线', en: 'Provincial hotline' },
  LETTER_VISIT: { zh: '来信来访', en: 'Letter or visit' },
  ONLINE: { zh: '网上投诉', en: 'Online' },
  VOLUNTEER_SUPERVISOR: { zh: '义务监督员反映', en: 'Volunteer supervisor' },
  SOCIAL_ORGANIZATION: { zh: '社会组织反映（政府购买服务）', en: 'Social organisation (purchased service)' },
  MEDIA: { zh: '媒体反映', en: 'Media' },
  REFERRAL: { zh: '上级交办或部门转办', en: 'Referral' },
};

const COMPLAINT_OUTCOME: Labels = {
  SUBSTANTIATED: { zh: '属实', en: 'Substantiated' },
  PARTLY_SUBSTANTIATED: { zh: '部分属实', en: 'Partly substantiated' },
  UNSUBSTANTIATED: { zh: '不属实', en: 'Unsubstantiated' },
  PENDING: { zh: '尚未办结', en: 'Not yet concluded' },
  OPEN: { zh: '尚未办结', en: 'Not yet concluded' },
};

const VIOLATION: Labels = {
  ABUSE_OF_POWER: { zh: '滥用职权', en: 'Abuse of power' },
  NEGLECT_OF_DUTY: { zh: '玩忽职守', en: 'Neglect of duty' },
  FAVOURITISM_MALPRACTICE: { zh: '徇私舞弊', en: 'Favouritism and malpractice' },
  DERELICTION: { zh: '失职渎职', en: 'Dereliction of duty' },
  RESPONSIBILITY_NOT_FULFILLED: { zh: '责任不落实', en: 'Responsibility not fulfilled' },
  SUPERVISION_FAILURE: { zh: '监管不到位', en: 'Supervision failure' },
};

const SANCTION: Labels = {
  NONE: { zh: '不予处分', en: 'No sanction' },
  CRITICISM_EDUCATION: { zh: '批评教育', en: 'Criticism and education' },
  ADMONISHMENT: { zh: '诫勉', en: 'Admonishment' },
  WARNING: { zh: '警告', en: 'Warning' },
  DEMERIT: { zh: '记过', en: 'Demerit' },
  MAJOR_DEMERIT: { zh: '记大过', en: 'Major demerit' },
  DEMOTION: { zh: '降级', en: 'Demotion' },
  DISMISSAL_FROM_POST: { zh: '撤职', en: 'Dismissal from post' },
  EXPULSION: { zh: '开除', en: 'Expulsion' },
};

const ALLOCATION_METHOD: Labels = {
  REWARD_IN_LIEU_OF_SUBSIDY: { zh: '以奖代补', en: 'Reward in lieu of subsidy' },
  REWARD_COMBINED_WITH_SUBSIDY: { zh: '奖补结合', en: 'Reward combined with subsidy' },
};

export const VOCABULARIES = {
  regionLevel: REGION_LEVEL,
  itemKind: ITEM_KIND,
  itemCategory: ITEM_CATEGORY,
  problemCategory: PROBLEM_CATEGORY,
  complaintChannel: COMPLAINT_CHANNEL,
  complaintOutcome: COMPLAINT_OUTCOME,
  violation: VIOLATION,
  sanction: SANCTION,
  allocationMethod: ALLOCATION_METHOD,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;

/**
 * The order codes are listed in, as the vocabulary declares them. Codes the vocabulary does not know (e.g.
 * PARTY_WARNING, a sanction on a track) compare equal and come last, so a stable sort keeps them in the
 * release's own order.
 */
export function vocabularyOrder(vocabulary: VocabularyName): (a: string, b: string) => number {
  const codes = Object.keys(VOCABULARIES[vocabulary]);
  const rank = (code: string) => {
    const index = codes.indexOf(code);
    return index === -1 ? codes.length : index;
  };
  return (a, b) => rank(a) - rank(b);
}

/** The label of a code, from the row's own label columns when it has them, else from the vocabulary. */
export function codeLabel(
  vocabulary: VocabularyName,
  code: string,
  locale: Locale,
  row?: DatasetRow,
  field?: string,
): string {
  if (row && field) {
    const suffix = locale === 'zh-CN' ? 'zh' : 'en';
    for (const column of [`${field}_${suffix}`, `${field}_label_${suffix}`]) {
      const value = row[column];
      if (typeof value === 'string' && value.length > 0) return value;
    }
  }
  const label = VOCABULARIES[vocabulary][code];
  return label ? pick(label, locale) : code;
}
