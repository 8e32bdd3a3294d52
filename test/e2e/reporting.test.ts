import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalStatements } from '@dibao/db';
import { startTestHub, type TestHub } from '../support/hub.js';

describe('reporting through the gateway', () => {
  let hub: TestHub;
  let provinceViewer: string;

  beforeAll(async () => {
    hub = await startTestHub('e2e_reporting');
    provinceViewer = await hub.token({ region: '630000', roles: ['VIEWER'] });
  });
  afterAll(async () => hub?.stop());

  it("joins the registry's regions with their annual reports", async () => {
    const response = await hub.query<{
      region: {
        name: string;
        children: Array<{ name: string; annualReports: { edges: Array<{ node: { year: number; status: string } }> } }>;
      };
    }>(
      `{ region(code: "630100") { name children { name annualReports { edges { node { year status } } } } } }`,
      {},
      provinceViewer,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.region.name).toBe('西宁市');
    expect(response.data?.region.children).toHaveLength(7);
    const years = response.data!.region.children.flatMap((child) =>
      child.annualReports.edges.map(({ node }) => node.year),
    );
    expect(new Set(years)).toEqual(new Set([2021, 2022, 2023, 2024, 2025]));
  });

  it('keeps SQL statements flat as the number of counties grows (DataLoader across subgraphs)', async () => {
    const query = `query($first: Int!) { regions(level: PREFECTURE, first: $first) { edges { node {
      name children { name annualReports { edges { node { year status region { name } } } }
      incidents { edges { node { title } } } } } } } }`;
    const measure = async (first: number) => {
      const before = totalStatements();
      const response = await hub.query<{ regions: { edges: Array<{ node: { children: unknown[] } }> } }>(
        query,
        { first },
        provinceViewer,
      );
      expect(response.errors).toBeUndefined();
      const counties = response.data!.regions.edges.reduce((sum, edge) => sum + edge.node.children.length, 0);
      return { counties, statements: totalStatements() - before };
    };
    const few = await measure(1);
    const all = await measure(8);
    expect(all.counties).toBe(45);
    expect(few.counties).toBeLessThan(10);
    expect(all.statements).toBe(few.statements);
  });

  it('answers completeness and roll-ups from the demo years', async () => {
    const response = await hub.query<{
      reportingCompleteness: {
        levels: Array<{ level: string; expected: number; missing: number; missingRegions: Array<{ name: string }> }>;
      };
      region: { reportSummary: { reportsIncluded: number; ruralPersons: number; disbursedFen: number } };
    }>(
      `{ reportingCompleteness(under: "630000", year: 2024) { levels { level expected missing missingRegions { name } } }
         region(code: "630000") { reportSummary(year: 2024) { reportsIncluded ruralPersons disbursedFen } } }`,
      {},
      provinceViewer,
    );
    expect(response.errors).toBeUndefined();
    const [prefectures, counties] = response.data!.reportingCompleteness.levels;
    expect(prefectures).toMatchObject({ level: 'PREFECTURE', expected: 8 });
    expect(counties).toMatchObject({ level: 'COUNTY', expected: 45 });
    expect(counties!.missingRegions).toHaveLength(counties!.missing);
    for (const region of counties!.missingRegions) expect(region.name).toMatch(/[县区市旗]|委员会/);
    const summary = response.data!.region.reportSummary;
    expect(summary.reportsIncluded).toBeGreaterThan(35);
    expect(summary.ruralPersons).toBeGreaterThan(100_000);
    expect(summary.disbursedFen).toBeGreaterThan(0);
  });

  it('files, submits and accepts a report through the gateway, with the region resolved by the registry', async () => {
    const datong = await hub.token({ subject: 'datong-reporter', region: '630121', roles: ['REPORTER'] });
    const reviewer = await hub.token({ subject: 'xining-reviewer', region: '630100', roles: ['REVIEWER'] });
    const policy = {
      urbanStandardFen: 82_000,
      ruralStandardFen: 56_000,
      urbanHouseholds: 500,
      urbanPersons: 1_100,
      ruralHouseholds: 6_000,
      ruralPersons: 14_000,
      applications: 900,
      approvals: 700,
      rejections: 150,
      exits: 400,
      publicityDone: true,
      narrative: '全面落实低保政策。',
    };
    const content = {
      policy,
      management: { averageReviewDays: 10, householdVisits: 5_000, dynamicReviews: 6_000, staff: 20, narrative: '' },
      funds: {
        raisedCentralFen: 5_000_000_000,
        raisedProvincialFen: 700_000_000,
        raisedPrefectureFen: 200_000_000,
        raisedCountyFen: 100_000_000,
        carryOverFen: 0,
        disbursedFen: 5_900_000_000,
        balanceFen: 100_000_000,
        paidViaBankFen: 5_900_000_000,
        narrative: '',
      },
      emergencies: { handled: 0, incidentIds: [], narrative: '' },
      supervision: {
        inspections: 6,
        problemsFound: [{ category: 'EQUAL_SPLITTING', count: 1 }],
        problemsRectified: 0,
        complaintsReceived: 12,
        complaintsClosed: 12,
        peopleHeldAccountable: 1,
        narrative: '发现一村平分低保金问题。',
      },
    };
    const saved = await hub.query<{ saveAnnualReportDraft: { id: string } }>(
      `mutation($input: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $input) { id } }`,
      { input: { regionCode: '630121', year: 2026, content } },
      datong,
    );
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveAnnualReportDraft.id;
    const requestId = randomUUID();
    const submit = `mutation($id: ID!, $requestId: String!) { submitAnnualReport(id: $id, requestId: $requestId) { status } }`;
    expect((await hub.query(submit, { id, requestId }, datong)).data).toEqual({
      submitAnnualReport: { status: 'SUBMITTED' },
    });
    expect((await hub.query(submit, { id, requestId }, datong)).data).toEqual({
      submitAnnualReport: { status: 'SUBMITTED' },
    });
    const accepted = await hub.query(
      `mutation($id: ID!) { acceptAnnualReport(id: $id) { status region { name parent { name } } filedTo { name } } }`,
      { id },
      reviewer,
    );
    expect(accepted.data).toEqual({
      acceptAnnualReport: {
        status: 'ACCEPTED',
        region: { name: '大通回族土族自治县', parent: { name: '西宁市' } },
        filedTo: { name: '西宁市' },
      },
    });
    const forbidden = await hub.query(
      `mutation($id: ID!) { reopenAnnualReport(id: $id, reason: "越权") { status } }`,
      { id },
      await hub.token({ region: '630200', roles: ['REVIEWER'] }),
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
