import type { AgencyKind, CadreLevel, OfficialImport } from '@dibao/domain';

import { agencyKey, type AgencySeed } from './agencies.js';
import { fictionalChineseName } from './fictional-names.js';
import { mulberry32 } from './random.js';
import type { RegionSeed } from './regions.js';

/** An official as the registry's import takes it, with the key other demo data names them by. */
export interface OfficialSeed extends OfficialImport {
  /** `${agencyKey}:${post}`, e.g. 630121:CIVIL_AFFAIRS:director. */
  key: string;
}

/** A post that the demo fills with one fictional official. */
interface Post {
  slug: string;
  kind: AgencyKind;
  position: string;
  positionEn: string;
  cadreLevel: CadreLevel;
}

/*
 * Cadre management authority (干部管理权限), simplified to one rule applied everywhere: an official is
 * managed by the party committee of the region the post belongs to (a provincial department's staff are
 * province-managed, a county bureau's county-managed), except the region's own leaders (分管副县长,
 * 分管副市长), who are appointed one level up. Townships manage no cadres, so township officials are
 * county-managed. Hence: county bureau directors, their staff and township officials COUNTY_MANAGED;
 * deputy county heads and prefecture bureau directors PREFECTURE_MANAGED; deputy mayors of prefectures and
 * provincial department heads PROVINCE_MANAGED. (Vice-governors are centrally managed, a level the
 * vocabulary does not have, so the demo has none.)
 */
function postsOf(region: RegionSeed): Post[] {
  switch (region.level) {
    case 'PROVINCE': {
      // Municipalities (北京市) have bureaus (局) where provinces have departments (厅).
      const bureau = region.name.endsWith('市');
      const head = bureau ? { zh: '局长', en: 'Director' } : { zh: '厅长', en: 'Director-General' };
      const deputy = bureau ? { zh: '副局长', en: 'Deputy Director' } : { zh: '副厅长', en: 'Deputy Director-General' };
      return [
        post('director', 'CIVIL_AFFAIRS', head.zh, head.en, 'PROVINCE_MANAGED'),
        post(
          'deputy-director',
          'CIVIL_AFFAIRS',
          `${deputy.zh}（分管社会救助）`,
          `${deputy.en} (social assistance)`,
          'PROVINCE_MANAGED',
        ),
        post(
          'assistance-division-head',
          'CIVIL_AFFAIRS',
          '社会救助处处长',
          'Director, Social Assistance Division',
          'PROVINCE_MANAGED',
        ),
        post(
          'hotline-head',
          'CIVIL_AFFAIRS',
          '社会救助服务热线负责人',
          'Head of the social assistance hotline',
          'PROVINCE_MANAGED',
        ),
        post(
          'inspection-head',
          'DISCIPLINE_INSPECTION',
          `驻民政${bureau ? '局' : '厅'}纪检监察组组长`,
          'Head of the discipline inspection team stationed at civil affairs',
          'PROVINCE_MANAGED',
        ),
      ];
    }
    case 'PREFECTURE':
      return [
        post('director', 'CIVIL_AFFAIRS', '局长', 'Director', 'PREFECTURE_MANAGED'),
        post('deputy-director', 'CIVIL_AFFAIRS', '副局长', 'Deputy Director', 'PREFECTURE_MANAGED'),
        post(
          'petition-officer',
          'CIVIL_AFFAIRS',
          '低保信访专人',
          'Designated dibao petition officer',
          'PREFECTURE_MANAGED',
        ),
        post(
          'inspection-officer',
          'DISCIPLINE_INSPECTION',
          '纪检监察室主任',
          'Director, Discipline Inspection and Supervision Office',
          'PREFECTURE_MANAGED',
        ),
        leaderPost(prefectureLeaderTitle(region.name), 'PROVINCE_MANAGED'),
      ];
    case 'COUNTY':
      return [
        post('director', 'CIVIL_AFFAIRS', '局长', 'Director', 'COUNTY_MANAGED'),
        post('deputy-director', 'CIVIL_AFFAIRS', '副局长', 'Deputy Director', 'COUNTY_MANAGED'),
        post(
          'petition-officer',
          'CIVIL_AFFAIRS',
          '低保信访专人',
          'Designated dibao petition officer',
          'COUNTY_MANAGED',
        ),
        post(
          'inspection-officer',
          'DISCIPLINE_INSPECTION',
          '纪检监察室主任',
          'Director, Discipline Inspection and Supervision Office',
          'COUNTY_MANAGED',
        ),
        leaderPost(countyLeaderTitle(region.name), 'PREFECTURE_MANAGED'),
      ];
    case 'TOWNSHIP':
      return [post('office-head', 'CIVIL_AFFAIRS', '民政办主任', 'Head of the Civil Affairs Office', 'COUNTY_MANAGED')];
    case 'VILLAGE':
      // Village committees are self-governing bodies, not agencies of the state: no posts of the registry.
      return [];
  }
}

function post(slug: string, kind: AgencyKind, position: string, positionEn: string, cadreLevel: CadreLevel): Post {
  return { slug, kind, position, positionEn, cadreLevel };
}

function leaderPost(title: { zh: string; en: string }, cadreLevel: CadreLevel): Post {
  return post(
    'deputy-head',
    'GOVERNMENT',
    `分管民政工作的${title.zh}`,
    `${title.en} in charge of civil affairs`,
    cadreLevel,
  );
}

function prefectureLeaderTitle(name: string): { zh: string; en: string } {
  if (name.endsWith('州')) return { zh: '副州长', en: 'Deputy Prefect' };
  if (name.endsWith('地区')) return { zh: '行署副专员', en: 'Deputy Commissioner' };
  if (name.endsWith('盟')) return { zh: '副盟长', en: 'Deputy League Head' };
  return { zh: '副市长', en: 'Deputy Mayor' };
}

function countyLeaderTitle(name: string): { zh: string; en: string } {
  if (name.endsWith('区')) return { zh: '副区长', en: 'Deputy District Head' };
  if (name.endsWith('市')) return { zh: '副市长', en: 'Deputy Mayor' };
  if (name.endsWith('旗')) return { zh: '副旗长', en: 'Deputy Banner Head' };
  if (name.endsWith('行政委员会')) return { zh: '副主任', en: 'Deputy Director' };
  return { zh: '副县长', en: 'Deputy County Head' };
}

/**
 * Fictional officials for the given regions' agencies: a handful per county, prefecture and province and a
 * civil affairs office head per township. Deterministic: the same inputs and seed give the same output.
 * Posts whose agency is not among `agencies` are skipped.
 */
export function demoOfficials(
  regions: readonly RegionSeed[],
  agencies: readonly AgencySeed[],
  seed = 2014,
): OfficialSeed[] {
  const random = mulberry32(seed);
  const agencyKeys = new Set(agencies.map((agency) => agency.key));
  return regions.flatMap((region) =>
    postsOf(region)
      .map((post) => ({ post, key: agencyKey(region.code, post.kind) }))
      .filter(({ key }) => agencyKeys.has(key))
      .map(({ post, key }) => ({
        key: `${key}:${post.slug}`,
        agencyKey: key,
        name: fictionalChineseName(random),
        position: post.position,
        positionEn: post.positionEn,
        cadreLevel: post.cadreLevel,
      })),
  );
}
