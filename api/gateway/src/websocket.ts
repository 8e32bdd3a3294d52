import type { Server } from 'node:http';
import { getGraphQLWSOptions, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { CLIENT_ADDRESS_HEADER } from '@dibao/server';
import type { RegionDirectory } from './region-directory.js';
import { checkAuthorization } from './token-check.js';

/*
 * Subscriptions for clients over graphql-ws, beside SSE on the same /graphql path. A WebSocket carries no
 * Authorization header after the upgrade, so the client sends it in `connectionParams.authorization`: it is
 * checked like a header (token-check) and handed to the gateway as the request's header, where the JWT plugin
 * verifies it and forwards the claims to the subgraphs as for any other request.
 */

export interface WebSocketEndpoint {
  stop(): Promise<void>;
}

export function serveGraphqlWs(
  server: Server,
  gateway: GatewayRuntime,
  options: { jwtSecret: string; regions: RegionDirectory },
): WebSocketEndpoint {
  const wsServer = new WebSocketServer({ server, path: gateway.graphqlEndpoint });
  const authorizationOf = (params: Record<string, unknown> | undefined): string | undefined =>
    typeof params?.authorization === 'string' ? params.authorization : undefined;
  const operations = getGraphQLWSOptions<Record<string, unknown>, Extra>(gateway, async (ctx) => {
    const authorization = authorizationOf(ctx.connectionParams);
    const headers = new gateway.fetchAPI.Headers();
    if (authorization) headers.set('authorization', authorization);
    headers.set(CLIENT_ADDRESS_HEADER, ctx.extra.request.socket.remoteAddress ?? 'unknown');
    const request = new gateway.fetchAPI.Request(`http://gateway${gateway.graphqlEndpoint}`, {
      method: 'POST',
      headers,
    });
    return { req: ctx.extra.request, socket: ctx.extra.socket, request };
  });
  const disposable = useServer(
    {
      ...operations,
      // A refused token closes the connection at once (4403 Forbidden), before any operation runs.
      async onConnect(ctx) {
        try {
          await checkAuthorization(authorizationOf(ctx.connectionParams), options.jwtSecret, options.regions);
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
