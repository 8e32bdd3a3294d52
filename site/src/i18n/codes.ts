import type { DatasetRow } from '@dibao/datasets';
import {
  AccountabilityViolation,
  AllocationMethod,
  BulletinItemCategory,
  BulletinItemKind,
  ComplaintChannel,
  ComplaintConclusion,
  ProblemCategory,
  RegionLevel,
  Sanction,
} from '@dibao/domain';
import { pick, type Bilingual, type Locale } from './locales.ts';

/*
 * Labels of the codes the datasets carry (ProblemCategory, ComplaintChannel, Sanction, ...). The release is the
 * first source: when a row carries `<field>_zh` / `<field>_en` (or `<field>_label_zh` / `_en`), those are shown.
 * Otherwise the domain vocabularies give the label (the same ones the API uses); a code missing there is shown
 * as is.
 */

type Labels = Readonly<Record<string, Bilingual>>;

/** Statistics rows also count findings and complaints outside the taxonomy, and complaints still open. */
const PROBLEM_CATEGORY: Labels = { ...ProblemCategory, OTHER: { zh: '其他', en: 'Other' } };
const COMPLAINT_OUTCOME: Labels = {
  ...ComplaintConclusion,
  PENDING: { zh: '尚未办结', en: 'Not yet concluded' },
  OPEN: { zh: '尚未办结', en: 'Not yet concluded' },
};

export const VOCABULARIES = {
  regionLevel: RegionLevel,
  itemKind: BulletinItemKind,
  itemCategory: BulletinItemCategory,
  problemCategory: PROBLEM_CATEGORY,
  complaintChannel: ComplaintChannel,
  complaintOutcome: COMPLAINT_OUTCOME,
  violation: AccountabilityViolation,
  sanction: Sanction,
  allocationMethod: AllocationMethod,
} satisfies Record<string, Labels>;

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
  const label = (VOCABULARIES[vocabulary] as Labels)[code];
  return label ? pick(label, locale) : code;
}
