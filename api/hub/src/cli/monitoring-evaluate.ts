import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { evaluateAgainstLabels, loadMonitoringDemo, monitoringDemo, monitoringDemoScale } from '../monitoring-demo.js';
import { openSubgraphDataSources } from '../runtime.js';

// `pnpm monitoring:evaluate [--scale F]`: per rule, precision and recall of the alerts against the demo's
// planted labels. Loads the demo (at HUB_DEMO_MONITORING_SCALE, or --scale) when the database has no rosters.
const log = (line: string) => console.log(`[monitoring] ${line}`);
const { values } = parseArgs({ options: { scale: { type: 'string' } } });
const scale =
  values.scale === undefined ? monitoringDemoScale() : monitoringDemoScale({ HUB_DEMO_MONITORING_SCALE: values.scale });
const config = await loadConfig();
const database = await openDatabase(config.databaseUrl, config.dataDir, log);
try {
  const dataSources = await openSubgraphDataSources(database.url, new Set(['monitoring']), log, config);
  const monitoring = dataSources.get('monitoring')!;
  const demo = monitoringDemo({ householdScale: scale });
  const [{ n }] = (await monitoring.query(`SELECT count(*)::int AS n FROM roster_file WHERE kind = 'ROSTER'`)) as [
    { n: number },
  ];
  if (n === 0) {
    log(`loading the monitoring demo (scale ${scale}) ...`);
    const started = Date.now();
    const summary = await loadMonitoringDemo(monitoring, demo, config.monitoringPseudonymKey, log);
    log(`loaded ${summary.rows.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const quality = await evaluateAgainstLabels(monitoring, demo.labels);
  const pct = (value: number | null) => (value === null ? '   —  ' : `${(value * 100).toFixed(1).padStart(5)}%`);
  console.log('rule               alerts  labels  hits  precision  recall');
  for (const row of quality) {
    console.log(
      `${row.rule.padEnd(18)} ${String(row.alerts).padStart(6)}  ${String(row.labels).padStart(6)}  ${String(row.truePositives).padStart(4)}  ${pct(row.precision)}     ${pct(row.recall)}`,
    );
  }
  await monitoring.destroy();
} finally {
  await database.stop();
}
