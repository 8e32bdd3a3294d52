import { parentCodeOf, regionLevelOf, type RegionLevel } from '@dibao/domain';
import { beforeAll, describe, expect, it } from 'vitest';

import { isPlaceholderPrefecture, loadRegions, type RegionSeed } from '../src/index.js';

/** Regions per level, naming only the levels present (villages come from loadVillages, never loadRegions). */
function countByLevel(regions: readonly RegionSeed[]): Partial<Record<RegionLevel, number>> {
  const counts: Partial<Record<RegionLevel, number>> = {};
  for (const region of regions) counts[region.level] = (counts[region.level] ?? 0) + 1;
  return counts;
}

function byCode(regions: readonly RegionSeed[]): Map<string, RegionSeed> {
  return new Map(regions.map((region) => [region.code, region]));
}

/** Collects every problem first: one expect per region would make the national check take seconds. */
function expectWellFormedTree(regions: readonly RegionSeed[]): void {
  const index = byCode(regions);
  expect(index.size, 'codes are unique').toBe(regions.length);
  const problems: string[] = [];
  for (const region of regions) {
    const { code, level, parentCode, name, nameEn } = region;
    if (regionLevelOf(code) !== level) problems.push(`${code}: level ${level}`);
    if (parentCode !== parentCodeOf(code)) problems.push(`${code}: parent ${parentCode}`);
    if (parentCode !== null && !index.has(parentCode)) problems.push(`${code}: parent ${parentCode} missing`);
    if (name.length === 0) problems.push(`${code}: no name`);
    // English names are pinyin: no Chinese characters left, single spaces (a few start with a '(').
    if (!/^[(A-Z][^\p{Script=Han}]*$/u.test(nameEn) || /^\s|\s$|\s\s/.test(nameEn)) {
      problems.push(`${code}: English name ${JSON.stringify(nameEn)}`);
    }
  }
  expect(problems).toEqual([]);
}

describe('loadRegions for Qinghai (the default)', () => {
  const regions = loadRegions();

  it('has 1 province, 8 prefectures, 45 counties and 422 townships', () => {
    expect(regions).toHaveLength(476);
    expect(countByLevel(regions)).toEqual({ PROVINCE: 1, PREFECTURE: 8, COUNTY: 45, TOWNSHIP: 422 });
  });

  it('accepts the province as a two-digit or six-digit code', () => {
    expect(loadRegions({ province: '63' })).toEqual(regions);
    expect(loadRegions({ province: '630000' })).toEqual(regions);
  });

  it('links every region to a parent in the list', () => {
    expectWellFormedTree(regions);
    expect(regions.filter((region) => region.parentCode === null).map((region) => region.code)).toEqual(['630000']);
  });

  it('orders by level, then code', () => {
    const order = ['PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP'];
    const sorted = [...regions].sort(
      (a, b) => order.indexOf(a.level) - order.indexOf(b.level) || (a.code < b.code ? -1 : 1),
    );
    expect(regions.map((region) => region.code)).toEqual(sorted.map((region) => region.code));
  });

  it('names the story regions in Chinese and English', () => {
    const index = byCode(regions);
    expect(index.get('630000')).toEqual({
      code: '630000',
      name: '青海省',
      nameEn: 'Qinghai',
      level: 'PROVINCE',
      parentCode: null,
    });
    expect(index.get('630100')).toMatchObject({
      name: '西宁市',
      nameEn: 'Xining',
      level: 'PREFECTURE',
      parentCode: '630000',
    });
    expect(index.get('630102')).toMatchObject({
      name: '城东区',
      nameEn: 'Chengdong District',
      level: 'COUNTY',
      parentCode: '630100',
    });
    expect(index.get('630121')).toMatchObject({
      name: '大通回族土族自治县',
      nameEn: 'Datong Hui and Tu Autonomous County',
    });
    expect(index.get('630200')).toMatchObject({ name: '海东市', nameEn: 'Haidong' });
    expect(index.get('630202')?.nameEn).toBe('Ledu District');
    expect(index.get('632822')?.nameEn).toBe('Dulan County');
    expect(index.get('630121100')).toMatchObject({
      name: '桥头镇',
      nameEn: 'Qiaotou Town',
      level: 'TOWNSHIP',
      parentCode: '630121',
    });
  });

  it('gives townships of Datong to Datong', () => {
    const datongTownships = regions.filter((region) => region.parentCode === '630121');
    expect(datongTownships.length).toBeGreaterThan(10);
    expect(datongTownships.every((region) => region.level === 'TOWNSHIP' && region.code.startsWith('630121'))).toBe(
      true,
    );
  });

  it('rejects a scope that is not a known province', () => {
    expect(() => loadRegions({ province: '630100' })).toThrow(RangeError);
    expect(() => loadRegions({ province: '990000' })).toThrow(RangeError);
    expect(() => loadRegions({ province: 'qinghai' })).toThrow(RangeError);
  });
});

describe('loadRegions for the whole country', () => {
  let regions: RegionSeed[];

  beforeAll(() => {
    regions = loadRegions('national');
  });

  it('has 31 provinces, 342 prefectures, 2,975 counties and 41,352 townships', () => {
    // areas.csv has 2,978 rows, but three of them (东莞 441900, 中山 442000, 儋州 460400) repeat the code of a
    // prefecture-level city that has no counties; they are folded into the city.
    expect(countByLevel(regions)).toEqual({ PROVINCE: 31, PREFECTURE: 342, COUNTY: 2975, TOWNSHIP: 41352 });
  });

  it('is a well-formed tree', () => {
    expectWellFormedTree(regions);
  });

  it('keeps municipality placeholders as readable prefectures', () => {
    const index = byCode(regions);
    expect(index.get('110100')).toEqual({
      code: '110100',
      name: '北京市市辖区',
      nameEn: 'Beijing Municipal Districts',
      level: 'PREFECTURE',
      parentCode: '110000',
    });
    expect(index.get('110101')).toMatchObject({ name: '东城区', parentCode: '110100' });
    expect(index.get('500200')).toMatchObject({ name: '重庆市辖县', nameEn: 'Chongqing Municipal Counties' });
    expect(index.get('419000')).toMatchObject({ name: '河南省直辖县级行政区划', level: 'PREFECTURE' });
    expect(index.get('659000')?.name).toBe('新疆维吾尔自治区直辖县级行政区划');
    expect(index.get('419001')).toMatchObject({ name: '济源市', parentCode: '419000' });
    const placeholders = regions.filter(isPlaceholderPrefecture).map((region) => region.code);
    expect(placeholders).toEqual([
      '110100',
      '120100',
      '310100',
      '419000',
      '429000',
      '469000',
      '500100',
      '500200',
      '659000',
    ]);
  });

  it('hangs the townships of cities without counties from the city', () => {
    const index = byCode(regions);
    expect(index.get('441900')).toMatchObject({ name: '东莞市', level: 'PREFECTURE' });
    const dongguanTownships = regions.filter((region) => region.parentCode === '441900');
    expect(dongguanTownships.length).toBeGreaterThan(20);
    expect(dongguanTownships.every((region) => region.level === 'TOWNSHIP')).toBe(true);
  });

  it('contains the Qinghai load unchanged', () => {
    expect(regions.filter((region) => region.code.startsWith('63'))).toEqual(loadRegions());
  });
});
