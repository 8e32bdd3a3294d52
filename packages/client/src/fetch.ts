import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { isHubErrorCode } from './error-codes.js';
import { HubError, HubUnreachableError, type HubGraphQLError } from './hub-error.js';

/** The hash codegen embeds in every typed document (`sha256:<hex>`): its key in the trusted-document manifest. */
export function documentIdOf(document: TypedDocumentNode<unknown, never> | object): string {
  const id = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof id !== 'string') throw new TypeError('not a document of @dibao/client (it carries no hash)');
  return id;
}

export interface HubClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** The bearer token (an identity provider's access token, or a development token); none: anonymous. */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

type Variables<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

/**
 * Sends one operation of this package by its trusted-document id (the only way production accepts) and
 * returns its data; any error in the answer becomes a HubError with the first error's code. Callers that can
 * use a partial answer read `error.data`.
 */
export async function execute<TData, TVariables extends Record<string, unknown>>(
  options: HubClientOptions,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: Variables<TVariables>
): Promise<TData> {
  const token = typeof options.token === 'function' ? await options.token() : options.token;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ documentId: documentIdOf(document), variables: variables ?? {} }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    throw new HubUnreachableError(`cannot reach ${options.url}: ${(error as Error).message}`);
  }
  let body: { data?: TData | null; errors?: HubGraphQLError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new HubUnreachableError(`${options.url} answered HTTP ${response.status} without JSON`);
  }
  const errors = body.errors ?? [];
  if (errors.length === 0 && body.data) return body.data;
  throw toHubError(errors, response, body.data);
}

function toHubError<TData>(errors: HubGraphQLError[], response: Response, data: TData | null | undefined) {
  const first = errors[0];
  const code = first?.extensions?.code;
  const messages = first?.extensions?.messages ?? {
    en: first?.message ?? `HTTP ${response.status}`,
    zh: first?.message ?? `HTTP ${response.status}`,
  };
  const retryHeader = Number(response.headers.get('retry-after'));
  const retryAfter =
    first?.extensions?.retryAfterSeconds ?? (Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : undefined);
  return new HubError<TData>(
    isHubErrorCode(code) ? code : 'UNKNOWN',
    messages,
    response.status,
    errors,
    data,
    first?.extensions?.field,
    retryAfter,
  );
}

/** A client bound to one gateway and one token source. */
export function createHubClient(options: HubClientOptions) {
  return {
    execute: <TData, TVariables extends Record<string, unknown>>(
      document: TypedDocumentNode<TData, TVariables>,
      ...variables: Variables<TVariables>
    ) => execute(options, document, ...variables),
  };
}

/**
 * The payload of an operation of this package by its trusted-document id, for transports other than
 * `execute`: graphql-ws (`client.iterate(trustedPayload(AlertRaisedDocument, { under }))`, which wants a query
 * string, left empty) or a POST with `accept: text/event-stream` (SSE).
 */
export function trustedPayload<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: Variables<TVariables>
): { query: string; documentId: string; variables: Record<string, unknown> } {
  return { query: '', documentId: documentIdOf(document), variables: variables ?? {} };
}
