import type { Plugin } from 'graphql-yoga';
import { decodeJwt } from 'jose';
import { InvalidPrincipalError, TOKEN_ISSUER, verifyToken, type Principal } from '@dibao/auth';
import { unauthenticated } from '@dibao/server';
import type { RegionDirectory } from './region-directory.js';

/** Why a token was refused, in both languages, from jose's error codes. */
function refusalOf(error: unknown): [string, string] {
  const code = (error as { code?: string }).code;
  if (error instanceof InvalidPrincipalError)
    return [`token claims are invalid: ${error.message}`, `令牌声明无效：${error.message}`];
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return ['the token has expired', '令牌已过期'];
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return ['the token signature is not valid', '令牌签名无效'];
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return ['the token was not issued for this hub', '令牌不是为本系统签发的'];
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return ['the token uses a signing algorithm this hub does not accept', '令牌的签名算法不被接受'];
    default:
      return ['the token is malformed', '令牌格式错误'];
  }
}

function issuerOf(token: string): unknown {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

/**
 * Checks the bearer token before the JWT plugin does, so that every refusal is a 401 with
 * `extensions.code: UNAUTHENTICATED` and a message in both languages (the plugin's own errors have neither).
 * The claims must name a known agency kind and role (checked against the vocabularies) and a region of the
 * registry (asked of `regions`): a well-formed code such as 999999 that is no region is refused too.
 * Requests without a token pass: anonymous callers see public data. `issuers` are the token issuers this mode
 * accepts (production: only the gateway's own tokens, minted after a provider sign-in).
 */
export function useTokenCheck(secret: string, regions: RegionDirectory, issuers: readonly string[]): Plugin {
  return {
    async onRequestParse({ request }) {
      await checkAuthorization(request.headers.get('authorization'), secret, regions, issuers);
    },
  };
}

/**
 * The check itself, for an Authorization value from a request's header, a WebSocket's `connectionParams` or a
 * file upload; nothing to check without one. Returns the verified principal.
 */
export async function checkAuthorization(
  header: string | null | undefined,
  secret: string,
  regions: RegionDirectory,
  issuers: readonly string[],
): Promise<Principal | undefined> {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw unauthenticated(
      'The Authorization header must be "Bearer <token>"',
      'Authorization 请求头须为 “Bearer <令牌>”',
    );
  }
  if (!issuers.includes(TOKEN_ISSUER) && issuerOf(match[1]) === TOKEN_ISSUER) {
    throw unauthenticated(
      'Token refused: development tokens are not accepted in production; sign in through the identity provider',
      '令牌被拒绝：生产环境不接受开发令牌，请通过身份提供方登录',
    );
  }
  let principal: Principal;
  try {
    principal = await verifyToken(match[1], secret, issuers);
  } catch (error) {
    const [en, zh] = refusalOf(error);
    throw unauthenticated(`Token refused: ${en}`, `令牌被拒绝：${zh}`);
  }
  if (!(await regions.exists(principal.region))) {
    throw unauthenticated(
      `Token refused: region ${principal.region} is not a region of the registry`,
      `令牌被拒绝：区划 ${principal.region} 不在区划名录中`,
    );
  }
  return principal;
}
