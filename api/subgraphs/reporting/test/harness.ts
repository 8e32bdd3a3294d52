import { startSubgraphHarness, type SubgraphHarness } from '../../../../test/support/subgraph-harness.js';
import type { Principal } from '@dibao/auth';
import type { AgencyKind, AnnualReportContent, Role } from '@dibao/domain';
import { loadRegions } from '@dibao/seed';
import { systemActor } from '@dibao/server';
import { createReportingSubgraph, importReporting } from '@dibao/reporting';

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

export interface ReportingHarness extends SubgraphHarness {
  /** The clock the subgraph judges deadlines by. */
  clock: { now: Date };
}

/** The reporting subgraph on a fresh database holding Qinghai's reporting units and nothing else. */
export async function startReportingHarness(label: string): Promise<ReportingHarness> {
  const clock = { now: new Date('2026-03-01T00:00:00Z') };
  const module = createReportingSubgraph({ now: () => clock.now });
  const harness = await startSubgraphHarness(label, module);
  const units = loadRegions()
    .filter((region) => region.level === 'PREFECTURE' || region.level === 'COUNTY')
    .map((region) => ({
      regionCode: region.code,
      level: region.level as 'PREFECTURE' | 'COUNTY',
      parentCode: region.parentCode as string,
    }));
  await importReporting(harness.dataSource, { units, reports: [], waivers: [], incidents: [] }, systemActor('test'));
  return { ...harness, clock };
}

export const SAVE = `mutation($input: SaveAnnualReportDraftInput!) {
  saveAnnualReportDraft(input: $input) { id status currentVersion late returnedSections } }`;
export const SUBMIT = `mutation($id: ID!, $requestId: String!) {
  submitAnnualReport(id: $id, requestId: $requestId) { id status late firstSubmittedAt } }`;
export const ACCEPT = `mutation($id: ID!) { acceptAnnualReport(id: $id) { id status acceptedAt } }`;
export const RETURN = `mutation($input: ReturnAnnualReportInput!) {
  returnAnnualReport(input: $input) { id status returnedReason returnedSections } }`;
export const REOPEN = `mutation($id: ID!, $reason: String!) { reopenAnnualReport(id: $id, reason: $reason) { id status } }`;
