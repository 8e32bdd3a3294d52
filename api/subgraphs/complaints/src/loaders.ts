import DataLoader from 'dataloader';
import { createSubtreeConnectionLoader, groupBy, type PageRequest } from '@dibao/server';
import { COMPLAINT_PAGE_KEY, complaintPageKey } from './resolvers/mappers.js';
import { overdueCondition } from './services/deadlines.js';
import { In, type DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import { subtreeCodePrefix, type ComplaintChannel, type ComplaintStatus, type ProblemCategory } from '@dibao/domain';
import {
  ComplaintAppealEntity,
  ComplaintEntity,
  ComplaintExternalLinkEntity,
  ComplaintMessageEntity,
  ComplaintRatingEntity,
  ComplaintRewardEntity,
  IdentityRevealRequestEntity,
  OwnershipTransferEntity,
  PetitionOfficerEntity,
  SocialOrganizationContractEntity,
  VolunteerSupervisorEntity,
} from './entities/index.js';
import { readableComplaintsCondition } from './services/access.js';
import { isUuid } from './services/complaint-store.js';
import { shanghaiYearRange } from './services/shanghai-date.js';
import { STATS_COLUMNS, type StatsRow } from './services/stats.service.js';

/** `<region>|<year>` keys, for loaders keyed by both. */
export const regionYearKey = (regionCode: string, year: number) => `${regionCode}|${year}`;
function splitKey(key: string): [string, number] {
  const [regionCode, year] = key.split('|');
  return [regionCode as string, Number(year)];
}

const underAny = (codes: readonly string[]) => codes.map((code) => `${subtreeCodePrefix(code)}%`);
const isUnder = (regionCode: string, code: string) => regionCode.startsWith(subtreeCodePrefix(code));

/**
 * One set per request. Complaints are filtered to what the caller may read in the SQL itself (see
 * services/access.ts); every relation is one statement per batch, however many complaints a response holds.
 */
/** The filters of `Region.complaints`, which also key its batched connections. */
export interface RegionComplaintsArgs extends PageRequest {
  status?: ComplaintStatus | undefined;
  channel?: ComplaintChannel | undefined;
  category?: ProblemCategory | undefined;
  year?: number | undefined;
  supervisedByProvince?: boolean | undefined;
  overdue?: boolean | undefined;
}

export function createComplaintsLoaders(dataSource: DataSource, principal: () => Principal | null, now: () => Date) {
  const readableComplaints = () => {
    const condition = readableComplaintsCondition(principal(), 'complaint');
    return dataSource
      .getRepository(ComplaintEntity)
      .createQueryBuilder('complaint')
      .where(condition.sql, condition.parameters);
  };

  const complaintById = new DataLoader<string, ComplaintEntity | null>(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length
      ? await readableComplaints().andWhere('complaint.id IN (:...ids)', { ids: wellFormed }).getMany()
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const duplicatesOf = new DataLoader<string, ComplaintEntity[]>(async (ids) => {
    const rows = await readableComplaints()
      .andWhere('complaint.duplicate_of_id IN (:...ids)', { ids: [...ids] })
      .orderBy('complaint.received_at', 'ASC')
      .getMany();
    const groups = groupBy(rows, (row) => row.duplicateOfId as string);
    return ids.map((id) => groups.get(id) ?? []);
  });

  /** Rows of a child table of complaint, grouped by complaint id (the complaint was already scope-checked). */
  function childrenOf<T extends { complaintId: string }>(
    target: new () => T,
    order: Record<string, 'ASC' | 'DESC'>,
  ): DataLoader<string, T[]> {
    return new DataLoader<string, T[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(target)
        .find({ where: { complaintId: In([...ids]) } as never, order: order as never });
      const groups = groupBy(rows, (row) => row.complaintId);
      return ids.map((id) => groups.get(id) ?? []);
    });
  }

  const transfersOf = childrenOf(OwnershipTransferEntity, { at: 'ASC', id: 'ASC' });
  const messagesOf = childrenOf(ComplaintMessageEntity, { sentAt: 'ASC', id: 'ASC' });
  const revealRequestsOf = childrenOf(IdentityRevealRequestEntity, { requestedAt: 'ASC' });
  const ratingsOf = childrenOf(ComplaintRatingEntity, { closureRound: 'ASC' });
  const appealsOf = childrenOf(ComplaintAppealEntity, { openedAt: 'ASC' });
  const externalLinksOf = childrenOf(ComplaintExternalLinkEntity, { linkedAt: 'ASC' });
  const rewardsOf = childrenOf(ComplaintRewardEntity, { decidedAt: 'ASC' });

  const volunteerById = new DataLoader<string, VolunteerSupervisorEntity | null>(async (ids) => {
    const rows = await dataSource.getRepository(VolunteerSupervisorEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const contractById = new DataLoader<string, SocialOrganizationContractEntity | null>(async (ids) => {
    const rows = await dataSource.getRepository(SocialOrganizationContractEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const petitionOfficerOf = new DataLoader<string, PetitionOfficerEntity | null>(async (codes) => {
    const rows = await dataSource.getRepository(PetitionOfficerEntity).findBy({ regionCode: In([...codes]) });
    const byCode = new Map(rows.map((row) => [row.regionCode, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  });

  /** Registries are not sensitive: any principal sees those of regions in their scope. */
  const volunteersUnder = new DataLoader<string, VolunteerSupervisorEntity[]>(async (codes) => {
    const caller = principal();
    if (!caller) return codes.map(() => []);
    const rows = await dataSource
      .getRepository(VolunteerSupervisorEntity)
      .createQueryBuilder('volunteer')
      .where('volunteer.region_code LIKE ANY(:prefixes)', { prefixes: underAny(codes) })
      .andWhere('volunteer.region_code LIKE :scope', { scope: `${subtreeCodePrefix(caller.region)}%` })
      .orderBy('volunteer.region_code')
      .addOrderBy('volunteer.term_start')
      .getMany();
    return codes.map((code) => rows.filter((row) => isUnder(row.regionCode, code)));
  });

  const contractsUnder = new DataLoader<string, SocialOrganizationContractEntity[]>(async (codes) => {
    const caller = principal();
    if (!caller) return codes.map(() => []);
    const rows = await dataSource
      .getRepository(SocialOrganizationContractEntity)
      .createQueryBuilder('contract')
      .where('contract.region_code LIKE ANY(:prefixes)', { prefixes: underAny(codes) })
      .andWhere('contract.region_code LIKE :scope', { scope: `${subtreeCodePrefix(caller.region)}%` })
      .orderBy('contract.period_start')
      .getMany();
    return codes.map((code) => rows.filter((row) => isUnder(row.regionCode, code)));
  });

  /**
   * The statistics' rows of complaints received in a year below each region, plus appeals and paid rewards.
   * Aggregates: the caller's scope is checked by the resolver for the region asked, not row by row.
   */
  const statsRowsUnder = new DataLoader<string, { rows: StatsRow[]; appeals: number; rewardsPaidFen: number }>(
    async (keys) => {
      const pairs = keys.map(splitKey);
      const years = [...new Set(pairs.map(([, year]) => year))];
      const start = shanghaiYearRange(Math.min(...years)).start;
      const end = shanghaiYearRange(Math.max(...years)).end;
      const rows = (await dataSource
        .getRepository(ComplaintEntity)
        .createQueryBuilder('complaint')
        .select(STATS_COLUMNS.map((column) => `complaint.${column}`))
        .where('complaint.region_code LIKE ANY(:prefixes)', { prefixes: underAny(pairs.map(([code]) => code)) })
        .andWhere('complaint.received_at >= :start AND complaint.received_at < :end', { start, end })
        .getMany()) as StatsRow[];
      const ids = rows.map((row) => row.id);
      const appeals = ids.length
        ? await dataSource.getRepository(ComplaintAppealEntity).find({
            select: { complaintId: true },
            where: { complaintId: In(ids) },
          })
        : [];
      const rewards = ids.length
        ? await dataSource.getRepository(ComplaintRewardEntity).find({
            select: { complaintId: true, amountFen: true },
            where: { complaintId: In(ids), status: 'PAID' },
          })
        : [];
      return pairs.map(([code, year]) => {
        const { start: yearStart, end: yearEnd } = shanghaiYearRange(year);
        const selected = rows.filter(
          (row) =>
            isUnder(row.regionCode, code) &&
            row.receivedAt.getTime() >= yearStart.getTime() &&
            row.receivedAt.getTime() < yearEnd.getTime(),
        );
        const selectedIds = new Set(selected.map((row) => row.id));
        return {
          rows: selected,
          appeals: appeals.filter((appeal) => selectedIds.has(appeal.complaintId)).length,
          rewardsPaidFen: rewards
            .filter((reward) => selectedIds.has(reward.complaintId))
            .reduce((sum, reward) => sum + reward.amountFen, 0),
        };
      });
    },
  );

  /** `Region.complaints` of many regions: two statements per distinct set of filters. */
  const complaintsUnder = createSubtreeConnectionLoader<ComplaintEntity, RegionComplaintsArgs>({
    alias: 'complaint',
    regionColumn: 'complaint.region_code',
    keyExpression: COMPLAINT_PAGE_KEY,
    keyOf: complaintPageKey,
    query: (args) => {
      const query = readableComplaints();
      if (args.status) query.andWhere('complaint.status = :status', { status: args.status });
      if (args.channel) query.andWhere('complaint.channel = :channel', { channel: args.channel });
      if (args.category) query.andWhere('complaint.category = :category', { category: args.category });
      if (args.year !== undefined && args.year !== null) {
        const { start, end } = shanghaiYearRange(args.year);
        query.andWhere('complaint.received_at >= :yearStart AND complaint.received_at < :yearEnd', {
          yearStart: start,
          yearEnd: end,
        });
      }
      if (args.supervisedByProvince !== undefined && args.supervisedByProvince !== null) {
        query.andWhere('complaint.supervised_by_province = :supervised', { supervised: args.supervisedByProvince });
      }
      if (args.overdue !== undefined && args.overdue !== null) {
        query.andWhere(`${args.overdue ? '' : 'NOT '}${overdueCondition('complaint')}`, { overdueNow: now() });
      }
      return query;
    },
  });

  return {
    readableComplaints,
    complaintsUnder,
    complaintById,
    duplicatesOf,
    transfersOf,
    messagesOf,
    revealRequestsOf,
    ratingsOf,
    appealsOf,
    externalLinksOf,
    rewardsOf,
    volunteerById,
    contractById,
    petitionOfficerOf,
    volunteersUnder,
    contractsUnder,
    statsRowsUnder,
  };
}

export type ComplaintsLoaders = ReturnType<typeof createComplaintsLoaders>;
