import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/**
 * The abuses the 2014 Qinghai notice names. One taxonomy is shared by inspection findings, complaints and
 * accountability cases so that figures from all three can be compared.
 */
export const ProblemCategory = {
  RELATIONSHIP_BASED: { zh: '关系保', en: 'Relationship-based benefit' },
  FAVOR_BASED: { zh: '人情保', en: 'Favour-based benefit' },
  WRONGLY_INCLUDED: { zh: '错保', en: 'Wrongly included' },
  WRONGLY_EXCLUDED: { zh: '漏保', en: 'Wrongly excluded' },
  FRAUDULENT_CLAIM: { zh: '骗保', en: 'Fraudulent claim' },
  EQUAL_SPLITTING: { zh: '平分低保金', en: 'Benefit split equally' },
  IRREGULAR_PROCEDURE: { zh: '审核审批程序不规范', en: 'Irregular review and approval' },
  FUND_MISMANAGEMENT: { zh: '资金管理使用问题', en: 'Fund mismanagement' },
} as const satisfies Vocabulary;
export type ProblemCategory = keyof typeof ProblemCategory;
export const problemCategoryValues: readonly ProblemCategory[] = vocabularyCodes(ProblemCategory);
