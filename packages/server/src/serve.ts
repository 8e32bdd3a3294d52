import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLSchema } from 'graphql';
import { assertFromGateway, principalPlugin, type SubgraphContext } from './context.js';
import { formatSubgraphError } from './format-error.js';
import type { SubgraphRequestInfo } from './subgraph-module.js';

/** Set by the gateway from the connection (a client-supplied value is overwritten there). */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';

export interface SubgraphServerOptions<TContext extends SubgraphContext> {
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  gatewaySecret: string;
  /** Builds the per-request context (DataLoaders live here, one set per request). */
  createContext: (request: SubgraphRequestInfo) => TContext;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/** An Apollo Server 5 instance for one subgraph, reachable by the gateway only. */
export async function startSubgraphServer<TContext extends SubgraphContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningSubgraph> {
  const server = new ApolloServer<TContext>({
    schema: options.schema,
    plugins: [principalPlugin() as never, ApolloServerPluginInlineTraceDisabled()],
    formatError: formatSubgraphError(options.name),
    includeStacktraceInErrorResponses: false,
    // The gateway is the only client; it composes from the committed SDL, not by introspection.
    introspection: process.env.NODE_ENV !== 'production',
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? '127.0.0.1' },
    context: async ({ req }) => {
      assertFromGateway(req, options.gatewaySecret);
      const address = req.headers[CLIENT_ADDRESS_HEADER];
      return options.createContext({ clientAddress: Array.isArray(address) ? address[0] : address });
    },
  });
  return { name: options.name, url, stop: () => server.stop() };
}
