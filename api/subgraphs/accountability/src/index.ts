// Decorator metadata (type-graphql, TypeORM) needs the polyfill before any decorated class loads.
import 'reflect-metadata';
import { buildSubgraph, createSupergraphClient, gatewayUrlFromEnv, type SubgraphModule } from '@dibao/server';
import { AccountabilityContext } from './context.js';
import { accountabilityEntities } from './entities/index.js';
import { accountabilityMigrations } from './migrations/index.js';
import { AccountabilityCaseWorkflowResolver } from './resolvers/case-workflow.resolver.js';
import { AccountabilityCaseResolver } from './resolvers/case.resolver.js';
import { AccountabilityDecisionResolver, AccountabilitySanctionResolver } from './resolvers/decision.resolver.js';
import {
  JointMeetingAttendeeResolver,
  JointMeetingDecisionResolver,
  JointMeetingTaskResolver,
} from './resolvers/joint-meeting-parts.resolver.js';
import { JointMeetingSessionResolver } from './resolvers/joint-meeting-session.resolver.js';
import { JointMeetingResolver } from './resolvers/joint-meeting.resolver.js';
import { RegionAccountabilityResolver } from './resolvers/region.resolver.js';

export interface AccountabilityOptions {
  /** The clock that dates openings and decisions and judges overdue tasks (tests set it). */
  now?: () => Date;
  /** Where the supergraph is, resolved per call (default: HUB_GATEWAY_URL, else http://127.0.0.1:4000/graphql). */
  gatewayUrl?: () => string;
}

/** Holding officials and units to account (责任追究制度) and the joint meetings (联席会议) that follow it up. */
export function createAccountabilitySubgraph(
  options: AccountabilityOptions = {},
): SubgraphModule<AccountabilityContext> {
  const supergraph = createSupergraphClient(options.gatewayUrl ?? gatewayUrlFromEnv);
  return {
    name: 'accountability',
    entities: accountabilityEntities,
    migrations: accountabilityMigrations,
    createContext: (dataSource) => new AccountabilityContext(dataSource, supergraph, options.now),
    buildSchema: () =>
      buildSubgraph({
        resolvers: [
          AccountabilityCaseResolver,
          AccountabilityCaseWorkflowResolver,
          AccountabilityDecisionResolver,
          AccountabilitySanctionResolver,
          JointMeetingResolver,
          JointMeetingSessionResolver,
          JointMeetingAttendeeResolver,
          JointMeetingDecisionResolver,
          JointMeetingTaskResolver,
          RegionAccountabilityResolver,
        ],
        referenceResolvers: {
          Region: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
          AccountabilityCase: {
            __resolveReference: (ref: { id: string }, context: AccountabilityContext) =>
              context.loaders.caseById.load(ref.id),
          },
        },
      }),
  };
}

export const accountability = createAccountabilitySubgraph();

export { AccountabilityContext } from './context.js';
export type { AccountabilityImport } from '@dibao/domain';
export { importAccountability, type AccountabilityImportSummary } from './services/import.service.js';
