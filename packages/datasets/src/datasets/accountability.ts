import {
  AccountabilityViolation,
  DisciplineTrack,
  Sanction,
  accountabilityViolationValues,
  disciplineTrackValues,
  sanctionsOnTrack,
} from '@dibao/domain';
import type { Bilingual, DatasetRow } from '../release-format.js';
import type { AccountabilityStatsRecord } from './inputs.js';
import { breakdownFields, breakdownSums } from './breakdown.js';
import {
  field,
  personCount,
  regionColumns,
  regionFields,
  sortedRegions,
  yearField,
  type DatasetDefinition,
} from './fields.js';

/** One row of a breakdown: a count of cases or of people (the other column does not apply and stays empty). */
interface Entry {
  value: string;
  label: Bilingual;
  track: string | null;
  cases: number | null;
  people: number | null;
}

function breakdowns(stats: AccountabilityStatsRecord): Array<[string, Entry[]]> {
  const violation = new Map(stats.byViolation.map((entry) => [entry.violation, entry.count]));
  const sanction = new Map(stats.bySanction.map((entry) => [`${entry.track}_${entry.sanction}`, entry.count]));
  const total = (value: string, label: Bilingual, counts: Pick<Entry, 'cases' | 'people'>): Entry => ({
    value,
    label,
    track: null,
    ...counts,
  });
  return [
    [
      'total',
      [
        total('CASES_OPENED', { zh: '立案数', en: 'Cases opened' }, { cases: stats.casesOpened, people: null }),
        total(
          'CASES_DECIDED',
          { zh: '作出处理决定数', en: 'Cases decided' },
          { cases: stats.casesDecided, people: null },
        ),
        total(
          'PEOPLE_HELD_ACCOUNTABLE',
          { zh: '被问责人数', en: 'People held accountable' },
          { cases: null, people: stats.peopleHeldAccountable },
        ),
        total(
          'UNITS_HELD_ACCOUNTABLE',
          { zh: '被问责单位案件数', en: 'Cases holding a unit accountable' },
          { cases: stats.unitsHeldAccountable, people: null },
        ),
      ],
    ],
    [
      'violation',
      accountabilityViolationValues.map((code) => ({
        value: code,
        label: AccountabilityViolation[code],
        track: null,
        cases: violation.get(code) ?? 0,
        people: null,
      })),
    ],
    [
      'sanction',
      disciplineTrackValues.flatMap((track) =>
        sanctionsOnTrack(track).map((code) => ({
          value: `${track}_${code}`,
          label: {
            zh: `${DisciplineTrack[track].zh}${Sanction[code].zh}`,
            en: `${DisciplineTrack[track].en}: ${Sanction[code].en}`,
          },
          track,
          cases: null,
          people: sanction.get(`${track}_${code}`) ?? 0,
        })),
      ),
    ],
  ];
}

/** Accountability cases opened by violation, those decided by sanction, and those held to account. */
export const accountabilityDataset: DatasetDefinition = {
  name: 'accountability',
  title: { zh: '责任追究', en: 'Accountability' },
  description: {
    zh: '各年度低保领域责任追究情况：当年立案数（cases，按追责事由分组，各分组之和等于立案数）、当年处理决定给予各类党纪、政务处分的人数（people），以及作出处理决定的案件数、被问责的人数和单位案件数。数值小于5的单元格以 S 表示，为防止推算而隐藏的单元格同样以 S 表示；不含被问责人姓名。',
    en: 'Accountability for dibao per year: cases opened (cases, by violation; the violations add up to the cases opened), those given each Party discipline or government sanction by the decisions of the year (people), and the cases decided, people held accountable and cases holding a unit accountable. Values below 5 are shown as S, as are cells withheld so that they cannot be worked out from totals; no names.',
  },
  fields: [
    yearField,
    ...regionFields,
    ...breakdownFields('violation 追责事由、sanction 处分种类'),
    field(
      'track',
      'string',
      ['处分类别', 'sanction 行的处分类别：PARTY 党纪、GOVERNMENT 政务；其他行为空'],
      ['Track', 'For sanction rows: PARTY discipline or GOVERNMENT sanction; empty otherwise'],
    ),
    personCount(
      'cases',
      ['案件数', 'violation 行：当年立案数；合计行：立案数、作出处理决定的案件数或问责单位的案件数；sanction 行为空'],
      [
        'Cases',
        'Violation rows: cases opened in the year; total rows: cases opened, decided, or holding a unit accountable; empty for sanction rows',
      ],
      'count',
    ),
    personCount(
      'people',
      [
        '人数',
        'sanction 行：当年处理决定给予该处分的对象数（“不予处分”“批评教育”也可能给予单位）；合计行：被问责人数；violation 行为空',
      ],
      [
        'People',
        'Sanction rows: those given the sanction by the decisions of the year (no sanction and criticism and education may also go to units); total row: people held accountable; empty for violation rows',
      ],
    ),
  ],
  primaryKey: ['year', 'region_code', 'dimension', 'value'],
  build(input) {
    const byKey = new Map(input.accountabilityStats.map((stats) => [`${stats.year}|${stats.regionCode}`, stats]));
    const rows: DatasetRow[] = [];
    for (const year of input.years) {
      for (const region of sortedRegions(input)) {
        const stats = byKey.get(`${year}|${region.code}`);
        if (!stats) continue;
        for (const [dimension, entries] of breakdowns(stats)) {
          for (const entry of entries) {
            rows.push({
              year,
              ...regionColumns(region),
              dimension,
              value: entry.value,
              value_zh: entry.label.zh,
              value_en: entry.label.en,
              track: entry.track,
              cases: entry.cases,
              people: entry.people,
            });
          }
        }
      }
    }
    // The violations add up to the cases opened (the other column is empty on both sides, a known zero).
    const sums = breakdownSums(rows, { additive: new Set(['violation']), totalValue: () => 'CASES_OPENED' });
    return { rows, sums };
  },
};
