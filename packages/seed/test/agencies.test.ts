import { agencyKindValues } from '@dibao/domain';
import { describe, expect, it } from 'vitest';

import { demoAgencies, loadRegions, type AgencySeed } from '../src/index.js';

const regions = loadRegions();
const agencies = demoAgencies(regions);
const byKey = new Map(agencies.map((agency) => [agency.key, agency]));

function agency(regionCode: string, kind: AgencySeed['kind']): AgencySeed | undefined {
  return byKey.get(`${regionCode}:${kind}`);
}

describe('demoAgencies', () => {
  it('gives provinces, prefectures and counties all seven kinds, townships two', () => {
    for (const region of regions) {
      const kinds = agencies.filter((a) => a.regionCode === region.code).map((a) => a.kind);
      expect(kinds, region.code).toEqual(
        region.level === 'TOWNSHIP' ? ['CIVIL_AFFAIRS', 'GOVERNMENT'] : agencyKindValues,
      );
    }
    expect(agencies).toHaveLength(7 * (1 + 8 + 45) + 2 * 422);
  });

  it('has unique keys made of region code and kind', () => {
    expect(byKey.size).toBe(agencies.length);
    for (const a of agencies) expect(a.key).toBe(`${a.regionCode}:${a.kind}`);
  });

  it('names provincial bodies as departments', () => {
    expect(agency('630000', 'CIVIL_AFFAIRS')).toMatchObject({
      name: '青海省民政厅',
      nameEn: 'Qinghai Department of Civil Affairs',
    });
    expect(agency('630000', 'FINANCE')?.name).toBe('青海省财政厅');
    expect(agency('630000', 'HR_SOCIAL_SECURITY')?.name).toBe('青海省人力资源和社会保障厅');
    expect(agency('630000', 'AUDIT')?.name).toBe('青海省审计厅');
    expect(agency('630000', 'GOVERNMENT')?.name).toBe('青海省人民政府');
    expect(agency('630000', 'ORGANIZATION_DEPARTMENT')?.name).toBe('中共青海省委组织部');
  });

  it('names prefecture and county bodies as bureaus', () => {
    expect(agency('630100', 'CIVIL_AFFAIRS')).toMatchObject({
      name: '西宁市民政局',
      nameEn: 'Xining Civil Affairs Bureau',
    });
    expect(agency('630100', 'GOVERNMENT')).toMatchObject({
      name: '西宁市人民政府',
      nameEn: "Xining People's Government",
    });
    expect(agency('630100', 'ORGANIZATION_DEPARTMENT')?.name).toBe('中共西宁市委组织部');
    expect(agency('630100', 'DISCIPLINE_INSPECTION')?.name).toBe('西宁市纪委监委');
    expect(agency('630100', 'HR_SOCIAL_SECURITY')?.name).toBe('西宁市人力资源和社会保障局');
    expect(agency('630100', 'FINANCE')?.name).toBe('西宁市财政局');
    expect(agency('630100', 'AUDIT')?.name).toBe('西宁市审计局');
    expect(agency('630121', 'CIVIL_AFFAIRS')).toMatchObject({
      name: '大通回族土族自治县民政局',
      nameEn: 'Datong Hui and Tu Autonomous County Civil Affairs Bureau',
    });
  });

  it('names township bodies', () => {
    expect(agency('630121100', 'GOVERNMENT')).toMatchObject({
      name: '桥头镇人民政府',
      nameEn: "Qiaotou Town People's Government",
    });
    expect(agency('630121100', 'CIVIL_AFFAIRS')).toMatchObject({
      name: '桥头镇民政办',
      nameEn: 'Qiaotou Town Civil Affairs Office',
    });
    expect(agency('630102001', 'GOVERNMENT')?.name).toBe('东关大街街道办事处');
    expect(agency('630121100', 'FINANCE')).toBeUndefined();
  });

  it('skips placeholder prefectures and names municipal bodies as bureaus', () => {
    const national = loadRegions('national');
    const beijing = demoAgencies(
      national.filter((region) => region.code.startsWith('11') && region.level !== 'TOWNSHIP'),
    );
    expect(beijing.some((a) => a.regionCode === '110100')).toBe(false);
    expect(beijing.find((a) => a.key === '110000:CIVIL_AFFAIRS')?.name).toBe('北京市民政局');
    expect(beijing.find((a) => a.key === '110101:CIVIL_AFFAIRS')?.name).toBe('东城区民政局');
  });
});
