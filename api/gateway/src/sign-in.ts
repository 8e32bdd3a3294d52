import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLError } from 'graphql';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import {
  GATEWAY_TOKEN_ISSUER,
  GATEWAY_TOKEN_LIFETIME_SECONDS,
  mintToken,
  OidcVerifier,
  principalFromClaims,
  ProviderTokenError,
  type OidcSettings,
  type Principal,
  type ProviderIdentity,
} from '@dibao/auth';
import { GATEWAY_SECRET_HEADER, serviceUnavailable, unauthenticated } from '@dibao/server';

const PRINCIPAL_QUERY = `query SignInPrincipal($issuer: String!, $subject: String!, $clientId: String, $jti: String!) {
  signInPrincipal(issuer: $issuer, subject: $subject, clientId: $clientId, jti: $jti) { subject name agency regionCode roles }
}`;

interface RegistryAnswer {
  data?: {
    signInPrincipal: {
      subject: string;
      name: string | null;
      agency: string;
      regionCode: string;
      roles: string[];
    } | null;
  };
  errors?: Array<{ message: string; extensions?: { code?: string; messages?: { en: string; zh: string } } }>;
}

/** Whom the registry says a verified provider token stands for: one small request, never cached. */
export type PrincipalDirectory = (identity: ProviderIdentity) => Promise<Principal>;

/**
 * Asks the registry subgraph on every request. No cache on purpose: an official who leaves an agency, a
 * disabled service account and a revoked token id are refused on the next request, by every gateway process,
 * since they all read the same registry (one indexed lookup per request).
 */
export function registryPrincipals(registryUrl: string, gatewaySecret: string): PrincipalDirectory {
  return async (identity) => {
    let body: RegistryAnswer;
    try {
      const response = await fetch(registryUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_SECRET_HEADER]: gatewaySecret },
        body: JSON.stringify({
          query: PRINCIPAL_QUERY,
          variables: {
            issuer: identity.issuer,
            subject: identity.subject,
            clientId: identity.clientId,
            jti: identity.jti,
          },
        }),
        signal: AbortSignal.timeout(5_000),
      });
      body = (await response.json()) as RegistryAnswer;
    } catch {
      throw serviceUnavailable();
    }
    const refusal = body.errors?.find((error) => error.extensions?.code === 'UNAUTHENTICATED');
    if (refusal) {
      const messages = refusal.extensions?.messages;
      throw unauthenticated(messages?.en ?? refusal.message, messages?.zh ?? refusal.message);
    }
    const found = body.data?.signInPrincipal;
    if (body.errors?.length || !found) throw serviceUnavailable();
    return principalFromClaims({
      sub: found.subject,
      name: found.name ?? undefined,
      agency: found.agency,
      region: found.regionCode,
      roles: found.roles,
    });
  };
}

const ASYMMETRIC = /^(RS|ES|PS)\d+$|^EdDSA$/;

/**
 * Sign-in through the identity provider, at the edge: a provider's access token is verified (JWKS, issuer,
 * audience, lifetime), the registry names its principal, and the request goes on with a short-lived token the
 * gateway mints for that principal, so everything behind (the token check, the JWT plugin, subgraphs) sees one
 * kind of token whose agency, region and roles come from the registry.
 */
export class ProviderSignIn {
  private readonly verifier: OidcVerifier;

  constructor(
    readonly settings: OidcSettings,
    private readonly principals: PrincipalDirectory,
    private readonly jwtSecret: string,
  ) {
    this.verifier = new OidcVerifier(settings);
  }

  /** The gateway token to use instead of `token`, or null when `token` is none of the provider's. */
  async exchange(token: string): Promise<string | null> {
    let header: { alg?: string };
    let issuer: unknown;
    try {
      header = decodeProtectedHeader(token);
      issuer = decodeJwt(token).iss;
    } catch {
      return null;
    }
    if (!header.alg || !ASYMMETRIC.test(header.alg)) return null;
    if (issuer !== this.settings.issuer) {
      throw unauthenticated(
        'Token refused: it was issued by another identity provider than this hub trusts',
        '令牌被拒绝：签发者不是本系统信任的身份提供方',
      );
    }
    let identity: ProviderIdentity;
    try {
      identity = await this.verifier.verify(token);
    } catch (error) {
      if (!(error instanceof ProviderTokenError)) throw error;
      throw unauthenticated(`Token refused: ${error.en}`, `令牌被拒绝：${error.zh}`);
    }
    const principal = await this.principals(identity);
    // Never outliving the provider's token.
    const left = Math.floor((identity.expiresAt.getTime() - Date.now()) / 1000);
    const seconds = Math.max(1, Math.min(GATEWAY_TOKEN_LIFETIME_SECONDS, left));
    return mintToken(principal, this.jwtSecret, { issuer: GATEWAY_TOKEN_ISSUER, expiresIn: `${seconds}s` });
  }
}

/** Writes a refusal as the gateway's other refusals look: a GraphQL error with its code, status 401 or 503. */
export function writeRefusal(res: ServerResponse, error: GraphQLError): void {
  const { http, ...extensions } = error.extensions as { http?: { status?: number } } & Record<string, unknown>;
  res.writeHead(http?.status ?? 401, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message: error.message, extensions }] }));
}

/**
 * The Authorization value to go on with: a provider's bearer token swapped for the gateway's own, anything else
 * as it came (the token check judges it next). One rule for HTTP requests and graphql-ws connections.
 */
export async function exchangeAuthorization(
  signIn: ProviderSignIn | null,
  authorization: string | undefined,
): Promise<string | undefined> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!signIn || !match?.[1]) return authorization;
  const exchanged = await signIn.exchange(match[1]);
  return exchanged ? `Bearer ${exchanged}` : authorization;
}

/**
 * Replaces a provider's bearer token in the request with the gateway's own; returns false when it answered the
 * request itself (a refusal).
 */
export async function signInRequest(
  signIn: ProviderSignIn,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  try {
    const authorization = await exchangeAuthorization(signIn, req.headers.authorization);
    if (authorization) req.headers.authorization = authorization;
    return true;
  } catch (error) {
    if ((error as GraphQLError).extensions?.code) {
      writeRefusal(res, error as GraphQLError);
      return false;
    }
    throw error;
  }
}
