import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, threePrefectures, type FakeGateway } from './fake-gateway.js';
import { principal, provincialReviewer, startBulletinsHarness, type BulletinsHarness } from './harness.js';

const CREATE = `mutation($input: CreateAllocationInput!) { createAllocation(input: $input) {
  id status method poolFen performanceShareBasisPoints stale lines { regionCode score recipients baseFen performanceFen amountFen } } }`;
const UPDATE = `mutation($input: UpdateAllocationInput!) { updateAllocation(input: $input) {
  id status method poolFen performanceShareBasisPoints lines { regionCode amountFen } } }`;
const FINALISE = `mutation($id: ID!) { finaliseAllocation(id: $id) { id status finalisedAt } }`;
const PUBLISH = `mutation($id: ID!) { publishAllocation(id: $id) { id status publishedAt } }`;
const READ = `query($id: ID!) { allocation(id: $id) { status title poolFen methodLabel { zh } province { code }
  lines { regionCode amountFen region { code } } } }`;

const sum = (lines: Array<{ amountFen: number }>) => lines.reduce((total, line) => total + line.amountFen, 0);

describe('allocating a pool by the assessment', () => {
  let hub: BulletinsHarness;
  let gateway: FakeGateway;
  let id: string;
  beforeAll(async () => {
    hub = await startBulletinsHarness('bulletins_allocations');
    gateway = await startFakeGateway(threePrefectures());
    hub.gateway.url = gateway.url;
  });
  afterAll(async () => {
    await gateway?.close();
    await hub?.stop();
  });

  it('needs the assessment first', async () => {
    const early = await hub.run(CREATE, provincialReviewer, {
      input: { year: 2025, title: '2025年度以奖代补资金', poolFen: 3_000_000_000, method: 'REWARD_IN_LIEU_OF_SUBSIDY' },
    });
    expect(early.code).toBe('CONFLICT');
    expect(
      (await hub.run(`mutation { computeAssessment(year: 2025) { id } }`, provincialReviewer)).errors,
    ).toBeUndefined();
  });

  it('divides the reward-in-lieu-of-subsidy fund by score, to the fen', async () => {
    const refused = await hub.run(CREATE, principal('630121', ['REVIEWER']), {
      input: { year: 2025, title: '资金', poolFen: 100, method: 'REWARD_IN_LIEU_OF_SUBSIDY' },
    });
    expect(refused.code).toBe('FORBIDDEN');
    const created = await hub.run(CREATE, provincialReviewer, {
      input: {
        year: 2025,
        title: '2025年度城乡低保工作以奖代补资金分配方案',
        poolFen: 3_000_000_001,
        method: 'REWARD_IN_LIEU_OF_SUBSIDY',
        performanceShareBasisPoints: 2_000,
      },
    });
    expect(created.errors).toBeUndefined();
    const allocation = created.data?.createAllocation;
    id = allocation.id;
    expect(allocation).toMatchObject({ status: 'DRAFT', performanceShareBasisPoints: 10_000, stale: false });
    expect(sum(allocation.lines)).toBe(3_000_000_001);
    // Haidong scored 0 and gets nothing of a performance-only pool.
    expect(allocation.lines.find((line: any) => line.regionCode === '630200')).toMatchObject({
      amountFen: 0,
      baseFen: 0,
    });
    const xining = allocation.lines.find((line: any) => line.regionCode === '630100');
    const haibei = allocation.lines.find((line: any) => line.regionCode === '632200');
    expect(xining.amountFen / haibei.amountFen).toBeCloseTo(xining.score / haibei.score, 6);
  });

  it('recomputes a draft when its terms change', async () => {
    const updated = await hub.run(UPDATE, provincialReviewer, {
      input: { id, method: 'REWARD_COMBINED_WITH_SUBSIDY', performanceShareBasisPoints: 4_000, poolFen: 1_000_000 },
    });
    expect(updated.data?.updateAllocation).toMatchObject({
      method: 'REWARD_COMBINED_WITH_SUBSIDY',
      performanceShareBasisPoints: 4_000,
      poolFen: 1_000_000,
    });
    const lines = updated.data?.updateAllocation.lines;
    expect(sum(lines)).toBe(1_000_000);
    // The base share by recipients reaches Haidong now: 50,000 of 100,000 recipients × 600,000 fen.
    expect(lines.find((line: any) => line.regionCode === '630200').amountFen).toBe(300_000);
    const negative = await hub.run(UPDATE, provincialReviewer, { input: { id, poolFen: -5 } });
    expect(negative.code).toBe('BAD_USER_INPUT');
  });

  it('shows a prefecture its own line only before publication', async () => {
    const xining = await hub.run(READ, principal('630100', ['VIEWER']), { id });
    expect(xining.data?.allocation.lines.map((line: any) => line.regionCode)).toEqual(['630100']);
    expect((await hub.run(READ, null, { id })).data?.allocation).toBeNull();
    expect((await hub.run(READ, principal('620000', ['ADMIN']), { id })).data?.allocation).toBeNull();
  });

  it('will not finalise amounts computed on an assessment that was recomputed since', async () => {
    const haibei = gateway.regions.get('632200');
    if (haibei?.oversightStats) haibei.oversightStats = { findings: 6, overdue: 0, closedNotFixed: 0 };
    await hub.run(`mutation { computeAssessment(year: 2025) { id } }`, provincialReviewer);
    const stale = await hub.run(`query($id: ID!) { allocation(id: $id) { stale } }`, provincialReviewer, { id });
    expect(stale.data?.allocation.stale).toBe(true);
    expect((await hub.run(FINALISE, provincialReviewer, { id })).code).toBe('CONFLICT');
    const refreshed = await hub.run(UPDATE, provincialReviewer, { input: { id } });
    expect(sum(refreshed.data?.updateAllocation.lines)).toBe(1_000_000);
  });

  it('is immutable once finalised: every change is CONFLICT, and the database refuses too', async () => {
    hub.clock.now = new Date('2026-01-20T02:00:00Z');
    const finalised = await hub.run(FINALISE, provincialReviewer, { id });
    expect(finalised.data?.finaliseAllocation).toMatchObject({
      status: 'FINALISED',
      finalisedAt: '2026-01-20T02:00:00.000Z',
    });
    expect((await hub.run(FINALISE, provincialReviewer, { id })).code).toBe('CONFLICT');
    expect((await hub.run(UPDATE, provincialReviewer, { input: { id, poolFen: 2_000_000 } })).code).toBe('CONFLICT');
    expect((await hub.run(UPDATE, provincialReviewer, { input: { id, title: '新标题' } })).code).toBe('CONFLICT');
    // Nor can the assessment under it be recomputed.
    expect((await hub.run(`mutation { computeAssessment(year: 2025) { id } }`, provincialReviewer)).code).toBe(
      'CONFLICT',
    );
    await expect(
      hub.dataSource.query(`UPDATE allocation_line SET amount_fen = amount_fen + 1, base_fen = base_fen + 1`),
    ).rejects.toThrow(/cannot change/);
    await expect(hub.dataSource.query(`UPDATE allocation SET pool_fen = 1`)).rejects.toThrow(/cannot change/);
    await expect(hub.dataSource.query(`DELETE FROM allocation`)).rejects.toThrow(/cannot be deleted/);
    const read = await hub.run(READ, provincialReviewer, { id });
    expect(sum(read.data?.allocation.lines)).toBe(1_000_000);
  });

  it('is published after its assessment, and is public from then on', async () => {
    expect((await hub.run(PUBLISH, provincialReviewer, { id })).code).toBe('CONFLICT');
    await hub.run(`mutation { publishAssessment(year: 2025) { status } }`, provincialReviewer);
    const published = await hub.run(PUBLISH, provincialReviewer, { id });
    expect(published.data?.publishAllocation.status).toBe('PUBLISHED');
    expect((await hub.run(PUBLISH, provincialReviewer, { id })).code).toBe('CONFLICT');
    const anonymous = await hub.run(READ, null, { id });
    expect(anonymous.data?.allocation).toMatchObject({
      status: 'PUBLISHED',
      poolFen: 1_000_000,
      methodLabel: { zh: '奖补结合' },
      province: { code: '630000' },
    });
    expect(anonymous.data?.allocation.lines).toHaveLength(3);
    const listed = await hub.run(`{ allocations(year: 2025, province: "630000") { id status } }`, null);
    expect(listed.data?.allocations).toEqual([{ id, status: 'PUBLISHED' }]);
  });

  it('audits every change', async () => {
    const actions = await hub.dataSource.query(
      `SELECT action FROM audit_record WHERE entity_type = 'Allocation' AND entity_id = $1 ORDER BY seq`,
      [id],
    );
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'CREATE',
      'UPDATE',
      'UPDATE',
      'FINALISE',
      'PUBLISH',
    ]);
  });
});
