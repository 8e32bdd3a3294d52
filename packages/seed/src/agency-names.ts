import type { AgencyKind } from '@dibao/domain';

import type { RegionSeed } from './regions.js';

interface Names {
  name: string;
  nameEn: string;
}

/*
 * Line bureaus are 厅 (departments) in provinces and autonomous regions and 局 (bureaus) everywhere else,
 * municipalities included (北京市民政局).
 */
const LINE_AGENCIES = {
  CIVIL_AFFAIRS: { zh: '民政', department: 'Department of Civil Affairs', bureau: 'Civil Affairs Bureau' },
  HR_SOCIAL_SECURITY: {
    zh: '人力资源和社会保障',
    department: 'Department of Human Resources and Social Security',
    bureau: 'Human Resources and Social Security Bureau',
  },
  FINANCE: { zh: '财政', department: 'Department of Finance', bureau: 'Finance Bureau' },
  AUDIT: { zh: '审计', department: 'Audit Office', bureau: 'Audit Bureau' },
} as const satisfies Partial<Record<AgencyKind, { zh: string; department: string; bureau: string }>>;

/** The Chinese and English names of one agency of a region, as the body would sign its documents. */
export function agencyNames(region: RegionSeed, kind: AgencyKind): Names {
  if (region.level === 'TOWNSHIP') return townshipAgencyNames(region, kind);
  const { name, nameEn } = region;
  switch (kind) {
    case 'CIVIL_AFFAIRS':
    case 'HR_SOCIAL_SECURITY':
    case 'FINANCE':
    case 'AUDIT': {
      const agency = LINE_AGENCIES[kind];
      return hasDepartments(region)
        ? { name: `${name}${agency.zh}厅`, nameEn: `${nameEn} ${agency.department}` }
        : { name: `${name}${agency.zh}局`, nameEn: `${nameEn} ${agency.bureau}` };
    }
    case 'GOVERNMENT':
      return governmentNames(region);
    case 'ORGANIZATION_DEPARTMENT':
      return {
        name: `中共${partyCommitteeOf(name)}组织部`,
        nameEn: `Organization Department of the CPC ${nameEn} Committee`,
      };
    case 'DISCIPLINE_INSPECTION':
      return { name: `${name}纪委监委`, nameEn: `${nameEn} Commission for Discipline Inspection and Supervision` };
  }
}

function hasDepartments(region: RegionSeed): boolean {
  return region.level === 'PROVINCE' && !region.name.endsWith('市');
}

/** Short form of the region's party committee, as used in 中共…组织部: 青海省委, 阿里地委, 新疆维吾尔自治区委员会. */
function partyCommitteeOf(regionName: string): string {
  if (regionName.endsWith('自治区')) return `${regionName}委员会`;
  if (regionName.endsWith('地区')) return `${regionName.slice(0, -1)}委`;
  if (regionName.endsWith('行政委员会')) return `${regionName}工作委员会`;
  return `${regionName}委`;
}

function governmentNames({ name, nameEn }: RegionSeed): Names {
  // Prefectures (地区) and leagues (盟) are run by an administrative office sent by the province; an
  // administrative committee (大柴旦行政委员会) is itself the government of its area.
  if (name.endsWith('地区') || name.endsWith('盟')) {
    return { name: `${name}行政公署`, nameEn: `${nameEn} Administrative Office` };
  }
  if (name.endsWith('行政委员会')) return { name, nameEn };
  return { name: `${name}人民政府`, nameEn: `${nameEn} People's Government` };
}

function townshipAgencyNames({ name, nameEn }: RegionSeed, kind: AgencyKind): Names {
  if (kind === 'CIVIL_AFFAIRS') {
    return { name: `${name.replace(/办事处$/, '')}民政办`, nameEn: `${nameEn} Civil Affairs Office` };
  }
  if (kind !== 'GOVERNMENT') throw new RangeError(`Townships have no ${kind} agency`);
  if (/(?:镇|乡|苏木)$/.test(name)) return { name: `${name}人民政府`, nameEn: `${nameEn} People's Government` };
  if (name.endsWith('街道')) return { name: `${name}办事处`, nameEn: `${nameEn} Subdistrict Office` };
  if (name.endsWith('街道办事处')) return { name, nameEn: `${nameEn} Subdistrict Office` };
  // Development zones, farms and the like are run by their own management body, which bears their name.
  return { name, nameEn };
}
