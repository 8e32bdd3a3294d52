import { regionLevelOf } from '@dibao/domain';
import { conflict, type SupergraphClient } from '@dibao/server';
import { SUPERGRAPH_CONCURRENCY } from '../config.js';
import {
  ASSESSED_REGIONS_QUERY,
  REGION_INDICATORS_QUERY,
  type AssessedRegionsResponse,
  type RegionIndicatorsResponse,
} from './indicator-queries.js';
import { MissingRegionError, regionIndicatorInputs } from './indicators.js';
import type { RegionIndicatorInputs } from './scoring.js';

/** Runs `work` over the items with at most `limit` at a time, keeping the order of the results. */
async function mapWithLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The regions an assessing region assesses at a level, in code order: a province's prefectures or the counties
 * under them, a prefecture's counties.
 * Read from the registry through the gateway, like everything else the assessment uses.
 */
export async function assessedRegions(
  client: SupergraphClient,
  bearerToken: string | null | undefined,
  provinceCode: string,
  level: 'PREFECTURE' | 'COUNTY',
): Promise<string[]> {
  const { region } = await client.query<AssessedRegionsResponse>(
    ASSESSED_REGIONS_QUERY,
    { province: provinceCode },
    bearerToken,
  );
  // A prefecture assesses its own counties, the children of its region.
  if (regionLevelOf(provinceCode) === 'PREFECTURE') {
    return [...new Set(region?.children.filter((child) => child.level === level).map((child) => child.code))].sort();
  }
  const prefectures = region?.children.filter((child) => child.level === 'PREFECTURE') ?? [];
  const codes =
    level === 'PREFECTURE'
      ? prefectures.map((prefecture) => prefecture.code)
      : prefectures.flatMap((prefecture) =>
          prefecture.children.filter((child) => child.level === 'COUNTY').map((child) => child.code),
        );
  return [...new Set(codes)].sort();
}

/**
 * Reads, as the caller, what every indicator needs for each region assessed, one request per region (a few
 * at a time), and turns the answers into raw indicator values.
 */
export async function gatherIndicatorInputs(
  client: SupergraphClient,
  bearerToken: string | null | undefined,
  provinceCode: string,
  year: number,
  level: 'PREFECTURE' | 'COUNTY',
): Promise<RegionIndicatorInputs[]> {
  const codes = await assessedRegions(client, bearerToken, provinceCode, level);
  if (codes.length === 0) {
    throw conflict(
      `There are no regions of level ${level} in ${provinceCode} to assess`,
      `${provinceCode} 没有可评价的${level === 'PREFECTURE' ? '市州' : '县'}级地区`,
    );
  }
  const responses = await mapWithLimit(codes, SUPERGRAPH_CONCURRENCY, (code) =>
    client.query<RegionIndicatorsResponse>(REGION_INDICATORS_QUERY, { code, year }, bearerToken),
  );
  try {
    return codes.map((code, index) => regionIndicatorInputs(code, responses[index] as RegionIndicatorsResponse));
  } catch (error) {
    if (error instanceof MissingRegionError) throw conflict(error.message, '网关未返回被评价地区的数据');
    throw error;
  }
}
