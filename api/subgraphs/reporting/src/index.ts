// Decorator metadata (type-graphql, TypeORM) needs the polyfill before any decorated class loads.
import 'reflect-metadata';
import { buildSubgraph, type SubgraphModule } from '@dibao/server';
import { ReportingContext } from './context.js';
import { reportingEntities } from './entities/index.js';
import { reportingMigrations } from './migrations/index.js';
import { AnnualReportWorkflowResolver } from './resolvers/annual-report-workflow.resolver.js';
import { AnnualReportResolver } from './resolvers/annual-report.resolver.js';
import { IncidentResolver } from './resolvers/incident.resolver.js';
import { RegionReportingResolver } from './resolvers/region.resolver.js';
import { startReportDeadlineSweep } from './services/report-deadlines.js';

export interface ReportingOptions {
  /** The clock deadlines are judged by (tests set it). */
  now?: () => Date;
}

/** Annual work reports up the hierarchy and incident reports (报告制度). */
export function createReportingSubgraph(options: ReportingOptions = {}): SubgraphModule<ReportingContext> {
  return {
    name: 'reporting',
    entities: reportingEntities,
    migrations: reportingMigrations,
    createContext: (dataSource) => new ReportingContext(dataSource, options.now),
    // Filing deadlines stamped for every region obliged to file, draft or none (see services/report-deadlines.ts).
    background: async (dataSource, log) =>
      startReportDeadlineSweep(dataSource, log, options.now ? { now: options.now } : {}),
    buildSchema: () =>
      buildSubgraph({
        resolvers: [AnnualReportResolver, AnnualReportWorkflowResolver, IncidentResolver, RegionReportingResolver],
        referenceResolvers: {
          Region: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
          AnnualReport: {
            __resolveReference: (ref: { id: string }, context: ReportingContext) =>
              context.loaders.reportById.load(ref.id),
          },
          Incident: {
            __resolveReference: (ref: { id: string }, context: ReportingContext) =>
              context.loaders.incidentById.load(ref.id),
          },
        },
      }),
  };
}

export const reporting = createReportingSubgraph();

export { ReportingContext } from './context.js';
export { deadlineOf, toleranceOf } from './config.js';
export type { ReportingImport } from '@dibao/domain';
export { importReporting } from './services/import.service.js';
export { stampOpenYearDeadlines, startReportDeadlineSweep } from './services/report-deadlines.js';
export { openReportYear } from './config.js';
