import { jwtVerify, SignJWT } from 'jose';
import { claimsOf, principalFromClaims, type Principal } from './principal.js';

export const TOKEN_ISSUER = 'dibao-hub';
export const TOKEN_AUDIENCE = 'dibao-api';
export const TOKEN_ALGORITHM = 'HS256';

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** Signs a principal as a short-lived HS256 JWT; the gateway verifies it with the same secret. */
export async function mintToken(
  principal: Principal,
  secret: string,
  options: { expiresIn?: string | number } = {},
): Promise<string> {
  const { sub, ...claims } = claimsOf(principal);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(keyOf(secret));
}

/** Verifies signature, issuer, audience and expiry, then the principal claims. Throws on any failure. */
export async function verifyToken(token: string, secret: string): Promise<Principal> {
  const { payload } = await jwtVerify(token, keyOf(secret), {
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
    algorithms: [TOKEN_ALGORITHM],
  });
  return principalFromClaims(payload);
}
