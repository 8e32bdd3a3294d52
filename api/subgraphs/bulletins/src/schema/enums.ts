import {
  AllocationMethod,
  AllocationStatus,
  AssessmentIndicator,
  AssessmentStatus,
  BulletinAudience,
  BulletinEvidenceKind,
  BulletinItemCategory,
  BulletinItemKind,
  BulletinStatus,
  IndicatorDirection,
  RegionLevel,
} from '@dibao/domain';
import { vocabularyEnum } from '@dibao/server';

/** The same enum, name and description as the registry's and reporting's (Federation merges them). */
export const RegionLevelEnum = vocabularyEnum(RegionLevel, 'RegionLevel', 'Administrative level / 行政级别');
export const BulletinStatusEnum = vocabularyEnum(BulletinStatus, 'BulletinStatus', 'Status of a bulletin / 通报状态');
export const BulletinAudienceEnum = vocabularyEnum(
  BulletinAudience,
  'BulletinAudience',
  'Who a bulletin is circulated to / 通报主送抄送对象',
);
export const BulletinItemKindEnum = vocabularyEnum(
  BulletinItemKind,
  'BulletinItemKind',
  'Commendation or criticism / 通报表扬或通报批评',
);
export const BulletinItemCategoryEnum = vocabularyEnum(
  BulletinItemCategory,
  'BulletinItemCategory',
  'What an item commends or criticises / 表扬或批评的事由',
);
export const BulletinEvidenceKindEnum = vocabularyEnum(
  BulletinEvidenceKind,
  'BulletinEvidenceKind',
  'What the evidence of an item points at / 通报依据类别',
);
export const AssessmentIndicatorEnum = vocabularyEnum(
  AssessmentIndicator,
  'AssessmentIndicator',
  'An indicator of the performance assessment / 绩效评价指标',
);
export const IndicatorDirectionEnum = vocabularyEnum(
  IndicatorDirection,
  'IndicatorDirection',
  'Whether more is better / 指标方向',
);
export const AssessmentStatusEnum = vocabularyEnum(
  AssessmentStatus,
  'AssessmentStatus',
  'Status of an assessment / 绩效评价状态',
);
export const AllocationMethodEnum = vocabularyEnum(
  AllocationMethod,
  'AllocationMethod',
  'How a pool is divided / 资金分配方式',
);
export const AllocationStatusEnum = vocabularyEnum(
  AllocationStatus,
  'AllocationStatus',
  'Status of an allocation / 资金分配方案状态',
);
