import type { DataSource } from 'typeorm';
import { importRegistry } from '@dibao/registry';
import { demoAgencies, demoOfficials, loadRegions, type RegionScope } from '@dibao/seed';
import { systemActor } from '@dibao/server';
import type { DemoScope } from './config.js';

const regionScopeOf = (scope: Exclude<DemoScope, 'none'>): RegionScope =>
  scope === 'national' ? 'national' : { province: '630000' };

/**
 * Loads the demo data once: each subgraph's part is skipped when that subgraph already holds data, so a
 * restart keeps whatever was changed through the API.
 */
export async function loadDemoData(
  dataSources: Map<string, DataSource>,
  scope: DemoScope,
  log: (line: string) => void,
): Promise<void> {
  if (scope === 'none') return;
  const registry = dataSources.get('registry');
  if (registry) {
    const [{ count }] = (await registry.query('SELECT count(*)::int AS count FROM region')) as [{ count: number }];
    if (count === 0) {
      log(`Loading demo registry (${scope}) ...`);
      const regions = loadRegions(regionScopeOf(scope));
      const agencies = demoAgencies(regions);
      const officials = demoOfficials(regions, agencies);
      const summary = await importRegistry(
        registry,
        { regions, agencies, officials },
        systemActor('demo-data'),
        (step) => log(`  registry: ${step}`),
      );
      log(
        `Demo registry loaded: ${summary.regions} regions, ${summary.agencies} agencies, ${summary.officials} officials`,
      );
    }
  }
}
