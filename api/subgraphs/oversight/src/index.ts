// Decorator metadata (type-graphql, TypeORM) needs the polyfill before any decorated class loads.
import 'reflect-metadata';
import { buildSubgraph, type SubgraphModule } from '@dibao/server';
import { OversightContext } from './context.js';
import { oversightEntities } from './entities/index.js';
import { oversightMigrations } from './migrations/index.js';
import { FindingResolver } from './resolvers/finding.resolver.js';
import { InspectionWorkflowResolver } from './resolvers/inspection-workflow.resolver.js';
import { InspectionResolver } from './resolvers/inspection.resolver.js';
import { RectificationResolver } from './resolvers/rectification.resolver.js';
import { RegionOversightResolver } from './resolvers/region.resolver.js';

export interface OversightOptions {
  /** The clock deadlines and overdue flags are judged by (tests set it). */
  now?: () => Date;
}

/** Special inspections (专项督察), their findings and the tracking of rectification. */
export function createOversightSubgraph(options: OversightOptions = {}): SubgraphModule<OversightContext> {
  const now = options.now ?? (() => new Date());
  return {
    name: 'oversight',
    entities: oversightEntities,
    migrations: oversightMigrations,
    createContext: (dataSource) => new OversightContext(dataSource, now),
    buildSchema: () =>
      buildSubgraph({
        resolvers: [
          InspectionResolver,
          InspectionWorkflowResolver,
          FindingResolver,
          RectificationResolver,
          RegionOversightResolver,
        ],
        referenceResolvers: {
          Region: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
          Agency: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
          Official: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
          Inspection: {
            __resolveReference: (ref: { id: string }, context: OversightContext) =>
              context.loaders.inspectionById.load(ref.id),
          },
          Finding: {
            __resolveReference: (ref: { id: string }, context: OversightContext) =>
              context.loaders.findingById.load(ref.id),
          },
        },
      }),
  };
}

export const oversight = createOversightSubgraph();

export { OversightContext } from './context.js';
export type { OversightImport, OversightImportActor } from '@dibao/domain';
export { importOversight } from './services/import.service.js';
