import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata, type JWK } from 'oidc-provider';

/*
 * An OpenID provider on loopback (oidc-provider, certified): the tests' provider and `pnpm start`'s embedded
 * development provider. Access tokens are JWTs for one resource (the hub's API), signed with the first key of
 * the current key set; `rotate` publishes a new signing key beside the old ones without changing the issuer,
 * as a real provider does during a rotation.
 */

/** The resource indicator of the hub's API; its tokens carry `aud` = the audience given here. */
export const HUB_RESOURCE = 'urn:dibao:api';

export interface IdentityProviderOptions {
  host?: string;
  port?: number;
  /** `aud` of the access tokens (the gateway's HUB_OIDC_AUDIENCE). */
  audience: string;
  clients: ClientMetadata[];
  /** Signing algorithm of the first key. */
  algorithm?: 'RS256' | 'ES256';
  /** Access token lifetime, seconds. */
  accessTokenSeconds?: number;
  /** Accounts that may sign in (login names); any login when absent (the provider's own test login page). */
  accounts?: ReadonlyMap<string, { name: string }>;
  /** Our own sign-in and consent pages instead of oidc-provider's generic development forms. */
  pages?: InteractionPages;
}

/** The HTML of the interaction pages; `action` is where the form posts. */
export interface InteractionPages {
  login(input: { action: string; login?: string; unknownLogin: boolean }): string;
  consent(input: { action: string; clientId: string; accountId: string }): string;
}

const INTERACTION = /^\/interaction\/([\w-]+)(?:\/(login|confirm))?$/;

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

const html = (res: ServerResponse, body: string): void =>
  void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);

/**
 * The login and consent steps of an authorization request on our pages, the way oidc-provider's own examples
 * do them: the interaction's details, then `interactionFinished` with the login or with a grant of exactly
 * the scopes and resource scopes asked for.
 */
async function interact(
  provider: Provider,
  pages: InteractionPages,
  accounts: ReadonlyMap<string, unknown> | undefined,
  req: IncomingMessage,
  res: ServerResponse,
  step: string | undefined,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const base = `/interaction/${details.uid}`;
  const clientId = String(details.params.client_id ?? '');
  if (req.method !== 'POST') {
    if (details.prompt.name === 'login')
      return html(res, pages.login({ action: `${base}/login`, unknownLogin: false }));
    return html(
      res,
      pages.consent({ action: `${base}/confirm`, clientId, accountId: details.session?.accountId ?? '' }),
    );
  }
  if (step === 'login') {
    const login = (await formOf(req)).get('login')?.trim() ?? '';
    if (accounts && !accounts.has(login)) {
      return html(res, pages.login({ action: `${base}/login`, login, unknownLogin: true }));
    }
    return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  }
  const accountId = details.session?.accountId;
  if (step !== 'confirm' || !accountId) return void res.writeHead(400).end();
  const grant = details.grantId
    ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId, clientId }))
    : new provider.Grant({ accountId, clientId });
  const missing = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

export interface RunningIdentityProvider {
  issuer: string;
  /** Publishes a new signing key (used from now on) and keeps the previous keys in the key set. */
  rotate(algorithm?: 'RS256' | 'ES256'): Promise<void>;
  /** Drops every key but the newest from the key set. */
  retireOldKeys(): Promise<void>;
  /** A client-credentials access token for the hub's API. */
  clientCredentialsToken(clientId: string, clientSecret: string): Promise<string>;
  /** Changes the lifetime of the access tokens issued from now on. */
  setAccessTokenSeconds(seconds: number): Promise<void>;
  stop(): Promise<void>;
}

export function signingKey(algorithm: 'RS256' | 'ES256'): JWK {
  const { privateKey } =
    algorithm === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), kid: randomUUID(), alg: algorithm, use: 'sig' };
}

export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  const host = options.host ?? '127.0.0.1';
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;
  let keys: JWK[] = [signingKey(options.algorithm ?? 'RS256')];
  let accessTokenSeconds = options.accessTokenSeconds ?? 300;

  // A provider's configuration is fixed at construction: a new key set is a new instance behind the same port.
  const build = () => {
    const provider = new Provider(issuer, {
      clients: options.clients,
      jwks: { keys },
      pkce: { required: () => true },
      features: {
        devInteractions: { enabled: !options.pages },
        clientCredentials: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => HUB_RESOURCE,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: 'openid api',
            audience: options.audience,
            accessTokenTTL: accessTokenSeconds,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: keys[0]!.alg as 'RS256' | 'ES256', kid: keys[0]!.kid! } },
          }),
        },
      },
      scopes: ['openid', 'api'],
      ...(options.accounts
        ? {
            findAccount: (_ctx: unknown, id: string) => {
              const account = options.accounts!.get(id);
              return account ? { accountId: id, claims: () => ({ sub: id, name: account.name }) } : undefined;
            },
          }
        : {}),
      // Refresh tokens would outlive a revocation of the access token's id; the hub's tokens are short.
      issueRefreshToken: () => false,
    });
    provider.on('server_error', (_ctx: unknown, error: Error) => console.error('[identity provider]', error));
    const callback = provider.callback() as typeof handler;
    const pages = options.pages;
    handler = !pages
      ? callback
      : (req, res) => {
          const match = INTERACTION.exec((req.url ?? '').split('?')[0]!);
          if (!match) return callback(req, res);
          interact(provider, pages, options.accounts, req, res, match[2]).catch((error: unknown) => {
            console.error('[identity provider]', error);
            if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
            res.end('Sign-in failed; start again / 登录失败，请重新开始');
          });
        };
  };
  build();

  return {
    issuer,
    async rotate(algorithm = 'ES256') {
      keys = [signingKey(algorithm), ...keys];
      build();
    },
    async retireOldKeys() {
      keys = [keys[0]!];
      build();
    },
    async setAccessTokenSeconds(seconds) {
      accessTokenSeconds = seconds;
      build();
    },
    async clientCredentialsToken(clientId, clientSecret) {
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'api', resource: HUB_RESOURCE }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!body.access_token) throw new Error(`the provider refused: ${body.error} ${body.error_description ?? ''}`);
      return body.access_token;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
