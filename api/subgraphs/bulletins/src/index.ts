// Decorator metadata (type-graphql, TypeORM) needs the polyfill before any decorated class loads.
import 'reflect-metadata';
import { buildSubgraph, createSupergraphClient, type SubgraphModule } from '@dibao/server';
import { gatewayUrlFromEnv } from './config.js';
import { BulletinsContext } from './context.js';
import { bulletinsEntities } from './entities/index.js';
import { bulletinsMigrations } from './migrations/index.js';
import { AllocationLineResolver, AllocationResolver } from './resolvers/allocation.resolver.js';
import { AssessmentResolver, AssessmentScoreResolver } from './resolvers/assessment.resolver.js';
import { BulletinItemResolver } from './resolvers/bulletin-item.resolver.js';
import { BulletinWorkflowResolver } from './resolvers/bulletin-workflow.resolver.js';
import { BulletinResolver } from './resolvers/bulletin.resolver.js';
import { RegionBulletinsResolver } from './resolvers/region.resolver.js';
import {
  AccountabilityCaseStub,
  AgencyStub,
  ComplaintStub,
  FindingStub,
  IncidentStub,
  InspectionStub,
} from './schema/evidence-refs.js';

export interface BulletinsOptions {
  /** Where the supergraph is, resolved per call (default: HUB_GATEWAY_URL, else http://127.0.0.1:4000/graphql). */
  gatewayUrl?: () => string;
  /** The clock documents are dated and acts are stamped by (tests set it). */
  now?: () => Date;
}

/**
 * Bulletins of commendations and criticisms (通报制度), and performance assessment with the allocation of
 * subsidy funds and rewards (激励约束): both rest on the same evidence, drawn from the other subgraphs.
 */
export function createBulletinsSubgraph(options: BulletinsOptions = {}): SubgraphModule<BulletinsContext> {
  const supergraph = createSupergraphClient(options.gatewayUrl ?? gatewayUrlFromEnv);
  const now = options.now ?? (() => new Date());
  return {
    name: 'bulletins',
    entities: bulletinsEntities,
    migrations: bulletinsMigrations,
    createContext: (dataSource) => new BulletinsContext(dataSource, supergraph, now),
    buildSchema: () =>
      buildSubgraph({
        resolvers: [
          BulletinResolver,
          BulletinWorkflowResolver,
          BulletinItemResolver,
          AssessmentResolver,
          AssessmentScoreResolver,
          AllocationResolver,
          AllocationLineResolver,
          RegionBulletinsResolver,
        ],
        // The evidence stubs are reached only as field types; listed so that they are always in the schema.
        orphanedTypes: [AgencyStub, IncidentStub, InspectionStub, FindingStub, ComplaintStub, AccountabilityCaseStub],
        referenceResolvers: {
          Region: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
          Bulletin: {
            __resolveReference: (ref: { id: string }, context: BulletinsContext) =>
              context.loaders.bulletinById.load(ref.id),
          },
          BulletinItem: {
            __resolveReference: (ref: { id: string }, context: BulletinsContext) =>
              context.loaders.itemById.load(ref.id),
          },
        },
      }),
  };
}

export const bulletins = createBulletinsSubgraph();

export { BulletinsContext } from './context.js';
export { DEFAULT_GATEWAY_URL, gatewayUrlFromEnv } from './config.js';
export type { BulletinsImport } from '@dibao/domain';
export { importBulletins } from './services/import.service.js';
// The pure arithmetic and the supergraph documents, for reuse and for tests.
export {
  allocate,
  largestRemainder,
  type AllocatedLine,
  type AllocationInput,
  type AllocationRegionInput,
} from './services/allocation.js';
export {
  normalise,
  NO_DATA_NORMALISED,
  scoreRegions,
  type IndicatorScore,
  type RegionIndicatorInputs,
  type RegionScore,
} from './services/scoring.js';
export { assessmentInputsHash, canonicalJson } from './services/inputs-hash.js';
export { regionIndicatorInputs } from './services/indicators.js';
export {
  ASSESSED_REGIONS_QUERY,
  REGION_INDICATORS_QUERY,
  type AssessedRegionsResponse,
  type RegionIndicatorsResponse,
} from './services/indicator-queries.js';
