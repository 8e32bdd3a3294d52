import { parseArgs } from 'node:util';
import { detect } from '@dibao/monitoring';
import { systemActor } from '@dibao/server';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { openSubgraphDataSources } from '../runtime.js';

// `pnpm monitoring:detect --month YYYY-MM [--county CODE]`: runs every local rule over a month's rosters. It is
// deterministic, and running it again refreshes open alerts without duplicating any.
const log = (line: string) => console.log(`[monitoring] ${line}`);
const { values } = parseArgs({ options: { month: { type: 'string' }, county: { type: 'string', multiple: true } } });
if (!values.month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month)) {
  console.error('usage: pnpm monitoring:detect --month YYYY-MM [--county CODE]');
  process.exit(2);
}
const config = await loadConfig();
const database = await openDatabase(config.databaseUrl, config.dataDir, log);
try {
  const dataSources = await openSubgraphDataSources(database.url, new Set(['monitoring']), log, config);
  const monitoring = dataSources.get('monitoring')!;
  const started = Date.now();
  const result = await detect(monitoring, {
    month: values.month,
    ...(values.county ? { counties: values.county } : {}),
    actor: systemActor('monitoring-detect'),
  });
  log(
    `${result.month}: ${result.counties} counties, ${result.candidates} finding(s) (${
      Object.entries(result.byRule)
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', ') || 'none'
    }), ${result.raised} new alert(s), ${result.updated} updated, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await monitoring.destroy();
} finally {
  await database.stop();
}
