import type { DatasetRow } from '@dibao/datasets';
import { pick, type Bilingual, type Locale } from '../../i18n/locales.ts';
import { text } from '../release/cells.ts';
import { datasetRows } from '../release/release.ts';

/*
 * The region tree of the release (province → prefectures → counties), from the `regions` dataset. Region pages,
 * filters and breadcrumbs are built from it; regions the release does not list get no page.
 */

export type RegionLevel = 'PROVINCE' | 'PREFECTURE' | 'COUNTY';

export interface Region {
  code: string;
  name: Bilingual;
  level: RegionLevel;
  parentCode: string | null;
}

const LEVELS: readonly RegionLevel[] = ['PROVINCE', 'PREFECTURE', 'COUNTY'];

function regionOf(row: DatasetRow): Region | null {
  const code = text(row, 'region_code');
  const level = text(row, 'region_level') as RegionLevel | null;
  if (!code || !level || !LEVELS.includes(level)) return null;
  const zh = text(row, 'region_name') ?? code;
  return { code, name: { zh, en: text(row, 'region_name_en') ?? zh }, level, parentCode: text(row, 'parent_code') };
}

let cache: { list: Region[]; byCode: Map<string, Region> } | undefined;

function load() {
  if (!cache) {
    const list = datasetRows('regions')
      .map(regionOf)
      .filter((region): region is Region => region !== null)
      .sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.code.localeCompare(b.code));
    cache = { list, byCode: new Map(list.map((region) => [region.code, region])) };
  }
  return cache;
}

/** Every region, top-down, then by code. */
export const allRegions = (): Region[] => load().list;

export const regionByCode = (code: string): Region | undefined => load().byCode.get(code);

/** The regions at the top of the tree (the province; several provinces in a national release). */
export const rootRegions = (): Region[] =>
  allRegions().filter((region) => !region.parentCode || !regionByCode(region.parentCode));

export const childrenOf = (code: string): Region[] => allRegions().filter((region) => region.parentCode === code);

/** From the top of the tree down to the region's parent. */
export function ancestorsOf(code: string): Region[] {
  const chain: Region[] = [];
  let parent = regionByCode(code)?.parentCode;
  while (parent) {
    const region = regionByCode(parent);
    if (!region || chain.includes(region)) break;
    chain.unshift(region);
    parent = region.parentCode;
  }
  return chain;
}

/** Whether `code` is `ancestor` or lies below it. */
export function isWithin(code: string, ancestor: string): boolean {
  return code === ancestor || ancestorsOf(code).some((region) => region.code === ancestor);
}

export const regionName = (region: Region, locale: Locale) => pick(region.name, locale);

/** A region's name, or its code when the release does not list it. */
export function nameOfCode(code: string, locale: Locale): string {
  const region = regionByCode(code);
  return region ? regionName(region, locale) : code;
}

/**
 * Whether the release is of a national deployment: more than one province at the top of the tree. A national
 * site is titled after the country and lists its provinces; a provincial one is about its province.
 */
export const isNational = (): boolean => rootRegions().filter((region) => region.level === 'PROVINCE').length > 1;

/** The province the site is about, for headline figures; none on a national site (no one province heads it). */
export const provinceRegion = (): Region | undefined => (isNational() ? undefined : rootRegions()[0]);
