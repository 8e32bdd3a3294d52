import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principal, startReportingHarness, type ReportingHarness } from './harness.js';

const datong = principal('630121', ['REPORTER']);
const provinceReviewer = principal('630000', ['REVIEWER']);
const REPORT = `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) {
  id status reportedAt reportingDelayHours reportedBy { code } region { code } } }`;
const UPDATE = `mutation($input: UpdateIncidentInput!) { updateIncident(input: $input) { status } }`;

describe('incident reports (重大事项和突发事件)', () => {
  let hub: ReportingHarness;
  let id: string;
  beforeAll(async () => {
    hub = await startReportingHarness('reporting_incidents');
  });
  afterAll(async () => hub?.stop());

  const fire = {
    regionCode: '630121100',
    occurredAt: '2026-02-28T14:30:00Z',
    severity: 'MAJOR',
    category: 'ACCIDENT',
    title: '某镇低保户房屋火灾',
    description: '三户低保家庭房屋被烧毁。',
    causeAnalysis: '冬季取暖用火不慎。',
    rectificationMeasures: '临时安置，发放临时救助金。',
  };

  it('records the delay between the event and the report', async () => {
    hub.clock.now = new Date('2026-02-28T20:00:00Z');
    const { data, errors } = await hub.run(REPORT, datong, { input: fire });
    expect(errors).toBeUndefined();
    expect(data?.reportIncident).toMatchObject({
      status: 'REPORTED',
      reportedAt: '2026-02-28T20:00:00.000Z',
      reportingDelayHours: 5.5,
      reportedBy: { code: '630121' },
      region: { code: '630121100' },
    });
    id = data?.reportIncident.id;
  });

  it('moves forward only, and only a reviewer closes', async () => {
    expect(
      (await hub.run(UPDATE, datong, { input: { id, note: '已核实受灾情况', status: 'UNDER_REVIEW' } })).data
        ?.updateIncident.status,
    ).toBe('UNDER_REVIEW');
    expect((await hub.run(UPDATE, datong, { input: { id, note: '退回', status: 'REPORTED' } })).code).toBe('CONFLICT');
    expect(
      (await hub.run(UPDATE, datong, { input: { id, note: '整改', status: 'RECTIFYING' } })).errors,
    ).toBeUndefined();
    expect((await hub.run(UPDATE, datong, { input: { id, note: '办结', status: 'CLOSED' } })).code).toBe('FORBIDDEN');
    expect(
      (await hub.run(UPDATE, provinceReviewer, { input: { id, note: '同意办结', status: 'CLOSED' } })).errors,
    ).toBeUndefined();
    expect((await hub.run(UPDATE, provinceReviewer, { input: { id, note: '补充' } })).code).toBe('CONFLICT');
    const read = await hub.run(
      `query($id: ID!) { incident(id: $id) { status updates { status note } } }`,
      provinceReviewer,
      { id },
    );
    expect(read.data?.incident.updates.map((update: { status: string }) => update.status)).toEqual([
      'UNDER_REVIEW',
      'RECTIFYING',
      'CLOSED',
    ]);
  });

  it('refuses reports from outside the scope, about the future, or from non-reporters', async () => {
    hub.clock.now = new Date('2026-03-01T00:00:00Z');
    expect((await hub.run(REPORT, datong, { input: { ...fire, regionCode: '630102' } })).code).toBe('FORBIDDEN');
    expect((await hub.run(REPORT, datong, { input: { ...fire, occurredAt: '2026-03-02T00:00:00Z' } })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await hub.run(REPORT, principal('630121', ['REPORTER'], 'FINANCE'), { input: fire })).code).toBe(
      'FORBIDDEN',
    );
    expect((await hub.run(REPORT, datong, { input: { ...fire, title: '' } })).code).toBe('BAD_USER_INPUT');
  });

  it("lists incidents on the region tree within the caller's scope", async () => {
    const ENTITIES = `{ _entities(representations: [{ __typename: "Region", code: "630100" }, { __typename: "Region", code: "630102" }]) {
      ... on Region { code incidents { totalCount edges { node { title } } } } } }`;
    const xining = await hub.run(ENTITIES, principal('630100', ['VIEWER']));
    expect(xining.data?._entities).toEqual([
      { code: '630100', incidents: { totalCount: 1, edges: [{ node: { title: '某镇低保户房屋火灾' } }] } },
      { code: '630102', incidents: { totalCount: 0, edges: [] } },
    ]);
    const chengdong = await hub.run(ENTITIES, principal('630102', ['VIEWER']));
    expect(chengdong.data?._entities[0].incidents).toEqual({ totalCount: 0, edges: [] });
    expect(
      (await hub.run(`query($id: ID!) { incident(id: $id) { id } }`, principal('630102', ['VIEWER']), { id })).data
        ?.incident,
    ).toBeNull();
  });
});
