import {
  AccountabilityCaseDisclosure,
  AccountabilityCaseStatus,
  AccountabilityOriginKind,
  AccountabilitySubjectKind,
  AccountabilityViolation,
  AgencyKind,
  CadreLevel,
  DisciplineTrack,
  JointMeetingTaskStatus,
  RegionLevel,
  Sanction,
} from '@dibao/domain';
import { vocabularyEnum } from '@dibao/server';

// Shared with the registry: the same names, values and descriptions, so that the supergraph merges them.
export const AgencyKindEnum = vocabularyEnum(AgencyKind, 'AgencyKind', 'Kind of agency / 机构类别');
export const CadreLevelEnum = vocabularyEnum(
  CadreLevel,
  'CadreLevel',
  'Level that manages an official as a cadre / 干部管理权限',
);
export const RegionLevelEnum = vocabularyEnum(RegionLevel, 'RegionLevel', 'Administrative level / 行政级别');

export const AccountabilityViolationEnum = vocabularyEnum(
  AccountabilityViolation,
  'AccountabilityViolation',
  'What a subject is held to account for / 追责事由',
);
export const AccountabilityCaseStatusEnum = vocabularyEnum(
  AccountabilityCaseStatus,
  'AccountabilityCaseStatus',
  'Status of an accountability case: OPENED → INVESTIGATING → DECIDED → CLOSED / 问责案件状态',
);
export const AccountabilitySubjectKindEnum = vocabularyEnum(
  AccountabilitySubjectKind,
  'AccountabilitySubjectKind',
  'An official or a unit / 问责对象类别',
);
export const AccountabilityOriginKindEnum = vocabularyEnum(
  AccountabilityOriginKind,
  'AccountabilityOriginKind',
  'Kind of record a case arises from / 案件来源类别',
);
export const SanctionEnum = vocabularyEnum(Sanction, 'Sanction', 'Sanction of a decision / 处分（处理）种类');
export const DisciplineTrackEnum = vocabularyEnum(
  DisciplineTrack,
  'DisciplineTrack',
  'Party discipline or government sanction / 党纪处分或政务处分',
);
export const JointMeetingTaskStatusEnum = vocabularyEnum(
  JointMeetingTaskStatus,
  'JointMeetingTaskStatus',
  'Status of a follow-up task / 督办事项状态',
);
export const AccountabilityCaseDisclosureEnum = vocabularyEnum(
  AccountabilityCaseDisclosure,
  'AccountabilityCaseDisclosure',
  'How much of a case you may read: FULL for its competent bodies and joint meeting members, SUMMARY otherwise / 案件可见范围',
);
