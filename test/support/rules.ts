import type { DataSource } from 'typeorm';
import { ancestorCodesOf, type RuleSettings } from '@dibao/domain';
import { loadRegions } from '@dibao/seed';

/**
 * Writes a version of a region's rules straight into the registry's table (with the Qinghai regions it hangs
 * from), for subgraph tests whose computations read the rules in force; adoption itself is tested through the
 * gateway.
 */
export async function putRuleVersion(
  registry: DataSource,
  version: { regionCode: string; version?: number; effectiveFrom: string; settings: RuleSettings },
): Promise<void> {
  const chain = new Set([...ancestorCodesOf(version.regionCode), version.regionCode]);
  const regions = loadRegions().filter((region) => chain.has(region.code));
  for (const region of regions) {
    await registry.query(
      `INSERT INTO registry.region (code, name, name_en, level, parent_code) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code) DO NOTHING`,
      [region.code, region.name, region.nameEn, region.level, region.parentCode],
    );
  }
  await registry.query(
    `INSERT INTO registry.rule_version (region_code, version, effective_from, settings, basis_number, basis_title,
       basis_date, adopted_by_agency, adopted_by, adopted_at)
     VALUES ($1, $2, $3, $4, 'TEST〔2025〕1号', 'Rules under test', $3, $5, '{"kind":"system","subject":"test"}', now())`,
    [
      version.regionCode,
      version.version ?? 1,
      version.effectiveFrom,
      JSON.stringify(version.settings),
      `${version.regionCode}:CIVIL_AFFAIRS`,
    ],
  );
}
