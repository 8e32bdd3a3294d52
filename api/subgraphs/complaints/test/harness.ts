import {
  startSubgraphHarness,
  type OperationResult,
  type SubgraphHarness,
} from '../../../../test/support/subgraph-harness.js';
import { randomBytes } from 'node:crypto';
import type { Principal } from '@dibao/auth';
import type { AgencyKind, Role } from '@dibao/domain';
import { complaintsConfigFromEnv, createComplaintsSubgraph, type ComplaintsConfig } from '@dibao/complaints';

export const principal = (
  region: string,
  roles: Role[],
  subject = `${region}:${roles.join('+')}`,
  agency: AgencyKind = 'CIVIL_AFFAIRS',
): Principal => ({ subject, agency, region, roles });

/** The cast of the tests: Datong County (630121), its township 塔尔镇 (630121102), Xining, the province. */
export const cast = {
  countyAdmin: principal('630121', ['ADMIN'], 'datong-admin'),
  countyDuty: principal('630121', ['COMPLAINT_HANDLER'], 'datong-duty'),
  countyOfficer: principal('630121', ['COMPLAINT_HANDLER'], 'datong-petition-officer'),
  countyDirector: principal('630121', ['ADMIN'], 'datong-director'),
  townshipOfficer: principal('630121102', ['COMPLAINT_HANDLER'], 'taer-petition-officer'),
  xiningHandler: principal('630100', ['COMPLAINT_HANDLER'], 'xining-handler'),
  provinceHandler: principal('630000', ['COMPLAINT_HANDLER'], 'province-handler'),
  hotline: principal('630000', ['COMPLAINT_HANDLER'], 'province-hotline'),
  custodian: principal('630000', ['ADMIN'], 'province-custodian'),
  otherCustodian: principal('630000', ['ADMIN'], 'province-custodian-2'),
  chengdong: principal('630102', ['COMPLAINT_HANDLER'], 'chengdong-handler'),
  datongReporter: principal('630121', ['REPORTER'], 'datong-reporter'),
  datongFinance: principal('630121', ['ADMIN'], 'datong-finance', 'FINANCE'),
};

export type RunResult = OperationResult;

export interface ComplaintsHarness extends Omit<SubgraphHarness, 'run'> {
  /** The clock the subgraph judges deadlines and rate limits by. */
  clock: { now: Date };
  encryptionKey: string;
  config: ComplaintsConfig;
  run(
    source: string,
    as: Principal | null,
    variables?: Record<string, unknown>,
    request?: { clientAddress?: string },
  ): Promise<RunResult>;
}

/** The complaints subgraph on a fresh database, with a random key and a controllable clock. */
export async function startComplaintsHarness(
  label: string,
  overrides: Partial<ComplaintsConfig> = {},
): Promise<ComplaintsHarness> {
  const clock = { now: new Date('2025-05-12T02:00:00Z') };
  const encryptionKey = randomBytes(32).toString('base64');
  const config = { ...complaintsConfigFromEnv({}), ...overrides };
  const harness = await startSubgraphHarness(
    label,
    createComplaintsSubgraph({ config, now: () => clock.now, encryptionKey }),
  );
  return {
    ...harness,
    clock,
    encryptionKey,
    config,
    run: (source, as, variables, request) => harness.run(source, as, variables, request ? { request } : undefined),
  };
}

export const DESIGNATE = `mutation($regionCode: ID!, $subject: String!) {
  designatePetitionOfficer(regionCode: $regionCode, officerSubject: $subject) { officerSubject region { code } } }`;
export const RECEIVE = `mutation($input: ReceiveComplaintInput!) {
  receiveComplaint(input: $input) { receiptCode complaint { id status anonymous owner { subject region { code } } } } }`;
export const REQUEST_HANDOVER = `mutation($id: ID!) { requestHandover(complaintId: $id) { id status pendingHandover { toSubject } owner { subject } } }`;
export const ACCEPT_HANDOVER = `mutation($id: ID!) { acceptHandover(complaintId: $id) { id status acknowledgedAt owner { subject } } }`;
export const DECLINE_HANDOVER = `mutation($id: ID!) { declineHandover(complaintId: $id, reason: "不属本镇管辖") { id status pendingHandover { toSubject } owner { subject } } }`;
export const START = `mutation($id: ID!) { startComplaintInvestigation(complaintId: $id) { id status } }`;
export const CONCLUDE = `mutation($input: ConcludeComplaintInput!) { concludeComplaint(input: $input) { id status conclusion } }`;
export const CLOSE = `mutation($id: ID!) { closeComplaint(complaintId: $id, publicFeedback: "经核查属实，已依规处理，感谢监督。") { id status closedAt } }`;
export const ESCALATE = `mutation($id: ID!) { escalateComplaint(complaintId: $id, reason: "涉及全村，省厅直接督办") { id status supervisedByProvince supervisionDeadline } }`;
export const STATUS = `query($code: String!) { complaintStatus(receiptCode: $code) { status statusLabel { zh en } receivedAt closedAt publicFeedback messages { author text sentAt } } }`;

export const complaintInput = (overrides: Record<string, unknown> = {}) => ({
  channel: 'HOTLINE',
  regionCode: '630121102',
  category: 'EQUAL_SPLITTING',
  summary: '反映塔尔镇上庄村把全村低保金集中起来按户平分。',
  ...overrides,
});

/** Designates the Datong and 塔尔镇 petition officers (idempotent). */
export async function designateOfficers(hub: ComplaintsHarness) {
  await hub.run(DESIGNATE, cast.countyAdmin, { regionCode: '630121', subject: cast.countyOfficer.subject });
  await hub.run(DESIGNATE, cast.countyAdmin, { regionCode: '630121102', subject: cast.townshipOfficer.subject });
}

/** Receives a complaint as `as` and returns its id and receipt code. */
export async function receive(hub: ComplaintsHarness, as: Principal, overrides: Record<string, unknown> = {}) {
  const result = await hub.run(RECEIVE, as, { input: complaintInput(overrides) });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const received = result.data?.receiveComplaint as { receiptCode: string; complaint: { id: string } };
  return { id: received.complaint.id, receiptCode: received.receiptCode };
}

/** A complaint taken by the county's duty official and accepted by the township's petition officer. */
export async function assigned(hub: ComplaintsHarness, overrides: Record<string, unknown> = {}) {
  const complaint = await receive(hub, cast.countyDuty, overrides);
  await hub.run(REQUEST_HANDOVER, cast.countyDuty, { id: complaint.id });
  const accepted = await hub.run(ACCEPT_HANDOVER, cast.townshipOfficer, { id: complaint.id });
  if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  return complaint;
}

/** …then investigated, concluded with `conclusion` and closed by the township officer. */
export async function closed(
  hub: ComplaintsHarness,
  conclusion = 'SUBSTANTIATED',
  amountInvolvedFen = 18_640_000,
  overrides: Record<string, unknown> = {},
) {
  const complaint = await assigned(hub, overrides);
  const officer = cast.townshipOfficer;
  await hub.run(START, officer, { id: complaint.id });
  const concluded = await hub.run(CONCLUDE, officer, {
    input: { complaintId: complaint.id, conclusion, findings: '经入户核查，情况属实。', amountInvolvedFen },
  });
  if (concluded.errors) throw new Error(JSON.stringify(concluded.errors));
  await hub.run(CLOSE, officer, { id: complaint.id });
  return complaint;
}
