import type { DataSource } from 'typeorm';
import { importRegistry } from '@dibao/registry';
import { importOversight } from '@dibao/oversight';
import { importReporting } from '@dibao/reporting';
import {
  demoAgencies,
  demoOfficials,
  demoOversight,
  demoReporting,
  loadRegions,
  type RegionScope,
  type RegionSeed,
} from '@dibao/seed';
import { systemActor } from '@dibao/server';
import type { DemoScope } from './config.js';

const regionScopeOf = (scope: Exclude<DemoScope, 'none'>): RegionScope =>
  scope === 'national' ? 'national' : { province: '630000' };

async function isEmpty(dataSource: DataSource, table: string): Promise<boolean> {
  const [{ count }] = (await dataSource.query(`SELECT count(*)::int AS count FROM ${table}`)) as [{ count: number }];
  return count === 0;
}

/** Each subgraph's demo loader: skipped when that subgraph already holds data. */
const loaders: Array<{
  subgraph: string;
  table: string;
  load(dataSource: DataSource, regions: RegionSeed[], log: (line: string) => void): Promise<string>;
}> = [
  {
    subgraph: 'registry',
    table: 'region',
    async load(dataSource, regions, log) {
      const agencies = demoAgencies(regions);
      const officials = demoOfficials(regions, agencies);
      const summary = await importRegistry(dataSource, { regions, agencies, officials }, systemActor('demo-data'), log);
      return `${summary.regions} regions, ${summary.agencies} agencies, ${summary.officials} officials`;
    },
  },
  {
    subgraph: 'reporting',
    table: 'reporting_unit',
    async load(dataSource, regions, log) {
      const summary = await importReporting(dataSource, demoReporting(regions), systemActor('demo-data'), log);
      return `${summary.units} reporting units, ${summary.reports} annual reports (2021–2025), ${summary.waivers} waivers, ${summary.incidents} incidents`;
    },
  },
  {
    subgraph: 'oversight',
    table: 'inspection',
    async load(dataSource, regions, log) {
      const summary = await importOversight(dataSource, demoOversight(regions), systemActor('demo-data'), log);
      return `${summary.inspections} inspections, ${summary.findings} findings, ${summary.events} rectification events`;
    },
  },
];

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
  let regions: RegionSeed[] | undefined;
  for (const loader of loaders) {
    const dataSource = dataSources.get(loader.subgraph);
    if (!dataSource || !(await isEmpty(dataSource, loader.table))) continue;
    log(`Loading demo ${loader.subgraph} data (${scope}) ...`);
    regions ??= loadRegions(regionScopeOf(scope));
    const summary = await loader.load(dataSource, regions, (step) => log(`  ${loader.subgraph}: ${step}`));
    log(`Demo ${loader.subgraph} data loaded: ${summary}`);
  }
}
