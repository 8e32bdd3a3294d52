import { pickOne, randomInt, type Random } from '../random.js';
import { reportDeadline } from '../reporting/deadlines.js';
import { shuffled } from '../reporting/sampling.js';
import { shanghaiTime } from '../reporting/shanghai-time.js';
import { statsEvidence } from './evidence.js';
import { chineseDate, chineseDateTime, daysAfter, daysBefore, TO_PREFECTURES, type PlannedBulletin } from './plans.js';
import type { ProvinceData } from './province-data.js';
import { publicTexts } from './texts.js';

type Item = PlannedBulletin['items'][number];
const DAY_MS = 24 * 3600_000;

/** Filed by its deadline. */
function filedOnTime(data: ProvinceData, regionCode: string, year: number): boolean {
  const report = data.reportOf(regionCode, year);
  return Boolean(report?.firstSubmittedAt) && !report?.late;
}

/** Criticism of a region whose report for `year` was late, or had not arrived by `at`. */
function lateOrMissingItem(data: ProvinceData, regionCode: string, year: number, at: Date): Item | null {
  const report = data.reportOf(regionCode, year);
  const submitted = report?.firstSubmittedAt ?? null;
  const level = regionCode.endsWith('00') ? 'PREFECTURE' : 'COUNTY';
  const deadline = reportDeadline(level, year);
  const filedTo = level === 'COUNTY' ? `${regionCode.slice(0, 4)}00` : data.province.code;
  const evidence = [statsEvidence('REPORTING_COMPLETENESS', filedTo, year, `${year}年度报告报送情况`)];
  if (submitted === null || submitted.getTime() > at.getTime()) {
    return {
      kind: 'CRITICISM',
      category: 'POOR_PROGRESS',
      regionCode,
      summary: `截至${chineseDate(at)}未报送${year}年度报告（截止时间${chineseDateTime(deadline)}）。`,
      publicText: publicTexts.reportMissing(data.place(regionCode), year),
      evidence,
    };
  }
  if (!report?.late) return null;
  const daysLate = Math.ceil((submitted.getTime() - deadline.getTime()) / DAY_MS);
  return {
    kind: 'CRITICISM',
    category: 'POOR_PROGRESS',
    regionCode,
    summary: `${year}年度报告首次报送于${chineseDateTime(submitted)}，截止时间${chineseDateTime(deadline)}，逾期${daysLate}天。`,
    publicText: publicTexts.reportLate(data.place(regionCode), year),
    evidence,
  };
}

/** Commendation of a prefecture whose own and counties' reports all came on time. */
function allOnTimeItem(data: ProvinceData, prefectureCode: string, year: number): Item {
  const counties = data.countiesOf(prefectureCode);
  return {
    kind: 'COMMENDATION',
    category: 'OUTSTANDING_PERFORMANCE',
    regionCode: prefectureCode,
    summary: `本级及所属${counties.length}个县（市、区）${year}年度报告均在截止时间前报送。`,
    publicText: publicTexts.reportsOnTime(data.place(prefectureCode), year),
    evidence: [
      statsEvidence('REPORTING_COMPLETENESS', prefectureCode, year, `所属县级报告报送情况`),
      statsEvidence('REPORT_SUMMARY', prefectureCode, year, `${year}年度报告汇总数据`),
    ],
  };
}

const everyoneOnTime = (data: ProvinceData, prefectureCode: string, year: number) =>
  filedOnTime(data, prefectureCode, year) &&
  data.countiesOf(prefectureCode).every((county) => filedOnTime(data, county.code, year));

/**
 * In March, the bulletin on how the previous year's annual reports came in: criticism of late and missing
 * reports, commendation of prefectures whose reports all came on time.
 */
export function reportingBulletin(random: Random, data: ProvinceData, year: number): PlannedBulletin {
  const reportYear = year - 1;
  const issuedAt = shanghaiTime(year, 3, randomInt(random, 8, 20), randomInt(random, 9, 11), randomInt(random, 0, 59));
  const regions = [...data.prefectures, ...data.counties];
  const criticisms = shuffled(
    random,
    regions.flatMap((region) => lateOrMissingItem(data, region.code, reportYear, issuedAt) ?? []),
  )
    .slice(0, 3)
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode));
  const exemplary = data.prefectures.filter((prefecture) => everyoneOnTime(data, prefecture.code, reportYear));
  const commended = shuffled(random, exemplary)
    .slice(0, 2)
    .sort((a, b) => a.code.localeCompare(b.code));
  const fallback = commended.length === 0 && criticisms.length === 0 && data.prefectures.length > 0;
  const commendations = (fallback ? [pickOne(random, data.prefectures)] : commended).map((prefecture) =>
    allOnTimeItem(data, prefecture.code, reportYear),
  );
  return {
    title: `关于${reportYear}年度全省城乡低保工作年度报告报送情况的通报`,
    english: {
      title: `Bulletin on the filing of the ${reportYear} annual dibao reports across the province`,
      summary: `Which prefectures and counties filed their ${reportYear} annual reports on urban and rural dibao on time, and which filed late or not at all.`,
    },
    periodFrom: shanghaiTime(reportYear, 1, 1),
    periodTo: new Date(shanghaiTime(year, 1, 1).getTime() - 1),
    audience: TO_PREFECTURES,
    status: 'PUBLISHED',
    opening: `根据《关于建立低保监督检查长效机制的通知》要求，现将${reportYear}年度全省城乡低保工作年度报告报送情况通报如下。`,
    createdAt: daysBefore(issuedAt, randomInt(random, 3, 10)),
    issuedAt,
    publishedAt: daysAfter(issuedAt, randomInt(random, 3, 8)),
    items: [...commendations, ...criticisms],
  };
}

/**
 * On the last day of the open year, the bulletin on reports still outstanding: issued to the prefectures,
 * not yet made public.
 */
export function yearEndProgressBulletin(random: Random, data: ProvinceData, year: number): PlannedBulletin | null {
  const issuedAt = shanghaiTime(year, 12, 31, randomInt(random, 14, 16), randomInt(random, 0, 59));
  const outstanding = data.counties.flatMap((county) => {
    const report = data.reportOf(county.code, year);
    const submitted = report?.firstSubmittedAt ?? null;
    const missing = submitted === null || submitted.getTime() > issuedAt.getTime();
    return missing ? (lateOrMissingItem(data, county.code, year, issuedAt) ?? []) : [];
  });
  const criticisms = shuffled(random, outstanding)
    .slice(0, 4)
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode));
  const commendations = data.prefectures
    .filter((prefecture) => data.countiesOf(prefecture.code).every((county) => filedOnTime(data, county.code, year)))
    .slice(0, 2)
    .map((prefecture) => ({
      ...allOnTimeItem(data, prefecture.code, year),
      summary: `所属${data.countiesOf(prefecture.code).length}个县（市、区）${year}年度报告均在县级截止时间前报送。`,
    }));
  if (criticisms.length + commendations.length === 0) return null;
  return {
    title: `关于${year}年度低保工作年度报告报送进度的通报`,
    periodFrom: shanghaiTime(year, 1, 1),
    periodTo: issuedAt,
    audience: TO_PREFECTURES,
    status: 'ISSUED',
    opening: `截至${chineseDate(issuedAt)}，各地${year}年度低保工作年度报告报送进度通报如下。`,
    createdAt: daysBefore(issuedAt, 1),
    issuedAt,
    publishedAt: null,
    items: [...commendations, ...criticisms],
  };
}
