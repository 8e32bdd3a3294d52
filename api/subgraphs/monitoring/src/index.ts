// Decorator metadata (type-graphql, TypeORM) needs the polyfill before any decorated class loads.
import 'reflect-metadata';
import { buildSubgraph, createSupergraphClient, gatewayUrlFromEnv, type SubgraphModule } from '@dibao/server';
import { MonitoringContext } from './context.js';
import { monitoringEntities } from './entities/index.js';
import { alertById } from './loaders.js';
import { monitoringMigrations } from './migrations/index.js';
import { AlertResolver } from './resolvers/alert.resolver.js';
import { RegionMonitoringResolver } from './resolvers/region.resolver.js';
import { RuleSetMonitoringResolver, RuleSetRef } from './resolvers/rule-set.resolver.js';
import { mayViewAlertsOf } from './services/access.js';
import { startMonitoringSchedule } from './services/schedule.js';
import { UPLOAD_PATH, uploadRoute } from './services/upload-route.js';

export interface MonitoringOptions {
  now?: () => Date;
  /** Where the supergraph is, resolved per call (default: HUB_GATEWAY_URL, else http://127.0.0.1:4000/graphql). */
  gatewayUrl?: () => string;
}

/**
 * Dynamic monitoring (动态实时监测) of payments: rosters, registers and standards imported by COPY with ID
 * numbers pseudonymised on arrival, rules that raise explainable alerts, and the alerts' workflow.
 */
export function createMonitoringSubgraph(options: MonitoringOptions = {}): SubgraphModule<MonitoringContext> {
  const now = options.now ?? (() => new Date());
  const supergraph = createSupergraphClient(options.gatewayUrl ?? gatewayUrlFromEnv);
  return {
    name: 'monitoring',
    entities: monitoringEntities,
    migrations: monitoringMigrations,
    createContext: (dataSource) => new MonitoringContext(dataSource, now, supergraph),
    routes: (dataSource) => ({ [UPLOAD_PATH]: uploadRoute(dataSource) }),
    background: (dataSource, log, hub) => startMonitoringSchedule(dataSource, log, hub),
    buildSchema: () =>
      buildSubgraph({
        resolvers: [AlertResolver, RegionMonitoringResolver, RuleSetMonitoringResolver],
        // Reached only through the registry's Region.rules: listed, or type-graphql would leave it out.
        orphanedTypes: [RuleSetRef],
        referenceResolvers: {
          Region: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
          RuleSet: {
            __resolveReference: (ref: { regionCode: string; on: string }) => ({
              regionCode: ref.regionCode,
              on: ref.on,
            }),
          },
          Alert: {
            __resolveReference: async (ref: { id: string }, context: MonitoringContext) => {
              const alert = await alertById(context.dataSource, ref.id);
              return alert && mayViewAlertsOf(context.principal, alert.region.code) ? alert : null;
            },
          },
        },
      }),
  };
}

export const monitoring = createMonitoringSubgraph();

export { MonitoringContext } from './context.js';
export { pseudonymKeyFromEnv } from './config.js';
export { pseudonymOf } from './services/pseudonym.js';
export { idCheckCharacter, idNumberProblem } from './services/id-number.js';
export { importFile, fileWithChecksum, type ImportOptions, type ImportOutcome } from './services/import.service.js';
export {
  detect,
  findCandidates,
  modifiedZScore,
  type DetectionResult,
  type RuleTimings,
} from './services/detect.service.js';
export {
  ROSTER_COLUMNS,
  REGISTER_COLUMNS,
  STANDARDS_COLUMNS,
  type FileKind,
  type RowProblem,
} from './services/formats.js';
export { DEFAULT_THRESHOLDS, thresholdsFrom, ALERT_RULES, LOCAL_RULES } from './services/thresholds.js';
export { importAndDetect } from './services/import-and-detect.js';
export {
  findProcessCandidates,
  monitoringServicePrincipal,
  supergraphProcessSource,
  REPORT_YEARS,
  type ProcessSource,
} from './services/process-rules.service.js';
export { PROCESS_RULES_TASK, processRuleProvinces, processRulesCrontab, runProcessRules } from './services/schedule.js';
export { placeInVillages, supergraphVillageDirectory, type VillageDirectory } from './services/villages.js';
export {
  caseRegionOf,
  complaintSettlement,
  findingSettlement,
  reconcileReferrals,
  referAlert,
  type SupergraphReader,
} from './services/referral.service.js';
