import { registerEnumType } from 'type-graphql';
import {
  FindingSeverity,
  InspectionPartner,
  InspectionReportRecipient,
  InspectionStatus,
  InspectionTeamRole,
  InspectionTopic,
  ProblemCategory,
  RectificationEventKind,
  RectificationStatus,
} from '@dibao/domain';
import { vocabularyEnum } from '@dibao/server';

// Same name, values and description as in reporting: enums of one name must agree across subgraphs.
export const ProblemCategoryEnum = vocabularyEnum(ProblemCategory, 'ProblemCategory', 'Problem taxonomy / 问题类别');
export const InspectionTopicEnum = vocabularyEnum(InspectionTopic, 'InspectionTopic', 'Inspection topic / 督察内容');
export const InspectionStatusEnum = vocabularyEnum(
  InspectionStatus,
  'InspectionStatus',
  'Status of a special inspection: PLANNED → IN_PROGRESS → REPORTED → CLOSED / 专项督察状态',
);
export const InspectionPartnerEnum = vocabularyEnum(
  InspectionPartner,
  'InspectionPartner',
  'Agency organising an inspection jointly with the organiser / 联合督察单位',
);
export const InspectionTeamRoleEnum = vocabularyEnum(
  InspectionTeamRole,
  'InspectionTeamRole',
  'Place in the inspection team / 督察组职务',
);
export const InspectionReportRecipientEnum = vocabularyEnum(
  InspectionReportRecipient,
  'InspectionReportRecipient',
  'Who an inspection report is distributed to / 督察报告报送对象',
);
export const FindingSeverityEnum = vocabularyEnum(
  FindingSeverity,
  'FindingSeverity',
  'Severity of a finding / 问题严重程度',
);
export const RectificationStatusEnum = vocabularyEnum(
  RectificationStatus,
  'RectificationStatus',
  'Rectification of a finding: OPEN → RECTIFYING → REPORTED_FIXED → VERIFIED, or CLOSED_NOT_FIXED / 整改状态',
);
export const RectificationEventKindEnum = vocabularyEnum(
  RectificationEventKind,
  'RectificationEventKind',
  'Kind of rectification step / 整改记录类别',
);

export const FindingSourceEnum = { INSPECTION: 'INSPECTION', MONITORING: 'MONITORING' } as const;
registerEnumType(FindingSourceEnum, {
  name: 'FindingSource',
  description: 'Where a finding came from / 问题来源',
  valuesConfig: {
    INSPECTION: { description: 'Found by a special inspection / 专项督察发现' },
    MONITORING: { description: 'Referred from a monitoring alert / 动态监测预警移交' },
  },
});
