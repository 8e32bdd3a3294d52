import 'reflect-metadata';
import { buildSubgraphSchema, printSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { roleAuthChecker } from './auth-checker.js';
import { checkArguments } from './input-checks.js';
import { refusableFieldNames, relaxRefusableFields } from './refusable-fields.js';

/** The federation directives our subgraphs use; `@link` makes them Federation 2 subgraphs. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

const NO_PUBSUB = {
  publish(): void {
    throw new Error('subscriptions read the outbox (liveEvents), not a pub/sub');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('subscriptions read the outbox (liveEvents), not a pub/sub');
  },
};

export interface SubgraphSchemaOptions {
  // type-graphql takes resolver classes of any shape.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type: not field resolvers, so they are passed as a plain map. */
  referenceResolvers?: GraphQLResolverMap<unknown>;
}

export interface SubgraphSchema {
  schema: GraphQLSchema;
  /** SDL with federation directives, as composition reads it. */
  sdl: string;
}

/** type-graphql classes → SDL with directives → `buildSubgraphSchema` (the path that keeps `@key`). */
export async function buildSubgraph(options: SubgraphSchemaOptions): Promise<SubgraphSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    authChecker: roleAuthChecker,
    // Every argument is checked against its declared type before any resolver runs (see input-checks.ts).
    globalMiddlewares: [checkArguments],
    validate: { forbidUnknownValues: false },
    // Subscriptions bring their own event source (liveEvents: the outbox and LISTEN/NOTIFY); type-graphql still
    // asks for a pub/sub, which nothing publishes to.
    pubSub: NO_PUBSUB,
    // The federation scalars (_Any, _Entity) are added by buildSubgraphSchema, so skip the standalone check.
    skipCheck: true,
  });
  const typeDefs = relaxRefusableFields(
    parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`),
    refusableFieldNames(options.resolvers),
  );
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, entry] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(entry as object) } as never;
  }
  const schema = buildSubgraphSchema([{ typeDefs, resolvers }]);
  return { schema, sdl: printSubgraphSchema(schema) };
}
