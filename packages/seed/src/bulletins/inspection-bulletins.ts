import { pickOne, randomInt, type Random } from '../random.js';
import { shuffled } from '../reporting/sampling.js';
import { shanghaiTime } from '../reporting/shanghai-time.js';
import type { AnnualReportSeed } from '../reporting/types.js';
import { recordEvidence, statsEvidence } from './evidence.js';
import { daysAfter, daysBefore, TO_PREFECTURES, type PlannedBulletin } from './plans.js';
import type { ProvinceData } from './province-data.js';
import { ADVANCED_EXPERIENCES, INNOVATIONS, publicTexts } from './texts.js';

type Item = PlannedBulletin['items'][number];

/** The story (DOMAIN.md step 6): No. 3 of 2025 criticises Datong and commends a practice of Haidong. */
export const STORY = { province: '630000', year: 2025, criticised: '630121', commended: '630200' } as const;

/** Problems found and rectified according to a filed report's supervision section. */
function rectification(report: AnnualReportSeed | undefined) {
  const supervision = report && report.status !== 'DRAFT' ? report.content.supervision : null;
  if (!supervision) return null;
  const found = supervision.problemsFound.reduce((sum, problem) => sum + problem.count, 0);
  return {
    found,
    rectified: supervision.problemsRectified,
    share: found > 0 ? supervision.problemsRectified / found : 1,
  };
}

const MIN_PROBLEMS = 3;

function rectificationItem(data: ProvinceData, countyCode: string, year: number, good: boolean): Item {
  const figures = rectification(data.reportOf(countyCode, year));
  const note = figures ? `年度报告显示发现问题${figures.found}个、已整改${figures.rectified}个` : '年度报告';
  return {
    kind: good ? 'COMMENDATION' : 'CRITICISM',
    category: good ? 'OUTSTANDING_PERFORMANCE' : 'POOR_PROGRESS',
    regionCode: countyCode,
    summary: figures
      ? `${year}年发现问题${figures.found}个，已整改${figures.rectified}个，整改率${Math.round(figures.share * 100)}%。`
      : `${year}年度报告未显示整改数据。`,
    publicText: good
      ? publicTexts.goodRectification(data.place(countyCode))
      : publicTexts.slowRectification(data.place(countyCode)),
    evidence: [
      statsEvidence('REPORT_SUMMARY', countyCode, year, note),
      ...recordEvidence(data.sources, countyCode, year),
    ],
  };
}

function innovationItem(random: Random, data: ProvinceData, regionCode: string, year: number, practice?: number): Item {
  const text = practice === undefined ? pickOne(random, INNOVATIONS) : (INNOVATIONS[practice] ?? INNOVATIONS[0]);
  return {
    kind: 'COMMENDATION',
    category: 'INNOVATION',
    regionCode,
    summary: `${year}年度报告及督察中反映的创新做法，经省厅实地调研核实。`,
    publicText: (text as (place: string) => string)(data.place(regionCode)),
    evidence: [
      statsEvidence('REPORT_SUMMARY', regionCode, year, `${year}年度报告汇总数据`),
      statsEvidence('COMPLAINT_STATS', regionCode, year, '群众投诉举报办理情况'),
    ],
  };
}

/** Datong: equal splitting of benefit found by the special inspection, not fixed at the re-check. */
function storyCriticism(data: ProvinceData, year: number): Item {
  const figures = rectification(data.reportOf(STORY.criticised, year));
  return {
    kind: 'CRITICISM',
    category: 'POOR_PROGRESS',
    regionCode: STORY.criticised,
    summary:
      `专项督察发现个别村将低保金平均分配（平分低保金），县民政局报告已整改，独立复核发现仍未整改到位，问题重新打开。` +
      (figures ? `${year}年度报告显示发现问题${figures.found}个、已整改${figures.rectified}个。` : ''),
    publicText: publicTexts.datongEqualSplitting(data.place(STORY.criticised)),
    evidence: [
      statsEvidence('REPORT_SUMMARY', STORY.criticised, year, '年度报告监督检查部分载明平分低保金问题'),
      ...recordEvidence(data.sources, STORY.criticised, year),
      statsEvidence('COMPLAINT_STATS', STORY.criticised, year, '群众举报线索'),
    ],
  };
}

/**
 * In December, the bulletin on the year's special inspections: the slowest rectification criticised, the
 * best commended, and a local innovation held up. For the story year, Datong and Haidong.
 */
export function inspectionBulletin(random: Random, data: ProvinceData, year: number): PlannedBulletin | null {
  const issuedAt = shanghaiTime(
    year,
    12,
    randomInt(random, 10, 20),
    randomInt(random, 9, 16),
    randomInt(random, 0, 59),
  );
  const story = data.province.code === STORY.province && year === STORY.year;
  const measured = data.counties
    .map((county) => ({ code: county.code, figures: rectification(data.reportOf(county.code, year)) }))
    .filter(
      (entry): entry is { code: string; figures: NonNullable<ReturnType<typeof rectification>> } =>
        entry.figures !== null && entry.figures.found >= MIN_PROBLEMS && (!story || entry.code !== STORY.criticised),
    )
    .sort((a, b) => a.figures.share - b.figures.share || a.code.localeCompare(b.code));
  const slowest = measured.slice(0, story ? 1 : 2).filter((entry) => entry.figures.share < 0.5);
  const best = measured.at(-1);
  const criticisms = [
    ...(story ? [storyCriticism(data, year)] : []),
    ...slowest.map((entry) => rectificationItem(data, entry.code, year, false)),
  ];
  const innovator = story
    ? data.prefectures.find((prefecture) => prefecture.code === STORY.commended)
    : data.prefectures.length > 0
      ? pickOne(random, data.prefectures)
      : undefined;
  const commendations = [
    ...(innovator ? [innovationItem(random, data, innovator.code, year, story ? 0 : undefined)] : []),
    ...(best && best.figures.share >= 0.8 ? [rectificationItem(data, best.code, year, true)] : []),
  ];
  if (criticisms.length + commendations.length === 0) return null;
  return {
    title: `关于${year}年全省城乡低保专项督察情况的通报`,
    english: {
      title: `Bulletin on the ${year} special inspections of urban and rural dibao in the province`,
      summary: `What the ${year} special inspections of dibao policy, eligibility decisions and fund management found, with the regions commended and criticised.`,
    },
    periodFrom: shanghaiTime(year, 1, 1),
    periodTo: daysBefore(issuedAt, 1),
    audience: TO_PREFECTURES,
    status: 'PUBLISHED',
    opening: `${year}年，省民政厅会同有关部门对全省城乡低保政策落实、对象认定和资金管理使用情况开展了专项督察，现将有关情况通报如下。`,
    createdAt: daysBefore(issuedAt, randomInt(random, 3, 10)),
    issuedAt,
    publishedAt: daysAfter(issuedAt, randomInt(random, 3, 8)),
    items: [...commendations, ...criticisms],
  };
}

/** After the open year, a draft still being written: advanced experience of two prefectures. */
export function draftBulletin(random: Random, data: ProvinceData, year: number): PlannedBulletin | null {
  if (data.prefectures.length === 0) return null;
  const createdAt = shanghaiTime(
    year + 1,
    1,
    randomInt(random, 5, 12),
    randomInt(random, 9, 16),
    randomInt(random, 0, 59),
  );
  const picked = shuffled(random, data.prefectures)
    .slice(0, 2)
    .map((prefecture) => prefecture.code)
    .sort();
  const items: Item[] = picked.map((code) => ({
    kind: 'COMMENDATION',
    category: 'ADVANCED_EXPERIENCE',
    regionCode: code,
    summary: `拟推广的${year}年度先进经验，待征求有关处室意见。`,
    publicText: pickOne(random, ADVANCED_EXPERIENCES)(data.place(code)),
    evidence: [statsEvidence('REPORT_SUMMARY', code, year, `${year}年度报告汇总数据`)],
  }));
  return {
    title: `关于推广${year}年度全省低保工作先进经验的通报`,
    periodFrom: shanghaiTime(year, 1, 1),
    periodTo: new Date(shanghaiTime(year + 1, 1, 1).getTime() - 1),
    audience: TO_PREFECTURES,
    status: 'DRAFT',
    opening: `为推广各地低保工作先进经验，现将有关做法通报如下。`,
    createdAt,
    issuedAt: null,
    publishedAt: null,
    items,
  };
}
