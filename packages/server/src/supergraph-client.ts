import { hubError, serviceUnavailable, unauthenticated } from './errors.js';

export interface SupergraphClient {
  /** Runs a query through the gateway as the caller whose token is given; throws on GraphQL errors. */
  query<T>(document: string, variables: Record<string, unknown>, bearerToken: string | null | undefined): Promise<T>;
}

/**
 * For subgraphs that compute from other subgraphs' data: they read it through the gateway, like any client,
 * and so only what the caller may read. `gatewayUrl` is resolved per call (the gateway starts after subgraphs).
 */
export function createSupergraphClient(gatewayUrl: () => string): SupergraphClient {
  return {
    async query<T>(document: string, variables: Record<string, unknown>, bearerToken: string | null | undefined) {
      if (!bearerToken) throw unauthenticated('This needs a signed-in caller', '此操作需要登录');
      const response = await fetch(gatewayUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearerToken}` },
        body: JSON.stringify({ query: document, variables }),
      }).catch(() => {
        // The gateway itself is unreachable: a passing condition, like an unreachable database.
        throw serviceUnavailable();
      });
      const body = (await response.json()) as {
        data?: T;
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      };
      if (body.errors?.length || !body.data) {
        const first = body.errors?.[0];
        const code = first?.extensions?.code;
        // What the caller would have met reading the data directly: an unavailable database stays one.
        if (code === 'SERVICE_UNAVAILABLE') throw serviceUnavailable();
        throw hubError(code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? code : 'CONFLICT', {
          en: `Reading other subgraphs through the gateway failed: ${first?.message ?? response.statusText}`,
          zh: `通过网关读取其他子图数据失败：${first?.message ?? response.statusText}`,
        });
      }
      return body.data;
    },
  };
}

/** Where the supergraph is reached when a subgraph reads other subgraphs' data. */
export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';

/** The gateway URL from the environment, read per call: the gateway starts after the subgraphs. */
export const gatewayUrlFromEnv = (): string => process.env.HUB_GATEWAY_URL ?? DEFAULT_GATEWAY_URL;
