// Decorator metadata (type-graphql, TypeORM) needs the polyfill before any decorated class loads.
import 'reflect-metadata';
import { buildSubgraph, type SubgraphModule } from '@dibao/server';
import { createRegistryContext, type RegistryContext } from './context.js';
import { registryEntities } from './entities/index.js';
import { registryMigrations } from './migrations/index.js';
import { AgencyResolver } from './resolvers/agency.resolver.js';
import { DeliveryResolver } from './resolvers/delivery.resolver.js';
import { MeResolver } from './resolvers/me.resolver.js';
import { OfficialResolver } from './resolvers/official.resolver.js';
import { RegionResolver } from './resolvers/region.resolver.js';
import { RegionRulesResolver } from './resolvers/rules.resolver.js';
import { SignInResolver } from './resolvers/sign-in.resolver.js';

/** Owns Region, Agency and Official; every other subgraph refers to them by key. */
export const registry: SubgraphModule<RegistryContext> = {
  name: 'registry',
  entities: registryEntities,
  migrations: registryMigrations,
  createContext: createRegistryContext,
  buildSchema: () =>
    buildSubgraph({
      resolvers: [
        RegionResolver,
        RegionRulesResolver,
        AgencyResolver,
        OfficialResolver,
        MeResolver,
        SignInResolver,
        DeliveryResolver,
      ],
      referenceResolvers: {
        Region: {
          __resolveReference: (ref: { code: string }, context: RegistryContext) =>
            context.loaders.regionByCode.load(ref.code),
        },
        Agency: {
          __resolveReference: (ref: { id: string }, context: RegistryContext) =>
            context.loaders.agencyById.load(ref.id),
        },
        RuleSet: {
          __resolveReference: async (ref: { regionCode: string; on: string }, context: RegistryContext) => {
            const region = await context.loaders.regionByCode.load(ref.regionCode);
            return region ? new RegionRulesResolver().rules(region, context, ref.on) : null;
          },
        },
        Official: {
          __resolveReference: (ref: { id: string }, context: RegistryContext) =>
            context.loaders.officialById.load(ref.id),
        },
      },
    }),
};

export { RegistryContext } from './context.js';
export type { RegistryImport } from '@dibao/domain';
export {
  firstOfficialOfEachAgency,
  grantSignIn,
  OFFICIAL_SUBJECT_PREFIX,
  SERVICE_SUBJECT_PREFIX,
  type SignInGrant,
} from './services/sign-in.service.js';
export { importRegistry, type ImportSummary } from './services/import.service.js';
