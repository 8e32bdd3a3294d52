import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DISTRIBUTE,
  findingInput,
  PLAN,
  planInput,
  principal,
  provinceInspectorA,
  RECORD,
  REPORT,
  START,
  startOversightHarness,
  xiningInspector,
  type OversightHarness,
} from './harness.js';

const chengdong = principal('630102', ['VIEWER', 'REPORTER']);
const datong = principal('630121', ['VIEWER']);
const haibeiCounty = principal('632221', ['VIEWER']);
const provinceGovernment = principal('630000', ['VIEWER'], 'GOVERNMENT');
const provinceFinance = principal('630000', ['VIEWER'], 'FINANCE');
const provinceCivilAffairs = principal('630000', ['VIEWER']);
const xiningGovernment = principal('630100', ['VIEWER'], 'GOVERNMENT');

const INSPECTION = `query($id: ID!) { inspection(id: $id) { id status conclusion
  findings { edges { node { id region { code } } } } } }`;
const FINDING = `query($id: ID!) { finding(id: $id) { id } }`;
const REGION_FINDINGS = `query($code: ID!) {
  _entities(representations: [{ __typename: "Region", code: $code }]) { ... on Region { findings { totalCount edges { node { id } } } } } }`;

describe('who may read inspections, findings and reports', () => {
  let hub: OversightHarness;
  let provincial: string;
  let xining: string;
  let datongFinding: string;
  let haibeiFinding: string;
  beforeAll(async () => {
    hub = await startOversightHarness('oversight_access');
    provincial = (await hub.ok(PLAN, provinceInspectorA, { input: planInput(['630121', '632200']) })).planInspection.id;
    await hub.ok(START, provinceInspectorA, { id: provincial });
    datongFinding = (await hub.ok(RECORD, provinceInspectorA, { input: findingInput(provincial) })).recordFinding.id;
    haibeiFinding = (
      await hub.ok(RECORD, provinceInspectorA, {
        input: findingInput(provincial, { regionCode: '632221', responsibleAgencyId: null }),
      })
    ).recordFinding.id;
    xining = (await hub.ok(PLAN, xiningInspector, { input: planInput(['630102']) })).planInspection.id;
  });
  afterAll(async () => hub?.stop());

  it('shows another county nothing', async () => {
    expect((await hub.ok(INSPECTION, chengdong, { id: provincial })).inspection).toBeNull();
    expect((await hub.ok(FINDING, chengdong, { id: datongFinding })).finding).toBeNull();
    expect((await hub.ok(REGION_FINDINGS, chengdong, { code: '630121' }))._entities[0].findings).toEqual({
      totalCount: 0,
      edges: [],
    });
    const own = await hub.ok(
      `{ findings(under: "630102") { totalCount } inspections(under: "630102") { totalCount } }`,
      chengdong,
    );
    expect(own).toEqual({ findings: { totalCount: 0 }, inspections: { totalCount: 0 } });
    expect((await hub.run(`{ findings(under: "630121") { totalCount } }`, chengdong)).code).toBe('FORBIDDEN');
    expect((await hub.run(`{ inspections(under: "630100") { totalCount } }`, chengdong)).code).toBe('FORBIDDEN');
  });

  it("shows each target the inspection and its own findings only, without the report's conclusion", async () => {
    const seenByDatong = (await hub.ok(INSPECTION, datong, { id: provincial })).inspection;
    expect(seenByDatong.findings.edges).toEqual([{ node: { id: datongFinding, region: { code: '630121204' } } }]);
    const seenByHaibei = (await hub.ok(INSPECTION, haibeiCounty, { id: provincial })).inspection;
    expect(seenByHaibei.findings.edges).toEqual([{ node: { id: haibeiFinding, region: { code: '632221' } } }]);
    // A township of Datong sees its own finding and the inspection of its county.
    const township = principal('630121204', ['VIEWER']);
    expect((await hub.ok(INSPECTION, township, { id: provincial })).inspection.findings.edges).toHaveLength(1);
    expect((await hub.ok(FINDING, principal('630121100', ['VIEWER']), { id: datongFinding })).finding).toBeNull();
  });

  it('keeps a planned inspection from its targets until it starts', async () => {
    expect((await hub.ok(INSPECTION, chengdong, { id: xining })).inspection).toBeNull();
    expect((await hub.ok(INSPECTION, xiningGovernment, { id: xining })).inspection.status).toBe('PLANNED');
    expect((await hub.ok(INSPECTION, provinceCivilAffairs, { id: xining })).inspection.status).toBe('PLANNED');
    await hub.ok(START, xiningInspector, { id: xining });
    expect((await hub.ok(INSPECTION, chengdong, { id: xining })).inspection.status).toBe('IN_PROGRESS');
  });

  it('lets the same-level government read the report once it is distributed to it', async () => {
    await hub.ok(REPORT, provinceInspectorA, { id: provincial, conclusion: '大通县存在平均分配低保金问题。' });
    const conclusionFor = async (as: typeof datong) =>
      (await hub.ok(INSPECTION, as, { id: provincial })).inspection.conclusion;
    expect(await conclusionFor(provinceCivilAffairs)).toBe('大通县存在平均分配低保金问题。');
    expect(await conclusionFor(provinceGovernment)).toBeNull();
    await hub.ok(DISTRIBUTE, provinceInspectorA, { id: provincial, recipients: ['SAME_LEVEL_GOVERNMENT'] });
    expect(await conclusionFor(provinceGovernment)).toBe('大通县存在平均分配低保金问题。');
    expect(await conclusionFor(provinceFinance)).toBeNull();
    expect(await conclusionFor(datong)).toBeNull();
  });

  it("lets the superior department read a prefecture's report once distributed to it", async () => {
    await hub.ok(REPORT, xiningInspector, { id: xining, conclusion: '城东区低保工作规范。' });
    const conclusionFor = async (as: typeof datong) =>
      (await hub.ok(INSPECTION, as, { id: xining })).inspection.conclusion;
    expect(await conclusionFor(principal('630100', ['VIEWER']))).toBe('城东区低保工作规范。');
    expect(await conclusionFor(provinceCivilAffairs)).toBeNull();
    expect(await conclusionFor(xiningGovernment)).toBeNull();
    await hub.ok(DISTRIBUTE, xiningInspector, { id: xining, recipients: ['SUPERIOR_DEPARTMENT'] });
    expect(await conclusionFor(provinceCivilAffairs)).toBe('城东区低保工作规范。');
    expect(await conclusionFor(xiningGovernment)).toBeNull();
    await hub.ok(DISTRIBUTE, xiningInspector, { id: xining, recipients: ['SAME_LEVEL_GOVERNMENT'] });
    expect(await conclusionFor(xiningGovernment)).toBe('城东区低保工作规范。');
  });

  it('answers anonymous callers with UNAUTHENTICATED', async () => {
    expect((await hub.run(INSPECTION, null, { id: provincial })).code).toBe('UNAUTHENTICATED');
    expect((await hub.run(FINDING, null, { id: datongFinding })).code).toBe('UNAUTHENTICATED');
    expect((await hub.run(`{ findings(under: "630000") { totalCount } }`, null)).code).toBe('UNAUTHENTICATED');
    expect((await hub.run(REGION_FINDINGS, null, { code: '630121' })).code).toBe('UNAUTHENTICATED');
  });

  it('pages through inspections and findings, and refuses bad arguments', async () => {
    const first = await hub.ok(
      `{ inspections(under: "630000", first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      provinceCivilAffairs,
    );
    expect(first.inspections).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await hub.ok(
      `query($after: String) { inspections(under: "630000", first: 1, after: $after) {
        edges { node { id } } pageInfo { hasNextPage } } }`,
      provinceCivilAffairs,
      { after: first.inspections.pageInfo.endCursor },
    );
    expect(second.inspections.pageInfo.hasNextPage).toBe(false);
    expect(second.inspections.edges[0].node.id).not.toBe(first.inspections.edges[0].node.id);
    const filtered = await hub.ok(
      `{ findings(under: "630000", category: EQUAL_SPLITTING, status: OPEN, year: 2025) { totalCount } }`,
      provinceCivilAffairs,
    );
    expect(filtered.findings.totalCount).toBe(2);
    const byInspection = await hub.ok(
      `query($id: ID!) { findings(under: "632200", inspectionId: $id) { totalCount } }`,
      provinceCivilAffairs,
      { id: provincial },
    );
    expect(byInspection.findings.totalCount).toBe(1);

    expect((await hub.run(`{ inspections(under: "abc") { totalCount } }`, datong)).code).toBe('BAD_USER_INPUT');
    expect((await hub.run(`{ findings(under: "6301") { totalCount } }`, datong)).code).toBe('BAD_USER_INPUT');
    expect((await hub.run(`{ findings(under: "630121", first: 100000) { totalCount } }`, datong)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await hub.run(`{ findings(under: "630121", after: "%%%") { totalCount } }`, datong)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await hub.ok(`{ inspection(id: "x") { id } finding(id: "y") { id } }`, datong)).inspection).toBeNull();
  });
});
