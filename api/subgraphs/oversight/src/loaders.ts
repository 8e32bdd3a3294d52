import DataLoader from 'dataloader';
import {
  createSubtreeConnectionLoader,
  groupBy,
  isUuid,
  paginate,
  sqlTimeKey,
  timeKey,
  type PageRequest,
} from '@dibao/server';
import { In, type DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import {
  subtreeCodePrefix,
  type ProblemCategory,
  type RectificationStatus,
  type InspectionStatus,
} from '@dibao/domain';
import {
  FindingEntity,
  InspectionDistributionEntity,
  InspectionEntity,
  RectificationEventEntity,
} from './entities/index.js';
import { readableFindingsCondition, readableInspectionsCondition } from './services/access.js';
import type { FindingAggregate } from './services/stats.js';

/** `<region>|<year>` keys, for loaders keyed by both. */
export const regionYearKey = (regionCode: string, year: number) => `${regionCode}|${year}`;
function splitKey(key: string): [string, number] {
  const [regionCode, year] = key.split('|');
  return [regionCode as string, Number(year)];
}

/** True when one of an inspection's targets lies in the region's subtree, or the region lies in a target. */
export function targetsOverlap(inspection: Pick<InspectionEntity, 'targetPrefixes'>, regionCode: string): boolean {
  const own = subtreeCodePrefix(regionCode);
  return inspection.targetPrefixes.some((prefix) => prefix.startsWith(own) || regionCode.startsWith(prefix));
}

/** SQL for "a target overlaps one of the regions", with `:overlapCodes` and `:overlapPatterns` bound. */
function overlapCondition(alias: string) {
  return (
    `EXISTS (SELECT 1 FROM unnest(${alias}.target_prefixes) AS target(prefix),` +
    ` unnest(:overlapCodes::text[], :overlapPatterns::text[]) AS region(code, pattern)` +
    ` WHERE target.prefix LIKE region.pattern OR region.code LIKE target.prefix || '%')`
  );
}
const overlapParameters = (codes: readonly string[]) => ({
  overlapCodes: [...codes],
  overlapPatterns: codes.map((code) => `${subtreeCodePrefix(code)}%`),
});

/**
 * SQL for "overdue at :now": deadline passed, neither verified nor closed as not fixed. Never NULL (a finding
 * without a deadline is not overdue), so that `NOT` of it selects exactly the findings that are not overdue.
 */
export const OVERDUE_SQL = (alias: string) =>
  `(${alias}.deadline IS NOT NULL AND ${alias}.deadline < :now` +
  ` AND ${alias}.status NOT IN ('VERIFIED', 'CLOSED_NOT_FIXED'))`;

export interface FindingFilter {
  year?: number | null | undefined;
  status?: RectificationStatus | null | undefined;
  category?: ProblemCategory | null | undefined;
  overdue?: boolean | null | undefined;
}

export interface InspectionFilter {
  year?: number | null | undefined;
  status?: InspectionStatus | null | undefined;
}

/**
 * One set per request. Inspections and findings are filtered to what the caller may read in the SQL itself;
 * every relation is one statement per batch, however many regions or inspections the response holds.
 */
export function createOversightLoaders(dataSource: DataSource, principal: () => Principal | null, now: () => Date) {
  const inspections = dataSource.getRepository(InspectionEntity);
  const findings = dataSource.getRepository(FindingEntity);

  const readableInspections = () => {
    const caller = principal();
    const query = inspections.createQueryBuilder('inspection');
    if (!caller) return query.where('false');
    const condition = readableInspectionsCondition(caller, 'inspection');
    return query.where(condition.sql, condition.parameters);
  };

  const readableFindings = (filter: FindingFilter = {}) => {
    const caller = principal();
    const query = findings.createQueryBuilder('finding');
    if (!caller) return query.where('false');
    const condition = readableFindingsCondition(caller, 'finding');
    query.where(condition.sql, condition.parameters);
    if (filter.year) query.andWhere('finding.year = :year', { year: filter.year });
    if (filter.status) query.andWhere('finding.status = :status', { status: filter.status });
    if (filter.category) query.andWhere('finding.category = :category', { category: filter.category });
    if (filter.overdue === true) query.andWhere(OVERDUE_SQL('finding'), { now: now() });
    if (filter.overdue === false) query.andWhere(`NOT ${OVERDUE_SQL('finding')}`, { now: now() });
    return query;
  };

  const inspectionById = new DataLoader<string, InspectionEntity | null>(async (ids) => {
    const rows = await readableInspections()
      .andWhere('inspection.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const findingById = new DataLoader<string, FindingEntity | null>(async (ids) => {
    const rows = await readableFindings()
      .andWhere('finding.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const findingsOfInspection = new DataLoader<string, FindingEntity[]>(async (ids) => {
    // Only findings of these inspections are read, so each has an inspection id.
    const rows = await readableFindings()
      .andWhere('finding.inspection_id IN (:...ids)', { ids: [...ids] })
      .orderBy('finding.found_at', 'ASC')
      .addOrderBy('finding.id', 'ASC')
      .getMany();
    const groups = groupBy(rows, (row) => row.inspectionId as string);
    return ids.map((id) => groups.get(id) ?? []);
  });

  const eventsOfFinding = new DataLoader<string, RectificationEventEntity[]>(async (ids) => {
    const rows = await dataSource
      .getRepository(RectificationEventEntity)
      .find({ where: { findingId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
    const groups = groupBy(rows, (row) => row.findingId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  const distributionsOf = new DataLoader<string, InspectionDistributionEntity[]>(async (ids) => {
    const rows = await dataSource
      .getRepository(InspectionDistributionEntity)
      .find({ where: { inspectionId: In([...ids]) }, order: { distributedAt: 'ASC', recipient: 'ASC' } });
    const groups = groupBy(rows, (row) => row.inspectionId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  /** Findings in a region's subtree, as far as the caller's scope reaches; one loader per filter. */
  /** `Region.findings` of many regions, oldest first: two statements per distinct set of filters. */
  const findingsUnder = createSubtreeConnectionLoader<FindingEntity, FindingFilter & PageRequest>({
    alias: 'finding',
    regionColumn: 'finding.region_code',
    keyExpression: sqlTimeKey('finding.found_at', 'finding.id'),
    keyOf: (row) => timeKey(row.foundAt, row.id),
    query: (args) => readableFindings({ year: args.year, status: args.status }),
  });

  /** Inspections the caller may read whose targets overlap a region; one loader per filter. */
  const inspectionsTouchingByFilter = new Map<string, DataLoader<string, InspectionEntity[]>>();
  const inspectionsTouching = (filter: InspectionFilter) => {
    const key = JSON.stringify([filter.year ?? null, filter.status ?? null]);
    let loader = inspectionsTouchingByFilter.get(key);
    if (!loader) {
      loader = new DataLoader<string, InspectionEntity[]>(async (codes) => {
        const query = readableInspections().andWhere(overlapCondition('inspection'), overlapParameters(codes));
        if (filter.year) query.andWhere('inspection.year = :year', { year: filter.year });
        if (filter.status) query.andWhere('inspection.status = :status', { status: filter.status });
        const rows = await query.orderBy('inspection.period_start', 'DESC').addOrderBy('inspection.id').getMany();
        return codes.map((code) => rows.filter((row) => targetsOverlap(row, code)));
      });
      inspectionsTouchingByFilter.set(key, loader);
    }
    return loader;
  };

  /**
   * Aggregates of a region's findings in one year, by category and status, and its inspections of that year.
   * Statistics of a whole subtree: the resolver checks that the region is in the caller's scope.
   */
  const statsOf = new DataLoader<string, { inspections: number; rows: FindingAggregate[] }>(async (keys) => {
    const pairs = keys.map(splitKey);
    const aggregates = (await dataSource.query(
      `SELECT slot.key, finding.category, finding.status,
              count(*)::int AS findings,
              count(*) FILTER (WHERE finding.deadline < $4
                AND finding.status NOT IN ('VERIFIED', 'CLOSED_NOT_FIXED'))::int AS overdue,
              count(*) FILTER (WHERE finding.reopened_count > 0)::int AS reopened,
              sum(finding.households_affected)::bigint AS "householdsAffected",
              sum(finding.amount_involved_fen)::bigint AS "amountInvolvedFen",
              sum(finding.funds_recovered_fen)::bigint AS "fundsRecoveredFen",
              sum(finding.households_removed)::bigint AS "householdsRemoved",
              sum(finding.households_added)::bigint AS "householdsAdded"
         FROM unnest($1::text[], $2::int[], $3::text[]) AS slot(pattern, year, key)
         JOIN finding ON finding.region_code LIKE slot.pattern AND finding.year = slot.year
        GROUP BY slot.key, finding.category, finding.status`,
      [pairs.map(([code]) => `${subtreeCodePrefix(code)}%`), pairs.map(([, year]) => year), [...keys], now()],
    )) as Array<Record<string, string | number>>;
    const touching = await inspections
      .createQueryBuilder('inspection')
      .select(['inspection.id', 'inspection.year', 'inspection.targetPrefixes'])
      .where(`inspection.status <> 'PLANNED'`)
      .andWhere('inspection.year IN (:...years)', { years: [...new Set(pairs.map(([, year]) => year))] })
      .andWhere(overlapCondition('inspection'), overlapParameters([...new Set(pairs.map(([code]) => code))]))
      .getMany();
    const byKey = groupBy(aggregates, (row) => String(row.key));
    return pairs.map(([code, year], index) => ({
      inspections: touching.filter((row) => row.year === year && targetsOverlap(row, code)).length,
      rows: (byKey.get(keys[index] as string) ?? []).map((row) => ({
        category: row.category as ProblemCategory,
        status: row.status as RectificationStatus,
        findings: Number(row.findings),
        overdue: Number(row.overdue),
        reopened: Number(row.reopened),
        householdsAffected: Number(row.householdsAffected),
        amountInvolvedFen: Number(row.amountInvolvedFen),
        fundsRecoveredFen: Number(row.fundsRecoveredFen),
        householdsRemoved: Number(row.householdsRemoved),
        householdsAdded: Number(row.householdsAdded),
      })),
    }));
  });

  /** A page of the readable findings of `under`'s subtree, oldest first. */
  const findingsPage = (
    under: string,
    filter: FindingFilter & { inspectionId?: string | null | undefined },
    page: PageRequest,
  ) => {
    const { inspectionId, ...findingFilter } = filter;
    const query = readableFindings(findingFilter).andWhere('finding.region_code LIKE :under', {
      under: `${subtreeCodePrefix(under)}%`,
    });
    if (inspectionId !== undefined && inspectionId !== null) {
      query.andWhere(isUuid(inspectionId) ? 'finding.inspection_id = :inspectionId' : 'false', { inspectionId });
    }
    return paginate(query, sqlTimeKey('finding.found_at', 'finding.id'), (row) => timeKey(row.foundAt, row.id), page);
  };

  /** A page of the readable inspections whose targets overlap `under` (a target in it, or it in a target). */
  const inspectionsPage = (under: string, filter: InspectionFilter, page: PageRequest) => {
    const query = readableInspections().andWhere(
      `EXISTS (SELECT 1 FROM unnest(inspection.target_prefixes) AS target(prefix)` +
        ` WHERE target.prefix LIKE :underPattern OR :under LIKE target.prefix || '%')`,
      { underPattern: `${subtreeCodePrefix(under)}%`, under },
    );
    if (filter.status) query.andWhere('inspection.status = :status', { status: filter.status });
    if (filter.year) query.andWhere('inspection.year = :year', { year: filter.year });
    return paginate(
      query,
      sqlTimeKey('inspection.period_start', 'inspection.id'),
      (row) => timeKey(row.periodStart, row.id),
      page,
    );
  };

  return {
    findingsPage,
    inspectionsPage,
    inspectionById,
    findingById,
    findingsOfInspection,
    eventsOfFinding,
    distributionsOf,
    findingsUnder,
    inspectionsTouching,
    statsOf,
  };
}

export type OversightLoaders = ReturnType<typeof createOversightLoaders>;
