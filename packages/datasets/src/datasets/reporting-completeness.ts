import type { DatasetRow } from '../release-format.js';
import {
  count,
  field,
  regionColumns,
  regionFields,
  sortedRegions,
  yearField,
  type DatasetDefinition,
} from './fields.js';

/** The API's rates are fractions to four decimals; the release gives percentages to two. */
const percent = (rate: number) => Math.round(rate * 10_000) / 100;

const LEVEL_BELOW: Record<string, string> = { PROVINCE: 'PREFECTURE', PREFECTURE: 'COUNTY' };

/** Who filed the annual report to each region on time, late or not at all. Counts of regions, not of persons. */
export const reportingCompletenessDataset: DatasetDefinition = {
  name: 'reporting-completeness',
  title: { zh: '年度报告报送完整性与及时性', en: 'Annual reports: completeness and timeliness' },
  description: {
    zh: '各年度向省报送的市（州）年度报告、向市（州）报送的县级年度报告：应报、按时报送、逾期报送、未报送的数量与比率。',
    en: 'Annual reports filed to the province by its prefectures and to each prefecture by its counties, per year: expected, on time, late, missing, and the rates.',
  },
  fields: [
    yearField,
    ...regionFields,
    field(
      'level',
      'string',
      ['报送单位级别', '统计的报送单位级别：省为 PREFECTURE（各市州），市（州）为 COUNTY（所辖各县）'],
      ['Level counted', 'The reporting units counted: PREFECTURE for a province, COUNTY for a prefecture'],
    ),
    count('expected', ['应报数', '应报送年度报告的单位数'], ['Expected', 'Units that had to file']),
    count(
      'submitted_on_time',
      ['按时报送数', '在截止日期前报送的单位数'],
      ['On time', 'Units that filed by the deadline'],
    ),
    count('submitted_late', ['逾期报送数', '截止日期后报送的单位数'], ['Late', 'Units that filed after the deadline']),
    count('missing', ['未报送数', '尚未报送的单位数'], ['Missing', 'Units that have not filed']),
    count('accepted', ['已审核通过数', '报告已被审核通过的单位数'], ['Accepted', 'Units whose report was accepted']),
    count('waived', ['经批准免报数', '未报送但经批准免报的单位数'], ['Waived', 'Missing units excused with a reason']),
    field(
      'submission_rate',
      'number',
      ['报送率', '已报送数 ÷ 应报数（%）'],
      ['Submission rate', 'Filed ÷ expected (%)'],
      { unit: 'percent' },
    ),
    field(
      'on_time_rate',
      'number',
      ['按时报送率', '按时报送数 ÷ 应报数（%）'],
      ['On-time rate', 'Filed on time ÷ expected (%)'],
      { unit: 'percent' },
    ),
  ],
  primaryKey: ['year', 'region_code'],
  build(input) {
    const byKey = new Map(
      input.completeness.map((record) => [`${record.year}|${record.regionCode}|${record.level}`, record]),
    );
    const rows: DatasetRow[] = [];
    for (const year of input.years) {
      for (const region of sortedRegions(input)) {
        const level = LEVEL_BELOW[region.level];
        const record = level ? byKey.get(`${year}|${region.code}|${level}`) : undefined;
        if (!record) continue;
        rows.push({
          year,
          ...regionColumns(region),
          level: record.level,
          expected: record.expected,
          submitted_on_time: record.submittedOnTime,
          submitted_late: record.submittedLate,
          missing: record.missing,
          accepted: record.accepted,
          waived: record.waived,
          submission_rate: percent(record.submissionRate),
          on_time_rate: percent(record.onTimeRate),
        });
      }
    }
    return { rows, sums: [] };
  },
};
