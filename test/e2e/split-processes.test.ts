import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphNames } from '@dibao/gateway';
import { loadDemoData, startHubRuntime, type HubRuntime } from '@dibao/hub';
import { freshDatabase } from '../support/database.js';
import { postGraphQL } from '../support/hub.js';

/** What HUB_SERVICES does: subgraphs in one runtime, the gateway in another that finds them by URL. */
describe('services run apart', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let subgraphs: HubRuntime;
  let gateway: HubRuntime;

  beforeAll(async () => {
    database = await freshDatabase('split');
    const common = {
      databaseUrl: database.url,
      host: '127.0.0.1',
      hubPort: 0,
      subgraphPorts: {},
      gatewaySecret: randomBytes(16).toString('hex'),
      jwtSecret: randomBytes(32).toString('hex'),
      production: true,
      log: () => undefined,
    };
    subgraphs = await startHubRuntime({ ...common, services: new Set(subgraphNames), subgraphUrls: {} });
    await loadDemoData(subgraphs.dataSources, 'qinghai', () => undefined);
    const urls = Object.fromEntries(subgraphs.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
    gateway = await startHubRuntime({ ...common, services: new Set(['gateway']), subgraphUrls: urls });
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await database?.drop();
  });

  it('answers through a gateway that runs alone', async () => {
    expect(gateway.subgraphs).toEqual([]);
    expect(subgraphs.gateway).toBeUndefined();
    const response = await postGraphQL<{ region: { name: string; parent: { name: string } } }>(gateway.gateway!.url, {
      query: '{ region(code: "630121") { name parent { name } } }',
    });
    expect(response.data?.region).toEqual({ name: '大通回族土族自治县', parent: { name: '西宁市' } });
  });

  it('turns introspection off in production mode', async () => {
    const response = await postGraphQL(gateway.gateway!.url, { query: '{ __schema { types { name } } }' });
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.data ?? null).toBeNull();
  });
});
