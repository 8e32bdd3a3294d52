import type { DataSource } from 'typeorm';
import { importAccountability } from '@dibao/accountability';
import { importBulletins } from '@dibao/bulletins';
import { importComplaints } from '@dibao/complaints';
import { copyWriter } from '@dibao/db';
import { detect } from '@dibao/monitoring';
import { importOversight } from '@dibao/oversight';
import { importRegistry } from '@dibao/registry';
import { importReporting } from '@dibao/reporting';
import {
  demoAgencies,
  demoBulletins,
  NATIONAL_ROSTER_MONTH,
  demoOfficials,
  loadRegions,
  nationalAccountability,
  nationalComplaints,
  nationalReporting,
  NATIONAL_REPORT_YEARS,
  NATIONAL_TOTALS,
  type RegionSeed,
} from '@dibao/seed';
import { systemActor } from '@dibao/server';
import { loadMonitoringDemo, monitoringDemo, monitoringDemoScale } from './monitoring-demo.js';

/*
 * HUB_DEMO=national: every mechanism at the size of the country (31 provinces, 342 prefecture-level, 2,975
 * county-level and 41,352 township-level units; ten years of annual reports; 1,000,000 complaints, 200,000
 * findings, 50,000 accountability cases; bulletins and assessments of every province; one month of every
 * county's payment roster, with detection over it), generated
 * deterministically by @dibao/seed's national generators and written with COPY through each subgraph's own
 * import (the same rows and checks as an ordinary import, copyWriter instead of INSERT).
 *
 * Audit: each batch (the registry, the reporting history, then one batch per province and subgraph) is one
 * transaction whose audit chain gets the usual IMPORT count records plus one BULK_IMPORT record per table
 * with the batch's label, its row count, its byte count and the SHA-256 of the COPY text sent: the chain says
 * which batches made the table and exactly how much each wrote, and `pnpm audit:verify` checks it as any
 * other. (Regenerating a batch gives the same generated records; a few columns the import itself fills,
 * such as complaints' receipt hashes from fresh receipt codes, differ from one load to the next, so the
 * checksum attests a load, not the generator.)
 */

export type Log = (line: string) => void;

/** What the steps share: the regions, and the few records of each county-year that bulletins cite. */
export interface NationalContext {
  regions: RegionSeed[];
  totals: NationalTotals;
  reporting: ReturnType<typeof nationalReporting> | null;
  evidence: EvidenceSources;
  monitoring: NationalMonitoring;
  log: Log;
}

/** The month of national rosters: the fraction of each county's households, and the key of the pseudonyms. */
export interface NationalMonitoring {
  householdScale: number;
  /** Without one (MONITORING_PSEUDONYM_KEY unset) the rosters are left out: ID numbers cannot be pseudonymised. */
  pseudonymKey: string | null;
}

/** The stated size; smaller totals (and regions) give a national-shaped demo for tests. */
export interface NationalTotals {
  complaints: number;
  findings: number;
  accountabilityCases: number;
}

export interface NationalDemoOptions {
  /** Regions of the country; a subset (two provinces, say) gives a small national-shaped demo. */
  regions?: RegionSeed[];
  totals?: Partial<NationalTotals>;
  /** Default: HUB_DEMO_MONITORING_SCALE and MONITORING_PSEUDONYM_KEY. */
  monitoring?: Partial<NationalMonitoring>;
  /** Told of each step that ran, with its time (a benchmark's figures). */
  onStep?: (subgraph: string, seconds: number) => void;
}

interface EvidenceSources {
  findings: Array<{ id: string; regionCode: string; year: number }>;
  inspections: Array<{ id: string; year: number; targetCodes: string[] }>;
  complaints: Array<{ id: string; regionCode: string; year: number }>;
  accountabilityCases: Array<{ id: string; regionCode: string; year: number }>;
}

/**
 * One step of the national load: the subgraph it fills, the table whose rows say it is done already, and
 * the load. Steps run in this order.
 */
export interface NationalStep {
  subgraph: string;
  table: string;
  load(dataSource: DataSource, context: NationalContext, dataSources: Map<string, DataSource>): Promise<string>;
}

const actor = systemActor('demo-data');
const beijingYear = (at: Date) => new Date(at.getTime() + 8 * 3600_000).getUTCFullYear();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en-US');

/** Keeps at most `limit` records per county and year: bulletins cite a few of each, never all. */
function keeper<T extends { regionCode: string; year: number }>(into: T[], limit: number) {
  const seen = new Map<string, number>();
  return (record: T) => {
    const key = `${record.regionCode.slice(0, 6)}:${record.year}`;
    const n = seen.get(key) ?? 0;
    if (n >= limit) return;
    seen.set(key, n + 1);
    into.push(record);
  };
}

export const nationalSteps: NationalStep[] = [
  {
    subgraph: 'registry',
    table: 'region',
    async load(dataSource, { regions, log }) {
      const agencies = demoAgencies(regions);
      const officials = demoOfficials(regions, agencies);
      const summary = await importRegistry(
        dataSource,
        { regions, agencies, officials },
        actor,
        log,
        copyWriter('national registry'),
      );
      return `${count(summary.regions)} regions, ${count(summary.agencies)} agencies, ${count(summary.officials)} officials`;
    },
  },
  {
    subgraph: 'reporting',
    table: 'reporting_unit',
    async load(dataSource, context) {
      context.reporting ??= nationalReporting(context.regions);
      const years = `${NATIONAL_REPORT_YEARS[0]}–${NATIONAL_REPORT_YEARS.at(-1)}`;
      const summary = await importReporting(
        dataSource,
        context.reporting,
        actor,
        context.log,
        copyWriter(`national reporting ${years}`),
      );
      return `${count(summary.units)} reporting units, ${count(summary.reports)} annual reports (${years}), ${count(summary.waivers)} waivers, ${count(summary.incidents)} incidents`;
    },
  },
  {
    subgraph: 'complaints',
    table: 'complaint',
    async load(dataSource, { regions, totals, evidence, log }) {
      const keep = keeper(evidence.complaints, 2);
      const provinces = regions.filter((region) => region.level === 'PROVINCE').length;
      let total = 0;
      let index = 0;
      const started = performance.now();
      for (const { province, data } of nationalComplaints(regions, { total: totals.complaints })) {
        index += 1;
        const batchStarted = performance.now();
        await importComplaints(
          dataSource,
          data,
          actor,
          undefined,
          undefined,
          copyWriter(`complaints ${province.code}`),
        );
        for (const complaint of data.complaints)
          keep({ id: complaint.id, regionCode: complaint.regionCode, year: beijingYear(complaint.receivedAt) });
        total += data.complaints.length;
        log(
          `[${index}/${provinces}] ${province.code} ${province.nameEn}: ${count(data.complaints.length)} complaints in ${seconds(batchStarted)} (${count(total)} so far, ${seconds(started)})`,
        );
      }
      return `${count(total)} complaints`;
    },
  },
  {
    subgraph: 'oversight',
    table: 'inspection',
    async load(dataSource, context, dataSources) {
      const { regions, totals: sizes, evidence, log } = context;
      // Cases arise from findings: both subgraphs are filled province by province from one generator.
      const accountability = dataSources.get('accountability');
      const casesToLoad = accountability !== undefined && (await isEmpty(accountability, 'accountability_case'));
      const keepFinding = keeper(evidence.findings, 3);
      const keepCase = keeper(evidence.accountabilityCases, 2);
      const provinces = regions.filter((region) => region.level === 'PROVINCE').length;
      const totals = { inspections: 0, findings: 0, cases: 0 };
      let index = 0;
      const started = performance.now();
      for (const { province, oversight, data } of nationalAccountability(regions, {
        total: sizes.accountabilityCases,
        oversight: { total: sizes.findings },
      })) {
        index += 1;
        const batchStarted = performance.now();
        await importOversight(dataSource, oversight, actor, undefined, copyWriter(`oversight ${province.code}`));
        if (casesToLoad && accountability) {
          await importAccountability(
            accountability,
            data,
            actor,
            undefined,
            copyWriter(`accountability ${province.code}`),
          );
          totals.cases += data.cases.length;
          for (const item of data.cases)
            keepCase({ id: item.id, regionCode: item.subjectRegionCode, year: beijingYear(item.openedAt) });
        }
        for (const finding of oversight.findings)
          keepFinding({ id: finding.id, regionCode: finding.regionCode, year: beijingYear(finding.foundAt) });
        for (const inspection of oversight.inspections) {
          evidence.inspections.push({
            id: inspection.id,
            year: beijingYear(inspection.periodStart),
            targetCodes: inspection.targetRegionCodes,
          });
        }
        totals.inspections += oversight.inspections.length;
        totals.findings += oversight.findings.length;
        log(
          `[${index}/${provinces}] ${province.code} ${province.nameEn}: ${count(oversight.findings.length)} findings, ${count(casesToLoad ? data.cases.length : 0)} cases in ${seconds(batchStarted)} (${count(totals.findings)} findings so far, ${seconds(started)})`,
        );
      }
      return `${count(totals.inspections)} inspections, ${count(totals.findings)} findings; ${count(totals.cases)} accountability cases`;
    },
  },
  {
    subgraph: 'bulletins',
    table: 'bulletin',
    async load(dataSource, context) {
      context.reporting ??= nationalReporting(context.regions);
      const data = demoBulletins(context.regions, context.reporting, { sources: context.evidence });
      const summary = await importBulletins(dataSource, data, actor, context.log);
      return `${count(summary.bulletins)} bulletins with ${count(summary.items)} items, ${count(summary.assessments)} assessments, ${count(summary.allocations)} allocations`;
    },
  },
  {
    // One month of every county's roster (NATIONAL_ROSTER_MONTH), province by province through the monitoring import
    // (CSV parsed, checked, pseudonymised, COPYed into the county-month's table), with each province's standards
    // and registers; then detection once over the whole country's month.
    subgraph: 'monitoring',
    table: 'roster_file',
    async load(dataSource, { regions, monitoring, log }) {
      const { householdScale, pseudonymKey } = monitoring;
      if (householdScale === 0 || !pseudonymKey) {
        return `left out (${pseudonymKey ? 'HUB_DEMO_MONITORING_SCALE=0' : 'no MONITORING_PSEUDONYM_KEY'})`;
      }
      const month = NATIONAL_ROSTER_MONTH;
      const provinces = regions.filter((region) => region.level === 'PROVINCE');
      const started = performance.now();
      let rows = 0;
      let files = 0;
      for (const [index, province] of provinces.entries()) {
        const batchStarted = performance.now();
        const prefix = province.code.slice(0, 2);
        const demo = monitoringDemo({ regions: regions.filter((r) => r.code.startsWith(prefix)), householdScale });
        const loaded = await loadMonitoringDemo(dataSource, demo, pseudonymKey, log, {
          months: [month],
          detectEachMonth: false,
        });
        rows += loaded.rows;
        files += loaded.files;
        log(
          `[${index + 1}/${provinces.length}] ${province.code} ${province.nameEn}: rosters of ${month} in ${seconds(batchStarted)} (${count(rows)} rows so far, ${seconds(started)})`,
        );
      }
      const detectStarted = performance.now();
      const detected = await detect(dataSource, { month, actor });
      const households = (await dataSource.query(
        `SELECT coalesce(sum(households), 0)::int AS n FROM township_month WHERE month = $1::date`,
        [`${month}-01`],
      )) as [{ n: number }];
      log(`detection over the country's ${month}: ${detected.raised} alerts in ${seconds(detectStarted)}`);
      return `${count(households[0].n)} households of ${month} (${count(files)} files, ${count(rows)} rows with registers and standards), ${count(detected.raised)} alerts; detection ${seconds(detectStarted)}`;
    },
  },
];

async function isEmpty(dataSource: DataSource, table: string): Promise<boolean> {
  const [{ present }] = (await dataSource.query(`SELECT EXISTS (SELECT 1 FROM ${table}) AS present`)) as [
    { present: boolean },
  ];
  return !present;
}

/**
 * Loads the national demo: each step is skipped when its subgraph already holds data (a restart keeps what
 * was changed through the API), and prints progress and the time it took.
 */
export async function loadNationalDemo(
  dataSources: Map<string, DataSource>,
  log: Log,
  options: NationalDemoOptions = {},
): Promise<number> {
  const started = performance.now();
  const context: NationalContext = {
    regions: options.regions ?? loadRegions('national'),
    totals: { ...NATIONAL_TOTALS, ...options.totals },
    reporting: null,
    evidence: { findings: [], inspections: [], complaints: [], accountabilityCases: [] },
    monitoring: {
      householdScale: options.monitoring?.householdScale ?? monitoringDemoScale(),
      pseudonymKey: options.monitoring?.pseudonymKey ?? process.env.MONITORING_PSEUDONYM_KEY ?? null,
    },
    log,
  };
  log(`National demo: ${count(context.regions.length)} regions read in ${seconds(started)}`);
  for (const step of nationalSteps) {
    const dataSource = dataSources.get(step.subgraph);
    if (!dataSource || !(await isEmpty(dataSource, step.table))) continue;
    const stepStarted = performance.now();
    log(`Loading national ${step.subgraph} data ...`);
    context.log = (line) => log(`  ${step.subgraph}: ${line}`);
    const summary = await step.load(dataSource, context, dataSources);
    log(`National ${step.subgraph} data loaded in ${seconds(stepStarted)}: ${summary}`);
    options.onStep?.(step.subgraph, (performance.now() - stepStarted) / 1000);
  }
  const elapsed = (performance.now() - started) / 1000;
  log(`National demo ready in ${elapsed.toFixed(1)} s`);
  return elapsed;
}
