import DataLoader from 'dataloader';
import { createSubtreeConnectionLoader, groupBy, paginate, sqlTimeKey, timeKey, type PageRequest } from '@dibao/server';
import { In, type DataSource } from 'typeorm';
import { inScope, type Principal } from '@dibao/auth';
import { rulesInForceMany } from '@dibao/db';
import { subtreeCodePrefix, type AnnualReportContent, type ReportStatus, type RulesInForce } from '@dibao/domain';
import {
  AnnualReportEntity,
  AnnualReportVersionEntity,
  DeadlineExceptionEntity,
  IncidentEntity,
  IncidentUpdateEntity,
  ReportingUnitEntity,
  ReportWaiverEntity,
} from './entities/index.js';
import { readableReportsCondition } from './services/access.js';

/** `<region>|<year>` keys, for loaders keyed by both. */
export const regionYearKey = (regionCode: string, year: number) => `${regionCode}|${year}`;
function splitKey(key: string): [string, number] {
  const [regionCode, year] = key.split('|');
  return [regionCode as string, Number(year)];
}

/**
 * One set per request. Reports are filtered to what the caller may read in the SQL itself; every relation
 * is one statement per batch, however many regions the response holds.
 */
export function createReportingLoaders(dataSource: DataSource, principal: () => Principal | null) {
  const reports = dataSource.getRepository(AnnualReportEntity);

  const readableReports = () => {
    const caller = principal();
    const query = reports.createQueryBuilder('report');
    if (!caller) return query.where('false');
    const condition = readableReportsCondition(caller, 'report');
    return query.where(condition.sql, condition.parameters);
  };

  const reportsOfRegion = new DataLoader<string, AnnualReportEntity[]>(async (codes) => {
    const rows = await readableReports()
      .andWhere('report.region_code IN (:...codes)', { codes: [...codes] })
      .orderBy('report.year', 'DESC')
      .getMany();
    const groups = groupBy(rows, (row) => row.regionCode);
    return codes.map((code) => groups.get(code) ?? []);
  });

  const reportById = new DataLoader<string, AnnualReportEntity | null>(async (ids) => {
    const rows = await readableReports()
      .andWhere('report.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const reportOfRegionYear = new DataLoader<string, AnnualReportEntity | null>(async (keys) => {
    const pairs = keys.map(splitKey);
    const rows = await readableReports()
      .andWhere('(report.region_code, report.year) IN (SELECT * FROM unnest(:codes::text[], :years::int[]))', {
        codes: pairs.map(([code]) => code),
        years: pairs.map(([, year]) => year),
      })
      .getMany();
    const byKey = new Map(rows.map((row) => [regionYearKey(row.regionCode, row.year), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });

  const versionsOf = new DataLoader<string, AnnualReportVersionEntity[]>(async (ids) => {
    const rows = await dataSource
      .getRepository(AnnualReportVersionEntity)
      .find({ where: { reportId: In([...ids]) }, order: { version: 'DESC' } });
    const groups = groupBy(rows, (row) => row.reportId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  const deadlineExceptionOf = new DataLoader<string, DeadlineExceptionEntity | null>(async (keys) => {
    const pairs = keys.map(splitKey);
    const rows = await dataSource
      .getRepository(DeadlineExceptionEntity)
      .findBy({ regionCode: In(pairs.map(([code]) => code)), year: In(pairs.map(([, year]) => year)) });
    const byKey = new Map(rows.map((row) => [regionYearKey(row.regionCode, row.year), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });

  /**
   * Accepted county reports anywhere below a region, for roll-ups and for checking a prefecture against its
   * counties. Aggregates of accepted reports: the caller's scope is checked by the resolver, not row by row.
   */
  const acceptedCountyContentUnder = new DataLoader<string, AnnualReportContent[]>(async (keys) => {
    const pairs = keys.map(splitKey);
    const rows = (await reports
      .createQueryBuilder('report')
      .select(['report.regionCode', 'report.year', 'report.content'])
      .where(`report.level = 'COUNTY' AND report.status = 'ACCEPTED'`)
      .andWhere('report.year IN (:...years)', { years: [...new Set(pairs.map(([, year]) => year))] })
      .andWhere('report.region_code LIKE ANY(:prefixes)', {
        prefixes: pairs.map(([code]) => `${subtreeCodePrefix(code)}%`),
      })
      .getMany()) as AnnualReportEntity[];
    return pairs.map(([code, year]) =>
      rows
        .filter((row) => row.year === year && row.regionCode.startsWith(subtreeCodePrefix(code)))
        .map((row) => row.content),
    );
  });

  const countyUnitsUnder = new DataLoader<string, number>(async (codes) => {
    const rows = await dataSource
      .getRepository(ReportingUnitEntity)
      .createQueryBuilder('unit')
      .where(`unit.level = 'COUNTY' AND unit.region_code LIKE ANY(:prefixes)`, {
        prefixes: codes.map((code) => `${subtreeCodePrefix(code)}%`),
      })
      .getMany();
    return codes.map((code) => rows.filter((row) => row.regionCode.startsWith(subtreeCodePrefix(code))).length);
  });

  const waivedCountiesUnder = new DataLoader<string, number>(async (keys) => {
    const pairs = keys.map(splitKey);
    const rows = await dataSource
      .getRepository(ReportWaiverEntity)
      .createQueryBuilder('waiver')
      .where('waiver.year IN (:...years)', { years: [...new Set(pairs.map(([, year]) => year))] })
      .andWhere('waiver.region_code LIKE ANY(:prefixes)', {
        prefixes: pairs.map(([code]) => `${subtreeCodePrefix(code)}%`),
      })
      .getMany();
    return pairs.map(
      ([code, year]) =>
        rows.filter((row) => row.year === year && row.regionCode.startsWith(subtreeCodePrefix(code))).length,
    );
  });

  /** Incidents that happened in a region's subtree, as far as the caller's scope reaches. */
  /** `Region.incidents` of many regions, in order of occurrence: two statements per page request. */
  const incidentsUnder = createSubtreeConnectionLoader<IncidentEntity, PageRequest>({
    alias: 'incident',
    regionColumn: 'incident.region_code',
    keyExpression: sqlTimeKey('incident.occurred_at', 'incident.id'),
    keyOf: (row) => timeKey(row.occurredAt, row.id),
    query: () => {
      const caller = principal();
      const query = dataSource.getRepository(IncidentEntity).createQueryBuilder('incident');
      if (!caller) return query.where('false');
      return query.where('incident.region_code LIKE :scope', { scope: `${subtreeCodePrefix(caller.region)}%` });
    },
  });

  const incidentById = new DataLoader<string, IncidentEntity | null>(async (ids) => {
    const caller = principal();
    const rows = caller ? await dataSource.getRepository(IncidentEntity).findBy({ id: In([...ids]) }) : [];
    const byId = new Map(rows.filter((row) => caller && inScope(caller, row.regionCode)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const updatesOf = new DataLoader<string, IncidentUpdateEntity[]>(async (ids) => {
    const rows = await dataSource
      .getRepository(IncidentUpdateEntity)
      .find({ where: { incidentId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
    const groups = groupBy(rows, (row) => row.incidentId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  /** A page of the readable reports of `under`'s subtree, optionally of one year or status. */
  const reportsPage = (
    under: string,
    filter: { year?: number | null; status?: ReportStatus | null },
    page: PageRequest,
  ) => {
    const query = readableReports().andWhere('report.region_code LIKE :under', {
      under: `${subtreeCodePrefix(under)}%`,
    });
    if (filter.year) query.andWhere('report.year = :year', { year: filter.year });
    if (filter.status) query.andWhere('report.status = :status', { status: filter.status });
    // Neither region nor year is unique on its own: page on "<region>|<year>", which is.
    return paginate(
      query,
      `report.region_code || '|' || report.year`,
      (row) => regionYearKey(row.regionCode, row.year),
      page,
    );
  };

  /** The rules in force for `<region>|<YYYY-MM-DD>`: one query per batch, whatever the number of records. */
  const rulesOn = new DataLoader<string, RulesInForce>((keys) =>
    rulesInForceMany(
      dataSource,
      keys.map((key) => {
        const [regionCode, on] = key.split('|') as [string, string];
        return { regionCode, on };
      }),
    ),
  );

  return {
    rulesOn,
    reportsPage,
    reportsOfRegion,
    reportById,
    reportOfRegionYear,
    versionsOf,
    deadlineExceptionOf,
    acceptedCountyContentUnder,
    countyUnitsUnder,
    waivedCountiesUnder,
    incidentsUnder,
    incidentById,
    updatesOf,
  };
}

export type ReportingLoaders = ReturnType<typeof createReportingLoaders>;
