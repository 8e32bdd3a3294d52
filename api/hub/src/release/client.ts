import { GATEWAY_SECRET_HEADER } from '@dibao/server';

export class ReleaseReadError extends Error {}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const operationOf = (document: string) => /(?:query|mutation)\s+(\w+)/.exec(document)?.[1] ?? 'query';

/**
 * One GraphQL request to the gateway. Any error fails the release: a partial answer would publish wrong
 * figures, so nothing is retried or skipped silently.
 */
export async function requestGraphQL<T>(
  gatewayUrl: string,
  document: string,
  variables: Record<string, unknown>,
  caller: { token?: string | undefined; gatewaySecret?: string | undefined } = {},
): Promise<T> {
  const { token, gatewaySecret } = caller;
  const operation = operationOf(document);
  let response: Response;
  try {
    response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(gatewaySecret ? { [GATEWAY_SECRET_HEADER]: gatewaySecret } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
      signal: AbortSignal.timeout(300_000),
    });
  } catch (error) {
    throw new ReleaseReadError(`${operation}: cannot reach the gateway at ${gatewayUrl} (${(error as Error).message})`);
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ReleaseReadError(`${operation}: the gateway answered HTTP ${response.status} without JSON`);
  }
  if (body.errors?.length) {
    const messages = body.errors.map(
      (error) => `${error.message}${error.extensions?.code ? ` [${error.extensions.code}]` : ''}`,
    );
    throw new ReleaseReadError(`${operation}: ${messages.join('; ')}`);
  }
  if (!response.ok || !body.data) throw new ReleaseReadError(`${operation}: HTTP ${response.status}, no data`);
  return body.data;
}
