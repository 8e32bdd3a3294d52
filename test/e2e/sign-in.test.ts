import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT } from 'jose';
import * as client from 'openid-client';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OidcSettings } from '@dibao/auth';
import { AlertRaisedDocument, documentIdOf, MeDocument } from '@dibao/client';
import { readCommittedSupergraph, startGateway, type RunningGateway } from '@dibao/gateway';
import { HUB_RESOURCE, startIdentityProvider, type RunningIdentityProvider } from '@dibao/hub';
import { idCheckCharacter } from '@dibao/monitoring';
import { launchChromium } from '../browser/chromium.js';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub.js';

/*
 * Sign-in through a real OpenID provider (oidc-provider) on loopback: officials with authorization code + PKCE
 * in Chromium, county systems with client credentials; the registry decides who a token stands for.
 */

const AUDIENCE = 'dibao-api';
const ROSTER_CLIENT = { id: 'county-roster', secret: 'roster-client-secret-for-the-tests-only' };
/** A client of the provider that no service account of the registry stands for. */
const STRANGER_CLIENT = { id: 'stranger-system', secret: 'stranger-client-secret-for-the-tests-only' };
const CONSOLE_CLIENT = 'hub-console';
const AGENCY = '630102:CIVIL_AFFAIRS';

const ME = 'query { me { subject name agency regionCode roles } }';
const CREATE_SERVICE_ACCOUNT = `mutation($input: NewServiceAccountInput!) {
  createServiceAccount(input: $input) { id clientId agencyId regionCode roles active } }`;
const SET_ACTIVE =
  'mutation($id: ID!, $active: Boolean!) { setServiceAccountActive(id: $id, active: $active) { active } }';
const REVOKE = `mutation($input: RevokeTokenInput!) { revokeToken(input: $input) { jti } }`;
const SET_ACCESS = `mutation($id: ID!, $access: OfficialAccessInput!) {
  setOfficialAccess(officialId: $id, access: $access) { officialId roles idpSubject } }`;

let idp: RunningIdentityProvider;
let hub: TestHub;
let callback: Server;
let callbackUrl: string;
let adminToken: string;
let serviceAccountId: string;

const settings = (): OidcSettings => ({
  issuer: idp.issuer,
  audience: AUDIENCE,
  subjectClaim: 'sub',
  clientIdClaim: 'client_id',
  maxLifetimeSeconds: 900,
  // A token with a kid the gateway has not seen refetches the key set at once.
  jwksCooldownMs: 0,
});

const rosterToken = () => idp.clientCredentialsToken(ROSTER_CLIENT.id, ROSTER_CLIENT.secret);
const me = (token: string) => hub.query<{ me: Record<string, unknown> | null }>(ME, {}, token);

/** A county-month roster of three households, as a county system sends it. */
const countyRoster = (county: string, month: string) =>
  [
    'month,county_code,township_code,village,household_id,head_id_number,household_size,amount_fen,area,bank_paid',
    ...[1, 2, 3].map((n) => {
      const first17 = `${county}19800101${String(n).padStart(3, '0')}`;
      return `${month},${county},${county}001,东村,H-${n},${first17}${idCheckCharacter(first17)},${n},${n * 40000},URBAN,true`;
    }),
  ].join('\n') + '\n';

/** POST /monitoring/upload/roster on a gateway with a bearer token. */
async function uploadRosterTo(graphqlUrl: string, body: string, token: string) {
  const response = await fetch(graphqlUrl.replace('/graphql', '/monitoring/upload/roster'), {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A client-credentials token of the provider that has expired (lifetime one second, waited out). */
async function expiredRosterToken(): Promise<string> {
  await idp.setAccessTokenSeconds(1);
  const short = await rosterToken();
  await idp.setAccessTokenSeconds(300);
  const { exp } = decodeJwt(short);
  while (Date.now() < exp! * 1000 + 1_000) await new Promise((resolve) => setTimeout(resolve, 200));
  return short;
}

beforeAll(async () => {
  callback = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('signed in'));
  await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/callback`;
  idp = await startIdentityProvider({
    audience: AUDIENCE,
    clients: [
      {
        client_id: ROSTER_CLIENT.id,
        client_secret: ROSTER_CLIENT.secret,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
      },
      {
        client_id: STRANGER_CLIENT.id,
        client_secret: STRANGER_CLIENT.secret,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
      },
      {
        client_id: CONSOLE_CLIENT,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        redirect_uris: [callbackUrl],
        response_types: ['code'],
      },
    ],
  });
  hub = await startTestHub('sign-in', { oidc: settings() });
  adminToken = await hub.token({
    subject: 'admin-630102',
    agency: 'CIVIL_AFFAIRS',
    region: '630102',
    roles: ['ADMIN'],
  });
  const created = await hub.query<{ createServiceAccount: { id: string } }>(
    CREATE_SERVICE_ACCOUNT,
    {
      input: {
        name: '城中区低保花名册系统',
        agencyId: AGENCY,
        issuer: idp.issuer,
        clientId: ROSTER_CLIENT.id,
        roles: ['REPORTER'],
      },
    },
    adminToken,
  );
  expect(created.errors).toBeUndefined();
  serviceAccountId = created.data!.createServiceAccount.id;
});

afterAll(async () => {
  await hub?.stop();
  await idp?.stop();
  callback?.close();
});

describe('county systems with client credentials', () => {
  it('act as their service account: its agency, region and roles only', async () => {
    const token = await rosterToken();
    expect(decodeProtectedHeader(token).alg).toBe('RS256');
    const answer = await me(token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.me).toEqual({
      subject: `service:${ROSTER_CLIENT.id}`,
      name: '城中区低保花名册系统',
      agency: 'CIVIL_AFFAIRS',
      regionCode: '630102',
      roles: ['REPORTER'],
    });
    const refused = await hub.query(
      CREATE_SERVICE_ACCOUNT,
      {
        input: { name: 'x', agencyId: AGENCY, issuer: idp.issuer, clientId: 'other', roles: ['REPORTER'] },
      },
      token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('are registered by an ADMIN of their own agency only, never with ADMIN', async () => {
    const otherAdmin = await hub.token({ agency: 'CIVIL_AFFAIRS', region: '630103', roles: ['ADMIN'] });
    const input = { name: '花名册', agencyId: AGENCY, issuer: idp.issuer, clientId: 'another', roles: ['REPORTER'] };
    const foreign = await hub.query(CREATE_SERVICE_ACCOUNT, { input }, otherAdmin);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await hub.query(CREATE_SERVICE_ACCOUNT, { input: { ...input, roles: ['ADMIN'] } }, adminToken);
    expect(admin.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [audited] = await hub.adminQuery<{ count: string }>(
      `SELECT count(*) FROM registry.audit_record WHERE entity_type = 'ServiceAccount'`,
    );
    expect(Number(audited!.count)).toBe(1);
  });

  it('lose access at once when the account is disabled', async () => {
    const token = await rosterToken();
    expect((await hub.query(SET_ACTIVE, { id: serviceAccountId, active: false }, adminToken)).errors).toBeUndefined();
    const refused = await me(token);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.message).toContain('disabled');
    expect((await hub.query(SET_ACTIVE, { id: serviceAccountId, active: true }, adminToken)).errors).toBeUndefined();
    expect((await me(token)).data?.me).toMatchObject({ regionCode: '630102' });
  });
});

describe('the roster upload with provider tokens', () => {
  it("takes its own county's roster from the county system's service account, and refuses another county's", async () => {
    const own = await uploadRosterTo(hub.gatewayUrl, countyRoster('630102', '2025-03'), await rosterToken());
    expect(own).toMatchObject({ status: 200, body: { status: 'IMPORTED', rows: 3, countyCode: '630102' } });
    const [file] = await hub.adminQuery<{ actor: { subject: string } }>(
      `SELECT imported_by AS actor FROM monitoring.roster_file WHERE county_code = '630102'`,
    );
    expect(file!.actor.subject).toBe(`service:${ROSTER_CLIENT.id}`);
    const other = await uploadRosterTo(hub.gatewayUrl, countyRoster('630121', '2025-03'), await rosterToken());
    expect(other).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const [written] = await hub.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM monitoring.roster WHERE county_code = '630121'`,
    );
    expect(written!.n).toBe(0);
  });

  it('refuses a token of another provider and an expired one, with the reason', async () => {
    const other = await startIdentityProvider({
      audience: AUDIENCE,
      clients: [
        {
          client_id: ROSTER_CLIENT.id,
          client_secret: ROSTER_CLIENT.secret,
          grant_types: ['client_credentials'],
          redirect_uris: [],
          response_types: [],
        },
      ],
    });
    try {
      const token = await other.clientCredentialsToken(ROSTER_CLIENT.id, ROSTER_CLIENT.secret);
      const foreign = await uploadRosterTo(hub.gatewayUrl, countyRoster('630102', '2025-04'), token);
      expect(foreign).toMatchObject({
        status: 401,
        body: { code: 'UNAUTHENTICATED', message: expect.stringContaining('another identity provider') },
      });
    } finally {
      await other.stop();
    }
    const expired = await uploadRosterTo(hub.gatewayUrl, countyRoster('630102', '2025-04'), await expiredRosterToken());
    expect(expired).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED', message: expect.stringContaining('expired') },
    });
    const [written] = await hub.adminQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM monitoring.roster WHERE month = '2025-04-01'`,
    );
    expect(written!.n).toBe(0);
  });
});

describe('provider tokens', () => {
  it('follow a key rotation without restart: the old and the new key both verify', async () => {
    const before = await rosterToken();
    await idp.rotate('ES256');
    const after = await rosterToken();
    expect(decodeProtectedHeader(after).alg).toBe('ES256');
    expect(decodeProtectedHeader(after).kid).not.toBe(decodeProtectedHeader(before).kid);
    for (const token of [before, after]) expect((await me(token)).data?.me).toMatchObject({ roles: ['REPORTER'] });
  });

  it('are refused from the next request on once their jti is revoked', async () => {
    const token = await rosterToken();
    expect((await me(token)).data?.me).not.toBeNull();
    const { jti, exp } = decodeJwt(token);
    const revoked = await hub.query(
      REVOKE,
      { input: { issuer: idp.issuer, jti, expiresAt: new Date(exp! * 1000).toISOString() } },
      adminToken,
    );
    expect(revoked.errors).toBeUndefined();
    const refused = await me(token);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.message).toContain('revoked');
    expect((await me(await rosterToken())).data?.me).not.toBeNull();
  });

  it('are refused when expired, from another provider, or signed with a key the provider never published', async () => {
    await idp.setAccessTokenSeconds(1);
    const short = await rosterToken();
    await idp.setAccessTokenSeconds(300);
    const { exp } = decodeJwt(short);
    while (Date.now() < exp! * 1000 + 1_000) await new Promise((resolve) => setTimeout(resolve, 200));
    const expired = await me(short);
    expect([expired.status, expired.errors?.[0]?.message]).toEqual([401, expect.stringContaining('expired')]);

    const other = await startIdentityProvider({
      audience: AUDIENCE,
      clients: [
        {
          client_id: ROSTER_CLIENT.id,
          client_secret: ROSTER_CLIENT.secret,
          grant_types: ['client_credentials'],
          redirect_uris: [],
          response_types: [],
        },
      ],
    });
    try {
      const foreign = await me(await other.clientCredentialsToken(ROSTER_CLIENT.id, ROSTER_CLIENT.secret));
      expect([foreign.status, foreign.errors?.[0]?.message]).toEqual([
        401,
        expect.stringContaining('another identity provider'),
      ]);
    } finally {
      await other.stop();
    }

    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ client_id: ROSTER_CLIENT.id, jti: 'forged-1' })
      .setProtectedHeader({ alg: 'ES256', kid: (await exportJWK(publicKey)).x! })
      .setIssuer(idp.issuer)
      .setAudience(AUDIENCE)
      .setSubject(ROSTER_CLIENT.id)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const refused = await me(forged);
    expect([refused.status, refused.errors?.[0]?.message]).toEqual([401, expect.stringContaining("provider's keys")]);
  });
});

describe('officials', () => {
  it('sign in with authorization code + PKCE in a browser and act as their registry record', async () => {
    const config = await client.discovery(new URL(idp.issuer), CONSOLE_CLIENT, undefined, client.None(), {
      execute: [client.allowInsecureRequests],
    });
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const authorizationUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: callbackUrl,
      scope: 'openid api',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      resource: HUB_RESOURCE,
      state,
    });
    const browser = await launchChromium();
    let redirectedTo: string;
    try {
      const page = await browser.newPage();
      await page.goto(authorizationUrl.href);
      await page.fill('input[name=login]', 'zhang.wei');
      await page.fill('input[name=password]', 'any');
      await page.click('button[type=submit]');
      await page.waitForSelector('button[type=submit]');
      await Promise.all([page.waitForURL(`${callbackUrl}**`), page.click('button[type=submit]')]);
      redirectedTo = page.url();
    } finally {
      await browser.close();
    }
    const tokens = await client.authorizationCodeGrant(
      config,
      new URL(redirectedTo),
      { pkceCodeVerifier: verifier, expectedState: state },
      { resource: HUB_RESOURCE },
    );
    const token = tokens.access_token;
    expect(decodeJwt(token)).toMatchObject({ sub: 'zhang.wei', aud: AUDIENCE, iss: idp.issuer });

    // No official signs in as this subject yet.
    const unknown = await me(token);
    expect([unknown.status, unknown.errors?.[0]?.message]).toEqual([401, expect.stringContaining('no official')]);

    type Listed = { officials: { edges: Array<{ node: { id: string; name: string; agency: { id: string } } }> } };
    const listed = await hub.query<Listed>(
      'query { officials(under: "630102", first: 100) { edges { node { id name agency { id } } } } }',
      {},
      adminToken,
    );
    const official = listed.data!.officials.edges.map((edge) => edge.node).find((node) => node.agency.id === AGENCY)!;
    expect(official).toBeDefined();
    const access = { roles: ['REVIEWER'], issuer: idp.issuer, subject: 'zhang.wei' };
    const otherAdmin = await hub.token({ agency: 'GOVERNMENT', region: '630102', roles: ['ADMIN'] });
    const foreign = await hub.query(SET_ACCESS, { id: official.id, access }, otherAdmin);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const linked = await hub.query(SET_ACCESS, { id: official.id, access }, adminToken);
    expect(linked.errors).toBeUndefined();

    // Agency, region and roles are the registry's, whatever the token says.
    expect((await me(token)).data?.me).toEqual({
      subject: `official:${official.id}`,
      name: official.name,
      agency: 'CIVIL_AFFAIRS',
      regionCode: '630102',
      roles: ['REVIEWER'],
    });
    const [audited] = await hub.adminQuery<{ count: string }>(
      `SELECT count(*) FROM registry.audit_record WHERE entity_type = 'OfficialAccess' AND entity_id = $1`,
      [official.id],
    );
    expect(Number(audited!.count)).toBe(1);

    // An official who leaves loses access on the next request.
    const left = await hub.query(
      'mutation($id: ID!) { updateOfficial(id: $id, changes: { active: false }) { active } }',
      { id: official.id },
      adminToken,
    );
    expect(left.errors).toBeUndefined();
    const refused = await me(token);
    expect([refused.status, refused.errors?.[0]?.message]).toEqual([401, expect.stringContaining('no longer active')]);
  });
});

describe('production mode', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startGateway({
      supergraphSdl: await readCommittedSupergraph(),
      subgraphUrls: Object.fromEntries(hub.runtime.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
      port: 0,
      gatewaySecret: hub.gatewaySecret,
      jwtSecret: hub.jwtSecret,
      production: true,
      oidc: settings(),
    });
  });
  afterAll(async () => gateway?.stop());

  it('refuses development tokens and accepts the provider tokens', async () => {
    // Production runs trusted documents only: `me` as @dibao/client's Me, by its id.
    const meById = { documentId: documentIdOf(MeDocument) };
    const dev = await postGraphQL(gateway.url, meById, { authorization: `Bearer ${adminToken}` });
    expect([dev.status, dev.errors?.[0]?.message]).toEqual([401, expect.stringContaining('development tokens')]);
    const signedIn = await postGraphQL<{ me: unknown }>(gateway.url, meById, {
      authorization: `Bearer ${await rosterToken()}`,
    });
    expect(signedIn.data?.me).toMatchObject({ subject: `service:${ROSTER_CLIENT.id}`, roles: ['REPORTER'] });
  });

  it('takes uploads with provider tokens only, never development tokens', async () => {
    const post = async (token: string) =>
      (
        await fetch(gateway.url.replace('/graphql', '/monitoring/upload/roster'), {
          method: 'POST',
          headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
          body: 'month,county_code\n',
        })
      ).status;
    expect(await post(adminToken)).toBe(401);
    // The service account's token passes the gate; the subgraph then judges the file (a bad header: 422).
    expect(await post(await rosterToken())).toBe(422);
  });
});

describe('provider tokens beyond GraphQL over HTTP', () => {
  const HEADER =
    'month,county_code,township_code,village,household_id,head_id_number,household_size,amount_fen,area,bank_paid';
  /** Chengdong's roster of a month: 12 households, one of them paid far above the standard. */
  const roster = (month: string) =>
    `${HEADER}\n${Array.from({ length: 12 }, (_, h) => {
      const first17 = `630102198${h % 10}0101${String(h).padStart(3, '0')}`;
      const size = 1 + (h % 4);
      const amount = h === 7 ? 300000 : size * (40000 - h * 1000);
      return `${month},630102,630102100,东关,H-${h},${first17 + idCheckCharacter(first17)},${size},${amount},RURAL,true`;
    }).join('\n')}\n`;
  const upload = async (base: string, kind: string, body: string, token: string) => {
    const response = await fetch(base.replace('/graphql', `/monitoring/upload/${kind}`), {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const wsClient = (token: string) =>
    createClient({
      url: hub.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    });

  it('sign a county system in over graphql-ws: its registry principal, and its live alerts', async () => {
    const client = wsClient(await rosterToken());
    try {
      const me = client.iterate<{ me: { subject: string; roles: string[] } }>({ query: ME });
      const answer = await me.next();
      expect(answer.value?.data?.me).toMatchObject({ subject: `service:${ROSTER_CLIENT.id}`, roles: ['REPORTER'] });
      await me.return?.();

      // From the start of the outbox, so that no event falls before the subscription listens.
      const alerts = client.iterate<{ alertRaised: { alert: { month: string; region: { code: string } } } }>({
        query: print(AlertRaisedDocument),
        variables: { under: '630102', after: '0' },
      });
      const province = await hub.token({ region: '630000', roles: ['ADMIN'], agency: 'CIVIL_AFFAIRS' });
      const standards = 'county_code,area,from_month,standard_fen\n630102,RURAL,2024-01,50000\n';
      expect((await upload(hub.gatewayUrl, 'standards', standards, province)).status).toBe(200);
      // The county system uploads its own county's roster with its provider token.
      const uploaded = await upload(hub.gatewayUrl, 'roster', roster('2025-07'), await rosterToken());
      expect([uploaded.status, uploaded.body.alertsRaised]).toEqual([200, 1]);
      let seen;
      do seen = (await alerts.next()).value?.data?.alertRaised.alert;
      while (seen && seen.month !== '2025-07');
      expect(seen).toMatchObject({ month: '2025-07', region: { code: '630102100' } });
      await alerts.return?.();
    } finally {
      await client.dispose();
    }
  });

  it('refuse a graphql-ws connection with a provider token the registry does not know (4403)', async () => {
    const stranger = await idp.clientCredentialsToken(STRANGER_CLIENT.id, STRANGER_CLIENT.secret);
    const client = wsClient(stranger);
    const refused = client.iterate({ query: ME });
    await expect(refused.next()).rejects.toMatchObject({ code: 4403 });
    await client.dispose();
  });
});
