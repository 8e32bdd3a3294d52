import { AssessmentIndicator, assessmentIndicatorValues } from '@dibao/domain';
import type { DatasetField, DatasetRow } from '../release-format.js';
import {
  datetime,
  field,
  personCount,
  regionColumns,
  regionFields,
  regionIndex,
  type DatasetDefinition,
} from './fields.js';

const column = (code: string, prefix: 'weight' | 'value' | 'points') => `${prefix}_${code.toLowerCase()}`;

const indicatorFields: DatasetField[] = assessmentIndicatorValues.flatMap((code) => {
  const label = AssessmentIndicator[code];
  return [
    field(
      column(code, 'weight'),
      'number',
      [`${label.zh}：分值`, `该指标在当年评价方案中的分值；未采用时为空`],
      [`${label.en}: weight`, 'Points the indicator is worth in the year’s scheme; empty when not used'],
    ),
    field(
      column(code, 'value'),
      'number',
      [`${label.zh}：原始值`, '该指标的原始值'],
      [`${label.en}: value`, 'Raw value of the indicator'],
    ),
    field(
      column(code, 'points'),
      'number',
      [`${label.zh}：得分`, '该指标的得分（标准化值 × 分值）'],
      [`${label.en}: points`, 'Points scored (normalised value × weight)'],
    ),
  ];
});

/** The region that assessed, or allocated: the province (of its prefectures) or a prefecture (of its counties). */
export const assessorCode = field(
  'assessor_code',
  'string',
  ['评价主体区划代码', '作出评价（分配）的地区：省（评价各市州）或市州（评价所辖县）'],
  [
    'Assessor code',
    'The region that assessed (allocated): the province, of its prefectures, or a prefecture, of its counties',
  ],
);

export const publishedAt = field(
  'published_at',
  'datetime',
  ['公布时间', '结果向社会公布的时间（UTC）'],
  ['Published', 'When it was made public (UTC)'],
);

/** Published performance assessments: score, rank and each indicator's points. */
export const assessmentsDataset: DatasetDefinition = {
  name: 'assessments',
  title: { zh: '低保工作绩效评价结果', en: 'Performance assessment' },
  description: {
    zh: '已公布的年度低保工作绩效评价结果：省级民政部门对各市（州）、市（州）民政部门按本地评价方案对所辖县的评价，各地区的总分、排名及各项指标的分值、原始值和得分。',
    en: 'Published annual performance assessments of dibao work: by the province of its prefectures, and by each prefecture of its counties under its own scheme; each region’s score, rank, and for each indicator the weight, raw value and points.',
  },
  fields: [
    field('year', 'integer', ['评价年度', '被评价的工作年度'], ['Year', 'The year assessed']),
    assessorCode,
    ...regionFields,
    field(
      'score',
      'number',
      ['总分', '各指标得分之和（满分100）'],
      ['Score', 'Sum of the indicators’ points (out of 100)'],
    ),
    field('rank', 'integer', ['排名', '按总分排名，同分同名次'], ['Rank', 'Rank by score; equal scores share a rank']),
    personCount(
      'recipients',
      ['保障对象人数', '评价所用的低保对象人数'],
      ['Recipients', 'Recipients the assessment used'],
    ),
    ...indicatorFields,
    publishedAt,
  ],
  primaryKey: ['year', 'assessor_code', 'region_code'],
  build(input) {
    const regionOf = regionIndex(input);
    const rows: DatasetRow[] = [];
    for (const assessment of [...input.assessments].sort(
      (a, b) => a.year - b.year || a.provinceCode.localeCompare(b.provinceCode),
    )) {
      for (const score of [...assessment.scores].sort((a, b) => a.regionCode.localeCompare(b.regionCode))) {
        const row: DatasetRow = {
          year: assessment.year,
          assessor_code: assessment.provinceCode,
          ...regionColumns(regionOf(score.regionCode)),
          score: score.score,
          rank: score.rank,
          recipients: score.recipients,
        };
        for (const code of assessmentIndicatorValues) {
          const indicator = score.indicators.find((entry) => entry.code === code);
          row[column(code, 'weight')] = indicator?.weight ?? null;
          row[column(code, 'value')] = indicator?.rawValue ?? null;
          row[column(code, 'points')] = indicator?.contribution ?? null;
        }
        row.published_at = datetime(assessment.publishedAt);
        rows.push(row);
      }
    }
    return { rows, sums: [] };
  },
};
