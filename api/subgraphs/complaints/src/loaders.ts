import DataLoader from 'dataloader';
import { createSubtreeConnectionLoader, groupBy, paginate, type PageRequest } from '@dibao/server';
import { overdueCondition } from './services/deadlines.js';
import { In, type DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import {
  subtreeCodePrefix,
  type ComplaintAppealStatus,
  type ComplaintChannel,
  type ComplaintRewardStatus,
  type ComplaintStatus,
  type IdentityRevealStatus,
  type ProblemCategory,
} from '@dibao/domain';
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
  ContractDeliverableEntity,
  SupervisionObservationEntity,
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

/**
 * Page key of complaints: the receipt instant (UTC, to the microsecond) then the id, so pages run in the
 * order complaints arrived. The SQL expression and keyOf must produce the same text.
 */
export const COMPLAINT_PAGE_KEY = `to_char(complaint.received_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || complaint.id`;
export function complaintPageKey(complaint: Pick<ComplaintEntity, 'receivedAt' | 'id'>): string {
  const iso = complaint.receivedAt.toISOString(); // 2025-03-01T02:03:04.567Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}${iso.slice(20, 23)}000${complaint.id}`;
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

  /** The deliverables of contracts, in order of due date. */
  const deliverablesOf = new DataLoader<string, ContractDeliverableEntity[]>(async (ids) => {
    const rows = await dataSource
      .getRepository(ContractDeliverableEntity)
      .find({ where: { contractId: In([...ids]) }, order: { dueOn: 'ASC', id: 'ASC' } });
    const groups = groupBy(rows, (row) => row.contractId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  /** The days (Beijing) on which observations were filed, per volunteer or contract (`volunteer:` / `contract:` id). */
  const observationDaysOf = new DataLoader<string, string[]>(async (keys) => {
    const ids = (prefix: string) => keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
    const rows: Array<{ volunteer_id: string | null; contract_id: string | null; filed_on: string }> = await dataSource
      .getRepository(SupervisionObservationEntity)
      .createQueryBuilder('observation')
      .select('observation.volunteer_id', 'volunteer_id')
      .addSelect('observation.contract_id', 'contract_id')
      .addSelect(`to_char(observation.filed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`, 'filed_on')
      .where('observation.volunteer_id = ANY(:volunteers) OR observation.contract_id = ANY(:contracts)', {
        volunteers: ids('volunteer:'),
        contracts: ids('contract:'),
      })
      .getRawMany();
    const groups = groupBy(rows, (row) =>
      row.volunteer_id ? `volunteer:${row.volunteer_id}` : `contract:${row.contract_id}`,
    );
    return keys.map((key) => (groups.get(key) ?? []).map((row) => row.filed_on));
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

  /** A page of the caller's own complaints (首问负责制), in order of receipt. */
  const ownedComplaintsPage = (status: ComplaintStatus | null | undefined, page: PageRequest) => {
    const caller = principal();
    const query = readableComplaints().andWhere('complaint.owner_subject = :ownerSubject', {
      ownerSubject: caller?.subject ?? null,
    });
    if (status) query.andWhere('complaint.status = :status', { status });
    return paginate(query, COMPLAINT_PAGE_KEY, complaintPageKey, page);
  };

  /** Complaints proposed to the caller as designated petition officer, oldest proposal first. */
  const proposedHandovers = () =>
    readableComplaints()
      .andWhere('complaint.handover_to_subject = :me', { me: principal()?.subject ?? null })
      .orderBy('complaint.handover_requested_at', 'ASC')
      .getMany();

  /** Reviews the caller's region decides, oldest first. */
  const appealsToReview = (status: ComplaintAppealStatus) =>
    dataSource.getRepository(ComplaintAppealEntity).find({
      where: { reviewRegionCode: principal()?.region ?? '', status },
      order: { openedAt: 'ASC' },
    });

  /** Identity reveal requests about complaints in the caller's subtree, oldest first (for the custodian). */
  const revealRequestsInScope = (status: IdentityRevealStatus) => {
    const caller = principal();
    if (!caller) return Promise.resolve([]);
    return dataSource
      .getRepository(IdentityRevealRequestEntity)
      .createQueryBuilder('request')
      .innerJoin(ComplaintEntity, 'complaint', 'complaint.id = request.complaint_id')
      .where('request.status = :status', { status })
      .andWhere('complaint.region_code LIKE :scope', { scope: `${subtreeCodePrefix(caller.region)}%` })
      .orderBy('request.requested_at', 'ASC')
      .getMany();
  };

  /** Rewards of readable complaints about `under`'s subtree, oldest decision first. */
  const rewardsUnder = (under: string, status: ComplaintRewardStatus | null | undefined) => {
    const readable = readableComplaintsCondition(principal(), 'complaint');
    const query = dataSource
      .getRepository(ComplaintRewardEntity)
      .createQueryBuilder('reward')
      .innerJoin(ComplaintEntity, 'complaint', 'complaint.id = reward.complaint_id')
      .where(readable.sql, readable.parameters)
      .andWhere('complaint.region_code LIKE :under', { under: `${subtreeCodePrefix(under)}%` });
    if (status) query.andWhere('reward.status = :status', { status });
    return query.orderBy('reward.decided_at', 'ASC').getMany();
  };

  return {
    ownedComplaintsPage,
    proposedHandovers,
    appealsToReview,
    revealRequestsInScope,
    rewardsUnder,
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
    deliverablesOf,
    observationDaysOf,
  };
}

export type ComplaintsLoaders = ReturnType<typeof createComplaintsLoaders>;
