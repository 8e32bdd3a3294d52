/* global process, console, setInterval, clearInterval */
// `pnpm bench`: the monitoring import against plain COPY of the same file, and detection over a province month.
// Figures go to bench/RESULTS.md by hand; every ratio is against a baseline measured in the same run.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
// pg and pg-copy-streams are the monitoring subgraph's dependencies; the bench borrows them from there.
import pg from '../api/subgraphs/monitoring/node_modules/pg/lib/index.js';
import copyStreams from '../api/subgraphs/monitoring/node_modules/pg-copy-streams/index.js';
import { loadConfig } from '../api/hub/dist/config.js';
import { openDatabase } from '../api/hub/dist/database.js';
import { openSubgraphDataSources } from '../api/hub/dist/runtime.js';
import { detect, importFile, idCheckCharacter } from '../api/subgraphs/monitoring/dist/index.js';
import { csvLines, monitoringDemo, ROSTER_COLUMNS } from '../packages/seed/dist/index.js';

const ROWS = Number(process.env.BENCH_ROSTER_ROWS ?? 500_000);
const work = await mkdtemp(path.join(tmpdir(), 'dibao-bench-'));
const env = { ...process.env, HUB_DATA_DIR: path.join(work, 'data'), HUB_DEMO: 'none' };
const config = await loadConfig(env);
const database = await openDatabase(undefined, config.dataDir, () => undefined);
const actor = { kind: 'system', subject: 'bench' };

/** Peak RSS while `work` runs, sampled every 50 ms. */
async function measured(work) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = process.hrtime.bigint();
  try {
    const result = await work();
    return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: peak / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

try {
  const sources = await openSubgraphDataSources(database.url, new Set(['monitoring']), () => undefined, config);
  const monitoring = sources.get('monitoring');
  // One county-month of ROWS households, as a county system would send it.
  const file = path.join(work, 'roster.csv');
  const lines = function* () {
    yield 'month,county_code,township_code,village,household_id,head_id_number,household_size,amount_fen,area,bank_paid\n';
    for (let n = 0; n < ROWS; n += 1) {
      const first17 = `630121${1950 + (n % 50)}0${1 + (n % 9)}1${n % 10}${String(n % 1000).padStart(3, '0')}`;
      const size = 1 + (n % 5);
      yield `2025-06,630121,630121${String(100 + (n % 20))},村${n % 300},H${n},${first17}${idCheckCharacter(first17)},${size},${size * (30000 + (n % 9973))},RURAL,true\n`;
    }
  };
  await pipeline(Readable.from(lines()), (await import('node:fs')).createWriteStream(file));
  const megabytes = (await stat(file)).size / 1e6;

  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(
    'CREATE UNLOGGED TABLE IF NOT EXISTS public.bench_plain (month text, county_code text, township_code text, village text, household_id text, head_id_number text, household_size int, amount_fen bigint, area text, bank_paid boolean)',
  );
  await admin.query('TRUNCATE public.bench_plain');
  const plain = await measured(() =>
    pipeline(
      createReadStream(file),
      admin.query(copyStreams.from('COPY public.bench_plain FROM STDIN WITH (FORMAT csv, HEADER true)')),
    ),
  );
  const ours = await measured(() =>
    importFile(monitoring, createReadStream(file), {
      kind: 'ROSTER',
      actor,
      pseudonymKey: config.monitoringPseudonymKey,
    }),
  );
  if (ours.result.status !== 'IMPORTED') throw new Error(`bench roster ${ours.result.status}`);
  await admin.query('DROP TABLE public.bench_plain');
  await admin.end();
  const rate = (run) => Math.round(ROWS / run.seconds);
  console.log(`roster of ${ROWS.toLocaleString('en')} rows (${megabytes.toFixed(1)} MB):`);
  console.log(
    `  plain COPY into an unindexed table: ${plain.seconds.toFixed(2)} s, ${rate(plain).toLocaleString('en')} rows/s`,
  );
  console.log(
    `  monitoring import (parse, check, pseudonymise, COPY into the partitioned, indexed roster): ${ours.seconds.toFixed(2)} s, ${rate(ours).toLocaleString('en')} rows/s, peak RSS ${ours.peakMb.toFixed(0)} MB`,
  );
  console.log(`  ratio import / plain COPY: ${(rate(ours) / rate(plain)).toFixed(2)} (target ≥ 0.5)`);

  // Detection over a province month: Qinghai's demo rosters of 2025-10 and 2025-11 at full size.
  const demo = monitoringDemo();
  const months = ['2025-10', '2025-11'];
  let provinceRows = 0;
  for (const roster of demo.rosters.filter((r) => months.includes(r.month))) {
    const outcome = await importFile(monitoring, Readable.from(csvLines(ROSTER_COLUMNS, roster.rows)), {
      kind: 'ROSTER',
      actor,
      pseudonymKey: config.monitoringPseudonymKey,
    });
    if (roster.month === '2025-11' && outcome.status === 'IMPORTED') provinceRows += outcome.rows;
  }
  const detection = await measured(() => detect(monitoring, { month: '2025-11', actor }));
  console.log(
    `detection, all local rules, Qinghai 2025-11 (${provinceRows.toLocaleString('en')} households): ${detection.seconds.toFixed(2)} s, ${detection.result.candidates} findings`,
  );
  await monitoring.destroy();
} finally {
  await database.stop();
  await rm(work, { recursive: true, force: true });
}
