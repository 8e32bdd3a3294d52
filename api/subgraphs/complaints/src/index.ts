// Decorator metadata (type-graphql, TypeORM) needs the polyfill before any decorated class loads.
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { buildSubgraph, type SubgraphModule } from '@dibao/server';
import { complaintsConfigFromEnv, type ComplaintsConfig } from './config.js';
import { ComplaintsContext, type ComplaintsRequestInfo } from './context.js';
import { complaintsEntities } from './entities/index.js';
import { complaintsMigrations } from './migrations/index.js';
import { AppealResolver } from './resolvers/appeal.resolver.js';
import { ComplaintWorkflowResolver } from './resolvers/complaint-workflow.resolver.js';
import { ComplaintResolver } from './resolvers/complaint.resolver.js';
import { IdentityRevealResolver } from './resolvers/identity-reveal.resolver.js';
import { OnlineIntakeResolver } from './resolvers/online.resolver.js';
import {
  ContractFieldsResolver,
  ObservationResolver,
  VolunteerFieldsResolver,
} from './resolvers/observation.resolver.js';
import { ReceiptResolver } from './resolvers/receipt.resolver.js';
import { RegionComplaintsResolver } from './resolvers/region.resolver.js';
import { RegistriesResolver } from './resolvers/registries.resolver.js';
import { RetentionResolver } from './resolvers/retention.resolver.js';
import { RewardResolver } from './resolvers/reward.resolver.js';
import { OnlineLimiter, ReceiptLimiter } from './services/rate-limit.js';
import { lazySealingKey, type SealingKey } from './services/sealing.js';

export interface ComplaintsOptions {
  config?: ComplaintsConfig;
  /** The clock deadlines and rate limits are judged by (tests set it). */
  now?: () => Date;
  /** 32 bytes in base64; COMPLAINTS_ENCRYPTION_KEY when omitted, read at first use. */
  encryptionKey?: string | SealingKey;
}

/** The module, whose createContext also takes what the HTTP layer knows about the request. */
export interface ComplaintsSubgraphModule extends SubgraphModule<ComplaintsContext> {
  createContext(dataSource: DataSource, request?: ComplaintsRequestInfo): ComplaintsContext;
}

/** The complaints hotline, petitions and tip-offs (投诉举报核查). */
export function createComplaintsSubgraph(options: ComplaintsOptions = {}): ComplaintsSubgraphModule {
  const config = options.config ?? complaintsConfigFromEnv();
  const runtime = {
    config,
    key: lazySealingKey(options.encryptionKey),
    // One limiter per subgraph instance: the windows outlive single requests.
    limiter: new ReceiptLimiter(config.receiptLimits),
    onlineLimiter: new OnlineLimiter(config.online),
    ...(options.now ? { now: options.now } : {}),
  };
  return {
    name: 'complaints',
    entities: complaintsEntities,
    migrations: complaintsMigrations,
    createContext: (dataSource, request = {}) => new ComplaintsContext(dataSource, runtime, request),
    buildSchema: () =>
      buildSubgraph({
        resolvers: [
          ComplaintResolver,
          ComplaintWorkflowResolver,
          IdentityRevealResolver,
          ReceiptResolver,
          OnlineIntakeResolver,
          ObservationResolver,
          ContractFieldsResolver,
          VolunteerFieldsResolver,
          RewardResolver,
          AppealResolver,
          RegistriesResolver,
          RetentionResolver,
          RegionComplaintsResolver,
        ],
        referenceResolvers: {
          Region: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
          Complaint: {
            __resolveReference: (ref: { id: string }, context: ComplaintsContext) =>
              context.loaders.complaintById.load(ref.id),
          },
        },
      }),
  };
}

export const complaints = createComplaintsSubgraph();

export { ComplaintsContext, type ComplaintsRequestInfo } from './context.js';
export { complaintsConfigFromEnv, type ComplaintsConfig } from './config.js';
export { ENCRYPTION_KEY_ENV, parseEncryptionKey, type SealingKey } from './services/sealing.js';
export type { ComplaintsImport } from '@dibao/domain';
export { importComplaints, type ComplaintsImportSummary } from './services/import.service.js';
export { erasePersonalDataOlderThan, type ErasureOptions, type ErasureSummary } from './services/retention.service.js';
export {
  checkChallenge,
  issueChallenge,
  leadingZeroBits,
  solveChallenge,
  type ChallengeLane,
} from './services/online-challenge.js';
