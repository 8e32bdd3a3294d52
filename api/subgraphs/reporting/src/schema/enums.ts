import {
  IncidentCategory,
  IncidentSeverity,
  IncidentStatus,
  ProblemCategory,
  RegionLevel,
  ReportSection,
  ReportStatus,
} from '@dibao/domain';
import { vocabularyEnum } from '@dibao/server';

export const RegionLevelEnum = vocabularyEnum(RegionLevel, 'RegionLevel', 'Administrative level / 行政级别');
export const ReportSectionEnum = vocabularyEnum(
  ReportSection,
  'ReportSection',
  'Section of an annual report / 报告部分',
);
export const ReportStatusEnum = vocabularyEnum(ReportStatus, 'ReportStatus', 'Status of an annual report / 报告状态');
export const ProblemCategoryEnum = vocabularyEnum(ProblemCategory, 'ProblemCategory', 'Problem taxonomy / 问题类别');
export const IncidentStatusEnum = vocabularyEnum(IncidentStatus, 'IncidentStatus', 'Status of an incident / 事件状态');
export const IncidentSeverityEnum = vocabularyEnum(IncidentSeverity, 'IncidentSeverity', 'Severity / 事件等级');
export const IncidentCategoryEnum = vocabularyEnum(IncidentCategory, 'IncidentCategory', 'Kind of incident / 事件类别');
