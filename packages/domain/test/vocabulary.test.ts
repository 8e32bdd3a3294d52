import { describe, expect, it } from 'vitest';
import {
  AgencyKind,
  CadreLevel,
  ErrorCode,
  ProblemCategory,
  RegionLevel,
  Role,
  agencyKindValues,
  cadreLevelManagedAt,
  cadreLevelValues,
  enumObjectOf,
  errorCodeValues,
  labelOf,
  managingRegionLevelOf,
  problemCategoryValues,
  regionLevelDepth,
  regionLevelValues,
  roleValues,
  vocabularyCodes,
  type Vocabulary,
} from '../src/index.js';

describe('vocabulary helpers', () => {
  it('lists codes in declaration order', () => {
    expect(vocabularyCodes(RegionLevel)).toEqual(['PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE']);
    expect(regionLevelValues).toEqual(vocabularyCodes(RegionLevel));
  });

  it('reads labels in both locales', () => {
    expect(labelOf(AgencyKind, 'CIVIL_AFFAIRS', 'zh')).toBe('民政部门');
    expect(labelOf(AgencyKind, 'GOVERNMENT', 'en')).toBe("People's government");
    expect(labelOf(RegionLevel, 'TOWNSHIP', 'zh')).toBe('乡镇（街道）');
  });

  it('rejects an unknown code at run time', () => {
    expect(() => labelOf(Role, 'OWNER' as never, 'en')).toThrow(RangeError);
    expect(() => labelOf(Role, 'toString' as never, 'en')).toThrow(RangeError);
  });

  it('builds the enum object type-graphql expects', () => {
    const roles = enumObjectOf(Role);
    expect(roles.ADMIN).toBe('ADMIN');
    expect(Object.keys(roles)).toEqual(roleValues);
    expect(Object.values(roles)).toEqual(roleValues);
  });

  it('gives every vocabulary non-empty zh and en labels and distinct zh labels', () => {
    const vocabularies: Vocabulary[] = [RegionLevel, AgencyKind, ProblemCategory, CadreLevel, Role, ErrorCode];
    for (const vocab of vocabularies) {
      const labels = Object.values(vocab);
      for (const label of labels) {
        expect(label.zh.length).toBeGreaterThan(0);
        expect(label.en.length).toBeGreaterThan(0);
      }
      expect(new Set(labels.map((label) => label.zh)).size).toBe(labels.length);
    }
  });
});

describe('vocabularies', () => {
  it('has the seven agency kinds', () => {
    expect(agencyKindValues).toEqual([
      'CIVIL_AFFAIRS',
      'GOVERNMENT',
      'ORGANIZATION_DEPARTMENT',
      'DISCIPLINE_INSPECTION',
      'HR_SOCIAL_SECURITY',
      'FINANCE',
      'AUDIT',
    ]);
  });

  it('has the problem taxonomy of the notice', () => {
    expect(Object.fromEntries(problemCategoryValues.map((code) => [code, ProblemCategory[code].zh]))).toEqual({
      RELATIONSHIP_BASED: '关系保',
      FAVOR_BASED: '人情保',
      WRONGLY_INCLUDED: '错保',
      WRONGLY_EXCLUDED: '漏保',
      FRAUDULENT_CLAIM: '骗保',
      EQUAL_SPLITTING: '平分低保金',
      IRREGULAR_PROCEDURE: '审核审批程序不规范',
      FUND_MISMANAGEMENT: '资金管理使用问题',
    });
  });

  it('has roles and error codes', () => {
    expect(roleValues).toEqual([
      'VIEWER',
      'REPORTER',
      'REVIEWER',
      'INSPECTOR',
      'COMPLAINT_HANDLER',
      'DISCIPLINE_OFFICER',
      'ADMIN',
    ]);
    expect(errorCodeValues).toEqual([
      'BAD_USER_INPUT',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      'RATE_LIMITED',
      'SERVICE_UNAVAILABLE',
      'INTERNAL_SERVER_ERROR',
    ]);
  });

  it('orders region levels top-down', () => {
    expect(regionLevelValues.map(regionLevelDepth)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('cadre levels', () => {
  it('maps each managing region level to a cadre level and back', () => {
    expect(cadreLevelManagedAt('PROVINCE')).toBe('PROVINCE_MANAGED');
    expect(cadreLevelManagedAt('PREFECTURE')).toBe('PREFECTURE_MANAGED');
    expect(cadreLevelManagedAt('COUNTY')).toBe('COUNTY_MANAGED');
    for (const cadreLevel of cadreLevelValues) {
      expect(cadreLevelManagedAt(managingRegionLevelOf(cadreLevel))).toBe(cadreLevel);
    }
    expect(CadreLevel.COUNTY_MANAGED.zh).toBe('县管干部');
  });

  it('refuses townships, which manage no cadres', () => {
    expect(() => cadreLevelManagedAt('TOWNSHIP')).toThrow(RangeError);
    expect(() => cadreLevelManagedAt('VILLAGE')).toThrow(RangeError);
    expect(() => managingRegionLevelOf('CENTRALLY_MANAGED' as never)).toThrow(RangeError);
  });
});
