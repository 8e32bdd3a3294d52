import type { DataSource } from 'typeorm';
import { rulesInForceMany } from '@dibao/db';
import { regionLevelOf, subtreeCodePrefix } from '@dibao/domain';
import { deadlineOf, reportYearRulesDay } from '../config.js';
import {
  AnnualReportEntity,
  DeadlineExceptionEntity,
  ReportingUnitEntity,
  ReportWaiverEntity,
} from '../entities/index.js';
import type { LevelCompleteness, ReportingCompleteness } from '../schema/completeness.type.js';
import { regionRef } from '../schema/region.type.js';

const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

/**
 * Who had to file for the year below `under`, who did on time, late, or not at all. For a province: its
 * prefectures and its counties; for a prefecture: its counties; for a county: itself.
 */
export async function reportingCompleteness(
  dataSource: DataSource,
  under: string,
  year: number,
  deadlines: { now: Date },
): Promise<ReportingCompleteness> {
  const prefix = `${subtreeCodePrefix(under)}%`;
  const units = await dataSource
    .getRepository(ReportingUnitEntity)
    .createQueryBuilder('unit')
    .where('unit.region_code LIKE :prefix', { prefix })
    .andWhere(regionLevelOf(under) === 'COUNTY' ? '1 = 1' : 'unit.region_code <> :under', { under })
    .orderBy('unit.region_code')
    .getMany();
  const codes = units.map((unit) => unit.regionCode);
  const reports = codes.length
    ? await dataSource
        .getRepository(AnnualReportEntity)
        .createQueryBuilder('report')
        .select(['report.regionCode', 'report.status', 'report.late', 'report.firstSubmittedAt'])
        .where('report.year = :year AND report.region_code IN (:...codes)', { year, codes })
        .getMany()
    : [];
  const waivers = codes.length
    ? await dataSource
        .getRepository(ReportWaiverEntity)
        .createQueryBuilder('waiver')
        .where('waiver.year = :year AND waiver.region_code IN (:...codes)', { year, codes })
        .getMany()
    : [];
  const exceptions = codes.length
    ? await dataSource
        .getRepository(DeadlineExceptionEntity)
        .createQueryBuilder('exception')
        .where('exception.year = :year AND exception.region_code IN (:...codes)', { year, codes })
        .getMany()
    : [];
  const extendedTo = new Map(exceptions.map((exception) => [exception.regionCode, exception.until]));
  const reportOf = new Map(reports.map((report) => [report.regionCode, report]));
  // A filing still missing is judged by the deadline of its region's rules for the year (one query for all).
  const unfiled = units.filter((unit) => !reportOf.get(unit.regionCode)?.firstSubmittedAt);
  const rulesOfUnfiled = await rulesInForceMany(
    dataSource,
    unfiled.map((unit) => ({ regionCode: unit.regionCode, on: reportYearRulesDay(year) })),
  );
  const rulesOf = new Map(unfiled.map((unit, index) => [unit.regionCode, rulesOfUnfiled[index]!]));
  const waived = new Set(waivers.map((waiver) => waiver.regionCode));

  const levels: LevelCompleteness[] = [];
  for (const level of ['PREFECTURE', 'COUNTY'] as const) {
    const expected = units.filter((unit) => unit.level === level);
    if (expected.length === 0) continue;
    const submitted = expected.filter((unit) => reportOf.get(unit.regionCode)?.firstSubmittedAt);
    const late = submitted.filter((unit) => reportOf.get(unit.regionCode)?.late);
    const missing = expected.filter((unit) => !reportOf.get(unit.regionCode)?.firstSubmittedAt);
    const overdue = missing
      .filter((unit) => !waived.has(unit.regionCode))
      .map((unit) => {
        const deadline = extendedTo.get(unit.regionCode) ?? deadlineOf(rulesOf.get(unit.regionCode)!, level, year);
        const late = deadlines.now.getTime() - deadline.getTime();
        return { region: regionRef(unit.regionCode), deadline, daysOverdue: Math.ceil(late / 86_400_000) };
      })
      .filter((filing) => filing.daysOverdue > 0);
    levels.push({
      level,
      expected: expected.length,
      submittedOnTime: submitted.length - late.length,
      submittedLate: late.length,
      missing: missing.length,
      accepted: expected.filter((unit) => reportOf.get(unit.regionCode)?.status === 'ACCEPTED').length,
      waived: missing.filter((unit) => waived.has(unit.regionCode)).length,
      submissionRate: rate(submitted.length, expected.length),
      onTimeRate: rate(submitted.length - late.length, expected.length),
      missingRegions: missing.map((unit) => regionRef(unit.regionCode)),
      overdue,
      lateRegions: late.map((unit) => regionRef(unit.regionCode)),
    });
  }
  return { under: regionRef(under), year, levels };
}
