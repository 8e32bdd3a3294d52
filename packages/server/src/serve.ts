import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { assertFromGateway, principalPlugin, type SubgraphContext } from './context.js';
import { serveEventStream, wantsEventStream } from './event-stream.js';
import { formatSubgraphError } from './format-error.js';
import { describeErrorForLog } from '@dibao/db';
import type { SubgraphRequestInfo } from './subgraph-module.js';

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
  createContext: (request: SubgraphRequestInfo) => TContext;
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
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers: headerMapOf(req), search: url.search, body },
      context: async () => {
        assertFromGateway(req, options.gatewaySecret);
        return options.createContext({ clientAddress });
      },
    });
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
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
