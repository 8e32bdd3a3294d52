import { parseArgs } from 'node:util';
import { GATEWAY_TOKEN_ISSUER, mintToken } from '@dibao/auth';
import { detect, processRuleProvinces, supergraphProcessSource } from '@dibao/monitoring';
import { asInternalCaller, systemActor } from '@dibao/server';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { openSubgraphDataSources } from '../runtime.js';

// `pnpm monitoring:detect --month YYYY-MM [--county CODE] [--province CODE]`: runs every local rule over a month's
// rosters, and the process rules (overdue reports, rectifications, complaints) through the running gateway
// (HUB_GATEWAY_URL, else the hub's port) as monitoring's service principal of each province (default:
// HUB_PROCESS_RULES_PROVINCES, else the provinces with rosters or alerts on record), closing referred alerts whose case is settled on the way. It
// is deterministic, and running it again refreshes open alerts without duplicating any.
const log = (line: string) => console.log(`[monitoring] ${line}`);
const { values } = parseArgs({
  options: {
    month: { type: 'string' },
    county: { type: 'string', multiple: true },
    province: { type: 'string', multiple: true },
  },
});
if (!values.month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month)) {
  console.error('usage: pnpm monitoring:detect --month YYYY-MM [--county CODE] [--province CODE]');
  process.exit(2);
}
const config = await loadConfig();
const database = await openDatabase(config.databaseUrl, config.dataDir, log);
try {
  const dataSources = await openSubgraphDataSources(database.url, new Set(['monitoring']), log, config);
  const monitoring = dataSources.get('monitoring')!;
  const started = Date.now();
  const provinces = values.province ?? (await processRuleProvinces(monitoring));
  const gatewayUrl = process.env.HUB_GATEWAY_URL ?? `http://127.0.0.1:${config.hubPort}/graphql`;
  log(
    provinces.length
      ? `process rules through ${gatewayUrl} for ${provinces.join(', ')}`
      : 'process rules: no province on record (give --province or HUB_PROCESS_RULES_PROVINCES)',
  );
  // One of the hub's own processes: its supergraph reads show the gateway secret (production runs trusted
  // documents only) and carry tokens of the gateway's issuer (production refuses development tokens).
  const month = values.month!;
  const result = await asInternalCaller(config.gatewaySecret, () =>
    detect(monitoring, {
      month,
      ...(values.county ? { counties: values.county } : {}),
      actor: systemActor('monitoring-detect'),
      ...(provinces.length === 0
        ? {}
        : {
            process: supergraphProcessSource({
              gatewayUrl: () => gatewayUrl,
              provinces,
              tokenOf: (principal) =>
                mintToken(principal, config.jwtSecret, { expiresIn: '1h', issuer: GATEWAY_TOKEN_ISSUER }),
            }),
          }),
    }),
  );
  log(
    `${result.month}: ${result.counties} counties, ${result.candidates} finding(s) (${
      Object.entries(result.byRule)
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', ') || 'none'
    }), ${result.raised} new alert(s), ${result.updated} updated, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  log(
    result.process.status === 'RAN'
      ? `process rules ran; ${result.process.closed ?? 0} referred alert(s) closed as their case was settled`
      : `process rules did not run: ${result.process.error ?? 'not asked for'} (is the hub running?)`,
  );
  await monitoring.destroy();
} finally {
  await database.stop();
}
