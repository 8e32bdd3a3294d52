import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { InvalidPrincipalError, principalFromClaims, type Principal } from '@dibao/auth';
import { unauthenticated } from './errors.js';

/** What every subgraph resolver can rely on; subgraphs add their DataLoaders and services. */
export interface SubgraphContext {
  /** Set from the claims the gateway verified; null for anonymous callers (public data only). */
  principal: Principal | null;
  /**
   * The caller's own token, forwarded by the gateway: a subgraph that must read other subgraphs' data (through
   * the supergraph) does so as the caller, with the caller's scope.
   */
  bearerToken?: string | null;
}

export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Subgraphs answer the gateway only. With introspection off, `_service { sdl }` and `_entities` would still
 * answer anyone who reaches a subgraph port, and the principal travels in the request body, so a request
 * without the shared secret is refused before anything runs.
 */
export function assertFromGateway(req: IncomingMessage, gatewaySecret: string): void {
  const header = req.headers[GATEWAY_SECRET_HEADER];
  const given = Array.isArray(header) ? header[0] : header;
  if (!given || !sameSecret(given, gatewaySecret)) {
    throw unauthenticated('Subgraphs accept requests from the gateway only', '子图只接受网关的请求');
  }
}

interface ForwardedJwt {
  payload?: Record<string, unknown>;
  token?: { value?: string };
}

/**
 * The gateway verifies the token and forwards its claims in `extensions.jwt.payload` (the Authorization header
 * itself is not forwarded). The claims are trusted only because the request carried the gateway secret. Sets
 * the principal on the context; returns why the claims are invalid, if they are.
 */
export function applyForwardedClaims(
  contextValue: SubgraphContext,
  extensions: Record<string, unknown> | undefined,
): string | undefined {
  const forwarded = extensions?.jwt as ForwardedJwt | undefined;
  if (!forwarded?.payload) return undefined;
  try {
    contextValue.principal = principalFromClaims(forwarded.payload);
    contextValue.bearerToken = forwarded.token?.value ?? null;
    return undefined;
  } catch (error) {
    if (!(error instanceof InvalidPrincipalError)) throw error;
    return error.message;
  }
}

/** The refusal of a request whose forwarded claims are invalid. */
export const invalidClaims = (reason: string) =>
  unauthenticated(`Invalid token claims: ${reason}`, `令牌内容无效：${reason}`);

/** Applies the forwarded claims to every request Apollo Server runs. */
export function principalPlugin(): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const invalid = applyForwardedClaims(contextValue, request.extensions);
      return {
        async didResolveOperation() {
          if (invalid) throw invalidClaims(invalid);
        },
      };
    },
  };
}
