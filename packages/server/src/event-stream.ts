import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  GraphQLError,
  getOperationAST,
  parse,
  subscribe,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { applyForwardedClaims, assertFromGateway, invalidClaims, type SubgraphContext } from './context.js';
import type { SubgraphRequestInfo } from './subgraph-module.js';

/*
 * Subscriptions of a subgraph, served to the gateway over server-sent events beside Apollo Server (which has no
 * SSE transport). Hive Gateway reaches HTTP subgraphs' subscriptions this way by default: a GET (or POST) with
 * `accept: text/event-stream`, answered with `event: next` messages and a final `event: complete`.
 */

/** A comment line now and then keeps idle proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

export const wantsEventStream = (req: IncomingMessage): boolean =>
  (req.headers.accept ?? '').includes('text/event-stream');

interface GraphQLParams {
  query?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
  operationName?: string;
}

const parseJsonParam = (value: string | null): Record<string, unknown> | undefined =>
  value ? (JSON.parse(value) as Record<string, unknown>) : undefined;

function paramsOf(req: IncomingMessage, body: unknown): GraphQLParams {
  if (req.method === 'GET') {
    const search = new URL(req.url ?? '/', 'http://subgraph').searchParams;
    return {
      query: search.get('query') ?? undefined,
      variables: parseJsonParam(search.get('variables')),
      extensions: parseJsonParam(search.get('extensions')),
      operationName: search.get('operationName') ?? undefined,
    };
  }
  return (body ?? {}) as GraphQLParams;
}

export interface EventStreamOptions<TContext extends SubgraphContext> {
  schema: GraphQLSchema;
  gatewaySecret: string;
  createContext: (request: SubgraphRequestInfo) => TContext;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  clientAddress?: string;
}

function send(res: ServerResponse, event: 'next' | 'complete', data?: unknown): void {
  res.write(`event: ${event}\ndata: ${data === undefined ? '' : JSON.stringify(data)}\n\n`);
}

const formatted = (result: ExecutionResult, format: EventStreamOptions<SubgraphContext>['formatError']) =>
  result.errors ? { ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) } : result;

/** Runs one subscription and streams its results until it ends or the gateway goes away. */
export async function serveEventStream<TContext extends SubgraphContext>(
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  options: EventStreamOptions<TContext>,
): Promise<void> {
  const refuse = (status: number, error: GraphQLError) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [options.formatError(error.toJSON(), error)] }));
  };
  let context: TContext;
  let document: DocumentNode;
  let params: GraphQLParams;
  try {
    assertFromGateway(req, options.gatewaySecret);
    params = paramsOf(req, body);
    context = options.createContext({ clientAddress: options.clientAddress });
    const invalid = applyForwardedClaims(context, params.extensions);
    if (invalid) throw invalidClaims(invalid);
  } catch (error) {
    if (error instanceof GraphQLError) return refuse(error.extensions.code === 'UNAUTHENTICATED' ? 401 : 400, error);
    return refuse(400, new GraphQLError('The subscription request is not valid JSON'));
  }
  try {
    document = parse(params.query ?? '');
  } catch (error) {
    return refuse(400, error as GraphQLError);
  }
  const errors = validate(options.schema, document);
  if (errors.length > 0) return refuse(400, errors[0]!);
  if (getOperationAST(document, params.operationName)?.operation !== 'subscription') {
    return refuse(400, new GraphQLError('Only subscriptions are served as an event stream'));
  }

  const result = await subscribe({
    schema: options.schema,
    document,
    variableValues: params.variables,
    operationName: params.operationName,
    contextValue: context,
  });
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  res.flushHeaders();
  if (!(Symbol.asyncIterator in result)) {
    send(res, 'next', formatted(result, options.formatError));
    send(res, 'complete');
    res.end();
    return;
  }
  const iterator = result[Symbol.asyncIterator]();
  const heartbeat = setInterval(() => res.write(':\n\n'), HEARTBEAT_MS);
  const stop = () => void iterator.return?.();
  req.socket.once('close', stop);
  try {
    for (;;) {
      const step = await iterator.next();
      if (step.done) break;
      send(res, 'next', formatted(step.value, options.formatError));
    }
    if (!res.destroyed) send(res, 'complete');
  } catch (error) {
    const unexpected =
      error instanceof GraphQLError
        ? error
        : new GraphQLError('Internal server error', { originalError: error as Error });
    if (!res.destroyed) send(res, 'next', { errors: [options.formatError(unexpected.toJSON(), unexpected)] });
  } finally {
    clearInterval(heartbeat);
    req.socket.off('close', stop);
    res.end();
  }
}
