import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';

describe('bulletins and performance through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('e2e_bulletins');
  });
  afterAll(async () => hub?.stop());

  const STORY = `{ publishedBulletins(year: 2025, first: 50) { edges { node {
      id documentNumber status
      items { kind regionCode publicText summary region { name }
        evidence { kind year region { complaintStats(year: 2025) { received } }
          finding { category status } complaint { status } accountabilityCase { status } incident { title } } }
    } } } }`;

  it('shows the public everything published, and nothing internal', async () => {
    const anonymous = await hub.query<{ publishedBulletins: { edges: Array<{ node: any }> } }>(
      `{ publishedBulletins(year: 2025, first: 50) { edges { node { documentNumber status items { kind publicText region { name } } } } } }`,
    );
    expect(anonymous.errors).toBeUndefined();
    const story = anonymous.data!.publishedBulletins.edges.find(
      (edge) => edge.node.documentNumber === '青民发〔2025〕3号',
    );
    expect(story?.node.status).toBe('PUBLISHED');
    const regions = story!.node.items.map(
      (item: { kind: string; region: { name: string } }) => `${item.kind}:${item.region.name}`,
    );
    expect(regions).toEqual(expect.arrayContaining(['CRITICISM:大通回族土族自治县', 'COMMENDATION:海东市']));
    // Internal fields stay closed to anonymous callers.
    const internal = await hub.query(
      `{ publishedBulletins(year: 2025, first: 1) { edges { node { items { summary } } } } }`,
    );
    expect(internal.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('leads from a criticism to its evidence in the other subgraphs', async () => {
    const province = await hub.token({ region: '630000', roles: ['VIEWER', 'INSPECTOR', 'COMPLAINT_HANDLER'] });
    const response = await hub.query<{ publishedBulletins: { edges: Array<{ node: any }> } }>(STORY, {}, province);
    expect(response.errors).toBeUndefined();
    const story = response.data!.publishedBulletins.edges.find(
      (edge) => edge.node.documentNumber === '青民发〔2025〕3号',
    )!;
    const criticism = story.node.items.find((item: { kind: string }) => item.kind === 'CRITICISM');
    expect(criticism.regionCode).toBe('630121');
    expect(criticism.summary).toBeTruthy();
    const kinds = criticism.evidence.map((evidence: { kind: string }) => evidence.kind);
    expect(kinds.length).toBeGreaterThan(0);
    const finding = criticism.evidence.find((evidence: { finding: unknown }) => evidence.finding)?.finding;
    expect(finding).toMatchObject({ category: 'EQUAL_SPLITTING' });
    const stats = criticism.evidence.find((evidence: { region: unknown }) => evidence.region);
    if (stats) expect(stats.region.complaintStats.received).toBeGreaterThanOrEqual(0);
  });

  it('computes an assessment through the supergraph, reproducibly', async () => {
    const reviewer = await hub.token({ region: '630000', roles: ['REVIEWER', 'VIEWER'] });
    const compute = `mutation { computeAssessment(year: 2022) { inputsHash status scores { regionCode score rank } } }`;
    const first = await hub.query<{
      computeAssessment: { inputsHash: string; scores: Array<{ score: number; rank: number }> };
    }>(compute, {}, reviewer);
    expect(first.errors).toBeUndefined();
    expect(first.data!.computeAssessment.scores).toHaveLength(8);
    const again = await hub.query<{ computeAssessment: { inputsHash: string } }>(compute, {}, reviewer);
    expect(again.data).toEqual(first.data);
    const outsider = await hub.query(compute, {}, await hub.token({ region: '630121', roles: ['REVIEWER'] }));
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
