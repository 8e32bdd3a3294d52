import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { getOperationAST, parse, type GraphQLSchema, type OperationTypeNode } from 'graphql';
import { principalFromClaims, type Principal } from '@dibao/auth';
import { assertFromGateway, forwardedClaims, principalPlugin, type SubgraphContext } from './context.js';
import { serveEventStream, wantsEventStream } from './event-stream.js';
import { formatSubgraphError } from './format-error.js';
import { describeErrorForLog } from '@dibao/db';
import type { SubgraphRequestInfo } from './subgraph-module.js';
import { asInternalCaller } from './supergraph-client.js';

/** Set by the gateway from the connection (a client-supplied value is overwritten there). */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';

/**
 * Requests larger than this are refused before parsing. The gateway's own limit is at most half of it, leaving
 * room for what it adds to a forwarded request (the forwarded claims, the entity representations of a plan).
 */
export const SUBGRAPH_MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface SubgraphServerOptions<TContext extends SubgraphContext> {
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  gatewaySecret: string;
  /** Builds the per-request context (DataLoaders live here, one set per request). */
  createContext: (request: SubgraphRequestInfo) => TContext | Promise<TContext>;
  /**
   * Called once an operation has run, before its response leaves (the replica router records a principal's
   * write here, so the principal's next read, sent after this response arrives, already knows of it).
   */
  afterExecution?: (request: SubgraphRequestInfo) => Promise<void>;
  /** Whether the subgraph can serve (its database answers): GET /readyz answers 200 or 503 from it. */
  ready?: () => Promise<boolean>;
  /** Streaming HTTP routes beside GraphQL (uploads), by path prefix; the gateway alone may call them. */
  routes?: Record<string, StreamRoute>;
}

/** The header the gateway sends the verified caller's claims in (base64url JSON) on a streaming route. */
export const PRINCIPAL_HEADER = 'x-dibao-principal';

/** A streaming route: the request body is not read beforehand, so large files flow straight through. */
export type StreamRoute = (req: IncomingMessage, res: ServerResponse, principal: Principal | null) => Promise<void>;

/** The caller of a streaming route, from the claims the gateway verified (trusted only with the secret). */
function routePrincipal(req: IncomingMessage): Principal | null {
  const header = req.headers[PRINCIPAL_HEADER];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  return principalFromClaims(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>);
}

export interface RunningSubgraph {
  name: string;
  url: string;
  stop(): Promise<void>;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > SUBGRAPH_MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The kind of operation a request carries, from its document (cached by text: the gateway sends the same few
 * documents over and over, so most requests skip the parse). Unparsable documents count as 'query': execution
 * refuses them anyway, and nothing is written.
 */
const operationKinds = new Map<string, OperationTypeNode | 'query'>();
const OPERATION_CACHE_SIZE = 2000;

export function operationKindOf(body: unknown): OperationTypeNode | 'query' {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return 'query';
  const key = `${typeof operationName === 'string' ? operationName : ''}\u0000${query}`;
  let kind = operationKinds.get(key);
  if (kind === undefined) {
    try {
      kind = getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)?.operation;
    } catch {
      kind = undefined;
    }
    kind ??= 'query';
    if (operationKinds.size >= OPERATION_CACHE_SIZE) operationKinds.clear();
    operationKinds.set(key, kind);
  }
  return kind;
}

/** The subject of the claims the gateway forwarded (trusted only once the gateway secret is checked). */
function subjectOf(body: unknown): string | undefined {
  const extensions = (body as { extensions?: Record<string, unknown> } | undefined)?.extensions;
  const subject = forwardedClaims(extensions)?.sub;
  return typeof subject === 'string' ? subject : undefined;
}

/** Liveness and readiness for orchestrators (GET, no secret: they reveal nothing but up or not). */
export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

export async function answerHealth(
  req: IncomingMessage,
  res: ServerResponse,
  ready: () => Promise<boolean>,
): Promise<boolean> {
  const pathname = (req.url ?? '/').split('?')[0];
  if (pathname !== HEALTH_PATH && pathname !== READY_PATH) return false;
  const ok = pathname === HEALTH_PATH ? true : await ready().catch(() => false);
  res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ status: ok ? 'ok' : 'unavailable' }));
  return true;
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * An Apollo Server 5 instance for one subgraph, reachable by the gateway only, on a plain node:http server of
 * our own rather than `startStandaloneServer`: stopping must close the gateway's idle keep-alive connections at
 * once, which the standalone server leaves to a drain that waits for them.
 */
export async function startSubgraphServer<TContext extends SubgraphContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningSubgraph> {
  const formatError = formatSubgraphError(options.name);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    plugins: [principalPlugin() as never, ApolloServerPluginInlineTraceDisabled()],
    formatError,
    includeStacktraceInErrorResponses: false,
    // The gateway is the only client; it composes from the committed SDL, not by introspection.
    introspection: process.env.NODE_ENV !== 'production',
  });
  await apollo.start();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (await answerHealth(req, res, options.ready ?? (async () => true))) return;
    let rawBody: string;
    try {
      rawBody = await readBody(req);
    } catch (error) {
      res.writeHead(error instanceof BodyTooLarge ? 413 : 400).end();
      return;
    }
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = rawBody;
    }
    const address = req.headers[CLIENT_ADDRESS_HEADER];
    const clientAddress = Array.isArray(address) ? address[0] : address;
    if (wantsEventStream(req)) {
      await serveEventStream(req, res, body, { ...options, formatError, clientAddress });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://subgraph');
    let info: SubgraphRequestInfo | undefined;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers: headerMapOf(req), search: url.search, body },
      context: async () => {
        assertFromGateway(req, options.gatewaySecret);
        info = { clientAddress, operation: operationKindOf(body), subject: subjectOf(body) };
        return options.createContext(info);
      },
    });
    if (info && options.afterExecution && response.body.kind === 'complete') await options.afterExecution(info);
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
    if (info && options.afterExecution) await options.afterExecution(info);
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://subgraph').pathname;
    const entry = Object.entries(options.routes ?? {}).find(([prefix]) => path.startsWith(prefix));
    if (!entry) return false;
    try {
      assertFromGateway(req, options.gatewaySecret);
    } catch {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'UNAUTHENTICATED' }));
      return true;
    }
    await entry[1](req, res, routePrincipal(req));
    return true;
  };

  const server: Server = createServer((req, res) => {
    // The supergraph client of this request's resolvers proves with this secret that it is the hub's own.
    asInternalCaller(options.gatewaySecret, () => route(req, res))
      .then((handled) => (handled ? undefined : asInternalCaller(options.gatewaySecret, () => handle(req, res))))
      .catch((error: unknown) => {
        console.error(`[${options.name}] request failed: ${describeErrorForLog(error)}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    name: options.name,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/graphql`,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
