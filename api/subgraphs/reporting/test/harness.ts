import { graphql, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import { createSubgraphDataSource, migrateSubgraph } from '@dibao/db';
import type { AgencyKind, AnnualReportContent, Role } from '@dibao/domain';
import { loadRegions } from '@dibao/seed';
import { systemActor } from '@dibao/server';
import { createReportingSubgraph, importReporting, reportingConfigFromEnv } from '@dibao/reporting';
import { freshDatabase } from '../../../../test/support/database.js';

export const principal = (region: string, roles: Role[], agency: AgencyKind = 'CIVIL_AFFAIRS'): Principal => ({
  subject: `${agency}:${region}:${roles.join('+')}`,
  agency,
  region,
  roles,
});

/** A complete, consistent report; figures scaled by `scale` so that sums are easy to predict. */
export function fullContent(scale = 1): Required<AnnualReportContent> {
  return {
    policy: {
      urbanStandardFen: 78_000,
      ruralStandardFen: 52_000,
      urbanHouseholds: 100 * scale,
      urbanPersons: 220 * scale,
      ruralHouseholds: 1_000 * scale,
      ruralPersons: 2_300 * scale,
      applications: 300 * scale,
      approvals: 200 * scale,
      rejections: 80 * scale,
      exits: 90 * scale,
      publicityDone: true,
      narrative: '按规定完成公示。',
    },
    management: {
      averageReviewDays: 12.5,
      householdVisits: 900 * scale,
      dynamicReviews: 1_100 * scale,
      staff: 10,
      narrative: '',
    },
    funds: {
      raisedCentralFen: 800_000_000 * scale,
      raisedProvincialFen: 120_000_000 * scale,
      raisedPrefectureFen: 40_000_000 * scale,
      raisedCountyFen: 40_000_000 * scale,
      carryOverFen: 10_000_000 * scale,
      disbursedFen: 990_000_000 * scale,
      balanceFen: 20_000_000 * scale,
      paidViaBankFen: 985_000_000 * scale,
      narrative: '',
    },
    emergencies: { handled: 0, incidentIds: [], narrative: '' },
    supervision: {
      inspections: 4 * scale,
      problemsFound: [{ category: 'EQUAL_SPLITTING', count: 2 * scale }],
      problemsRectified: 1 * scale,
      complaintsReceived: 10 * scale,
      complaintsClosed: 9 * scale,
      peopleHeldAccountable: 1 * scale,
      narrative: '',
    },
  };
}

export interface ReportingHarness {
  dataSource: DataSource;
  /** The clock the subgraph judges deadlines by. */
  clock: { now: Date };
  run(
    source: string,
    as: Principal | null,
    variables?: Record<string, unknown>,
  ): Promise<{ data: Record<string, any> | null | undefined; errors: readonly any[] | undefined; code: unknown }>;
  count(sql: string, parameters?: unknown[]): Promise<number>;
  stop(): Promise<void>;
}

/** The reporting subgraph on a fresh database holding Qinghai's reporting units and nothing else. */
export async function startReportingHarness(label: string): Promise<ReportingHarness> {
  const database = await freshDatabase(label);
  const clock = { now: new Date('2026-03-01T00:00:00Z') };
  const module = createReportingSubgraph({ config: reportingConfigFromEnv({}), now: () => clock.now });
  const dataSource = createSubgraphDataSource({
    url: database.url,
    schema: 'reporting',
    entities: module.entities,
    migrations: module.migrations,
  });
  await migrateSubgraph(dataSource);
  const units = loadRegions()
    .filter((region) => region.level === 'PREFECTURE' || region.level === 'COUNTY')
    .map((region) => ({
      regionCode: region.code,
      level: region.level as 'PREFECTURE' | 'COUNTY',
      parentCode: region.parentCode as string,
    }));
  await importReporting(dataSource, { units, reports: [], waivers: [], incidents: [] }, systemActor('test'));
  const schema: GraphQLSchema = (await module.buildSchema()).schema;
  return {
    dataSource,
    clock,
    async run(source, as, variableValues) {
      const contextValue = module.createContext(dataSource);
      contextValue.principal = as;
      const result = await graphql({ schema, source, contextValue, variableValues });
      return {
        data: result.data as Record<string, any>,
        errors: result.errors,
        code: result.errors?.[0]?.extensions.code,
      };
    },
    async count(sql, parameters) {
      const [row] = (await dataSource.query(sql, parameters)) as Array<{ n: number }>;
      return Number(row?.n ?? 0);
    },
    async stop() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

export const SAVE = `mutation($input: SaveAnnualReportDraftInput!) {
  saveAnnualReportDraft(input: $input) { id status currentVersion late returnedSections } }`;
export const SUBMIT = `mutation($id: ID!, $requestId: String!) {
  submitAnnualReport(id: $id, requestId: $requestId) { id status late firstSubmittedAt } }`;
export const ACCEPT = `mutation($id: ID!) { acceptAnnualReport(id: $id) { id status acceptedAt } }`;
export const RETURN = `mutation($input: ReturnAnnualReportInput!) {
  returnAnnualReport(input: $input) { id status returnedReason returnedSections } }`;
export const REOPEN = `mutation($id: ID!, $reason: String!) { reopenAnnualReport(id: $id, reason: $reason) { id status } }`;
