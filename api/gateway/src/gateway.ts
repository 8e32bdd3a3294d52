import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { proxyUpload, UPLOAD_PREFIX } from './upload-proxy.js';
import { publicFormRoutes, type PublicFormLimits } from './public-forms.js';
import { usePublicOperationLimits, type PublicOperationLimits } from './public-limits.js';
import type { AddressInfo } from 'node:net';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { createInlineSigningKeyProvider, extractFromHeader, useJWT } from '@graphql-mesh/plugin-jwt-auth';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import {
  GATEWAY_TOKEN_ISSUER,
  TOKEN_ALGORITHM,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  verifyToken,
  type OidcSettings,
  type Principal,
} from '@dibao/auth';
import { examplesFor } from '@dibao/client';
import {
  answerHealth,
  CLIENT_ADDRESS_HEADER,
  GATEWAY_SECRET_HEADER,
  READY_PATH,
  serviceUnavailable,
} from '@dibao/server';
import { DEFAULT_MAX_BODY_BYTES, useBodyLimit } from './body-limit.js';
import { useEntityErrorPaths } from './error-paths.js';
import { RegistryRegionDirectory, type RegionDirectory } from './region-directory.js';
import { useRequestErrorCodes } from './request-error-codes.js';
import { ProviderSignIn, registryPrincipals, signInRequest, writeRefusal, type PrincipalDirectory } from './sign-in.js';
import { useTokenCheck } from './token-check.js';
import { useTransportStatus } from './transport-status.js';
import { trustedDocumentsConfig } from './trusted-documents.js';
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
  /** The OpenID provider whose access tokens sign officials and county systems in (HUB_OIDC_*); none: dev tokens only. */
  oidc?: OidcSettings | null;
  /** Who a provider's token stands for; by default the registry subgraph is asked on every request. */
  principals?: PrincipalDirectory;
  /** Other routes served beside /graphql (the development sign-in); returns false for paths it does not serve. */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Limits on the site's plain-form routes (/public/…); see public-forms.ts for the defaults. */
  publicFormLimits?: PublicFormLimits;
  /** Front-door limits on the public GraphQL operations (filing, challenges); see public-limits.ts. */
  publicOperationLimits?: PublicOperationLimits;
  /** Development: a cookie whose value GraphiQL sends as the bearer token (set by the development sign-in). */
  graphiqlTokenCookie?: string;
}

/**
 * GraphiQL for the signed-in caller (the token in the cookie the sign-in set): their token as the default
 * header, and the example operations of their roles from @dibao/client as tabs, variables filled from their
 * region. `principalOf` says whom a token stands for (null: nobody; then GraphiQL opens plain).
 */
function graphiqlFor(cookieName: string | undefined, principalOf: (token: string) => Promise<Principal | null>) {
  return async (request: Request) => {
    if (!cookieName) return {};
    const cookie = (request.headers.get('cookie') ?? '')
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === cookieName);
    const token = cookie?.[1];
    if (!token || !/^[\w.-]+$/.test(token)) return {};
    const headers = JSON.stringify({ Authorization: `Bearer ${token}` });
    const principal = await principalOf(token).catch(() => null);
    const tabs = principal ? examplesFor(principal) : [];
    return {
      headers,
      defaultHeaders: headers,
      shouldPersistHeaders: false,
      title: principal
        ? `GraphiQL · ${principal.name ?? principal.subject} (${principal.roles.join(', ')})`
        : 'GraphiQL',
      ...(tabs.length
        ? {
            defaultTabs: tabs.map((tab) => ({
              query: tab.query,
              variables: JSON.stringify(tab.variables, null, 2),
              headers,
            })),
          }
        : {}),
    };
  };
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
  // Subscriptions reach subgraphs over SSE as POST: by default they are GETs, which would put the forwarded
  // token and claims into a URL.
  const transport = {
    headers: [[GATEWAY_SECRET_HEADER, options.gatewaySecret]] as [string, string][],
    options: { method: 'POST' },
  };
  const transportEntries: Record<
    string,
    { location?: string; headers: [string, string][]; options: { method: string } }
  > = { '*': transport };
  for (const [name, location] of Object.entries(options.subgraphUrls)) {
    transportEntries[name] = { location, ...transport };
  }
  const registryUrl = options.subgraphUrls.registry;
  if (!options.regions && !registryUrl) throw new Error('the gateway needs the registry URL to check tokens');
  const regions = options.regions ?? new RegistryRegionDirectory(registryUrl!, options.gatewaySecret);
  const signIn = options.oidc
    ? new ProviderSignIn(
        options.oidc,
        options.principals ?? registryPrincipals(registryUrl!, options.gatewaySecret),
        options.jwtSecret,
      )
    : null;
  // Development tokens (`pnpm dev-token`) are refused in production; tokens the gateway mints are always accepted.
  const issuers: [string, ...string[]] = options.production
    ? [GATEWAY_TOKEN_ISSUER]
    : [TOKEN_ISSUER, GATEWAY_TOKEN_ISSUER];
  const gateway = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    transportEntries,
    // Never 'debug': at that level Hive Gateway logs every upstream request with its body, variables, headers
    // (the gateway secret) and the caller's forwarded token. 'info' adds start-up and schema lines only.
    logging: process.env.HUB_LOG_LEVEL === 'info' ? 'info' : 'warn',
    graphiql: options.production
      ? false
      : graphiqlFor(options.graphiqlTokenCookie, async (token) =>
          verifyToken((await signIn?.exchange(token)) ?? token, options.jwtSecret, issuers),
        ),
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
    persistedDocuments: trustedDocumentsConfig({
      production: options.production,
      gatewaySecret: options.gatewaySecret,
    }),
    plugins: () => [
      useBodyLimit(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) as never,
      useTransportStatus() as never,
      usePublicOperationLimits(options.publicOperationLimits) as never,
      useTokenCheck(options.jwtSecret, regions, issuers) as never,
      useRequestErrorCodes() as never,
      useEntityErrorPaths() as never,
      useJWT({
        signingKeyProviders: [createInlineSigningKeyProvider(options.jwtSecret)],
        tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
        tokenVerification: { algorithms: [TOKEN_ALGORITHM], issuer: issuers, audience: TOKEN_AUDIENCE },
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
  // Ready when every subgraph says it is (its database answers): an orchestrator then sends traffic here.
  const readiness = Object.values(options.subgraphUrls).map((url) => new URL(READY_PATH, url).toString());
  const ready = async () => {
    const answers = await Promise.all(
      readiness.map((url) =>
        fetch(url, { signal: AbortSignal.timeout(2000) }).then(
          (response) => response.ok,
          () => false,
        ),
      ),
    );
    return answers.every(Boolean);
  };
  const publicForms = publicFormRoutes({
    complaintsUrl: options.subgraphUrls.complaints,
    gatewaySecret: options.gatewaySecret,
    ...(options.publicFormLimits ? { limits: options.publicFormLimits } : {}),
  });
  // The caller's address for subgraphs' rate limits: set from the connection, overwriting any client-sent value.
  const server: Server = createServer((req, res) => {
    void answerHealth(req, res, ready).then((answered) => {
      if (answered) return;
      req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? 'unknown';
      if (options.routes?.(req, res)) return;
      if (publicForms(req, res)) return;
      if (req.url?.startsWith(UPLOAD_PREFIX)) {
        void proxyUpload(req, res, {
          jwtSecret: options.jwtSecret,
          gatewaySecret: options.gatewaySecret,
          regions,
          monitoringUrl: options.subgraphUrls.monitoring,
          issuers,
          signIn,
        });
        return;
      }
      if (!signIn) return void gateway(req, res);
      signInRequest(signIn, req, res).then(
        (proceed) => {
          if (proceed) void gateway(req, res);
        },
        () => writeRefusal(res, serviceUnavailable()),
      );
    });
  });
  const webSocket = serveGraphqlWs(server, gateway, { jwtSecret: options.jwtSecret, regions, issuers, signIn });
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
