import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { importComplaints } from '@dibao/complaints';
import {
  configureAuditKey,
  copyWriter,
  ensureDatabase,
  insertWriter,
  startEmbeddedPostgres,
  withDatabase,
  type RowWriter,
} from '@dibao/db';
import { subgraphNames } from '@dibao/gateway';
import { loadNationalDemo, openSubgraphDataSources } from '@dibao/hub';
import { findCandidates, type RuleTimings } from '@dibao/monitoring';
import { loadRegions, nationalComplaints, NATIONAL_ROSTER_MONTH, NATIONAL_TOTALS } from '@dibao/seed';
import { systemActor } from '@dibao/server';
import type { Benchmark, Figure } from '../benchmark.js';

/*
 * national-load: HUB_DEMO=national from empty tables to ready, on an embedded server of its own. Baseline of
 * the same run: one province's complaints (Qinghai's share of the million) written through the complaints
 * import once with INSERT chunks (the path every other import takes) and once with COPY, rows per second.
 * BENCH_NATIONAL_SCALE (0 < s ≤ 1, default 1) scales the national totals down for a quick look (and each
 * county's households in the month of rosters). Then the monitoring rules over the national month, measured.
 */

const scaleOf = (value: string | undefined): number => {
  const scale = value === undefined || value === '' ? 1 : Number(value);
  if (!(scale > 0 && scale <= 1)) throw new Error(`BENCH_NATIONAL_SCALE must be in (0, 1], got ${value}`);
  return scale;
};

/** The secret this run's provisioned roles' passwords derive from. */
const roleSecret = randomBytes(32).toString('base64url');

async function openAll(url: string): Promise<Map<string, DataSource>> {
  await ensureDatabase(url);
  return openSubgraphDataSources(url, new Set(subgraphNames), () => undefined, { databaseRoleSecret: roleSecret });
}

async function closeAll(dataSources: Map<string, DataSource>) {
  for (const dataSource of dataSources.values()) await dataSource.destroy();
}

export const nationalLoad: Benchmark = {
  name: 'national-load',
  description: 'HUB_DEMO=national load time; COPY vs INSERT for one province of complaints',
  async run({ workDir, log }) {
    const scale = scaleOf(process.env.BENCH_NATIONAL_SCALE);
    configureAuditKey(randomBytes(32).toString('base64'));
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'postgres'), persistent: false });
    try {
      const regions = loadRegions('national');
      const qinghai = [...nationalComplaints(regions)].find((batch) => batch.province.code === '630000');
      if (!qinghai) throw new Error('no Qinghai batch');
      const rows = qinghai.data.complaints.length;
      const rate = async (label: string, writer: () => RowWriter) => {
        const dataSources = await openAll(withDatabase(postgres.url, `bench_${label}`));
        try {
          const complaints = dataSources.get('complaints') as DataSource;
          const started = performance.now();
          await importComplaints(complaints, qinghai.data, systemActor('bench'), undefined, undefined, writer());
          const seconds = (performance.now() - started) / 1000;
          log(`${label}: ${rows.toLocaleString('en-US')} complaints in ${seconds.toFixed(2)} s`);
          return rows / seconds;
        } finally {
          await closeAll(dataSources);
        }
      };
      const inserted = await rate('insert', insertWriter);
      const copied = await rate('copy', () => copyWriter('bench 630000'));

      const totals = {
        complaints: Math.round(NATIONAL_TOTALS.complaints * scale),
        findings: Math.round(NATIONAL_TOTALS.findings * scale),
        accountabilityCases: Math.round(NATIONAL_TOTALS.accountabilityCases * scale),
      };
      const dataSources = await openAll(withDatabase(postgres.url, 'bench_national'));
      let seconds: number;
      const steps = new Map<string, number>();
      let month: { households: number; counties: number; rules: RuleTimings; seconds: number };
      try {
        seconds = await loadNationalDemo(dataSources, log, {
          regions,
          totals,
          // The month of rosters at the same scale: every county's households, or that fraction of them.
          monitoring: { householdScale: scale, pseudonymKey: randomBytes(32).toString('base64url') },
          onStep: (subgraph, stepSeconds) => steps.set(subgraph, stepSeconds),
        });
        // The rules over the country's month, measured again on their own (the load's detection also stored the
        // alerts): each on its connection, at once, as after an import.
        const monitoring = dataSources.get('monitoring') as DataSource;
        const latest = NATIONAL_ROSTER_MONTH;
        const counties = (
          (await monitoring.query(`SELECT DISTINCT county_code::text AS c FROM township_month WHERE month = $1::date`, [
            `${latest}-01`,
          ])) as Array<{ c: string }>
        ).map((row) => row.c);
        const [{ n }] = (await monitoring.query(
          `SELECT coalesce(sum(households), 0)::int AS n FROM township_month WHERE month = $1::date`,
          [`${latest}-01`],
        )) as [{ n: number }];
        const rules: RuleTimings = {};
        const started = performance.now();
        await findCandidates(monitoring, latest, counties, rules);
        month = { households: n, counties: counties.length, rules, seconds: (performance.now() - started) / 1000 };
        log(
          `detection rules over the national month ${latest}: ${n.toLocaleString('en-US')} households in ${counties.length} counties, ${month.seconds.toFixed(1)} s`,
        );
      } finally {
        await closeAll(dataSources);
      }
      const ruleText = Object.entries(month.rules)
        .sort(([, a], [, b]) => a - b)
        .map(([rule, ms]) => `${rule} ${(ms / 1000).toFixed(2)} s`)
        .join(', ');
      const rosterSeconds = steps.get('monitoring') ?? 0;
      const figures: Figure[] = [
        {
          name: 'complaints import, COPY',
          value: Math.round(copied),
          unit: 'rows/s',
          baseline: { name: 'INSERT chunks, same rows, same run', value: Math.round(inserted) },
          ratio: copied / inserted,
          note: `${rows.toLocaleString('en-US')} complaints of Qinghai's national share`,
        },
        {
          name: `national demo load${scale < 1 ? ` at scale ${scale}` : ''}`,
          value: seconds,
          unit: 's',
          // The issue's figure for the old path (regions only); not measured in this run.
          baseline: { name: 'before (regions only, as reported in issue 12)', value: 13 * 60 },
          ratio: (13 * 60) / seconds,
          note: `${totals.complaints.toLocaleString('en-US')} complaints, ${totals.findings.toLocaleString('en-US')} findings, ${totals.accountabilityCases.toLocaleString('en-US')} cases, 10 years of reports, a month of rosters; ratio = before ÷ now`,
        },
        {
          name: 'national month of rosters, imported and detected',
          value: Math.round(month.households / rosterSeconds),
          unit: 'households/s',
          note: `${month.households.toLocaleString('en-US')} households in ${month.counties} counties in ${rosterSeconds.toFixed(1)} s: one CSV file a county through the monitoring import (parse, check, HMAC, COPY), each province's standards and registers, then detection once`,
        },
        {
          name: 'detection rules, the national month, measured',
          value: month.seconds,
          unit: 's',
          note: `${month.households.toLocaleString('en-US')} households in ${month.counties} counties, every rule at once; rules ${ruleText}; target < 60 s`,
        },
      ];
      return figures;
    } finally {
      await postgres.stop();
    }
  },
};
