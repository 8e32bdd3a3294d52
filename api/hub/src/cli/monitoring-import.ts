import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importAndDetect, type FileKind } from '@dibao/monitoring';
import { systemActor } from '@dibao/server';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { openSubgraphDataSources } from '../runtime.js';

// `pnpm monitoring:import --roster FILE [--register FILE] [--standards FILE]`: imports files in the formats of
// issue 11 (standards and registers first, so the rosters' detection sees them), then runs detection for what
// each file touched. A rejected file prints its report (line, column, reason) and the command exits 1.
const log = (line: string) => console.log(`[monitoring] ${line}`);
const { values } = parseArgs({
  options: {
    roster: { type: 'string', multiple: true },
    register: { type: 'string', multiple: true },
    standards: { type: 'string', multiple: true },
  },
});
const files: Array<{ kind: FileKind; path: string }> = [
  ...(values.standards ?? []).map((path) => ({ kind: 'STANDARDS' as const, path })),
  ...(values.register ?? []).map((path) => ({ kind: 'REGISTER' as const, path })),
  ...(values.roster ?? []).map((path) => ({ kind: 'ROSTER' as const, path })),
];
if (files.length === 0) {
  console.error('usage: pnpm monitoring:import --roster FILE [--register FILE] [--standards FILE] (each may repeat)');
  process.exit(2);
}
const config = await loadConfig();
const database = await openDatabase(config.databaseUrl, config.dataDir, log);
let failed = false;
try {
  const dataSources = await openSubgraphDataSources(database.url, new Set(['monitoring']), log, config);
  const monitoring = dataSources.get('monitoring')!;
  for (const file of files) {
    const size = (await stat(file.path)).size;
    const started = Date.now();
    const { outcome, detections } = await importAndDetect(monitoring, createReadStream(file.path), {
      kind: file.kind,
      actor: systemActor('monitoring-import'),
      pseudonymKey: config.monitoringPseudonymKey,
      onProgress: (rows) => log(`${file.path}: ${rows.toLocaleString('en')} rows…`),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (outcome.status === 'REJECTED') {
      failed = true;
      log(`${file.path}: REJECTED, nothing written (${outcome.problemCount} problem(s)):`);
      for (const problem of outcome.problems) {
        log(`  line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}: ${problem.reason}`);
      }
    } else if (outcome.status === 'UNCHANGED') {
      log(`${file.path}: already imported (checksum ${outcome.checksum.slice(0, 12)}…), nothing changed`);
    } else {
      const scope = outcome.countyCode ? ` for ${outcome.countyCode} ${outcome.month}` : '';
      log(
        `${file.path}: imported ${outcome.rows} ${file.kind.toLowerCase()} rows${scope} in ${seconds} s (${(size / 1e6).toFixed(1)} MB)` +
          (outcome.replacedRows ? `, replacing ${outcome.replacedRows}` : ''),
      );
      for (const detection of detections) {
        log(`  detection ${detection.month}: ${detection.raised} new alert(s), ${detection.updated} updated`);
      }
    }
  }
  await monitoring.destroy();
} finally {
  await database.stop();
}
process.exit(failed ? 1 : 0);
