import type { Server } from 'node:http';
import { GraphQLError } from 'graphql';
import { getGraphQLWSOptions, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { CLIENT_ADDRESS_HEADER } from '@dibao/server';
import type { RegionDirectory } from './region-directory.js';
import { exchangeAuthorization, type ProviderSignIn } from './sign-in.js';
import { checkAuthorization } from './token-check.js';

/*
 * Subscriptions for clients over graphql-ws, beside SSE on the same /graphql path. A WebSocket carries no
 * Authorization header after the upgrade, so the client sends it in `connectionParams.authorization`. It goes
 * the way of an HTTP request's header: a provider's access token is verified and swapped for the gateway's own
 * (the same exchange, registry lookup included), then token-check judges it, and the result is handed to the
 * gateway as the request's header, where the JWT plugin forwards the claims to the subgraphs.
 */

export interface WebSocketEndpoint {
  stop(): Promise<void>;
}

export function serveGraphqlWs(
  server: Server,
  gateway: GatewayRuntime,
  options: { jwtSecret: string; regions: RegionDirectory; issuers: readonly string[]; signIn: ProviderSignIn | null },
): WebSocketEndpoint {
  const wsServer = new WebSocketServer({ server, path: gateway.graphqlEndpoint });
  const authorizationOf = (params: Record<string, unknown> | undefined): string | undefined =>
    typeof params?.authorization === 'string' ? params.authorization : undefined;
  /** The checked Authorization value of each connection, set when it connects. */
  const checked = new WeakMap<object, string | undefined>();
  const authorize = async (params: Record<string, unknown> | undefined) => {
    const authorization = await exchangeAuthorization(options.signIn, authorizationOf(params));
    await checkAuthorization(authorization, options.jwtSecret, options.regions, options.issuers);
    return authorization;
  };
  const operations = getGraphQLWSOptions<Record<string, unknown>, Extra>(gateway, async (ctx) => {
    // A gateway token lives minutes: each operation of a long connection gets one exchanged afresh.
    const authorization = checked.has(ctx) ? await authorize(ctx.connectionParams) : undefined;
    const headers = new gateway.fetchAPI.Headers();
    if (authorization) headers.set('authorization', authorization);
    headers.set(CLIENT_ADDRESS_HEADER, ctx.extra.request.socket.remoteAddress ?? 'unknown');
    const request = new gateway.fetchAPI.Request(`http://gateway${gateway.graphqlEndpoint}`, {
      method: 'POST',
      headers,
    });
    return { req: ctx.extra.request, socket: ctx.extra.socket, request };
  });
  // A refusal before execution (a document that is not trusted, in production) is the operation's answer with
  // its code, as over HTTP; thrown, graphql-ws would close the whole connection as an internal error.
  type Run = NonNullable<typeof operations.execute>;
  const answered = (run: Run): Run =>
    (async (args: Parameters<Run>[0]) => {
      try {
        return await run(args);
      } catch (error) {
        if (error instanceof GraphQLError && error.extensions?.code) return { errors: [error] };
        throw error;
      }
    }) as Run;
  const disposable = useServer(
    {
      ...operations,
      execute: answered(operations.execute!),
      subscribe: answered(operations.subscribe!),
      // A refused token closes the connection at once (4403 Forbidden), before any operation runs.
      async onConnect(ctx) {
        // The supergraph is loaded on an HTTP request's parse; a WebSocket may be the first request of all.
        await gateway.getSchema();
        try {
          checked.set(ctx, await authorize(ctx.connectionParams));
          return true;
        } catch {
          return false;
        }
      },
    },
    wsServer,
  );
  return {
    async stop() {
      for (const client of wsServer.clients) client.terminate();
      await disposable.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
