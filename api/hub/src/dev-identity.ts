import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import * as client from 'openid-client';
import type { OidcSettings } from '@dibao/auth';
import type { AgencyKind, RegionLevel, Role } from '@dibao/domain';
import { firstOfficialOfEachAgency, grantSignIn } from '@dibao/registry';
import { systemActor } from '@dibao/server';
import { consentPage, loginPage, type DemoAccount } from './dev-login-page.js';
import { HUB_RESOURCE, startIdentityProvider, type RunningIdentityProvider } from './identity-provider.js';

/*
 * `pnpm start`'s embedded development identity provider: the demo officials sign in with a demo account
 * (login `<agency kind>.<region code>`, such as `civil-affairs.630102`), and the gateway's /auth/sign-in takes
 * them through authorization code + PKCE into GraphiQL with their token. Development only: production never
 * starts it.
 */

export const DEV_AUDIENCE = 'dibao-api';
export const GRAPHIQL_CLIENT = 'hub-graphiql';
/** The cookie GraphiQL's default headers are taken from (see the gateway's `graphiqlTokenCookie`). */
export const GRAPHIQL_TOKEN_COOKIE = 'hub_token';

/**
 * The roles a demo account holds: what an official of that agency at that level typically does. A
 * prefecture's civil affairs bureau reviews its counties' reports and organises special inspections of them.
 */
export function demoRoles(kind: AgencyKind, level: string): Role[] {
  switch (kind) {
    case 'CIVIL_AFFAIRS':
      return level === 'COUNTY' ? ['REPORTER'] : level === 'PROVINCE' ? ['ADMIN'] : ['REVIEWER', 'INSPECTOR'];
    case 'DISCIPLINE_INSPECTION':
      return ['DISCIPLINE_OFFICER'];
    case 'GOVERNMENT':
      return ['COMPLAINT_HANDLER'];
    case 'AUDIT':
    case 'FINANCE':
      return ['INSPECTOR'];
    default:
      return ['VIEWER'];
  }
}

export const demoLogin = (kind: AgencyKind, region: string) => `${kind.toLowerCase().replace(/_/g, '-')}.${region}`;

export interface DevIdentity {
  provider: RunningIdentityProvider;
  oidc: OidcSettings;
  /** Serves /auth/sign-in and /auth/callback beside the gateway; false for any other path. */
  routes(req: IncomingMessage, res: ServerResponse): boolean;
  /** Makes every demo official a demo account (after the demo data is loaded); returns a few, for the log. */
  grantDemoAccounts(registry: DataSource): Promise<Array<{ login: string; name: string; roles: Role[] }>>;
  stop(): Promise<void>;
}

export async function startDevIdentity(options: { host: string; port: number; hubUrl: string }): Promise<DevIdentity> {
  const accounts = new Map<string, DemoAccount>();
  const unknownLogin = {
    zh: '没有这个演示账号：请从下表中选择一个账号',
    en: 'No demo account has this login: pick one from the table below',
  };
  const callbackUrl = `${options.hubUrl}/auth/callback`;
  const provider = await startIdentityProvider({
    host: options.host,
    port: options.port,
    audience: DEV_AUDIENCE,
    accessTokenSeconds: 900,
    accounts,
    pages: {
      login: ({ action, login, unknownLogin: unknown }) =>
        loginPage({
          action,
          accounts: [...accounts.values()],
          ...(login ? { login } : {}),
          ...(unknown ? { error: unknownLogin } : {}),
        }),
      consent: ({ action, clientId, accountId }) =>
        consentPage({
          action,
          client: clientId === GRAPHIQL_CLIENT ? 'GraphiQL' : clientId,
          ...(accounts.get(accountId) ? { account: accounts.get(accountId)! } : {}),
        }),
    },
    clients: [
      {
        client_id: GRAPHIQL_CLIENT,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        redirect_uris: [callbackUrl],
        response_types: ['code'],
      },
    ],
  });
  const oidc: OidcSettings = {
    issuer: provider.issuer,
    audience: DEV_AUDIENCE,
    subjectClaim: 'sub',
    clientIdClaim: 'client_id',
    maxLifetimeSeconds: 900,
  };
  let config: client.Configuration | undefined;
  const relyingParty = async () =>
    (config ??= await client.discovery(new URL(provider.issuer), GRAPHIQL_CLIENT, undefined, client.None(), {
      execute: [client.allowInsecureRequests],
    }));
  /** Sign-ins under way: state → PKCE verifier (a few minutes at most, bounded). */
  const pending = new Map<string, string>();

  const signIn = async (res: ServerResponse) => {
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    if (pending.size > 1000) pending.clear();
    pending.set(state, verifier);
    const url = client.buildAuthorizationUrl(await relyingParty(), {
      redirect_uri: callbackUrl,
      scope: 'openid api',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      resource: HUB_RESOURCE,
      state,
    });
    res.writeHead(302, { location: url.href }).end();
  };

  const callback = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', options.hubUrl);
    const state = url.searchParams.get('state') ?? '';
    const verifier = pending.get(state);
    pending.delete(state);
    if (!verifier)
      return void res
        .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Unknown sign-in / 未知的登录请求');
    const tokens = await client.authorizationCodeGrant(
      await relyingParty(),
      url,
      { pkceCodeVerifier: verifier, expectedState: state },
      { resource: HUB_RESOURCE },
    );
    res.writeHead(302, {
      location: '/graphql',
      'set-cookie': `${GRAPHIQL_TOKEN_COOKIE}=${tokens.access_token}; Path=/graphql; HttpOnly; SameSite=Lax; Max-Age=900`,
    });
    res.end();
  };

  return {
    provider,
    oidc,
    routes(req, res) {
      const path = (req.url ?? '').split('?')[0];
      const route = path === '/auth/sign-in' ? signIn(res) : path === '/auth/callback' ? callback(req, res) : null;
      if (!route) return false;
      route.catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Sign-in failed / 登录失败: ${error instanceof Error ? error.message : String(error)}`);
      });
      return true;
    },
    async grantDemoAccounts(registry) {
      const officials = await firstOfficialOfEachAgency(registry);
      const grants = officials.map((official) => ({
        officialId: official.id,
        subject: demoLogin(official.kind, official.region),
        roles: demoRoles(official.kind, official.level),
        name: official.name,
      }));
      await grantSignIn(registry, systemActor('dev-identity-provider'), provider.issuer, grants);
      accounts.clear();
      officials.forEach((official, index) => {
        const grant = grants[index]!;
        accounts.set(grant.subject, {
          login: grant.subject,
          name: grant.name,
          kind: official.kind,
          level: official.level as RegionLevel,
          regionName: official.regionName,
          regionNameEn: official.regionNameEn,
          roles: grant.roles,
        });
      });
      return pickExamples(grants).map(({ subject, name, roles }) => ({ login: subject, name, roles }));
    },
    stop: () => provider.stop(),
  };
}

/** One account per role, for the start-up log. */
function pickExamples<T extends { roles: Role[] }>(grants: T[]): T[] {
  const seen = new Set<string>();
  return grants.filter((grant) => {
    const key = grant.roles.join();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
