import { cadreLevelValues } from '@dibao/domain';
import { describe, expect, it } from 'vitest';

import { demoAgencies, demoOfficials, loadRegions, mulberry32, pickOne, randomInt } from '../src/index.js';

const regions = loadRegions();
const agencies = demoAgencies(regions);
const officials = demoOfficials(regions, agencies);

describe('demoOfficials', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(demoOfficials(regions, agencies)).toEqual(officials);
    expect(demoOfficials(regions, agencies, 2014)).toEqual(officials);
    const other = demoOfficials(regions, agencies, 7);
    expect(other.map((o) => o.key)).toEqual(officials.map((o) => o.key));
    expect(other.map((o) => o.name)).not.toEqual(officials.map((o) => o.name));
  });

  it('has unique keys and only refers to existing agencies', () => {
    expect(new Set(officials.map((o) => o.key)).size).toBe(officials.length);
    const agencyKeys = new Set(agencies.map((a) => a.key));
    for (const official of officials) {
      expect(agencyKeys.has(official.agencyKey), official.key).toBe(true);
      expect(official.key.startsWith(`${official.agencyKey}:`)).toBe(true);
      expect(cadreLevelValues).toContain(official.cadreLevel);
      expect(official.name).toMatch(/^\p{Script=Han}{2,4}$/u);
    }
  });

  it('staffs every level: a handful per county, a few per prefecture and the province, one per township', () => {
    const perRegion = new Map<string, number>();
    for (const official of officials) {
      const regionCode = official.agencyKey.split(':')[0] ?? '';
      perRegion.set(regionCode, (perRegion.get(regionCode) ?? 0) + 1);
    }
    for (const region of regions) {
      const count = perRegion.get(region.code) ?? 0;
      if (region.level === 'TOWNSHIP') expect(count, region.code).toBe(1);
      else expect(count, region.code).toBeGreaterThanOrEqual(4);
    }
  });

  it('follows cadre management authority', () => {
    const official = (key: string) => officials.find((o) => o.key === key);
    expect(official('630121100:CIVIL_AFFAIRS:office-head')).toMatchObject({
      position: '民政办主任',
      cadreLevel: 'COUNTY_MANAGED',
    });
    expect(official('630121:CIVIL_AFFAIRS:director')).toMatchObject({ position: '局长', cadreLevel: 'COUNTY_MANAGED' });
    expect(official('630121:CIVIL_AFFAIRS:petition-officer')).toMatchObject({
      position: '低保信访专人',
      cadreLevel: 'COUNTY_MANAGED',
    });
    expect(official('630121:GOVERNMENT:deputy-head')).toMatchObject({
      position: '分管民政工作的副县长',
      cadreLevel: 'PREFECTURE_MANAGED',
    });
    expect(official('630102:GOVERNMENT:deputy-head')?.position).toBe('分管民政工作的副区长');
    expect(official('630100:CIVIL_AFFAIRS:director')?.cadreLevel).toBe('PREFECTURE_MANAGED');
    expect(official('630100:GOVERNMENT:deputy-head')).toMatchObject({
      position: '分管民政工作的副市长',
      cadreLevel: 'PROVINCE_MANAGED',
    });
    expect(official('632200:GOVERNMENT:deputy-head')?.position).toBe('分管民政工作的副州长');
    expect(official('630000:CIVIL_AFFAIRS:director')).toMatchObject({
      position: '厅长',
      cadreLevel: 'PROVINCE_MANAGED',
    });
  });

  it('skips posts whose agency is not given', () => {
    const countyAgencies = agencies.filter((a) => a.regionCode === '630121');
    const some = demoOfficials(regions, countyAgencies);
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((o) => o.agencyKey.startsWith('630121:'))).toBe(true);
  });
});

describe('random', () => {
  it('repeats a sequence for a seed', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(Array.from({ length: 5 }, mulberry32(2))).not.toEqual(first);
  });

  it('draws integers and elements in range', () => {
    const random = mulberry32(2014);
    const draws = Array.from({ length: 1000 }, () => randomInt(random, 3, 5));
    expect(new Set(draws)).toEqual(new Set([3, 4, 5]));
    expect(['a', 'b']).toContain(pickOne(random, ['a', 'b']));
    expect(() => pickOne(random, [])).toThrow(RangeError);
    expect(() => randomInt(random, 5, 3)).toThrow(RangeError);
  });
});
