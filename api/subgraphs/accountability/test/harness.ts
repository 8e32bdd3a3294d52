import { startSubgraphHarness, type SubgraphHarness } from '../../../../test/support/subgraph-harness.js';
import type { Principal } from '@dibao/auth';
import type { AgencyKind, Role } from '@dibao/domain';
import { createAccountabilitySubgraph } from '@dibao/accountability';

export const principal = (region: string, agency: AgencyKind, roles: Role[]): Principal => ({
  subject: `${agency}:${region}:${roles.join('+')}`,
  agency,
  region,
  roles,
});

/** Officers of the bodies the tests use most. */
export const officer = (region: string, agency: AgencyKind = 'DISCIPLINE_INSPECTION') =>
  principal(region, agency, ['DISCIPLINE_OFFICER']);

export interface AccountabilityHarness extends SubgraphHarness {
  /** The clock the subgraph dates openings and decisions and judges overdue tasks by. */
  clock: { now: Date };
}

/** The accountability subgraph on a fresh, empty database. */
export async function startAccountabilityHarness(label: string): Promise<AccountabilityHarness> {
  const clock = { now: new Date('2025-12-01T04:00:00Z') };
  const harness = await startSubgraphHarness(label, createAccountabilitySubgraph({ now: () => clock.now }));
  return { ...harness, clock };
}

/** A township civil affairs office head of Datong, managed by the county (the DOMAIN story's subject). */
export const townshipOfficial = {
  kind: 'OFFICIAL',
  name: '廖婷',
  position: '青林乡民政办主任',
  regionCode: '630121200',
  cadreLevel: 'COUNTY_MANAGED',
};

export const OPEN = `mutation($input: OpenAccountabilityCaseInput!) { openAccountabilityCase(input: $input) {
  id status subjectRegionCode managingRegion { code } openedBy { id } competentBodies { agencyId kind regionCode } } }`;
export const START = `mutation($id: ID!) { startAccountabilityInvestigation(id: $id) { id status investigationStartedAt } }`;
export const DECIDE = `mutation($input: DecideAccountabilityCaseInput!) { decideAccountabilityCase(input: $input) {
  id status decision { decidedOn decidingAgencyId holdsAccountable sanctions { track sanction label { zh } } } } }`;
export const CLOSE = `mutation($id: ID!, $note: String) { closeAccountabilityCase(id: $id, note: $note) { id status closingNote } }`;
export const LINK = `mutation($caseId: ID!, $kind: AccountabilityOriginKind!, $id: ID!) {
  linkCaseOrigin(caseId: $caseId, kind: $kind, id: $id) { id origins { kind id } } }`;

/** Opens a case as the given officer and returns its id (fails the test on error). */
export async function openCaseAs(
  hub: AccountabilityHarness,
  as: Principal,
  subject: Record<string, unknown> = townshipOfficial,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const result = await hub.run(OPEN, as, {
    input: {
      subject,
      violation: 'NEGLECT_OF_DUTY',
      facts: '审核把关不严，致使村里平分低保金。',
      openedOn: '2025-07-01',
      ...extra,
    },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.openAccountabilityCase.id as string;
}
