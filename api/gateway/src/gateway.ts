import { createServer, type Server } from 'node:http';
import { proxyUpload, UPLOAD_PREFIX } from './upload-proxy.js';
import type { AddressInfo } from 'node:net';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { createInlineSigningKeyProvider, extractFromHeader, useJWT } from '@graphql-mesh/plugin-jwt-auth';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@dibao/auth';
import { CLIENT_ADDRESS_HEADER, GATEWAY_SECRET_HEADER } from '@dibao/server';
import { DEFAULT_MAX_BODY_BYTES, useBodyLimit } from './body-limit.js';
import { useEntityErrorPaths } from './error-paths.js';
import { RegistryRegionDirectory, type RegionDirectory } from './region-directory.js';
import { useRequestErrorCodes } from './request-error-codes.js';
import { useTokenCheck } from './token-check.js';
import { useTransportStatus } from './transport-status.js';
import { serveGraphqlWs } from './websocket.js';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph really listens (overrides the URLs written in the committed SDL). */
  subgraphUrls: Record<string, string>;
  port: number;
  host?: string;
  gatewaySecret: string;
  jwtSecret: string;
  /** Production mode: introspection off and no GraphiQL. */
  production: boolean;
  /** Largest request body accepted (HUB_MAX_BODY_BYTES); larger ones get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Which regions exist, for the token check; by default the registry subgraph is asked. */
  regions?: RegionDirectory;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Public query limits: deep or huge documents are refused before any subgraph sees them. */
export const QUERY_LIMITS = { maxDepth: 10, maxTokens: 2000 } as const;

/** Hive Gateway serving the committed supergraph on node:http: HTTP, SSE and graphql-ws on /graphql. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const transportEntries: Record<string, { location?: string; headers: [string, string][] }> = {
    '*': { headers: [[GATEWAY_SECRET_HEADER, options.gatewaySecret]] },
  };
  for (const [name, location] of Object.entries(options.subgraphUrls)) {
    transportEntries[name] = { location, headers: [[GATEWAY_SECRET_HEADER, options.gatewaySecret]] };
  }
  const registryUrl = options.subgraphUrls.registry;
  if (!options.regions && !registryUrl) throw new Error('the gateway needs the registry URL to check tokens');
  const regions = options.regions ?? new RegistryRegionDirectory(registryUrl!, options.gatewaySecret);
  const gateway = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    transportEntries,
    // Never 'debug': at that level Hive Gateway logs every upstream request with its body, variables, headers
    // (the gateway secret) and the caller's forwarded token. 'info' adds start-up and schema lines only.
    logging: process.env.HUB_LOG_LEVEL === 'info' ? 'info' : 'warn',
    graphiql: !options.production,
    // GraphiQL from the project's own dependencies (scripts and styles inline), so it works without internet;
    // the default page loads them from a CDN.
    renderGraphiQL,
    landingPage: false,
    disableIntrospection: options.production ? { disableIf: () => true } : undefined,
    // A request must carry a non-simple content type or this header, so a browser form cannot forge one.
    csrfPrevention: { requestHeaders: ['x-graphql-csrf', 'apollo-require-preflight'] },
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ [CLIENT_ADDRESS_HEADER]: request.headers.get(CLIENT_ADDRESS_HEADER) }),
    },
    maskedErrors: true,
    plugins: () => [
      useBodyLimit(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) as never,
      useTransportStatus() as never,
      useTokenCheck(options.jwtSecret, regions) as never,
      useRequestErrorCodes() as never,
      useEntityErrorPaths() as never,
      useJWT({
        signingKeyProviders: [createInlineSigningKeyProvider(options.jwtSecret)],
        tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
        tokenVerification: { algorithms: [TOKEN_ALGORITHM], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
        // Anonymous callers get public data; a token that is present but invalid or expired is refused (401).
        reject: { missingToken: false, invalidToken: true },
        // The token itself too, so a subgraph can query the supergraph as the caller (performance indicators).
        forward: { payload: true, token: true, extensionsFieldName: 'jwt' },
      }) as never,
      maxDepthPlugin({ n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true }) as never,
      maxTokensPlugin({ n: QUERY_LIMITS.maxTokens }) as never,
      ...(options.production ? [blockFieldSuggestionsPlugin() as never] : []),
    ],
  });
  // The caller's address for subgraphs' rate limits: set from the connection, overwriting any client-sent value.
  const server: Server = createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? 'unknown';
    if (req.url?.startsWith(UPLOAD_PREFIX)) {
      void proxyUpload(req, res, {
        jwtSecret: options.jwtSecret,
        gatewaySecret: options.gatewaySecret,
        regions,
        monitoringUrl: options.subgraphUrls.monitoring,
      });
      return;
    }
    void gateway(req, res);
  });
  const webSocket = serveGraphqlWs(server, gateway, { jwtSecret: options.jwtSecret, regions });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    async stop() {
      await webSocket.stop();
      await gateway.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
