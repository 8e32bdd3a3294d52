import DataLoader from 'dataloader';
import { groupBy, paginate, type PageRequest } from '@dibao/server';
import { In, type DataSource } from 'typeorm';
import { AgencyKind, subtreeCodePrefix, vocabularyCodes } from '@dibao/domain';
import type { Principal } from '@dibao/auth';
import { AgencyEntity, OfficialEntity, RegionEntity, RuleVersionEntity } from './entities/index.js';

const AGENCY_KIND_ORDER = vocabularyCodes(AgencyKind);

/**
 * One set per request: every relation is fetched with one statement per batch, whatever the number of rows
 * in the response. Officials are filtered to the caller's scope here, in the data layer.
 */
export function createRegistryLoaders(dataSource: DataSource, principal: () => Principal | null) {
  const regions = dataSource.getRepository(RegionEntity);
  const agencies = dataSource.getRepository(AgencyEntity);
  const officials = dataSource.getRepository(OfficialEntity);

  const regionByCode = new DataLoader<string, RegionEntity | null>(async (codes) => {
    const rows = await regions.findBy({ code: In([...codes]) });
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  });

  const childrenOf = new DataLoader<string, RegionEntity[]>(async (codes) => {
    const rows = await regions.find({ where: { parentCode: In([...codes]) }, order: { code: 'ASC' } });
    const groups = groupBy(rows, (row) => row.parentCode as string);
    return codes.map((code) => groups.get(code) ?? []);
  });

  const agenciesOf = new DataLoader<string, AgencyEntity[]>(async (codes) => {
    const rows = await agencies.find({ where: { regionCode: In([...codes]) } });
    // In the order the vocabulary declares the kinds (civil affairs first), not alphabetically.
    rows.sort((a, b) => AGENCY_KIND_ORDER.indexOf(a.kind) - AGENCY_KIND_ORDER.indexOf(b.kind));
    const groups = groupBy(rows, (row) => row.regionCode);
    return codes.map((code) => groups.get(code) ?? []);
  });

  const agencyById = new DataLoader<string, AgencyEntity | null>(async (ids) => {
    const rows = await agencies.findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Officials the caller may see: none for anonymous callers, and only within the caller's subtree. */
  const visibleOfficials = () => {
    const caller = principal();
    const query = officials.createQueryBuilder('official');
    if (!caller) return query.where('false');
    return query.where('official.region_code LIKE :prefix', { prefix: `${subtreeCodePrefix(caller.region)}%` });
  };

  const officialsOf = new DataLoader<string, OfficialEntity[]>(async (agencyIds) => {
    const rows = await visibleOfficials()
      .andWhere('official.agency_id IN (:...agencyIds)', { agencyIds: [...agencyIds] })
      .orderBy('official.name')
      .getMany();
    const groups = groupBy(rows, (row) => row.agencyId);
    return agencyIds.map((id) => groups.get(id) ?? []);
  });

  const officialById = new DataLoader<string, OfficialEntity | null>(async (ids) => {
    const rows = await visibleOfficials()
      .andWhere('official.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** A page of the officials of `region`'s subtree the caller may see. */
  const officialsPage = (region: string, page: PageRequest) =>
    paginate(
      visibleOfficials().andWhere('official.region_code LIKE :under', { under: `${subtreeCodePrefix(region)}%` }),
      'official.id',
      (official) => official.id,
      page,
    );

  /** Every version of a region's own rules, oldest first (public: implementing rules are published). */
  const ruleVersionsOf = new DataLoader<string, RuleVersionEntity[]>(async (codes) => {
    const rows = await dataSource
      .getRepository(RuleVersionEntity)
      .find({ where: { regionCode: In([...codes]) }, order: { version: 'ASC' } });
    const groups = groupBy(rows, (row) => row.regionCode);
    return codes.map((code) => groups.get(code) ?? []);
  });

  return {
    regionByCode,
    childrenOf,
    agenciesOf,
    agencyById,
    officialsOf,
    officialById,
    officialsPage,
    ruleVersionsOf,
  };
}

export type RegistryLoaders = ReturnType<typeof createRegistryLoaders>;
