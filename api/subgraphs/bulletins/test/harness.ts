import {
  startSubgraphHarness,
  type OperationResult,
  type SubgraphHarness,
} from '../../../../test/support/subgraph-harness.js';
import type { Principal } from '@dibao/auth';
import type { AgencyKind, Role } from '@dibao/domain';
import { createBulletinsSubgraph } from '@dibao/bulletins';

export const principal = (region: string, roles: Role[], agency: AgencyKind = 'CIVIL_AFFAIRS'): Principal => ({
  subject: `${agency}:${region}:${roles.join('+')}`,
  agency,
  region,
  roles,
});

/** The provincial department's reviewer, who issues bulletins and assesses prefectures. */
export const provincialReviewer = principal('630000', ['REVIEWER']);

export type RunResult = OperationResult;

export interface BulletinsHarness extends Omit<SubgraphHarness, 'run'> {
  /** The clock documents are dated by. */
  clock: { now: Date };
  /** Where computeAssessment finds the (fake) gateway. */
  gateway: { url: string };
  run(
    source: string,
    as: Principal | null,
    variables?: Record<string, unknown>,
    bearerToken?: string,
  ): Promise<RunResult>;
}

/** The bulletins subgraph on a fresh, migrated database. */
export async function startBulletinsHarness(label: string): Promise<BulletinsHarness> {
  const clock = { now: new Date('2025-12-12T03:00:00Z') };
  const gateway = { url: 'http://127.0.0.1:9/graphql' };
  const harness = await startSubgraphHarness(
    label,
    createBulletinsSubgraph({ now: () => clock.now, gatewayUrl: () => gateway.url }),
  );
  return {
    ...harness,
    clock,
    gateway,
    run: (source, as, variables, bearerToken) =>
      harness.run(source, as, variables, { bearerToken: bearerToken ?? (as ? `token-of:${as.subject}` : null) }),
  };
}

export const CREATE = `mutation($input: CreateBulletinDraftInput!) {
  createBulletinDraft(input: $input) { id status documentNumber issuerId } }`;
export const ADD_ITEM = `mutation($input: AddBulletinItemInput!) {
  addBulletinItem(input: $input) { id position kind category regionCode publicText } }`;
export const ISSUE = `mutation($id: ID!) { issueBulletin(id: $id) { id status documentNumber documentYear documentSerial issuedAt } }`;
export const PUBLISH = `mutation($id: ID!) { publishBulletin(id: $id) { id status publishedAt } }`;

export const draftInput = (overrides: Record<string, unknown> = {}) => ({
  title: '关于2025年全省城乡低保专项督察情况的通报',
  periodFrom: '2025-01-01T00:00:00Z',
  periodTo: '2025-12-01T00:00:00Z',
  audience: ['PREFECTURE_CIVIL_AFFAIRS', 'PREFECTURE_GOVERNMENTS'],
  body: '各市州民政局、各市州人民政府：现将有关情况通报如下。',
  ...overrides,
});

export const criticismOfDatong = (bulletinId: string) => ({
  bulletinId,
  kind: 'CRITICISM',
  category: 'POOR_PROGRESS',
  regionCode: '630121',
  summary: '复核发现平分低保金问题仍未整改到位。',
  publicText: '西宁市大通县个别村存在平分低保金问题，整改不到位，予以通报批评。',
  evidence: [
    { kind: 'FINDING', ref: { id: 'f0000000-0000-4000-8000-000000000001' }, note: '平分低保金' },
    { kind: 'COMPLAINT_STATS', ref: { regionCode: '630121', year: 2025 } },
    { kind: 'INCIDENT', ref: { id: 'i0000000-0000-4000-8000-000000000002' } },
  ],
});

export const commendationOfHaidong = (bulletinId: string) => ({
  bulletinId,
  kind: 'COMMENDATION',
  category: 'INNOVATION',
  regionCode: '630200',
  summary: '实地调研核实。',
  publicText: '海东市推行低保审核审批“阳光工程”，予以通报表扬。',
  evidence: [{ kind: 'REPORT_SUMMARY', ref: { regionCode: '630200', year: 2025 } }],
});

/** Creates a draft with one item and returns its id. */
export async function draftWithItem(hub: BulletinsHarness, as: Principal = provincialReviewer): Promise<string> {
  const created = await hub.run(CREATE, as, { input: draftInput() });
  const id = created.data?.createBulletinDraft.id as string;
  const added = await hub.run(ADD_ITEM, as, { input: criticismOfDatong(id) });
  if (added.errors) throw new Error(JSON.stringify(added.errors));
  return id;
}
