import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mintToken, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@dibao/auth';
import { subgraphNames } from '@dibao/gateway';
import { APOLLO_ROUTER_RHAI, apolloRouterConfig, hiveRouterConfig, jwksOf, kubernetesManifests } from '@dibao/hub';
import { GATEWAY_SECRET_HEADER, ROUTER_CLAIMS_EXTENSION } from '@dibao/server';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (relative: string) => readFileSync(path.join(root, 'infra', 'routers', relative), 'utf8');

/** The Kubernetes Service URL of each subgraph, which the routers must call. */
const serviceUrls = Object.fromEntries(
  (kubernetesManifests() as any[])
    .filter((document) => document.kind === 'Service' && subgraphNames.includes(document.metadata.name))
    .map((service) => [service.metadata.name, `http://${service.metadata.name}:${service.spec.ports[0].port}/graphql`]),
);

describe('router configurations (infra/routers)', () => {
  it('are what `pnpm k8s:manifests` writes from the code today', () => {
    expect(read('hive-router/router.config.yaml')).toBe(hiveRouterConfig());
    expect(read('apollo-router/router.yaml')).toBe(apolloRouterConfig());
    expect(read('apollo-router/claims.rhai')).toBe(APOLLO_ROUTER_RHAI);
  });

  it('send every subgraph of subgraphs.ts, at its Service, the gateway secret and the verified claims', () => {
    const hive = parse(hiveRouterConfig());
    expect(hive.override_subgraph_urls.subgraphs).toEqual(
      Object.fromEntries(subgraphNames.map((name) => [name, { url: serviceUrls[name] }])),
    );
    expect(hive.headers.all.request[0].insert.name).toBe(GATEWAY_SECRET_HEADER);
    expect(hive.jwt.forward_claims_to_upstream_extensions).toEqual({
      enabled: true,
      field_name: ROUTER_CLAIMS_EXTENSION,
    });
    const apollo = parse(apolloRouterConfig());
    expect(apollo.override_subgraph_url).toEqual(serviceUrls);
    expect(apollo.headers.all.request[0].insert).toEqual({
      name: GATEWAY_SECRET_HEADER,
      value: '${env.GATEWAY_SECRET}',
    });
    // Where Hive Gateway forwards them, so the subgraphs read them the same way.
    expect(APOLLO_ROUTER_RHAI).toContain('request.subgraph.body.extensions["jwt"] = #{ payload: claims }');
  });

  it('verify the hub’s tokens with the JWKS `pnpm routers:jwks` writes, and refuse another secret’s', async () => {
    const secret = 'a-test-signing-secret-of-32-characters!';
    const token = await mintToken(
      { subject: 'jwks', agency: 'CIVIL_AFFAIRS', region: '630000', roles: ['VIEWER'] },
      secret,
    );
    // jose's key sets take asymmetric keys only: the set's one key, imported as the routers read it.
    const keyOf = async (jwks: string) => importJWK(JSON.parse(jwks).keys[0], 'HS256');
    const keys = await keyOf(jwksOf(secret));
    const { payload } = await jwtVerify(token, keys, { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE });
    expect(payload.sub).toBe('jwks');
    const other = await keyOf(jwksOf(`${secret}-other`));
    await expect(jwtVerify(token, other)).rejects.toThrow();
  });
});
