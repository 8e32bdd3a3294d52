import { jwtVerify, SignJWT } from 'jose';
import { claimsOf, principalFromClaims, type Principal } from './principal.js';

/** Issuer of development tokens (`pnpm dev-token`): refused in production. */
export const TOKEN_ISSUER = 'dibao-hub';
/**
 * Issuer of the tokens the gateway itself mints for a principal it read from the registry after verifying a
 * provider's token; subgraphs see these only (and forward them when they query the supergraph as the caller).
 */
export const GATEWAY_TOKEN_ISSUER = 'dibao-gateway';
export const TOKEN_AUDIENCE = 'dibao-api';
export const TOKEN_ALGORITHM = 'HS256';
/** Gateway tokens live for one request and the supergraph calls it makes (seconds). */
export const GATEWAY_TOKEN_LIFETIME_SECONDS = 300;

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** Signs a principal as a short-lived HS256 JWT; the gateway verifies it with the same secret. */
export async function mintToken(
  principal: Principal,
  secret: string,
  options: { expiresIn?: string | number; issuer?: string } = {},
): Promise<string> {
  const { sub, ...claims } = claimsOf(principal);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(options.issuer ?? TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(keyOf(secret));
}

/**
 * Verifies signature, issuer, audience and expiry, then the principal claims. Throws on any failure.
 * `issuers` defaults to development tokens only; the gateway passes the issuers its mode accepts.
 */
export async function verifyToken(
  token: string,
  secret: string,
  issuers: readonly string[] = [TOKEN_ISSUER],
): Promise<Principal> {
  const { payload } = await jwtVerify(token, keyOf(secret), {
    issuer: [...issuers],
    audience: TOKEN_AUDIENCE,
    algorithms: [TOKEN_ALGORITHM],
  });
  return principalFromClaims(payload);
}
