import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '@dibao/domain';
import { startTestHub, type TestHub } from '../support/hub.js';

/*
 * A prefecture assesses its own counties by its local rule assessmentScheme and divides its own pool among
 * them, through the gateway on the Qinghai demo: Xining (630100) adopts a scheme of its own; Haidong (630200)
 * keeps the one it inherits.
 */
const COMPUTE = `mutation { computeAssessment(year: 2022) {
  inputsHash status province { code } indicators { code weight } scores { regionCode score rank } } }`;
const READ = `query($assessor: ID) { assessment(year: 2022, assessor: $assessor) {
  status inputsHash province { code } scores { regionCode score } } }`;
const ADOPT = `mutation($input: AdoptRuleVersionInput!) { adoptRuleVersion(input: $input) { version } }`;
const CREATE = `mutation($input: CreateAllocationInput!) { createAllocation(input: $input) {
  id status province { code } lines { regionCode amountFen } } }`;

interface Computed {
  computeAssessment: {
    inputsHash: string;
    province: { code: string };
    indicators: Array<{ code: string; weight: number }>;
    scores: Array<{ regionCode: string; score: number; rank: number }>;
  };
}

describe('prefecture assessments of counties through the gateway', () => {
  let hub: TestHub;
  const today = shanghaiDate(new Date());
  beforeAll(async () => {
    hub = await startTestHub('e2e_prefecture_assessment');
  });
  afterAll(async () => hub?.stop());

  const reviewerOf = (region: string) => hub.token({ region, agency: 'CIVIL_AFFAIRS', roles: ['REVIEWER', 'VIEWER'] });
  const compute = async (region: string) => {
    const response = await hub.query<Computed>(COMPUTE, {}, await reviewerOf(region));
    expect(response.errors).toBeUndefined();
    return response.data!.computeAssessment;
  };
  const adopt = async (scheme: string) =>
    hub.query(
      ADOPT,
      {
        input: {
          regionCode: '630100',
          effectiveFrom: today,
          documentNumber: '宁民发〔2026〕12号',
          title: '西宁市最低生活保障工作绩效评价办法',
          documentDate: today,
          settings: [{ key: 'assessmentScheme', value: scheme }],
        },
      },
      await hub.token({ region: '630100', agency: 'CIVIL_AFFAIRS', roles: ['ADMIN'] }),
    );

  it("scores a prefecture's counties by its own scheme, and no other prefecture's", async () => {
    const xiningBefore = await compute('630100');
    expect(xiningBefore.province.code).toBe('630100');
    expect(xiningBefore.scores.length).toBeGreaterThan(1);
    expect(xiningBefore.scores.every((score) => score.regionCode.startsWith('6301'))).toBe(true);
    const haidongBefore = await compute('630200');
    expect(haidongBefore.scores.every((score) => score.regionCode.startsWith('6302'))).toBe(true);

    // A scheme whose weights miss 100, or with an unknown indicator, is refused with its reason.
    for (const [scheme, reason] of [
      ['COMPLAINTS_CLOSED_ON_TIME:60,REPORT_TIMELINESS:30', 'SCHEME_WEIGHTS_SUM'],
      ['COMPLAINTS_CLOSED_ON_TIME:60,HAPPINESS:40', 'SCHEME_UNKNOWN_INDICATOR'],
      ['COMPLAINTS_CLOSED_ON_TIME=100', 'SCHEME_SYNTAX'],
    ] as const) {
      const refused = await adopt(scheme);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((refused.errors?.[0]?.extensions?.problems as Array<{ reason: string }>)[0]?.reason).toBe(reason);
    }
    const adopted = await adopt('COMPLAINTS_CLOSED_ON_TIME:60,REPORT_TIMELINESS:40');
    expect(adopted.errors).toBeUndefined();

    const xiningAfter = await compute('630100');
    expect(xiningAfter.indicators).toEqual([
      { code: 'COMPLAINTS_CLOSED_ON_TIME', weight: 60 },
      { code: 'REPORT_TIMELINESS', weight: 40 },
    ]);
    expect(xiningAfter.inputsHash).not.toBe(xiningBefore.inputsHash);
    expect(xiningAfter.scores).not.toEqual(xiningBefore.scores);
    // The same inputs give the same hash and scores.
    expect(await compute('630100')).toEqual(xiningAfter);
    // Haidong keeps its own scheme (the demo's, from 2024): nothing of Xining's rule reaches it.
    expect(await compute('630200')).toEqual(haidongBefore);
  });

  it("gives a prefecture without a scheme of its own the province's", async () => {
    const haibeiBefore = await compute('632200');
    expect(haibeiBefore.indicators.map((indicator) => indicator.code)).toHaveLength(6);
    const adopted = await hub.query(
      ADOPT,
      {
        input: {
          regionCode: '630000',
          effectiveFrom: today,
          documentNumber: '青民发〔2026〕30号',
          title: '青海省最低生活保障工作绩效评价办法',
          documentDate: today,
          settings: [{ key: 'assessmentScheme', value: 'REPORT_TIMELINESS:50,RECTIFICATION_ON_TIME:50' }],
        },
      },
      await hub.token({ region: '630000', agency: 'CIVIL_AFFAIRS', roles: ['ADMIN'] }),
    );
    expect(adopted.errors).toBeUndefined();
    const haibei = await compute('632200');
    expect(haibei.indicators).toEqual([
      { code: 'REPORT_TIMELINESS', weight: 50 },
      { code: 'RECTIFICATION_ON_TIME', weight: 50 },
    ]);
    expect(haibei.inputsHash).not.toBe(haibeiBefore.inputsHash);
    // Xining's own scheme still holds for Xining.
    expect((await compute('630100')).indicators.map((indicator) => indicator.code)).toEqual([
      'COMPLAINTS_CLOSED_ON_TIME',
      'REPORT_TIMELINESS',
    ]);
  });

  it('refuses counties and other prefectures, and lets the province read', async () => {
    const county = await hub.query(COMPUTE, {}, await reviewerOf('630121'));
    expect(county.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const viewer = await hub.token({ region: '630100', agency: 'CIVIL_AFFAIRS', roles: ['VIEWER'] });
    expect((await hub.query(COMPUTE, {}, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Unpublished: Haidong does not see Xining's assessment, the province does, anonymous callers do not.
    const haidong = await hub.query<{ assessment: unknown }>(
      READ,
      { assessor: '630100' },
      await hub.token({ region: '630200', roles: ['VIEWER'] }),
    );
    expect(haidong.data?.assessment).toBeNull();
    const province = await hub.query<{ assessment: { status: string; scores: unknown[] } }>(
      READ,
      { assessor: '630100' },
      await hub.token({ region: '630000', roles: ['VIEWER'] }),
    );
    expect(province.data?.assessment.status).toBe('COMPUTED');
    expect(province.data?.assessment.scores.length).toBeGreaterThan(1);
    expect((await hub.query<{ assessment: unknown }>(READ, { assessor: '630100' })).data?.assessment).toBeNull();
    const countyRead = await hub.query(READ, { assessor: '630121' });
    expect(countyRead.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('divides the prefecture pool among its counties to the fen, immutable once final, then public', async () => {
    const xining = await reviewerOf('630100');
    const created = await hub.query<{
      createAllocation: {
        id: string;
        province: { code: string };
        lines: Array<{ regionCode: string; amountFen: number }>;
      };
    }>(
      CREATE,
      {
        input: {
          year: 2022,
          title: '西宁市2022年度低保工作奖补资金',
          poolFen: 1_000_003,
          method: 'REWARD_COMBINED_WITH_SUBSIDY',
        },
      },
      xining,
    );
    expect(created.errors).toBeUndefined();
    const allocation = created.data!.createAllocation;
    expect(allocation.province.code).toBe('630100');
    expect(allocation.lines.every((line) => line.regionCode.startsWith('6301'))).toBe(true);
    expect(allocation.lines.reduce((sum, line) => sum + line.amountFen, 0)).toBe(1_000_003);

    const county = await hub.query(
      CREATE,
      { input: { year: 2022, title: '城中区奖补资金', poolFen: 100, method: 'REWARD_IN_LIEU_OF_SUBSIDY' } },
      await reviewerOf('630121'),
    );
    expect(county.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Another prefecture cannot touch Xining's allocation.
    const haidong = await hub.query(
      `mutation($id: ID!) { finaliseAllocation(id: $id) { status } }`,
      { id: allocation.id },
      await reviewerOf('630200'),
    );
    expect(haidong.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const step = (name: string) =>
      hub.query<Record<string, { status: string }>>(
        `mutation($id: ID!) { ${name}(id: $id) { status } }`,
        { id: allocation.id },
        xining,
      );
    expect((await step('finaliseAllocation')).data?.finaliseAllocation?.status).toBe('FINALISED');
    const change = await hub.query(
      `mutation($id: ID!) { updateAllocation(input: { id: $id, poolFen: 5 }) { status } }`,
      { id: allocation.id },
      xining,
    );
    expect(change.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await step('publishAllocation')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const published = await hub.query(`mutation { publishAssessment(year: 2022) { status } }`, {}, xining);
    expect(published.errors).toBeUndefined();
    expect((await step('publishAllocation')).data?.publishAllocation?.status).toBe('PUBLISHED');

    // Anyone reads the published assessment and allocation of the prefecture.
    const read = await hub.query<{
      assessment: { status: string; province: { code: string } };
      allocations: Array<{ id: string; lines: Array<{ amountFen: number }> }>;
    }>(
      `{ assessment(year: 2022, assessor: "630100") { status province { code } }
         allocations(year: 2022, assessor: "630100") { id lines { amountFen } } }`,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.assessment).toEqual({ status: 'PUBLISHED', province: { code: '630100' } });
    expect(read.data!.allocations.map((entry) => entry.id)).toEqual([allocation.id]);
    expect(read.data!.allocations[0]!.lines.reduce((sum, line) => sum + line.amountFen, 0)).toBe(1_000_003);
  });
});
