import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_TOKEN_ISSUER, mintToken } from '@dibao/auth';
import {
  ComplaintChallengeDocument,
  ComplaintStatusDocument,
  ComputeAssessmentDocument,
  createHubClient,
  documentIdOf,
  HubError,
  MeDocument,
  PublicRegionDocument,
  RegionYearDocument,
  ReviewQueueDocument,
  SubmitOnlineComplaintDocument,
  trustedPayload,
} from '@dibao/client';
import { readCommittedSupergraph, startGateway, type RunningGateway } from '@dibao/gateway';
import { releaseTokens, writeRelease } from '@dibao/hub';
import { GATEWAY_SECRET_HEADER } from '@dibao/server';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub.js';
import { TEST_CHECKPOINT_KEY } from '../support/release.js';

/*
 * Trusted documents through the real gateway in production mode: the documents of @dibao/client by id are
 * served, anything else is refused with its code; the public operations (region tree, receipt lookup) still
 * answer; the hub's own processes (gateway secret) may send their documents as text. Development still takes
 * arbitrary documents.
 */

let hub: TestHub;
let production: RunningGateway;
let receiptCode: string;

const gatewayToken = (region: string, roles: Array<'VIEWER' | 'REVIEWER'>) =>
  mintToken({ subject: `trusted-${region}`, agency: 'CIVIL_AFFAIRS', region, roles }, hub.jwtSecret, {
    issuer: GATEWAY_TOKEN_ISSUER,
  });

beforeAll(async () => {
  hub = await startTestHub('trusted_documents');
  const urls = Object.fromEntries(hub.runtime.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  production = await startGateway({
    supergraphSdl: await readCommittedSupergraph(),
    subgraphUrls: urls,
    port: 0,
    gatewaySecret: hub.gatewaySecret,
    jwtSecret: hub.jwtSecret,
    production: true,
  });
  // A complaint received in development, followed below through the production gateway.
  const handler = await hub.token({ subject: 'trusted-hotline', region: '630121', roles: ['COMPLAINT_HANDLER'] });
  const received = await hub.query<{ receiveComplaint: { receiptCode: string } }>(
    `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { receiptCode } }`,
    {
      input: { channel: 'HOTLINE', regionCode: '630121', category: 'EQUAL_SPLITTING', summary: '低保金平均分配。' },
    },
    handler,
  );
  expect(received.errors).toBeUndefined();
  receiptCode = received.data!.receiveComplaint.receiptCode;
}, 180_000);

afterAll(async () => {
  await production?.stop();
  await hub?.stop();
});

describe('trusted documents in production', () => {
  it('runs a registered document sent by its id, with the typed client', async () => {
    const token = await gatewayToken('630100', ['REVIEWER']);
    const client = createHubClient({ url: production.url, token });
    const { me } = await client.execute(MeDocument);
    expect(me).toMatchObject({ agency: 'CIVIL_AFFAIRS', regionCode: '630100', roles: ['REVIEWER'] });
    const queue = await client.execute(ReviewQueueDocument, { under: '630100', first: 5 });
    expect(queue.annualReports?.totalCount).toEqual(expect.any(Number));
    // A query over every subgraph, each answering its part.
    const year = await client.execute(RegionYearDocument, { code: '630100', year: 2024 });
    expect(year.region).toMatchObject({ name: '西宁市', oversightStats: { findings: expect.any(Number) } });
    // Apollo's persisted-query extension carries the same hash without its prefix.
    const apollo = await postGraphQL<{ region: { name: string } }>(production.url, {
      variables: { code: '630000' },
      extensions: { persistedQuery: { version: 1, sha256Hash: documentIdOf(PublicRegionDocument).slice(7) } },
    });
    expect(apollo.data?.region.name).toBe('青海省');
  });

  it('refuses an arbitrary document with PERSISTED_QUERY_ONLY, and an unknown id with PERSISTED_QUERY_NOT_FOUND', async () => {
    const token = await gatewayToken('630100', ['VIEWER']);
    const arbitrary = await postGraphQL(
      production.url,
      { query: '{ me { subject } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(arbitrary.status).toBe(400);
    expect(arbitrary.data).toBeUndefined();
    expect(arbitrary.errors?.[0]?.extensions).toMatchObject({
      code: 'PERSISTED_QUERY_ONLY',
      messages: { en: expect.stringContaining('trusted documents'), zh: expect.stringContaining('可信文档') },
    });
    // The registered document's own text is no way around it either.
    const asText = await postGraphQL(production.url, { query: 'query Me { me { subject } }' });
    expect(asText.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    const unknown = await postGraphQL(production.url, { documentId: `sha256:${'0'.repeat(64)}` });
    expect([unknown.status, unknown.errors?.[0]?.extensions?.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    // A wrong gateway secret is no secret.
    const wrongSecret = await postGraphQL(
      production.url,
      { query: '{ region(code: "630000") { name } }' },
      { [GATEWAY_SECRET_HEADER]: `${hub.gatewaySecret}x` },
    );
    expect(wrongSecret.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
  });

  it('turns every refusal into a HubError with its code', async () => {
    const anonymous = createHubClient({ url: production.url });
    const refused = await anonymous.execute(MeDocument).then(
      () => null,
      (error: unknown) => error,
    );
    // `me` is null without a token: no error. A reviewer's queue without a token is UNAUTHENTICATED.
    expect(refused).toBeNull();
    const queue = await anonymous.execute(ReviewQueueDocument, { under: '630100' }).catch((error: unknown) => error);
    expect(queue).toBeInstanceOf(HubError);
    expect((queue as HubError).code).toBe('UNAUTHENTICATED');
    const bad = await createHubClient({ url: production.url, token: 'not-a-token' })
      .execute(MeDocument)
      .catch((error: unknown) => error);
    expect([(bad as HubError).code, (bad as HubError).status]).toEqual(['UNAUTHENTICATED', 401]);
  });

  it('gives the typed client each code with what it needs: the field, the status', async () => {
    const reviewer = createHubClient({ url: production.url, token: await gatewayToken('630100', ['REVIEWER']) });
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error('expected a refusal');
        },
        (error: unknown) => error as HubError,
      );
    const badInput = await failure(reviewer.execute(ReviewQueueDocument, { under: '630100', year: 1900 }));
    expect([badInput.code, badInput.field]).toEqual(['BAD_USER_INPUT', 'year']);
    expect(badInput.messages.zh).toMatch(/[\u4e00-\u9fff]/);
    const forbidden = await failure(reviewer.execute(ReviewQueueDocument, { under: '630200' }));
    expect(forbidden.code).toBe('FORBIDDEN');
    // A document this gateway does not know (a client generated against another version).
    const foreign = {
      ...PublicRegionDocument,
      __meta__: { hash: `sha256:${'1'.repeat(64)}` },
    } as typeof PublicRegionDocument;
    const unknown = await failure(reviewer.execute(foreign, { code: '630000' }));
    expect([unknown.code, unknown.status]).toEqual(['PERSISTED_QUERY_NOT_FOUND', 400]);
  });

  it('still answers the public operations: the region tree and the receipt lookup', async () => {
    const anonymous = createHubClient({ url: production.url });
    const { region } = await anonymous.execute(PublicRegionDocument, { code: '630100' });
    expect(region?.children.length).toBeGreaterThan(0);
    const { complaintStatus } = await anonymous.execute(ComplaintStatusDocument, { receiptCode });
    expect(complaintStatus?.status).toBe('RECEIVED');
    const wrong = await anonymous.execute(ComplaintStatusDocument, { receiptCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' });
    expect(wrong.complaintStatus).toBeNull();
  });

  it('takes an online complaint from the site’s documents by id: a challenge, its proof of work, the receipt', async () => {
    const anonymous = createHubClient({ url: production.url });
    const challenge = (await anonymous.execute(ComplaintChallengeDocument, { lane: 'WORK' })).complaintChallenge!;
    const zeroBits = (digest: Buffer) => {
      let bits = 0;
      for (const byte of digest) {
        if (byte !== 0) return bits + Math.clz32(byte) - 24;
        bits += 8;
      }
      return bits;
    };
    let counter = 0;
    const digestOf = (n: number) =>
      createHash('sha256')
        .update(`${challenge.token}:${n.toString(36)}`)
        .digest();
    while (zeroBits(digestOf(counter)) < challenge.difficultyBits) counter++;
    const receipt = (
      await anonymous.execute(SubmitOnlineComplaintDocument, {
        input: {
          regionCode: '630121',
          category: 'EQUAL_SPLITTING',
          summary: '生产网关：网上投诉按可信文档提交。',
          rewardOptIn: false,
        },
        proof: { token: challenge.token, solution: counter.toString(36) },
      })
    ).submitOnlineComplaint!;
    expect(receipt.receiptCode).toMatch(/^[2-9A-Z]{5}(-[2-9A-Z]{5}){4}$/);
    expect(receipt.deadlines.map((deadline) => deadline.kind)).toEqual(['ACKNOWLEDGE', 'CONCLUDE']);
  });

  it('lets the hub’s own processes send their documents as text, with the gateway secret', async () => {
    const answer = await postGraphQL<{ region: { name: string } }>(
      production.url,
      { query: '{ region(code: "630121") { name } }' },
      { [GATEWAY_SECRET_HEADER]: hub.gatewaySecret },
    );
    expect(answer.data?.region.name).toBe('大通回族土族自治县');
  });

  it('serves a subgraph that reads the supergraph as the caller (the assessment) through the production gateway', async () => {
    // The bulletins subgraph builds its indicator queries per call; it reaches this gateway as the hub's own.
    const previous = process.env.HUB_GATEWAY_URL;
    process.env.HUB_GATEWAY_URL = production.url;
    try {
      const reviewer = createHubClient({ url: production.url, token: await gatewayToken('630000', ['REVIEWER']) });
      const { computeAssessment } = await reviewer.execute(ComputeAssessmentDocument, { year: 2022 });
      expect(computeAssessment?.scores).toHaveLength(8);
    } finally {
      process.env.HUB_GATEWAY_URL = previous;
    }
  });

  it('holds graphql-ws to trusted documents too', async () => {
    const client = createClient({
      url: production.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${await gatewayToken('630000', ['VIEWER'])}` },
    });
    try {
      const arbitrary = client.iterate({ query: '{ region(code: "630000") { name } }' });
      const refused = await arbitrary.next().then(
        (step) => step.value?.errors?.[0]?.extensions?.code,
        (errors: unknown) => (errors as Array<{ extensions?: { code?: string } }>)[0]?.extensions?.code,
      );
      expect(refused).toBe('PERSISTED_QUERY_ONLY');
      // By id: graphql-ws wants a query string, left empty; the id travels beside it.
      const byId = client.iterate<{ region: { name: string } }>(
        trustedPayload(PublicRegionDocument, { code: '630000' }),
      );
      expect((await byId.next()).value?.data?.region.name).toBe('青海省');
    } finally {
      await client.dispose();
    }
  });

  it('lets the release job read through the production gateway, as the hub’s own process', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dibao-trusted-release-'));
    const release = await writeRelease({
      gatewayUrl: production.url,
      gatewaySecret: hub.gatewaySecret,
      token: releaseTokens(hub.jwtSecret),
      dataDir,
      years: [2024],
      audit: { dataSources: hub.runtime.dataSources, checkpointKey: TEST_CHECKPOINT_KEY.privateKey },
    });
    expect(release.manifest.datasets.find((dataset) => dataset.name === 'regions')?.rows).toBeGreaterThan(50);
    // Without the secret the same job is an outside client sending text: refused.
    await expect(
      writeRelease({
        gatewayUrl: production.url,
        token: releaseTokens(hub.jwtSecret),
        dataDir,
        years: [2024],
        audit: { dataSources: hub.runtime.dataSources, checkpointKey: TEST_CHECKPOINT_KEY.privateKey },
      }),
    ).rejects.toThrow(/PERSISTED_QUERY_ONLY/);
  }, 180_000);

  // Last of this file's receipt lookups: it uses up the caller address's allowance.
  it('hands a rate-limited caller the delay to wait (RATE_LIMITED, 429)', async () => {
    const anonymous = createHubClient({ url: production.url });
    let refusal: HubError | undefined;
    for (let attempt = 0; attempt < 40 && !refusal; attempt++) {
      await anonymous.execute(ComplaintStatusDocument, { receiptCode }).catch((error: unknown) => {
        refusal = error as HubError;
      });
    }
    expect([refusal?.code, refusal?.status]).toEqual(['RATE_LIMITED', 429]);
    expect(refusal?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('development', () => {
  it('keeps arbitrary documents, and ids work there too', async () => {
    const arbitrary = await postGraphQL<{ region: { name: string } }>(hub.gatewayUrl, {
      query: '{ region(code: "630000") { name } }',
    });
    expect(arbitrary.data?.region.name).toBe('青海省');
    const byId = await createHubClient({ url: hub.gatewayUrl }).execute(PublicRegionDocument, { code: '630000' });
    expect(byId.region?.name).toBe('青海省');
  });
});
