import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/** The bodies each region has that take part in dibao oversight; civil affairs leads. */
export const AgencyKind = {
  CIVIL_AFFAIRS: { zh: '民政部门', en: 'Civil affairs' },
  GOVERNMENT: { zh: '人民政府', en: "People's government" },
  ORGANIZATION_DEPARTMENT: { zh: '组织部', en: 'Organization department' },
  DISCIPLINE_INSPECTION: { zh: '纪检监察机关', en: 'Discipline inspection and supervision' },
  HR_SOCIAL_SECURITY: { zh: '人力资源和社会保障部门', en: 'Human resources and social security' },
  FINANCE: { zh: '财政部门', en: 'Finance' },
  AUDIT: { zh: '审计机关', en: 'Audit' },
} as const satisfies Vocabulary;
export type AgencyKind = keyof typeof AgencyKind;
export const agencyKindValues: readonly AgencyKind[] = vocabularyCodes(AgencyKind);
