import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, threePrefectures, type FakeGateway } from './fake-gateway.js';
import { principal, provincialReviewer, startBulletinsHarness, type BulletinsHarness } from './harness.js';

const COMPUTE = `mutation { computeAssessment(year: 2025) { id status inputsHash scores {
  regionCode score rank recipients indicators { code rawValue normalisedValue contribution } } } }`;
const READ = `query($province: ID) { assessment(year: 2025, province: $province) { status inputsHash
  scores { regionCode score rank } } }`;

describe('computing the performance assessment through the supergraph', () => {
  let hub: BulletinsHarness;
  let gateway: FakeGateway;
  beforeAll(async () => {
    hub = await startBulletinsHarness('bulletins_assessment');
    gateway = await startFakeGateway(threePrefectures());
    hub.gateway.url = gateway.url;
  });
  afterAll(async () => {
    await gateway?.close();
    await hub?.stop();
  });

  it('is for a REVIEWER of a provincial or prefectural civil affairs department, signed in', async () => {
    expect((await hub.run(COMPUTE, principal('630121', ['REVIEWER']))).code).toBe('FORBIDDEN');
    expect((await hub.run(COMPUTE, principal('630000', ['VIEWER']))).code).toBe('FORBIDDEN');
    expect((await hub.run(COMPUTE, principal('630000', ['REVIEWER'], 'FINANCE'))).code).toBe('FORBIDDEN');
    expect((await hub.run(COMPUTE, null)).code).toBe('UNAUTHENTICATED');
    expect(gateway.requests).toHaveLength(0);
  });

  it('reads every region as the caller and scores them', async () => {
    const computed = await hub.run(COMPUTE, provincialReviewer, {}, 'the-callers-token');
    expect(computed.errors).toBeUndefined();
    const assessment = computed.data?.computeAssessment;
    expect(assessment.status).toBe('COMPUTED');
    expect(gateway.requests.map((request) => request.operationName)).toEqual([
      'BulletinsAssessedRegions',
      'BulletinsRegionIndicators',
      'BulletinsRegionIndicators',
      'BulletinsRegionIndicators',
    ]);
    expect(new Set(gateway.requests.map((request) => request.authorization))).toEqual(
      new Set(['Bearer the-callers-token']),
    );
    expect(assessment.scores.map(({ regionCode, rank }: any) => [regionCode, rank])).toEqual([
      ['630100', 1],
      ['632200', 2],
      ['630200', 3],
    ]);
    const [xining, haibei, haidong] = assessment.scores;
    // Best on every indicator that it has, except findings per 10,000 (2.0 against Haidong's 8.0, Haibei's 6.0).
    expect(xining.score).toBe(100);
    expect(xining.recipients).toBe(40_000);
    expect(haidong.score).toBe(0);
    expect(haibei.indicators).toEqual([
      // (1 + 3) / (1 + 4) = 0.8, between Haidong's (0 + 2) / (1 + 6) and Xining's 1
      { code: 'REPORT_TIMELINESS', rawValue: 0.8, normalisedValue: 0.72, contribution: 14.4 },
      { code: 'REPORT_VALIDATION_ISSUES', rawValue: 2, normalisedValue: 0.5, contribution: 5 },
      { code: 'FINDINGS_PER_10K_RECIPIENTS', rawValue: 6, normalisedValue: 0.333333, contribution: 6.66666 },
      { code: 'RECTIFICATION_ON_TIME', rawValue: 0.666667, normalisedValue: 0.333334, contribution: 6.66668 },
      // No complaints closed and no cases: the neutral half
      { code: 'COMPLAINTS_CLOSED_ON_TIME', rawValue: null, normalisedValue: 0.5, contribution: 7.5 },
      { code: 'ACCOUNTABILITY_FOLLOW_THROUGH', rawValue: null, normalisedValue: 0.5, contribution: 7.5 },
    ]);
    expect(haibei.score).toBe(47.73334);
    expect(assessment.inputsHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same scores and hash when recomputed on the same data', async () => {
    const first = await hub.run(READ, provincialReviewer);
    const storedBefore = await hub.dataSource.query(
      'SELECT region_code, indicator, raw_value, normalised, contribution FROM assessment_indicator_value ORDER BY 1, 2',
    );
    const again = await hub.run(COMPUTE, provincialReviewer);
    expect(again.errors).toBeUndefined();
    expect(await hub.run(READ, provincialReviewer)).toEqual(first);
    expect(
      await hub.dataSource.query(
        'SELECT region_code, indicator, raw_value, normalised, contribution FROM assessment_indicator_value ORDER BY 1, 2',
      ),
    ).toEqual(storedBefore);
    const audits = await hub.dataSource.query(
      `SELECT action, after->>'inputsHash' AS hash FROM audit_record WHERE entity_type = 'Assessment' ORDER BY seq`,
    );
    expect(audits.map((row: any) => row.action)).toEqual(['COMPUTE', 'RECOMPUTE']);
    expect(audits[0].hash).toBe(audits[1].hash);
  });

  it('changes the hash, and only then the scores, when the data changes', async () => {
    const before = (await hub.run(READ, provincialReviewer)).data?.assessment;
    const haibei = gateway.regions.get('632200');
    if (haibei?.complaintStats) haibei.complaintStats = { closed: 10, closedOnTime: 10, onTimeClosureRate: 1 };
    const after = (await hub.run(COMPUTE, provincialReviewer)).data?.computeAssessment;
    expect(after.inputsHash).not.toBe(before.inputsHash);
    expect(after.scores.find((score: any) => score.regionCode === '632200').score).toBeGreaterThan(
      before.scores.find((score: any) => score.regionCode === '632200').score,
    );
  });

  it('shows a prefecture its own score only, and nobody outside the province anything, until published', async () => {
    const xining = principal('630100', ['VIEWER']);
    const own = await hub.run(READ, xining);
    expect(own.data?.assessment.scores.map((score: any) => score.regionCode)).toEqual(['630100']);
    const REGION = `{ _entities(representations: [{ __typename: "Region", code: "630100" }, { __typename: "Region", code: "630200" }]) {
      ... on Region { code assessment(year: 2025) { score rank assessment { status } } } } }`;
    const regions = await hub.run(REGION, xining);
    expect(regions.data?._entities[0].assessment).toMatchObject({ rank: 1, assessment: { status: 'COMPUTED' } });
    expect(regions.data?._entities[1].assessment).toBeNull();
    expect((await hub.run(REGION, principal('630121', ['VIEWER']))).data?._entities).toEqual([
      { code: '630100', assessment: null },
      { code: '630200', assessment: null },
    ]);
    expect((await hub.run(READ, null, { province: '630000' })).data?.assessment).toBeNull();
    expect((await hub.run(READ, principal('620000', ['ADMIN']), { province: '630000' })).data?.assessment).toBeNull();
    expect((await hub.run(READ, null)).code).toBe('BAD_USER_INPUT');
  });

  it('refuses a scheme whose weights do not add up to 100, and uses a defined one', async () => {
    const DEFINE = `mutation($input: DefineAssessmentSchemeInput!) { defineAssessmentScheme(input: $input) {
      id isDefault level indicators { code weight direction label { zh } } } }`;
    const badWeights = await hub.run(DEFINE, provincialReviewer, {
      input: {
        year: 2025,
        indicators: [
          { code: 'REPORT_TIMELINESS', weight: 60 },
          { code: 'RECTIFICATION_ON_TIME', weight: 30 },
        ],
      },
    });
    expect(badWeights.code).toBe('BAD_USER_INPUT');
    const twice = await hub.run(DEFINE, provincialReviewer, {
      input: {
        year: 2025,
        indicators: [
          { code: 'REPORT_TIMELINESS', weight: 50 },
          { code: 'REPORT_TIMELINESS', weight: 50 },
        ],
      },
    });
    expect(twice.code).toBe('BAD_USER_INPUT');
    const defined = await hub.run(DEFINE, provincialReviewer, {
      input: {
        year: 2025,
        indicators: [
          { code: 'REPORT_TIMELINESS', weight: 50 },
          { code: 'FINDINGS_PER_10K_RECIPIENTS', weight: 50 },
        ],
      },
    });
    expect(defined.data?.defineAssessmentScheme).toMatchObject({
      isDefault: false,
      level: 'PREFECTURE',
      indicators: [
        { code: 'REPORT_TIMELINESS', weight: 50, direction: 'HIGHER_IS_BETTER', label: { zh: '年度报告按时报送率' } },
        { code: 'FINDINGS_PER_10K_RECIPIENTS', weight: 50, direction: 'LOWER_IS_BETTER' },
      ],
    });
    const recomputed = await hub.run(COMPUTE, provincialReviewer);
    expect(recomputed.data?.computeAssessment.scores[0].indicators.map((indicator: any) => indicator.code)).toEqual([
      'REPORT_TIMELINESS',
      'FINDINGS_PER_10K_RECIPIENTS',
    ]);
    const scheme = await hub.run(
      `{ assessmentScheme(year: 2024) { isDefault indicators { code } } }`,
      provincialReviewer,
    );
    expect(scheme.data?.assessmentScheme.isDefault).toBe(true);
    expect(scheme.data?.assessmentScheme.indicators).toHaveLength(6);
  });

  it('stores nothing when the gateway refuses', async () => {
    const before = await hub.run(READ, provincialReviewer);
    gateway.failWith = {
      message: 'Cannot query field "oversightStats" on type "Region".',
      code: 'GRAPHQL_VALIDATION_FAILED',
    };
    const failed = await hub.run(COMPUTE, provincialReviewer);
    gateway.failWith = null;
    expect(failed.code).toBe('CONFLICT');
    expect(failed.errors?.[0].message).toContain('oversightStats');
    expect(await hub.run(READ, provincialReviewer)).toEqual(before);
  });

  it('publishes: public from then on, and fixed', async () => {
    const PUBLISH = `mutation { publishAssessment(year: 2025) { status publishedAt } }`;
    expect((await hub.run(PUBLISH, principal('630121', ['REVIEWER']))).code).toBe('FORBIDDEN');
    const published = await hub.run(PUBLISH, provincialReviewer);
    expect(published.data?.publishAssessment.status).toBe('PUBLISHED');
    expect((await hub.run(PUBLISH, provincialReviewer)).code).toBe('CONFLICT');
    const anonymous = await hub.run(READ, null, { province: '630000' });
    expect(anonymous.data?.assessment.scores).toHaveLength(3);
    const requests = gateway.requests.length;
    expect((await hub.run(COMPUTE, provincialReviewer)).code).toBe('CONFLICT');
    expect(gateway.requests).toHaveLength(requests);
    const redefine = await hub.run(
      `mutation { defineAssessmentScheme(input: { year: 2025, indicators: [{ code: REPORT_TIMELINESS, weight: 100 }] }) { id } }`,
      provincialReviewer,
    );
    expect(redefine.code).toBe('CONFLICT');
    await expect(hub.dataSource.query(`UPDATE assessment_score SET score = 99`)).rejects.toThrow(/published/);
  });
});
