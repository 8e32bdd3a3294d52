import { ProblemCategory, problemCategoryValues } from '@dibao/domain';
import type { DatasetRow } from '../release-format.js';
import { regionSums } from '../disclosure/table.js';
import type { FindingRecord, ReleaseInput } from './inputs.js';
import {
  count,
  fen,
  field,
  personCount,
  regionColumns,
  regionFields,
  regionIndex,
  sortedRegions,
  yearField,
  type DatasetDefinition,
} from './fields.js';

interface Tally {
  findings: number;
  verified: number;
  closedNotFixed: number;
  overdue: number;
  householdsAffected: number;
  amountInvolvedFen: number;
  fundsRecoveredFen: number;
  householdsRemoved: number;
  householdsAdded: number;
}

const emptyTally = (): Tally => ({
  findings: 0,
  verified: 0,
  closedNotFixed: 0,
  overdue: 0,
  householdsAffected: 0,
  amountInvolvedFen: 0,
  fundsRecoveredFen: 0,
  householdsRemoved: 0,
  householdsAdded: 0,
});

function addFinding(tally: Tally, finding: FindingRecord) {
  tally.findings += 1;
  if (finding.status === 'VERIFIED') tally.verified += 1;
  if (finding.status === 'CLOSED_NOT_FIXED') tally.closedNotFixed += 1;
  if (finding.overdue) tally.overdue += 1;
  tally.householdsAffected += finding.householdsAffected;
  tally.amountInvolvedFen += finding.amountInvolvedFen;
  tally.fundsRecoveredFen += finding.fundsRecoveredFen;
  tally.householdsRemoved += finding.householdsRemoved;
  tally.householdsAdded += finding.householdsAdded;
}

/** year|region|category → tally, each finding counted in its county and every region above it. */
function tallies(input: ReleaseInput): Map<string, Tally> {
  const regionOf = regionIndex(input);
  const result = new Map<string, Tally>();
  for (const finding of input.findings) {
    for (let code: string | null = finding.countyCode; code !== null; code = regionOf(code).parentCode) {
      const key = `${finding.year}|${code}|${finding.category}`;
      const tally = result.get(key) ?? emptyTally();
      addFinding(tally, finding);
      result.set(key, tally);
      if (regionOf(code).level === 'PROVINCE') break;
    }
  }
  return result;
}

/**
 * The findings are read one by one (without their descriptions) because the oversight statistics break only
 * some figures down by category; the subgraph's own statistics must agree with them, or the release stops.
 */
function checkAgainstOversightStats(input: ReleaseInput, result: Map<string, Tally>) {
  for (const stats of input.oversightStats) {
    for (const category of problemCategoryValues) {
      const own = stats.byCategory.find((entry) => entry.category === category);
      const tally = result.get(`${stats.year}|${stats.regionCode}|${category}`) ?? emptyTally();
      if ((own?.findings ?? 0) !== tally.findings || (own?.verified ?? 0) !== tally.verified) {
        throw new Error(
          `Findings of ${stats.regionCode} in ${stats.year} (${category}) do not match the oversight statistics: ` +
            `${tally.findings}/${tally.verified} listed, ${own?.findings ?? 0}/${own?.verified ?? 0} counted`,
        );
      }
    }
  }
}

/** Special-inspection findings and their rectification, by problem category. */
export const inspectionFindingsDataset: DatasetDefinition = {
  name: 'inspection-findings',
  title: { zh: '专项督察发现问题与整改', en: 'Inspection findings and rectification' },
  description: {
    zh: '各年度专项督察发现的问题，按问题类别和省、市（州）、县列示：问题数、整改到位（经复核）数、整改不到位销号数、逾期数、涉及户数与金额、追回资金、清退与纳入户数。户数小于5的单元格以 S 表示。',
    en: 'Problems found by special inspections per year, by problem category, for the province, prefectures and counties: findings, verified as rectified, closed as not fixed, overdue, households and amounts involved, funds recovered, households removed and added. Household counts below 5 are shown as S.',
  },
  fields: [
    yearField,
    ...regionFields,
    field('category', 'string', ['问题类别代码', '问题类别代码'], ['Category code', 'Problem category code']),
    field(
      'category_zh',
      'string',
      ['问题类别', '问题类别中文名称'],
      ['Category (Chinese)', 'Problem category in Chinese'],
    ),
    field(
      'category_en',
      'string',
      ['问题类别英文名称', '问题类别英文名称'],
      ['Category', 'Problem category in English'],
    ),
    count(
      'findings',
      ['发现问题数', '督察发现的问题数（按督察年度）'],
      ['Findings', 'Problems found (by the inspection year)'],
    ),
    count(
      'verified',
      ['整改到位数', '经独立复核确认整改到位的问题数'],
      ['Verified', 'Problems verified as rectified by an independent re-check'],
    ),
    count(
      'closed_not_fixed',
      ['未整改到位销号数', '以未整改到位结束的问题数（不计为已整改）'],
      ['Closed not fixed', 'Problems closed as not fixed (never counted as rectified)'],
    ),
    count(
      'overdue',
      ['逾期未整改数', '发布时已超过整改期限仍未整改到位的问题数'],
      ['Overdue', 'Problems past their deadline when the release was made'],
    ),
    personCount(
      'households_affected',
      ['涉及户数', '问题涉及的低保家庭户数'],
      ['Households affected', 'Households the problems concern'],
      'households',
    ),
    fen(
      'amount_involved_fen',
      ['涉及金额', '问题涉及的资金（分）'],
      ['Amount involved', 'Funds the problems concern (fen)'],
    ),
    fen(
      'funds_recovered_fen',
      ['追回资金', '整改中追回的资金（分）'],
      ['Funds recovered', 'Funds recovered in rectification (fen)'],
    ),
    personCount(
      'households_removed',
      ['清退户数', '整改中清退的不符合条件家庭（错保）'],
      ['Households removed', 'Wrongly included households removed'],
      'households',
    ),
    personCount(
      'households_added',
      ['纳入户数', '整改中纳入的符合条件家庭（漏保）'],
      ['Households added', 'Wrongly excluded households added'],
      'households',
    ),
  ],
  primaryKey: ['year', 'region_code', 'category'],
  build(input) {
    const result = tallies(input);
    checkAgainstOversightStats(input, result);
    const rows: DatasetRow[] = [];
    for (const year of input.years) {
      for (const region of sortedRegions(input)) {
        for (const category of problemCategoryValues) {
          const tally = result.get(`${year}|${region.code}|${category}`) ?? emptyTally();
          rows.push({
            year,
            ...regionColumns(region),
            category,
            category_zh: ProblemCategory[category].zh,
            category_en: ProblemCategory[category].en,
            findings: tally.findings,
            verified: tally.verified,
            closed_not_fixed: tally.closedNotFixed,
            overdue: tally.overdue,
            households_affected: tally.householdsAffected,
            amount_involved_fen: tally.amountInvolvedFen,
            funds_recovered_fen: tally.fundsRecoveredFen,
            households_removed: tally.householdsRemoved,
            households_added: tally.householdsAdded,
          });
        }
      }
    }
    const sums = regionSums(rows, {
      group: (row) => `${row.year}|${row.category}`,
      region: (row) => row.region_code as string,
      parent: (row) => (row.parent_code as string | null) ?? null,
    });
    return { rows, sums };
  },
};
