import { startSubgraphHarness, type SubgraphHarness } from '../../../../test/support/subgraph-harness.js';
import type { Principal } from '@dibao/auth';
import type { AgencyKind, Role } from '@dibao/domain';
import { createOversightSubgraph } from '@dibao/oversight';

/** A principal; `subject` tells apart two inspectors of the same agency. */
export const principal = (
  region: string,
  roles: Role[],
  agency: AgencyKind = 'CIVIL_AFFAIRS',
  subject = `${agency}:${region}:${roles.join('+')}`,
): Principal => ({ subject, agency, region, roles });

/** Two inspectors of the provincial department, and one of Xining's bureau. */
export const provinceInspectorA = principal('630000', ['INSPECTOR'], 'CIVIL_AFFAIRS', 'inspector:630000:1');
export const provinceInspectorB = principal('630000', ['INSPECTOR'], 'CIVIL_AFFAIRS', 'inspector:630000:2');
export const xiningInspector = principal('630100', ['INSPECTOR'], 'CIVIL_AFFAIRS', 'inspector:630100:1');
/** Datong's civil affairs reporter, who reports rectification. */
export const datongReporter = principal('630121', ['REPORTER'], 'CIVIL_AFFAIRS', 'reporter:630121:1');

export interface OversightHarness extends SubgraphHarness {
  /** The clock the subgraph judges deadlines by. */
  clock: { now: Date };
  /** Runs and fails loudly on errors; returns the data. */
  ok(source: string, as: Principal | null, variables?: Record<string, unknown>): Promise<Record<string, any>>;
}

/** The oversight subgraph on a fresh, empty database, with a clock the test moves. */
export async function startOversightHarness(label: string): Promise<OversightHarness> {
  const clock = { now: new Date('2025-09-01T02:00:00Z') };
  const harness = await startSubgraphHarness(label, createOversightSubgraph({ now: () => clock.now }));
  return {
    ...harness,
    clock,
    async ok(source, as, variables) {
      const result = await harness.run(source, as, variables);
      if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
      return result.data as Record<string, any>;
    },
  };
}

export const INSPECTION_FIELDS = `id status title year conclusion startedAt reportedAt closedAt
  organiser { id } jointOrganisers { id } targetRegions { code } topics partnerKinds
  distributions { recipient agency { id } }`;
export const FINDING_FIELDS = `id status deadline measures reopenedCount overdue daysOverdue
  fundsRecoveredFen householdsRemoved householdsAdded foundBy verifiedBy closedReason
  statusLabel { zh en } history { kind statusAfter recordedBy }`;

export const PLAN = `mutation($input: PlanInspectionInput!) { planInspection(input: $input) { ${INSPECTION_FIELDS} } }`;
export const START = `mutation($id: ID!) { startInspection(id: $id) { ${INSPECTION_FIELDS} } }`;
export const REPORT = `mutation($id: ID!, $conclusion: String!) {
  reportInspection(id: $id, conclusion: $conclusion) { ${INSPECTION_FIELDS} } }`;
export const DISTRIBUTE = `mutation($id: ID!, $recipients: [InspectionReportRecipient!]!) {
  distributeInspectionReport(id: $id, recipients: $recipients) { ${INSPECTION_FIELDS} } }`;
export const CLOSE = `mutation($id: ID!) { closeInspection(id: $id) { ${INSPECTION_FIELDS} } }`;
export const RECORD = `mutation($input: RecordFindingInput!) { recordFinding(input: $input) { ${FINDING_FIELDS} } }`;
export const SET_PLAN = `mutation($input: SetRectificationPlanInput!) {
  setRectificationPlan(input: $input) { ${FINDING_FIELDS} } }`;
export const PROGRESS = `mutation($input: RecordRectificationProgressInput!) {
  recordRectificationProgress(input: $input) { ${FINDING_FIELDS} } }`;
export const RECHECK = `mutation($input: RecheckFindingInput!) { recheckFinding(input: $input) { ${FINDING_FIELDS} } }`;
export const CLOSE_NOT_FIXED = `mutation($id: ID!, $reason: String!) {
  closeFindingNotFixed(id: $id, reason: $reason) { ${FINDING_FIELDS} } }`;
export const REOPEN = `mutation($id: ID!, $reason: String!) { reopenFinding(id: $id, reason: $reason) { ${FINDING_FIELDS} } }`;

/** A plan input for an inspection of `targets`, a month long from 1 September 2025. */
export function planInput(targets: string[], overrides: Record<string, unknown> = {}) {
  return {
    title: '2025年低保对象认定专项督察',
    topics: ['RECIPIENT_IDENTIFICATION', 'FUND_MANAGEMENT'],
    targetRegionCodes: targets,
    periodStart: '2025-09-01T00:00:00Z',
    periodEnd: '2025-09-30T00:00:00Z',
    team: [
      { name: '王建国', role: 'LEADER', agencyId: '630000:CIVIL_AFFAIRS' },
      { name: '李静', role: 'MEMBER', agencyId: '630000:CIVIL_AFFAIRS' },
    ],
    ...overrides,
  };
}

/** A finding input in a Datong township. */
export function findingInput(inspectionId: string, overrides: Record<string, unknown> = {}) {
  return {
    inspectionId,
    regionCode: '630121204',
    category: 'EQUAL_SPLITTING',
    severity: 'SEVERE',
    householdsAffected: 36,
    amountInvolvedFen: 42_336_000,
    description: '某村将36户低保金集中后在全村平均分配。',
    responsibleAgencyId: '630121204:GOVERNMENT',
    ...overrides,
  };
}

/** Plans and starts an inspection by the province of the given targets; returns its id. */
export async function inspectionUnderWay(hub: OversightHarness, targets = ['630121'], as = provinceInspectorA) {
  const planned = await hub.ok(PLAN, as, { input: planInput(targets) });
  const id = planned.planInspection.id as string;
  await hub.ok(START, as, { id });
  return id;
}

/** A finding with a plan due `deadline`, recorded by inspector A. */
export async function findingWithPlan(
  hub: OversightHarness,
  inspectionId: string,
  deadline = '2025-11-30T15:59:59Z',
  overrides: Record<string, unknown> = {},
) {
  const recorded = await hub.ok(RECORD, provinceInspectorA, {
    input: findingInput(inspectionId, { measures: '按核定金额发放到户，收回被挪用资金。', deadline, ...overrides }),
  });
  return recorded.recordFinding.id as string;
}

export const EVIDENCE = ['https://evidence.example.org/datong/1.pdf'];
