import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { configureAuditKey, startEmbeddedPostgres, withDatabase, ensureDatabase } from '@dibao/db';
import { openSubgraphDataSources } from '@dibao/hub';
import {
  detect,
  findCandidates,
  idCheckCharacter,
  importFile,
  type FileKind,
  type RuleTimings,
} from '@dibao/monitoring';
import {
  csvLines,
  monitoringDemo,
  REGISTER_COLUMNS,
  ROSTER_COLUMNS,
  STANDARDS_COLUMNS,
  type MonitoringDemo,
} from '@dibao/seed';
import { systemActor } from '@dibao/server';
import type { Benchmark, Figure } from '../benchmark.js';

/*
 * monitoring: the roster import (parse, check every row, HMAC pseudonyms, COPY into the county-month's own table,
 * swapped into the month's partition tree, audit) against plain COPY of the same file into an unindexed table of
 * the same columns, interleaved in the same run; peak memory of the import for a file and for one four times its
 * size (flat memory: the same); detection over every local rule for a month of Qinghai's demo at full scale with
 * its twelve months before. BENCH_ROSTER_ROWS sets the roster's rows (default 500,000); BENCH_MONITORING_SCALE the
 * demo's household fraction (default 1); BENCH_MONITORING_DETECT=0 measures the import only.
 */

const actor = systemActor('bench');
const ROSTER_HEADER = ROSTER_COLUMNS.join(',');

const numberOf = (name: string, fallback: number, valid: (n: number) => boolean): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!valid(value)) throw new Error(`${name} is out of range: ${raw}`);
  return value;
};

/** One county-month roster of `rows` households, as a county system sends it (month varies per round). */
async function writeRoster(file: string, rows: number, month: string): Promise<number> {
  function* lines(): Generator<string> {
    yield `${ROSTER_HEADER}\n`;
    let chunk = '';
    for (let n = 0; n < rows; n += 1) {
      const first17 = `630121${1950 + (n % 50)}0${1 + (n % 9)}1${n % 10}${String(n % 1000).padStart(3, '0')}`;
      const size = 1 + (n % 5);
      // A few village names need RFC 4180 quoting, as real files do.
      const village = n % 97 === 0 ? `"村${n % 300}, 二组"` : `村${n % 300}`;
      chunk += `${month},630121,630121${String(100 + (n % 20))},${village},H${n},${first17}${idCheckCharacter(first17)},${size},${size * (30000 + (n % 9973))},RURAL,true\n`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  await pipeline(Readable.from(lines()), createWriteStream(file));
  return (await stat(file)).size;
}

/**
 * CPU seconds used so far by the server listening on `port` and its backends (Linux /proc; 0 elsewhere): the
 * postmaster names its port on its command line, backends are its children.
 */
async function postgresCpuSeconds(port: string): Promise<number> {
  const processes: Array<{ pid: string; parent: string; ticks: number; args: string[] }> = [];
  for (const pid of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
      processes.push({ pid, parent: fields[1]!, ticks: Number(fields[11]) + Number(fields[12]), args });
    } catch {
      // The process ended meanwhile.
    }
  }
  const postmaster = processes.find(({ args }) => args.some((arg, i) => arg === '-p' && args[i + 1] === port));
  if (!postmaster) return 0;
  const ticks = processes
    .filter((p) => p.pid === postmaster.pid || p.parent === postmaster.pid)
    .reduce((sum, p) => sum + p.ticks, 0);
  return ticks / 100;
}

/** Seconds and peak RSS (sampled every 20 ms) while `work` runs. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peakMb: peak / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

/** The counties with a roster in a month. */
async function countiesOf(admin: pg.Client, month: string): Promise<string[]> {
  const { rows } = await admin.query(
    `SELECT DISTINCT county_code::text AS c FROM monitoring.roster WHERE month = $1::date ORDER BY 1`,
    [`${month}-01`],
  );
  return (rows as Array<{ c: string }>).map((row) => row.c);
}

const ruleText = (timings: RuleTimings) =>
  Object.entries(timings)
    .map(([rule, ms]) => `${rule} ${((ms ?? 0) / 1000).toFixed(2)} s`)
    .join(', ');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function importRoster(monitoring: DataSource, file: string, pseudonymKey: string) {
  if (global.gc) global.gc();
  const outcome = await measured(() =>
    importFile(monitoring, createReadStream(file), { kind: 'ROSTER', actor, pseudonymKey }),
  );
  if (outcome.result.status !== 'IMPORTED') throw new Error(`bench roster ${outcome.result.status}`);
  return outcome;
}

/** The demo's standards, registers and the rosters of `months`, through the same import as any file. */
async function loadDemoMonths(monitoring: DataSource, demo: MonitoringDemo, months: string[], pseudonymKey: string) {
  const send = async (kind: FileKind, lines: Iterable<string>) => {
    const outcome = await importFile(monitoring, Readable.from(lines), { kind, actor, pseudonymKey });
    if (outcome.status !== 'IMPORTED') throw new Error(`bench demo ${kind} ${outcome.status}`);
    return outcome.rows;
  };
  await send('STANDARDS', csvLines(STANDARDS_COLUMNS, demo.standards));
  await send('REGISTER', csvLines(REGISTER_COLUMNS, demo.registers));
  const rows = new Map<string, number>();
  for (const roster of demo.rosters.filter((candidate) => months.includes(candidate.month))) {
    rows.set(
      roster.month,
      (rows.get(roster.month) ?? 0) + (await send('ROSTER', csvLines(ROSTER_COLUMNS, roster.rows))),
    );
  }
  return rows;
}

export const monitoringBench: Benchmark = {
  name: 'monitoring',
  description: 'roster import vs plain COPY of the same file; detection over a Qinghai month',
  async run({ workDir, log }) {
    const rows = numberOf('BENCH_ROSTER_ROWS', 500_000, (n) => Number.isInteger(n) && n >= 1000);
    const scale = numberOf('BENCH_MONITORING_SCALE', 1, (n) => n > 0 && n <= 1);
    const replicas = numberOf('BENCH_DETECT_REPLICAS', 7, (n) => Number.isInteger(n) && n >= 1 && n <= 40);
    const detection = process.env.BENCH_MONITORING_DETECT !== '0';
    configureAuditKey(randomBytes(32).toString('base64'));
    const pseudonymKey = randomBytes(32).toString('base64url');
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'postgres'), persistent: false });
    const { port } = new URL(postgres.url);
    const url = withDatabase(postgres.url, 'bench_monitoring');
    await ensureDatabase(url);
    const admin = new pg.Client({ connectionString: url });
    let sources: Map<string, DataSource> | undefined;
    try {
      await admin.connect();
      // The registry too: monitoring's thresholds are rule values of the regions' implementing rules, read there.
      sources = await openSubgraphDataSources(url, new Set(['registry', 'monitoring']), () => undefined, {
        databaseRoleSecret: randomBytes(32).toString('base64url'),
      });
      const monitoring = sources.get('monitoring')!;
      await admin.query(
        `CREATE TABLE public.bench_plain (month text, county_code text, township_code text, village text,
           household_id text, head_id_number text, household_size int, amount_fen bigint, area text, bank_paid boolean)`,
      );

      // Rounds interleave baseline and import (the machine is shared); each round is a new month, so a new file.
      const rounds = 3;
      const plainRates: number[] = [];
      const importRates: number[] = [];
      // Where the time goes, in CPU microseconds a row: PostgreSQL for plain COPY; Node and PostgreSQL for the import.
      const cpu = { plainPg: [] as number[], importPg: [] as number[], importNode: [] as number[] };
      let bytes = 0;
      let importPeak = 0;
      for (let round = 0; round < rounds; round += 1) {
        const file = path.join(workDir, `roster-${round}.csv`);
        bytes = await writeRoster(file, rows, `2021-0${round + 1}`);
        await admin.query('TRUNCATE public.bench_plain');
        const pgBefore = await postgresCpuSeconds(port);
        const plain = await measured(() =>
          pipeline(
            createReadStream(file),
            admin.query(copyFrom('COPY public.bench_plain FROM STDIN WITH (FORMAT csv, HEADER true)')),
          ),
        );
        const pgBetween = await postgresCpuSeconds(port);
        const nodeBefore = process.cpuUsage();
        const ours = await importRoster(monitoring, file, pseudonymKey);
        const nodeCpu = process.cpuUsage(nodeBefore);
        const pgAfter = await postgresCpuSeconds(port);
        cpu.plainPg.push(((pgBetween - pgBefore) / rows) * 1e6);
        cpu.importPg.push(((pgAfter - pgBetween) / rows) * 1e6);
        cpu.importNode.push((nodeCpu.user + nodeCpu.system) / rows);
        plainRates.push(rows / plain.seconds);
        importRates.push(rows / ours.seconds);
        importPeak = Math.max(importPeak, ours.peakMb);
        log(
          `round ${round + 1}: plain COPY ${plain.seconds.toFixed(2)} s, import ${ours.seconds.toFixed(2)} s, peak RSS ${ours.peakMb.toFixed(0)} MB; CPU µs a row: plain COPY PostgreSQL ${cpu.plainPg.at(-1)!.toFixed(2)}, import Node ${cpu.importNode.at(-1)!.toFixed(2)} + PostgreSQL ${cpu.importPg.at(-1)!.toFixed(2)}`,
        );
      }
      // Flat memory: a file four times as large peaks at the same RSS.
      const small = path.join(workDir, 'roster-small.csv');
      await writeRoster(small, Math.round(rows / 4), '2021-08');
      const smallPeak = (await importRoster(monitoring, small, pseudonymKey)).peakMb;
      const largeFile = path.join(workDir, 'roster-large.csv');
      const largeBytes = await writeRoster(largeFile, rows * 4, '2021-09');
      const largeRun = await importRoster(monitoring, largeFile, pseudonymKey);
      log(
        `flat memory: ${Math.round(rows / 4).toLocaleString('en-US')} rows peak ${smallPeak.toFixed(0)} MB, ${(rows * 4).toLocaleString('en-US')} rows (${(largeBytes / 1e6).toFixed(0)} MB) peak ${largeRun.peakMb.toFixed(0)} MB`,
      );
      await admin.query('DROP TABLE public.bench_plain');

      const plainRate = median(plainRates);
      const importRate = median(importRates);
      const importFigures: Figure[] = [
        {
          name: 'roster import',
          value: Math.round(importRate),
          unit: 'rows/s',
          baseline: { name: 'plain COPY of the same file into an unindexed table', value: Math.round(plainRate) },
          ratio: importRate / plainRate,
          note: `median of ${rounds} interleaved rounds, ${rows.toLocaleString('en-US')} rows (${(bytes / 1e6).toFixed(1)} MB) a file; target ratio ≥ 0.5`,
        },
        {
          name: 'roster import CPU a row',
          value: median(cpu.importNode) + median(cpu.importPg),
          unit: 'µs',
          baseline: { name: 'plain COPY (PostgreSQL)', value: median(cpu.plainPg) },
          ratio: median(cpu.plainPg) / (median(cpu.importNode) + median(cpu.importPg)),
          note: `Node ${median(cpu.importNode).toFixed(2)} µs (read, split, check, HMAC, encode) + PostgreSQL ${median(cpu.importPg).toFixed(2)} µs; on two free cores the import's wall time is about the larger of the two, ratio ${(median(cpu.plainPg) / Math.max(median(cpu.importNode), median(cpu.importPg))).toFixed(2)}`,
        },
        {
          name: 'roster import peak RSS',
          value: Math.round(largeRun.peakMb),
          unit: 'MB',
          baseline: { name: `a file a sixteenth its size`, value: Math.round(smallPeak) },
          ratio: largeRun.peakMb / smallPeak,
          note: `${(rows * 4).toLocaleString('en-US')} rows vs ${Math.round(rows / 4).toLocaleString('en-US')}; ratio 1 = flat; the process's modules included; ${Math.round((rows * 4) / largeRun.seconds).toLocaleString('en-US')} rows/s`,
        },
      ];
      if (!detection) return importFigures;

      // Detection: the Qinghai month with the most planted anomalies that has twelve months before it, loaded with
      // those months, the standards and the registers.
      const demo = monitoringDemo({ householdScale: scale });
      const all = [...new Set(demo.rosters.map((roster) => roster.month))].sort();
      const planted = (month: string) => demo.labels.filter((label) => label.month === month).length;
      const target = all.slice(12).reduce((best, month) => (planted(month) > planted(best) ? month : best));
      const months = all.slice(all.indexOf(target) - 12, all.indexOf(target) + 1);
      const loaded = await measured(() => loadDemoMonths(monitoring!, demo, months, pseudonymKey));
      const provinceRows = loaded.result.get(target) ?? 0;
      const totalRows = [...loaded.result.values()].reduce((sum, n) => sum + n, 0);
      log(
        `Qinghai demo ${months[0]}..${months.at(-1)}: ${totalRows.toLocaleString('en-US')} roster rows loaded in ${loaded.seconds.toFixed(1)} s`,
      );
      const first = await measured(() => detect(monitoring!, { month: target, actor }));
      const again = await measured(() => detect(monitoring!, { month: target, actor }));
      const qinghaiRules: RuleTimings = {};
      const qinghaiCounties = await countiesOf(admin, target);
      await findCandidates(monitoring, target, qinghaiCounties, qinghaiRules);
      log(
        `detection ${target}: first run ${first.seconds.toFixed(2)} s (${first.result.raised} alerts raised), re-run ${again.seconds.toFixed(2)} s (${again.result.raised} raised); rules ${ruleText(qinghaiRules)}; found by rule ${JSON.stringify(first.result.byRule)}`,
      );

      // Larger than a province: the month and the one before copied `replicas` times under other county codes (other
      // pseudonyms, so no person is duplicated), in SQL; the rules read them like any roster.
      // Each copied county-month goes in as an import's does: a load table of its own, then swapped into the month.
      for (let k = 1; k <= replicas; k += 1) {
        await admin.query(`DO $do$
          DECLARE p record; t text;
          BEGIN
            FOR p IN SELECT DISTINCT r.month, r.county_code::text AS county,
                       lpad((substr(r.county_code, 1, 2)::int - 20 - ${k})::text, 2, '0') || substr(r.county_code, 3) AS code
                     FROM monitoring.roster r WHERE r.month >= ('${target}-01'::date - interval '1 month') AND r.county_code LIKE '63%'
            LOOP
              t := monitoring.roster_load_table(p.month, p.code);
              EXECUTE format($q$INSERT INTO %s (month, county_code, township_code, village_code, village_name, household_id,
                  head_pseudonym, household_size, amount_fen, area, bank_paid)
                SELECT r.month, %L, %L || substr(r.township_code, 7), r.village_code, r.village_name, r.household_id,
                  sha256(r.head_pseudonym || convert_to(%L, 'UTF8')), r.household_size, r.amount_fen,
                  r.area, r.bank_paid
                FROM monitoring.roster r WHERE r.month = %L AND r.county_code = %L$q$,
                t, p.code, p.code, '${k}', p.month, p.county);
              PERFORM monitoring.roster_swap(p.month, p.code);
            END LOOP;
          END $do$`);
      }
      await admin.query(
        `INSERT INTO monitoring.standard (county_code, area, from_month, standard_fen, file_id)
         SELECT lpad((substr(s.county_code, 1, 2)::int - 20 - k)::text, 2, '0') || substr(s.county_code, 3), s.area,
           s.from_month, s.standard_fen, s.file_id
         FROM generate_series(1, $1::int) AS k CROSS JOIN monitoring.standard s WHERE s.county_code LIKE '63%'`,
        [replicas],
      );
      await admin.query('ANALYZE monitoring.roster');
      const largeCounties = await countiesOf(admin, target);
      const [{ n: largeRows }] = (
        await admin.query(`SELECT count(*)::int AS n FROM monitoring.roster WHERE month = $1::date`, [`${target}-01`])
      ).rows as [{ n: number }];
      const largeRules: RuleTimings = {};
      const large = await measured(() => findCandidates(monitoring!, target, largeCounties, largeRules));
      log(
        `detection ${target} at ${replicas + 1}× Qinghai: ${largeRows.toLocaleString('en-US')} households in ${largeCounties.length} counties, ${large.seconds.toFixed(2)} s for the rules (${large.result.length} findings); rules ${ruleText(largeRules)}`,
      );
      // A national month, linearly in households from the larger run, on this machine: the rules run at once, so
      // their wall time is the run's; each rule's share says which one to work on.
      const national = 20_000_000;
      const nationalSeconds = large.seconds * (national / largeRows);
      log(
        `national month (20,000,000 households) extrapolated linearly from it: ${nationalSeconds.toFixed(0)} s on this machine`,
      );

      const figures: Figure[] = [
        ...importFigures,
        {
          name: `detection, all local rules, Qinghai ${target}`,
          value: first.seconds,
          unit: 's',
          note: `${provinceRows.toLocaleString('en-US')} households in ${qinghaiCounties.length} counties, twelve months of history (${totalRows.toLocaleString('en-US')} roster rows), ${first.result.candidates} findings, ${first.result.raised} alerts raised and stored; re-run ${again.seconds.toFixed(2)} s; rules ${ruleText(qinghaiRules)}${scale < 1 ? `; demo scale ${scale}` : ''}`,
        },
        {
          name: `detection rules, a month of ${replicas + 1}× Qinghai`,
          value: large.seconds,
          unit: 's',
          note: `${largeRows.toLocaleString('en-US')} households in ${largeCounties.length} counties; rules ${ruleText(largeRules)}`,
        },
        {
          name: 'detection rules, a national month (20,000,000 households), extrapolated',
          value: nationalSeconds,
          unit: 's',
          note: `linear in households from the ${replicas + 1}× run, on this machine, every rule at once; target < 60 s`,
        },
      ];
      return figures;
    } finally {
      for (const source of sources?.values() ?? []) await source.destroy();
      await admin.end().catch(() => undefined);
      await postgres.stop();
    }
  },
};
