import {
  AccountabilityViolation,
  accountabilityViolationValues,
  competentBodiesFor,
  type AccountabilityCaseImport,
  type AccountabilityImport,
  type FindingImport,
  type OversightImport,
} from '@dibao/domain';
import { fictionalChineseName } from '../fictional-names.js';
import { chance, pickOne, randomInt } from '../random.js';
import type { RegionSeed } from '../regions.js';
import { seededUuid } from '../reporting/uuid.js';
import type { ProvinceBatch } from './complaints.js';
import { nationalOversight, type NationalOversightOptions } from './oversight.js';
import { apportion, countyShares, DAY, later, provinceRandom, provincesOf } from './shares.js';
import { NATIONAL_AS_OF, NATIONAL_TOTALS } from './totals.js';

/*
 * Accountability cases of the national demo: each arises from an inspection finding of the national
 * oversight demo (its origin, by the finding's id), about the county-managed official of the finding's
 * township or county, opened by the county's discipline inspection organ one to three months after the
 * finding. Past cases are decided and closed; recent ones are open or under investigation.
 */

export interface NationalAccountabilityOptions {
  total?: number;
  asOf?: Date;
  oversight?: NationalOversightOptions;
}

const POSITIONS = ['乡镇民政助理员', '乡镇社会救助经办人员', '村（社区）低保信息员', '县民政局社会救助股股长'];

function caseOf(random: () => number, finding: FindingImport, asOf: Date): AccountabilityCaseImport {
  const { agencyIds } = competentBodiesFor({
    kind: 'OFFICIAL',
    regionCode: finding.regionCode,
    cadreLevel: 'COUNTY_MANAGED',
  });
  const openingAgencyId = agencyIds[0] as string;
  const openedAt = later(finding.foundAt, randomInt(random, 30, 90));
  const age = (asOf.getTime() - openedAt.getTime()) / DAY;
  const stage = age > 240 ? 3 : age > 60 ? randomInt(random, 1, 3) : age > 0 ? randomInt(random, 0, 1) : 0;
  const investigationStartedAt = stage >= 1 ? later(openedAt, randomInt(random, 3, 14)) : null;
  const decidedAt =
    stage >= 2 && investigationStartedAt ? later(investigationStartedAt, randomInt(random, 30, 90)) : null;
  const closedAt = stage >= 3 && decidedAt ? later(decidedAt, randomInt(random, 10, 40)) : null;
  const violation = pickOne(random, accountabilityViolationValues);
  const beijingDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const severe = chance(random, 0.3);
  return {
    id: seededUuid(random),
    subjectKind: 'OFFICIAL',
    subjectOfficialId: null,
    subjectName: fictionalChineseName(random),
    subjectPosition: pickOne(random, POSITIONS),
    subjectRegionCode: finding.regionCode,
    subjectCadreLevel: 'COUNTY_MANAGED',
    subjectAgencyId: null,
    violation,
    facts: `${finding.description}；经查存在${AccountabilityViolation[violation].zh}情形 / ${AccountabilityViolation[violation].en} established`,
    status: closedAt ? 'CLOSED' : decidedAt ? 'DECIDED' : investigationStartedAt ? 'INVESTIGATING' : 'OPENED',
    openedOn: beijingDate(openedAt),
    openingAgencyId,
    openedAt,
    investigationStartedAt,
    decidedAt,
    closedAt,
    closingNote: closedAt ? '处分决定已执行 / The decision has been carried out' : null,
    origins: [{ kind: 'FINDING', id: finding.id }],
    decision: decidedAt
      ? {
          decidedOn: beijingDate(decidedAt),
          decidingAgencyId: openingAgencyId,
          summary: severe ? '给予党内警告和政务记过处分 / Party warning and a demerit' : '给予诫勉 / Admonishment',
          sanctions: severe
            ? [
                { track: 'PARTY', sanction: 'WARNING' },
                { track: 'GOVERNMENT', sanction: 'DEMERIT' },
              ]
            : [{ track: 'GOVERNMENT', sanction: 'ADMONISHMENT' }],
        }
      : null,
  };
}

/** One province's cases from that province's findings: its share of the total, spread in proportion to findings. */
export function provinceAccountability(
  province: RegionSeed,
  oversight: OversightImport,
  share: number,
  asOf: Date = NATIONAL_AS_OF,
): AccountabilityImport {
  const random = provinceRandom(province.code, 'accountability');
  const findings = oversight.findings.filter((finding) => finding.foundAt.getTime() + 30 * DAY < asOf.getTime());
  const cases: AccountabilityCaseImport[] = [];
  // Every k-th finding, so that cases spread over the years and counties of the province as findings do.
  for (let index = 0; index < share && findings.length > 0; index += 1) {
    const finding = findings[Math.floor((index * findings.length) / share)] as FindingImport;
    cases.push(caseOf(random, finding, asOf));
  }
  cases.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime() || a.id.localeCompare(b.id));
  return { cases, jointMeetings: [] };
}

/**
 * The national demo's cases, one province at a time, with the oversight batch they arise from (so that a
 * loader holds one province's findings at a time). A province's share of the cases is in proportion to its
 * share of the findings.
 */
export function* nationalAccountability(
  regions: readonly RegionSeed[],
  options: NationalAccountabilityOptions = {},
): Generator<ProvinceBatch<AccountabilityImport> & { oversight: OversightImport }> {
  const findingShares = countyShares(regions, options.oversight?.total ?? NATIONAL_TOTALS.findings);
  const provinces = provincesOf(regions);
  const findingsPerProvince = provinces.map((province) =>
    findingShares
      .filter((share) => share.county.code.startsWith(province.code.slice(0, 2)))
      .reduce((sum, share) => sum + share.share, 0),
  );
  const shares = apportion(options.total ?? NATIONAL_TOTALS.accountabilityCases, findingsPerProvince);
  for (const batch of nationalOversight(regions, options.oversight)) {
    const share = shares[provinces.findIndex((province) => province.code === batch.province.code)] ?? 0;
    yield {
      province: batch.province,
      oversight: batch.data,
      data: provinceAccountability(batch.province, batch.data, share, options.asOf),
    };
  }
}
