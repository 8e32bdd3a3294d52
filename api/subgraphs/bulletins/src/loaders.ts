import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import { isWithinRegion, subtreeCodePrefix, type BulletinItemKind, type BulletinStatus } from '@dibao/domain';
import { groupBy, isUuid, paginate, type PageRequest } from '@dibao/server';
import {
  AllocationEntity,
  AllocationLineEntity,
  AssessmentEntity,
  AssessmentIndicatorValueEntity,
  AssessmentScoreEntity,
  BulletinEntity,
  BulletinEvidenceEntity,
  BulletinItemEntity,
  DocumentPrefixEntity,
} from './entities/index.js';
import { provinceOf, readableBulletinsCondition, readsWithinProvince } from './services/access.js';
import { schemeOf } from './services/assessment.service.js';

/** Ids arrive as free-form IDs; a malformed one cannot name anything, so it is answered null without SQL. */
// Re-exported for this subgraph's other modules.
export { isUuid };

/** `<a>|<b>` keys, for loaders keyed by two values. */
export const pairKey = (a: string, b: string | number) => `${a}|${b}`;
function splitPair(key: string): [string, string] {
  const [a, b] = key.split('|');
  return [a as string, b as string];
}

/** Key of Region.bulletinItems: region, kind or `*`, `published` or `any`. */
export const regionItemsKey = (code: string, kind: BulletinItemKind | null | undefined, published: boolean) =>
  `${code}|${kind ?? '*'}|${published ? 'published' : 'any'}`;

/** Page keys: creation order (seq), and document number then issuer; each SQL expression matches its keyOf. */
const SEQ_KEY = `lpad(bulletin.seq::text, 20, '0')`;
const seqKeyOf = (row: BulletinEntity) => String(row.seq).padStart(20, '0');
const DOCUMENT_KEY = `bulletin.document_year || '|' || lpad(bulletin.document_serial::text, 6, '0') || '|' || bulletin.issuer_id`;
const documentKeyOf = (row: BulletinEntity) =>
  `${row.documentYear}|${String(row.documentSerial).padStart(6, '0')}|${row.issuerId}`;

/** Filters of the bulletin lists. */
export interface BulletinFilter {
  issuerId?: string | null;
  year?: number | null;
  status?: BulletinStatus | null;
}

/**
 * One set per request. What the caller may read is decided in the SQL itself (bulletins by issuer, status
 * and audience; unpublished scores and allocation lines by region scope); every relation is one statement
 * per batch, however many bulletins, items or regions the response holds.
 */
export function createBulletinsLoaders(dataSource: DataSource, principal: () => Principal | null) {
  const readableBulletins = () => {
    const condition = readableBulletinsCondition(principal(), 'bulletin');
    return dataSource
      .getRepository(BulletinEntity)
      .createQueryBuilder('bulletin')
      .where(condition.sql, condition.parameters);
  };

  const bulletinById = new DataLoader<string, BulletinEntity | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await readableBulletins().andWhere('bulletin.id IN (:...ids)', { ids: valid }).getMany()
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Items of bulletins already known to be readable. */
  const itemsOf = new DataLoader<string, BulletinItemEntity[]>(async (bulletinIds) => {
    const rows = await dataSource
      .getRepository(BulletinItemEntity)
      .find({ where: { bulletinId: In([...bulletinIds]) }, order: { position: 'ASC' } });
    const groups = groupBy(rows, (row) => row.bulletinId);
    return bulletinIds.map((id) => groups.get(id) ?? []);
  });

  /** Items by id, when their bulletin is readable (federation references). */
  const itemById = new DataLoader<string, BulletinItemEntity | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => null);
    const condition = readableBulletinsCondition(principal(), 'bulletin');
    const rows = await dataSource
      .getRepository(BulletinItemEntity)
      .createQueryBuilder('item')
      .innerJoin(BulletinEntity, 'bulletin', 'bulletin.id = item.bulletin_id')
      .where('item.id IN (:...ids)', { ids: valid })
      .andWhere(condition.sql, condition.parameters)
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const evidenceOf = new DataLoader<string, BulletinEvidenceEntity[]>(async (itemIds) => {
    const rows = await dataSource
      .getRepository(BulletinEvidenceEntity)
      .find({ where: { itemId: In([...itemIds]) }, order: { position: 'ASC' } });
    const groups = groupBy(rows, (row) => row.itemId);
    return itemIds.map((id) => groups.get(id) ?? []);
  });

  /** The bulletin of an item, unfiltered: used only to decide what of an already readable item to show. */
  const bulletinOfItem = new DataLoader<string, BulletinEntity | null>(async (bulletinIds) => {
    const rows = await dataSource.getRepository(BulletinEntity).findBy({ id: In([...bulletinIds]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return bulletinIds.map((id) => byId.get(id) ?? null);
  });

  /** Items about a region or the regions below it, in bulletins the caller may read, newest first. */
  const itemsUnder = new DataLoader<string, BulletinItemEntity[]>(async (keys) => {
    const parsed = keys.map((key) => {
      const [code, kind, published] = key.split('|') as [string, string, string];
      return { code, kind: kind === '*' ? null : kind, published: published === 'published' };
    });
    const condition = readableBulletinsCondition(principal(), 'bulletin');
    // The bulletin's status comes along in the same statement (raw column), for the `published` filter.
    const { entities: rows, raw } = (await dataSource
      .getRepository(BulletinItemEntity)
      .createQueryBuilder('item')
      .innerJoin(BulletinEntity, 'bulletin', 'bulletin.id = item.bulletin_id')
      .addSelect('bulletin.status', 'bulletin_status')
      .where('item.region_code LIKE ANY(:prefixes)', {
        prefixes: parsed.map(({ code }) => `${subtreeCodePrefix(code)}%`),
      })
      .andWhere(condition.sql, condition.parameters)
      .orderBy('bulletin.seq', 'DESC')
      .addOrderBy('item.position', 'ASC')
      .getRawAndEntities()) as {
      entities: BulletinItemEntity[];
      raw: Array<{ item_id: string; bulletin_status: string }>;
    };
    const published = new Set(raw.filter((row) => row.bulletin_status === 'PUBLISHED').map((row) => row.item_id));
    return parsed.map(({ code, kind, published: publishedOnly }) =>
      rows.filter(
        (item) =>
          isWithinRegion(item.regionCode, code) &&
          (kind === null || item.kind === kind) &&
          (!publishedOnly || published.has(item.id)),
      ),
    );
  });

  /** Assessments by `<province>|<year>`: published ones for anyone, others for principals of the province. */
  const assessmentOf = new DataLoader<string, AssessmentEntity | null>(async (keys) => {
    const pairs = keys.map(splitPair);
    const rows = await dataSource
      .getRepository(AssessmentEntity)
      .createQueryBuilder('assessment')
      .where('(assessment.province_code, assessment.year) IN (SELECT * FROM unnest(:codes::text[], :years::int[]))', {
        codes: pairs.map(([code]) => code),
        years: pairs.map(([, year]) => Number(year)),
      })
      .getMany();
    const caller = principal();
    const byKey = new Map(
      rows
        .filter((row) => row.status === 'PUBLISHED' || readsWithinProvince(caller, row.provinceCode))
        .map((row) => [pairKey(row.provinceCode, row.year), row]),
    );
    return keys.map((key) => byKey.get(key) ?? null);
  });

  /** The scope condition on a region column of unpublished rows: the caller's subtree. */
  const visibleRegions = (alias: string, column: string, published: string) => {
    const caller = principal();
    return caller
      ? {
          sql: `(${published} OR ${alias}.${column} LIKE :callerScope)`,
          parameters: { callerScope: `${subtreeCodePrefix(caller.region)}%` },
        }
      : { sql: published, parameters: {} };
  };

  /** Scores of assessments already known to be readable, best first; unpublished ones within scope. */
  const scoresOf = new DataLoader<string, AssessmentScoreEntity[]>(async (assessmentIds) => {
    const scope = visibleRegions('score', 'region_code', `assessment.status = 'PUBLISHED'`);
    const rows = await dataSource
      .getRepository(AssessmentScoreEntity)
      .createQueryBuilder('score')
      .innerJoin(AssessmentEntity, 'assessment', 'assessment.id = score.assessment_id')
      .where('score.assessment_id IN (:...ids)', { ids: [...assessmentIds] })
      .andWhere(scope.sql, scope.parameters)
      .orderBy('score.rank', 'ASC')
      .addOrderBy('score.region_code', 'ASC')
      .getMany();
    const groups = groupBy(rows, (row) => row.assessmentId);
    return assessmentIds.map((id) => groups.get(id) ?? []);
  });

  /** A region's score in its province's assessment of a year (`<region>|<year>`), if the caller may see it. */
  const scoreOfRegion = new DataLoader<string, AssessmentScoreEntity | null>(async (keys) => {
    const pairs = keys.map(splitPair);
    const assessments = await assessmentOf.loadMany(pairs.map(([code, year]) => pairKey(provinceOf(code), year)));
    const assessmentIds = new Map<string, AssessmentEntity>();
    for (const assessment of assessments) {
      if (assessment && !(assessment instanceof Error)) assessmentIds.set(assessment.id, assessment);
    }
    if (assessmentIds.size === 0) return keys.map(() => null);
    const scope = visibleRegions('score', 'region_code', `assessment.status = 'PUBLISHED'`);
    const rows = await dataSource
      .getRepository(AssessmentScoreEntity)
      .createQueryBuilder('score')
      .innerJoin(AssessmentEntity, 'assessment', 'assessment.id = score.assessment_id')
      .where('score.assessment_id IN (:...ids)', { ids: [...assessmentIds.keys()] })
      .andWhere('score.region_code IN (:...codes)', { codes: [...new Set(pairs.map(([code]) => code))] })
      .andWhere(scope.sql, scope.parameters)
      .getMany();
    const byKey = new Map(
      rows.map((row) => [pairKey(row.regionCode, assessmentIds.get(row.assessmentId)?.year ?? ''), row]),
    );
    return keys.map((key) => byKey.get(key) ?? null);
  });

  const assessmentById = new DataLoader<string, AssessmentEntity | null>(async (ids) => {
    const rows = await dataSource.getRepository(AssessmentEntity).findBy({ id: In([...ids]) });
    const caller = principal();
    const byId = new Map(
      rows
        .filter((row) => row.status === 'PUBLISHED' || readsWithinProvince(caller, row.provinceCode))
        .map((row) => [row.id, row]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Indicator values of a score (`<assessment>|<region>`), in the scheme's order. */
  const indicatorValuesOf = new DataLoader<string, AssessmentIndicatorValueEntity[]>(async (keys) => {
    const pairs = keys.map(splitPair);
    const rows = await dataSource
      .getRepository(AssessmentIndicatorValueEntity)
      .createQueryBuilder('value')
      .where('(value.assessment_id, value.region_code) IN (SELECT * FROM unnest(:ids::uuid[], :codes::text[]))', {
        ids: pairs.map(([id]) => id),
        codes: pairs.map(([, code]) => code),
      })
      .getMany();
    const groups = groupBy(rows, (row) => pairKey(row.assessmentId, row.regionCode));
    return keys.map((key) => groups.get(key) ?? []);
  });

  const readableAllocation = (row: AllocationEntity) =>
    row.status === 'PUBLISHED' || readsWithinProvince(principal(), row.provinceCode);

  const allocationById = new DataLoader<string, AllocationEntity | null>(async (ids) => {
    const rows = await dataSource.getRepository(AllocationEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.filter(readableAllocation).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Allocations of `<province>|<year>` the caller may read, oldest first. */
  const allocationsOf = new DataLoader<string, AllocationEntity[]>(async (keys) => {
    const pairs = keys.map(splitPair);
    const rows = await dataSource.getRepository(AllocationEntity).find({
      where: { provinceCode: In(pairs.map(([code]) => code)), year: In(pairs.map(([, year]) => Number(year))) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const groups = groupBy(rows.filter(readableAllocation), (row) => pairKey(row.provinceCode, row.year));
    return keys.map((key) => groups.get(key) ?? []);
  });

  /** Lines of allocations already known to be readable; unpublished ones within scope. */
  const linesOf = new DataLoader<string, AllocationLineEntity[]>(async (allocationIds) => {
    const scope = visibleRegions('line', 'region_code', `allocation.status = 'PUBLISHED'`);
    const rows = await dataSource
      .getRepository(AllocationLineEntity)
      .createQueryBuilder('line')
      .innerJoin(AllocationEntity, 'allocation', 'allocation.id = line.allocation_id')
      .where('line.allocation_id IN (:...ids)', { ids: [...allocationIds] })
      .andWhere(scope.sql, scope.parameters)
      .orderBy('line.region_code', 'ASC')
      .getMany();
    const groups = groupBy(rows, (row) => row.allocationId);
    return allocationIds.map((id) => groups.get(id) ?? []);
  });

  const filteredBulletins = (filter: BulletinFilter) => {
    const query = readableBulletins();
    if (filter.issuerId) query.andWhere('bulletin.issuer_id = :issuer', { issuer: filter.issuerId });
    if (filter.year != null) query.andWhere('bulletin.document_year = :year', { year: filter.year });
    if (filter.status) query.andWhere('bulletin.status = :status', { status: filter.status });
    return query;
  };

  /** A page of the bulletins the caller may read, in creation order. */
  const bulletinsPage = (filter: BulletinFilter, page: PageRequest) =>
    paginate(filteredBulletins(filter), SEQ_KEY, seqKeyOf, page);

  /** A page of the published bulletins, by document number. */
  const publishedBulletinsPage = (filter: Omit<BulletinFilter, 'status'>, page: PageRequest) =>
    paginate(filteredBulletins({ ...filter, status: 'PUBLISHED' }), DOCUMENT_KEY, documentKeyOf, page);

  /** The prefix configured for an issuer, or null where it uses the default. */
  const configuredDocumentPrefix = async (issuerId: string) =>
    (await dataSource.getRepository(DocumentPrefixEntity).findOneBy({ issuerId }))?.prefix ?? null;

  /** The year's assessment scheme of a province: the one defined, or the default while none is. */
  const schemeOfYear = (provinceCode: string, year: number) => schemeOf(dataSource.manager, provinceCode, year);

  return {
    schemeOfYear,
    bulletinsPage,
    publishedBulletinsPage,
    configuredDocumentPrefix,
    bulletinById,
    itemsOf,
    itemById,
    evidenceOf,
    bulletinOfItem,
    itemsUnder,
    assessmentOf,
    assessmentById,
    scoresOf,
    scoreOfRegion,
    indicatorValuesOf,
    allocationById,
    allocationsOf,
    linesOf,
  };
}

export type BulletinsLoaders = ReturnType<typeof createBulletinsLoaders>;
