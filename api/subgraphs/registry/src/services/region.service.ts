import type { DataSource } from 'typeorm';
import { subtreeCodePrefix, type RegionLevel } from '@dibao/domain';
import { notFound, paginate, type PageRequest, checkedRegionCode } from '@dibao/server';
import { RegionEntity } from '../entities/index.js';

export interface RegionFilter {
  level?: RegionLevel | null;
  /** Only regions strictly below this one. */
  under?: string | null;
}

/** Regions are public: no scope applies. */
export async function listRegions(dataSource: DataSource, filter: RegionFilter, page: PageRequest) {
  const query = dataSource.getRepository(RegionEntity).createQueryBuilder('region');
  if (filter.level) query.andWhere('region.level = :level', { level: filter.level });
  if (filter.under) {
    const under = checkedRegionCode(filter.under, 'under');
    const exists = await dataSource.getRepository(RegionEntity).existsBy({ code: under });
    if (!exists) throw notFound(`Region ${under} does not exist`, `区划 ${under} 不存在`);
    query
      .andWhere('region.code LIKE :prefix', { prefix: `${subtreeCodePrefix(under)}%` })
      .andWhere('region.code <> :under', { under });
  }
  return paginate(query, 'region.code', (region) => region.code, page);
}
