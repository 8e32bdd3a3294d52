import { vocabularyCodes, type Vocabulary } from './vocabulary.js';

/** What a signed-in official may do; combined with the official's agency and region to decide access. */
export const Role = {
  VIEWER: { zh: '查看人员', en: 'Viewer' },
  REPORTER: { zh: '填报人员', en: 'Reporter' },
  REVIEWER: { zh: '审核人员', en: 'Reviewer' },
  INSPECTOR: { zh: '督察人员', en: 'Inspector' },
  COMPLAINT_HANDLER: { zh: '投诉处理人员', en: 'Complaint handler' },
  DISCIPLINE_OFFICER: { zh: '纪检监察人员', en: 'Discipline officer' },
  ADMIN: { zh: '系统管理员', en: 'Administrator' },
} as const satisfies Vocabulary;
export type Role = keyof typeof Role;
export const roleValues: readonly Role[] = vocabularyCodes(Role);
