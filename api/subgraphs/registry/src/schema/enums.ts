import { AgencyKind, CadreLevel, RegionLevel, Role } from '@dibao/domain';
import { vocabularyEnum } from '@dibao/server';

export const RegionLevelEnum = vocabularyEnum(RegionLevel, 'RegionLevel', 'Administrative level / 行政级别');
export const AgencyKindEnum = vocabularyEnum(AgencyKind, 'AgencyKind', 'Kind of agency / 机构类别');
export const CadreLevelEnum = vocabularyEnum(
  CadreLevel,
  'CadreLevel',
  'Level that manages an official as a cadre / 干部管理权限',
);
export const RoleEnum = vocabularyEnum(Role, 'Role', 'Role of a principal / 用户角色');
