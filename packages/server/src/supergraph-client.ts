import { AsyncLocalStorage } from 'node:async_hooks';
import { GATEWAY_SECRET_HEADER } from './context.js';
import { hubError, serviceUnavailable, unauthenticated } from './errors.js';

/*
 * In production the gateway runs trusted documents only, except for the hub's own processes, which show the
 * gateway secret. A subgraph's documents (an accountability case's origins, the assessment's indicators) are
 * built per call, so they cannot be registered ahead; the secret of the subgraph server that received the
 * request travels with that request (AsyncLocalStorage), so several hubs in one process never mix them up.
 */
const internalSecret = new AsyncLocalStorage<string>();

/** Runs `work` (a subgraph request) with the gateway secret its supergraph calls present. */
export const asInternalCaller = <T>(gatewaySecret: string, work: () => T): T => internalSecret.run(gatewaySecret, work);

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
      const secret = internalSecret.getStore();
      const response = await fetch(gatewayUrl(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${bearerToken}`,
          ...(secret ? { [GATEWAY_SECRET_HEADER]: secret } : {}),
        },
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
