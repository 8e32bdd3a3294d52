import type { DataSource } from 'typeorm';
import { importAccountability } from '@dibao/accountability';
import { importBulletins } from '@dibao/bulletins';
import { importComplaints } from '@dibao/complaints';
import { importOversight } from '@dibao/oversight';
import { importRegistry } from '@dibao/registry';
import { importReporting } from '@dibao/reporting';
import {
  accountabilityStoryDates,
  demoAccountability,
  demoAgencies,
  demoBulletins,
  demoComplaints,
  demoOriginSources,
  demoOfficials,
  demoOversight,
  demoReporting,
  demoRuleVersions,
  loadRegions,
  loadVillages,
  type RegionScope,
  type RegionSeed,
} from '@dibao/seed';
import { systemActor } from '@dibao/server';
import type { DemoScope } from './config.js';
import { loadMonitoringDemo, monitoringDemo, monitoringDemoScale } from './monitoring-demo.js';
import { loadNationalDemo } from './national-demo.js';

const QINGHAI: RegionScope = { province: '630000' };

/**
 * The synthetic data of every subgraph, generated on first use and shared, so that one subgraph's demo can
 * point at another's (the accountability story's origins are the oversight story's finding, say).
 */
class DemoSeeds {
  private cache = new Map<string, unknown>();
  constructor(
    readonly regions: RegionSeed[],
    private readonly scope: RegionScope,
  ) {}

  private once<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  /** Village-level units: Qinghai's 4,700 for the Qinghai demo, the country's 620,000 for the national one. */
  get villages() {
    return this.once('villages', () => loadVillages(this.scope));
  }
  get agencies() {
    return this.once('agencies', () => demoAgencies(this.regions));
  }
  get officials() {
    return this.once('officials', () => demoOfficials(this.regions, this.agencies));
  }
  get reporting() {
    return this.once('reporting', () => demoReporting(this.regions));
  }
  get oversight() {
    return this.once('oversight', () => demoOversight(this.regions));
  }
  get complaints() {
    return this.once('complaints', () => demoComplaints(this.regions));
  }
  /** Bulletins cite the other demos' records as their evidence. */
  get bulletins() {
    return this.once('bulletins', () => {
      const year = (at: Date) => new Date(at.getTime() + 8 * 3600_000).getUTCFullYear();
      return demoBulletins(this.regions, this.reporting, {
        sources: {
          findings: this.oversight.findings.map((finding) => ({
            id: finding.id,
            regionCode: finding.regionCode,
            year: year(finding.foundAt),
          })),
          inspections: this.oversight.inspections.map((inspection) => ({
            id: inspection.id,
            year: year(inspection.periodStart),
            targetCodes: inspection.targetRegionCodes,
          })),
          complaints: this.complaints.complaints.map((complaint) => ({
            id: complaint.id,
            regionCode: complaint.regionCode,
            year: year(complaint.receivedAt),
          })),
          accountabilityCases: this.accountability.cases.map((item) => ({
            id: item.id,
            regionCode: item.subjectRegionCode,
            year: year(item.openedAt),
          })),
        },
      });
    });
  }
  /**
   * The story's accountability case concerns the township official of the story's hotline complaint and
   * names the records it arose from: that complaint, and the inspection finding when it came first. Every
   * other case's origins are findings, complaints, inspections and incidents of the other demos too.
   */
  get accountability() {
    return this.once('accountability', () => {
      const complaint = this.complaints.complaints.find((item) => item.id === this.complaints.storyComplaintId);
      const opened = new Date(`${accountabilityStoryDates(2025).openedOn}T00:00:00+08:00`);
      const finding = this.oversight.findings.find(
        (item) =>
          item.regionCode === complaint?.regionCode && item.category === 'EQUAL_SPLITTING' && item.foundAt < opened,
      );
      const story =
        complaint && complaint.regionCode.length === 9
          ? {
              townshipCode: complaint.regionCode,
              origins: [
                { kind: 'COMPLAINT' as const, id: complaint.id },
                ...(finding ? [{ kind: 'FINDING' as const, id: finding.id }] : []),
              ],
            }
          : undefined;
      return demoAccountability(this.regions, this.officials, {
        incidents: this.reporting.incidents,
        // Every other origin is a record the other demos seed, by the id they seed it with.
        sources: demoOriginSources({ oversight: this.oversight, complaints: this.complaints }),
        ...(story ? { story } : {}),
      });
    });
  }
}

/** Each subgraph's demo loader: skipped when that subgraph already holds data. */
const loaders: Array<{
  subgraph: string;
  table: string;
  load(dataSource: DataSource, seeds: DemoSeeds, log: (line: string) => void): Promise<string>;
  /** False when configuration leaves this demo out (then nothing is loaded or announced). */
  enabled?(): boolean;
}> = [
  {
    subgraph: 'registry',
    table: 'region',
    async load(dataSource, seeds, log) {
      const { regions, villages, agencies, officials } = seeds;
      // Qinghai's implementing rules come with its regions: the other demos' deadlines are read from them.
      const ruleVersions = demoRuleVersions();
      const summary = await importRegistry(
        dataSource,
        { regions, villages, agencies, officials, ruleVersions },
        systemActor('demo-data'),
        log,
      );
      return `${summary.regions} regions, ${summary.villages} villages, ${summary.agencies} agencies, ${summary.officials} officials, ${summary.ruleVersions} rule versions`;
    },
  },
  {
    subgraph: 'reporting',
    table: 'reporting_unit',
    async load(dataSource, seeds, log) {
      const summary = await importReporting(dataSource, seeds.reporting, systemActor('demo-data'), log);
      return `${summary.units} reporting units, ${summary.reports} annual reports (2021–2025), ${summary.waivers} waivers, ${summary.incidents} incidents`;
    },
  },
  {
    subgraph: 'oversight',
    table: 'inspection',
    async load(dataSource, seeds, log) {
      const summary = await importOversight(dataSource, seeds.oversight, systemActor('demo-data'), log);
      return `${summary.inspections} inspections, ${summary.findings} findings, ${summary.events} rectification events`;
    },
  },
  {
    subgraph: 'complaints',
    table: 'complaint',
    async load(dataSource, seeds, log) {
      // Personal data is sealed on the way in with COMPLAINTS_ENCRYPTION_KEY; receipt codes are returned once.
      const summary = await importComplaints(dataSource, seeds.complaints, systemActor('demo-data'), undefined, log);
      return `${summary.complaints} complaints, ${summary.petitionOfficers} petition officers, ${summary.volunteers} volunteer supervisors, ${summary.contracts} service contracts`;
    },
  },
  {
    subgraph: 'accountability',
    table: 'accountability_case',
    async load(dataSource, seeds, log) {
      const summary = await importAccountability(dataSource, seeds.accountability, systemActor('demo-data'), log);
      return `${summary.cases} cases, ${summary.decisions} decisions, ${summary.jointMeetings} joint meetings with ${summary.sessions} sessions`;
    },
  },
  {
    subgraph: 'bulletins',
    table: 'bulletin',
    async load(dataSource, seeds, log) {
      const summary = await importBulletins(dataSource, seeds.bulletins, systemActor('demo-data'), log);
      return `${summary.bulletins} bulletins with ${summary.items} items, ${summary.assessments} assessments, ${summary.allocations} allocations`;
    },
  },
  {
    subgraph: 'monitoring',
    table: 'roster_file',
    enabled: () => monitoringDemoScale() > 0 && !!process.env.MONITORING_PSEUDONYM_KEY,
    async load(dataSource, seeds, log) {
      const scale = monitoringDemoScale();
      const key = process.env.MONITORING_PSEUDONYM_KEY!;
      // The monitoring demo is Qinghai's, whatever the scope of the rest.
      const demo = monitoringDemo({
        regions: seeds.regions.filter((r) => r.code.startsWith('63')),
        householdScale: scale,
      });
      const summary = await loadMonitoringDemo(dataSource, demo, key, log);
      return `${summary.files} files, ${summary.rows} rows, ${summary.alerts} alerts`;
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
  // The country is generated and copied province by province (national-demo.ts), not held in memory at once.
  if (scope === 'national') {
    await loadNationalDemo(dataSources, log);
    return;
  }
  let seeds: DemoSeeds | undefined;
  for (const loader of loaders) {
    const dataSource = dataSources.get(loader.subgraph);
    if (!dataSource || loader.enabled?.() === false) continue;
    const [{ count }] = (await dataSource.query(`SELECT count(*)::int AS count FROM ${loader.table}`)) as [
      { count: number },
    ];
    if (count > 0) continue;
    log(`Loading demo ${loader.subgraph} data (${scope}) ...`);
    seeds ??= new DemoSeeds(loadRegions(QINGHAI), QINGHAI);
    const summary = await loader.load(dataSource, seeds, (step) => log(`  ${loader.subgraph}: ${step}`));
    log(`Demo ${loader.subgraph} data loaded: ${summary}`);
  }
}
