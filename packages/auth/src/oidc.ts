import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';

/** Signing algorithms accepted from the identity provider (asymmetric only). */
export const PROVIDER_ALGORITHMS = ['RS256', 'ES256'] as const;

/** How the gateway trusts an external OpenID Connect provider (HUB_OIDC_* variables). */
export interface OidcSettings {
  /** The provider's issuer identifier, exactly as its tokens' `iss` (HUB_OIDC_ISSUER). */
  issuer: string;
  /** The `aud` the provider puts in access tokens for the hub (HUB_OIDC_AUDIENCE). */
  audience: string;
  /** The key set; discovered from the issuer's metadata when absent (HUB_OIDC_JWKS_URI). */
  jwksUri?: string;
  /** Claim holding the user's subject (HUB_OIDC_SUBJECT_CLAIM, default `sub`). */
  subjectClaim: string;
  /** Claim naming the client a token was issued to (HUB_OIDC_CLIENT_ID_CLAIM, default `client_id`). */
  clientIdClaim: string;
  /** Longest lifetime (exp − iat) accepted, seconds (HUB_OIDC_MAX_LIFETIME, default 900). */
  maxLifetimeSeconds: number;
  /** Least time between two fetches of the key set, ms: an unknown `kid` refetches it after this. */
  jwksCooldownMs?: number;
}

export class OidcConfigError extends Error {}

function positiveWhole(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0)
    throw new OidcConfigError(`${name} must be a positive whole number`);
  return number;
}

/** The provider settings from the environment; null when HUB_OIDC_ISSUER is unset (no provider). */
export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.HUB_OIDC_ISSUER;
  if (!issuer) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new OidcConfigError(`HUB_OIDC_ISSUER must be a URL, got "${issuer}"`);
  }
  if (
    env.NODE_ENV === 'production' &&
    url.protocol !== 'https:' &&
    !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  )
    throw new OidcConfigError('HUB_OIDC_ISSUER must be an https URL in production');
  return {
    issuer,
    audience: env.HUB_OIDC_AUDIENCE || 'dibao-api',
    ...(env.HUB_OIDC_JWKS_URI ? { jwksUri: env.HUB_OIDC_JWKS_URI } : {}),
    subjectClaim: env.HUB_OIDC_SUBJECT_CLAIM || 'sub',
    clientIdClaim: env.HUB_OIDC_CLIENT_ID_CLAIM || 'client_id',
    maxLifetimeSeconds: positiveWhole(env.HUB_OIDC_MAX_LIFETIME, 900, 'HUB_OIDC_MAX_LIFETIME'),
  };
}

/** What a verified provider token says; the registry decides who that is. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  clientId: string | null;
  jti: string;
  expiresAt: Date;
}

/** Why a provider token was refused, with a stable reason and messages in both languages. */
export class ProviderTokenError extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
  }
}

/** True when the token claims to come from this provider (checked, of course, by `verify`). */
export function isProviderToken(token: string, settings: OidcSettings): boolean {
  try {
    const { alg } = decodeProtectedHeader(token);
    return alg !== 'HS256' && decodeJwt(token).iss === settings.issuer;
  } catch {
    return false;
  }
}

/**
 * Verifies access tokens of the provider against its JWKS. jose's remote key set caches the keys and fetches
 * them again when a token names a `kid` it does not hold, so a new key is used without restart and both keys
 * of a rotation verify while the provider publishes both.
 */
export class OidcVerifier {
  private keys: ReturnType<typeof createRemoteJWKSet> | undefined;
  private discovering: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;

  constructor(readonly settings: OidcSettings) {}

  private keySet() {
    if (this.keys) return Promise.resolve(this.keys);
    this.discovering ??= (async () => {
      const uri = this.settings.jwksUri ?? (await this.discoverJwksUri());
      this.keys = createRemoteJWKSet(new URL(uri), {
        cooldownDuration: this.settings.jwksCooldownMs ?? 30_000,
        timeoutDuration: 5_000,
      });
      return this.keys;
    })().finally(() => {
      this.discovering = undefined;
    });
    return this.discovering;
  }

  private async discoverJwksUri(): Promise<string> {
    const base = this.settings.issuer.endsWith('/') ? this.settings.issuer : `${this.settings.issuer}/`;
    const response = await fetch(new URL('.well-known/openid-configuration', base), {
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`the provider's metadata answered ${response.status}`);
    const metadata = (await response.json()) as { issuer?: string; jwks_uri?: string };
    if (metadata.issuer !== this.settings.issuer || !metadata.jwks_uri)
      throw new Error("the provider's metadata names another issuer or no jwks_uri");
    return metadata.jwks_uri;
  }

  async verify(token: string): Promise<ProviderIdentity> {
    let keys;
    try {
      keys = await this.keySet();
    } catch {
      throw new ProviderTokenError('the identity provider cannot be reached', '无法连接身份提供方');
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: [...PROVIDER_ALGORITHMS],
        requiredClaims: ['exp', 'iat', 'jti'],
      }));
    } catch (error) {
      throw refusalOf(error);
    }
    const lifetime = (payload.exp as number) - (payload.iat as number);
    if (lifetime > this.settings.maxLifetimeSeconds) {
      throw new ProviderTokenError(
        `the token lives ${lifetime} s, longer than the ${this.settings.maxLifetimeSeconds} s accepted`,
        `令牌有效期 ${lifetime} 秒，超过允许的 ${this.settings.maxLifetimeSeconds} 秒`,
      );
    }
    const subject = payload[this.settings.subjectClaim];
    const clientId = payload[this.settings.clientIdClaim];
    if (typeof subject !== 'string' || !subject)
      throw new ProviderTokenError(
        `the token has no ${this.settings.subjectClaim} claim`,
        `令牌缺少 ${this.settings.subjectClaim}`,
      );
    return {
      issuer: this.settings.issuer,
      subject,
      clientId: typeof clientId === 'string' && clientId ? clientId : null,
      jti: payload.jti as string,
      expiresAt: new Date((payload.exp as number) * 1000),
    };
  }
}

function refusalOf(error: unknown): ProviderTokenError {
  switch ((error as { code?: string }).code) {
    case 'ERR_JWT_EXPIRED':
      return new ProviderTokenError('the token has expired', '令牌已过期');
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return new ProviderTokenError(
        "the token is not signed by the identity provider's keys",
        '令牌不是由身份提供方的密钥签名的',
      );
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return new ProviderTokenError(
        `the token was not issued for this hub (${(error as { claim?: string }).claim ?? 'claims'})`,
        '令牌不是为本系统签发的',
      );
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return new ProviderTokenError(
        'the token uses a signing algorithm this hub does not accept',
        '令牌的签名算法不被接受',
      );
    case 'ERR_JWKS_TIMEOUT':
      return new ProviderTokenError('the identity provider cannot be reached', '无法连接身份提供方');
    default:
      return new ProviderTokenError('the token is malformed', '令牌格式错误');
  }
}
