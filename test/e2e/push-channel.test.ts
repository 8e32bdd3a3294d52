import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import { mintToken, type Principal } from '@dibao/auth';
import { closeOutboxListener } from '@dibao/db';
import { startGateway, composeSupergraph, type RunningGateway } from '@dibao/gateway';
import { startSubgraphServer, type RunningSubgraph, type SubgraphModule } from '@dibao/server';
import { freshDatabase, subgraphDataSource } from '../support/database.js';
import { subscribeOverSse } from '../support/event-stream.js';
import { raise, regionEvents } from '../fixtures/push/region-events.subgraph.js';

const SUBSCRIPTION = `subscription Events($under: ID!, $after: String) {
  regionEvent(under: $under, after: $after) { cursor regionCode message }
}`;

describe('the push channel: subscriptions through the gateway over SSE, from the outbox', () => {
  let served: DataSource;
  let writer: DataSource;
  let subgraph: RunningSubgraph;
  let gateway: RunningGateway;
  const jwtSecret = randomBytes(32).toString('base64url');
  const gatewaySecret = randomBytes(32).toString('base64url');
  const token = (principal: Pick<Principal, 'region'>) =>
    mintToken(
      { subject: `user-${principal.region}`, agency: 'CIVIL_AFFAIRS', roles: ['REVIEWER'], ...principal },
      jwtSecret,
    );

  beforeAll(async () => {
    const database = await freshDatabase('push');
    const options = { schema: regionEvents.name, entities: regionEvents.entities, migrations: regionEvents.migrations };
    served = await subgraphDataSource(database.url, options);
    // Another connection pool stands for another hub process: events it commits reach the serving one.
    writer = await subgraphDataSource(database.url, options);
    const module = regionEvents as SubgraphModule<never>;
    subgraph = await startSubgraphServer({
      name: module.name,
      schema: (await module.buildSchema()).schema,
      port: 0,
      gatewaySecret,
      createContext: () => module.createContext(served),
    });
    gateway = await startGateway({
      supergraphSdl: await composeSupergraph([module]),
      subgraphUrls: { [module.name]: subgraph.url },
      port: 0,
      gatewaySecret,
      jwtSecret,
      production: false,
      regions: { exists: async () => true },
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
    await closeOutboxListener(served);
    await served?.destroy();
    await writer?.destroy();
  });

  it('delivers events committed by another process, only in scope, never those of a refused write', async () => {
    // From the start of the outbox (cursor 0): a subscription's "from now" races the test's first event.
    const province = await subscribeOverSse(
      gateway.url,
      SUBSCRIPTION,
      { under: '630000', after: '0' },
      await token({ region: '630000' }),
    );
    const county = await subscribeOverSse(
      gateway.url,
      SUBSCRIPTION,
      { under: '630121', after: '0' },
      await token({ region: '630121' }),
    );
    try {
      await raise(writer, '632221', 'rolled back', false);
      await raise(writer, '632221', 'in Menyuan');
      await raise(writer, '630121', 'in Datong');
      const first = await province.next();
      expect(first.errors).toBeUndefined();
      expect(first.data?.regionEvent).toMatchObject({ regionCode: '632221', message: 'in Menyuan' });
      expect((await province.next()).data?.regionEvent).toMatchObject({ regionCode: '630121' });
      // The county's client never sees Menyuan's event: its first is its own county's.
      expect((await county.next()).data?.regionEvent).toMatchObject({ regionCode: '630121', message: 'in Datong' });
    } finally {
      province.close();
      county.close();
    }
  });

  it('replays what was raised while a client was away, from its cursor', async () => {
    const auth = await token({ region: '630000' });
    const first = await subscribeOverSse(gateway.url, SUBSCRIPTION, { under: '630000', after: '0' }, auth);
    await raise(writer, '630102', 'before the break');
    let seen: { cursor: string; message: string };
    do seen = (await first.next()).data?.regionEvent as typeof seen;
    while (seen.message !== 'before the break');
    first.close();
    await raise(writer, '630103', 'while away 1');
    await raise(writer, '630104', 'while away 2');
    const again = await subscribeOverSse(gateway.url, SUBSCRIPTION, { under: '630000', after: seen.cursor }, auth);
    try {
      expect((await again.next()).data?.regionEvent).toMatchObject({ message: 'while away 1' });
      expect((await again.next()).data?.regionEvent).toMatchObject({ message: 'while away 2' });
      await raise(writer, '630105', 'live again');
      expect((await again.next()).data?.regionEvent).toMatchObject({ message: 'live again' });
    } finally {
      again.close();
    }
  });

  it('refuses a subscription outside the caller’s scope, anonymous callers and foreign cursors', async () => {
    const county = await token({ region: '630121' });
    const outside = await subscribeOverSse(gateway.url, SUBSCRIPTION, { under: '630000' }, county);
    expect((await outside.next()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    outside.close();
    const anonymous = await subscribeOverSse(gateway.url, SUBSCRIPTION, { under: '630121' });
    expect((await anonymous.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    anonymous.close();
    const forged = await subscribeOverSse(gateway.url, SUBSCRIPTION, { under: '630121', after: "1' OR 1=1" }, county);
    expect((await forged.next()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    forged.close();
  });

  it('serves the same subscription over graphql-ws, the token in connectionParams', async () => {
    const wsUrl = gateway.url.replace(/^http/, 'ws');
    const subscribe = async (authorization: string | undefined, under: string, after = '0') => {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        lazy: true,
        retryAttempts: 0,
        connectionParams: authorization ? { authorization } : {},
      });
      const iterator = client.iterate<{ regionEvent: { regionCode: string; message: string } }>({
        query: SUBSCRIPTION,
        variables: { under, after },
      });
      return { iterator, client };
    };
    const county = await subscribe(`Bearer ${await token({ region: '630121' })}`, '630121');
    try {
      await raise(writer, '630121', 'over a WebSocket');
      let received: { regionCode: string; message: string } | undefined;
      do {
        const step = await county.iterator.next();
        expect(step.done).toBe(false);
        expect(step.value?.errors).toBeUndefined();
        received = step.value?.data?.regionEvent;
        // Everything the county sees lies in its county, replayed from the start of the outbox.
        expect(received?.regionCode).toBe('630121');
      } while (received?.message !== 'over a WebSocket');
    } finally {
      await county.iterator.return?.();
      await county.client.dispose();
    }
    const refused = await subscribe('Bearer not-a-token', '630121');
    await expect(refused.iterator.next()).rejects.toMatchObject({ code: 4403 });
    await refused.client.dispose();
  });

  it('keeps the outbox append-only for the subgraph’s role and its ids in commit order', async () => {
    await expect(served.query(`DELETE FROM pushtest.outbox_event`)).rejects.toThrow(/permission denied/);
    await expect(served.query(`UPDATE pushtest.outbox_event SET topic = 'x'`)).rejects.toThrow(/permission denied/);
    // A transaction that appended first holds the outbox until it commits: a second writer waits, so no reader
    // can see the later event while the earlier one is still to commit behind its cursor.
    const { appendEvent } = await import('@dibao/db');
    const runner = writer.createQueryRunner();
    await runner.startTransaction();
    await appendEvent(runner.manager, { topic: 'test.order', payload: { n: 1 } });
    const second = raiseOrdered(served);
    const waiting = async () =>
      Number(
        (
          (await writer.query(
            `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
          )) as Array<{
            n: number;
          }>
        )[0]?.n,
      );
    while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const ordered = () =>
      served.query(
        `SELECT payload->>'n' AS n FROM pushtest.outbox_event WHERE topic = 'test.order' ORDER BY id`,
      ) as Promise<Array<{ n: string }>>;
    expect(await ordered()).toEqual([]);
    await runner.commitTransaction();
    await runner.release();
    await second;
    expect((await ordered()).map((row) => row.n)).toEqual(['1', '2']);
  });
});

async function raiseOrdered(dataSource: DataSource): Promise<void> {
  const { appendEvent } = await import('@dibao/db');
  await dataSource.transaction((manager) => appendEvent(manager, { topic: 'test.order', payload: { n: 2 } }));
}
