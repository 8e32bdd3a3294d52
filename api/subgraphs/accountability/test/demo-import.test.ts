import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCounterFor } from '@dibao/db';
import { importAccountability } from '@dibao/accountability';
import {
  accountabilityStoryDates,
  demoAccountability,
  demoAgencies,
  demoComplaints,
  demoOfficials,
  demoOriginSources,
  demoOversight,
  demoReporting,
  loadRegions,
  type DemoAccountability,
} from '@dibao/seed';
import { systemActor } from '@dibao/server';
import { officer, principal, startAccountabilityHarness, type AccountabilityHarness } from './harness.js';

const regions = loadRegions();
const counties = regions.filter((region) => region.level === 'COUNTY').map((region) => region.code);
const complaints = demoComplaints(regions);
const complaintIds = new Set(complaints.complaints.map((complaint) => complaint.id));

describe('the Qinghai demo data', () => {
  let hub: AccountabilityHarness;
  let demo: DemoAccountability;
  let summary: Awaited<ReturnType<typeof importAccountability>>;
  beforeAll(async () => {
    hub = await startAccountabilityHarness('accountability_demo');
    demo = demoAccountability(regions, demoOfficials(regions, demoAgencies(regions)), {
      incidents: demoReporting(regions).incidents,
      sources: demoOriginSources({ oversight: demoOversight(regions), complaints }),
    });
    summary = await importAccountability(hub.dataSource, demo, systemActor('test'));
  });
  afterAll(async () => hub?.stop());

  it('imports in one transaction with one audit record per kind', async () => {
    expect(summary).toMatchObject({ cases: demo.cases.length, jointMeetings: 54, sessions: 108 });
    const kinds = (await hub.dataSource.query(
      `SELECT entity_type, after FROM audit_record WHERE action = 'IMPORT' ORDER BY seq`,
    )) as Array<{ entity_type: string; after: { count: number } }>;
    expect(kinds.map((row) => row.entity_type)).toEqual([
      'AccountabilityCase',
      'CaseDecision',
      'JointMeeting',
      'JointMeetingSession',
      'JointMeetingTask',
    ]);
    expect(kinds[0]?.after.count).toBe(demo.cases.length);
    // A second import of the same data fails as a whole and adds nothing.
    await expect(importAccountability(hub.dataSource, demo, systemActor('test'))).rejects.toThrow();
    expect(await hub.count(`SELECT count(*)::int AS n FROM audit_record`)).toBe(5);
  });

  it('refuses data the rules refuse', async () => {
    const [first] = demo.cases;
    const wrongBody = { ...first!, id: '00000000-0000-4000-8000-00000000000a', openingAgencyId: '630000:AUDIT' };
    await expect(
      importAccountability(hub.dataSource, { cases: [wrongBody], jointMeetings: [] }, systemActor('test')),
    ).rejects.toThrow(/not a competent body/);
  });

  it('follows the story through the schema: opened by the county, recorded by its joint meeting, sanctioned', async () => {
    const dates = accountabilityStoryDates(2025);
    const county = officer('630121');
    const { data, errors } = await hub.run(
      `{ _entities(representations: [{ __typename: "Region", code: "630121" }]) { ... on Region {
          accountabilityCases(year: 2025, status: DECIDED) { edges { node {
            id subjectName subjectPosition subjectCadreLevel openedOn
            openedBy { id } managingRegion { code } competentBodies { agencyId }
            origins { kind id } decision { decidedOn holdsAccountable sanctions { track sanction } }
            jointMeetingDecisions { text session { heldOn jointMeeting { regionCode name } } } } } }
          accountabilityStats(year: 2025) { peopleHeldAccountable }
          jointMeeting { name sessions(year: 2025) { heldOn } } } } }`,
      county,
    );
    expect(errors).toBeUndefined();
    const region = data?._entities[0];
    const story = region.accountabilityCases.edges
      .map((edge: { node: { openedOn: string } }) => edge.node)
      .find((found: { openedOn: string }) => found.openedOn === dates.openedOn);
    expect(story).toMatchObject({
      subjectPosition: '青林乡民政办主任',
      subjectCadreLevel: 'COUNTY_MANAGED',
      openedBy: { id: '630121:DISCIPLINE_INSPECTION' },
      managingRegion: { code: '630121' },
      competentBodies: [{ agencyId: '630121:DISCIPLINE_INSPECTION' }, { agencyId: '630121:ORGANIZATION_DEPARTMENT' }],
      origins: [{ kind: 'COMPLAINT', id: expect.any(String) }],
      decision: {
        decidedOn: dates.decidedOn,
        holdsAccountable: true,
        sanctions: [
          { track: 'PARTY', sanction: 'WARNING' },
          { track: 'GOVERNMENT', sanction: 'DEMERIT' },
        ],
      },
    });
    expect(complaintIds.has(story.origins[0].id)).toBe(true);
    expect(story.jointMeetingDecisions).toContainEqual(
      expect.objectContaining({
        session: {
          heldOn: dates.jointMeetingOn,
          jointMeeting: { regionCode: '630121', name: '大通县最低生活保障工作联席会议' },
        },
      }),
    );
    expect(region.accountabilityStats.peopleHeldAccountable).toBeGreaterThanOrEqual(1);
    expect(region.jointMeeting.sessions).toEqual([{ heldOn: dates.jointMeetingOn }]);
    // The imported case can be closed by the county's body, and only by it.
    const CLOSE = `mutation($id: ID!) { closeAccountabilityCase(id: $id) { status } }`;
    expect((await hub.run(CLOSE, officer('630100'), { id: story.id })).code).toBe('FORBIDDEN');
    expect((await hub.run(CLOSE, county, { id: story.id })).data?.closeAccountabilityCase.status).toBe('CLOSED');
  });

  it('shows open follow-up tasks as overdue by the clock', async () => {
    hub.clock.now = new Date('2026-11-25T00:00:00Z');
    const { data } = await hub.run(
      `{ _entities(representations: [{ __typename: "Region", code: "630000" }]) { ... on Region {
          jointMeeting { level overdueTaskCount openTasks { deadline overdue } } } } }`,
      principal('630000', 'CIVIL_AFFAIRS', ['VIEWER']),
    );
    const body = data?._entities[0].jointMeeting;
    expect(body.level).toBe('PROVINCE');
    expect(body.overdueTaskCount).toBe(body.openTasks.filter((task: { overdue: boolean }) => task.overdue).length);
    hub.clock.now = new Date('2020-01-01T00:00:00Z');
    const before = await hub.run(
      `{ _entities(representations: [{ __typename: "Region", code: "630000" }]) { ... on Region { jointMeeting { overdueTaskCount } } } }`,
      principal('630000', 'CIVIL_AFFAIRS', ['VIEWER']),
    );
    expect(before.data?._entities[0].jointMeeting.overdueTaskCount).toBe(0);
    hub.clock.now = new Date('2025-12-01T04:00:00Z');
  });

  it('batches every relation: as many statements for 45 counties as for 7', async () => {
    const counter = statementCounterFor('accountability');
    const nested = (codes: string[]) => `{ _entities(representations: [${codes
      .map((code) => `{ __typename: "Region", code: "${code}" }`)
      .join(', ')}]) { ... on Region {
        accountabilityCases { edges { node { id origins { id } decision { decidedOn sanctions { sanction } holdsAccountable }
          jointMeetingDecisions { text } } } }
        accountabilityStats(year: 2025) { casesOpened }
        jointMeeting { overdueTaskCount openTasks { id } sessions { attendees { name } tasks { overdue }
          decisions { caseIds cases { id status } } } } } } }`;
    const province = officer('630000');
    const statementsFor = async (codes: string[]) => {
      const before = counter.total;
      const { errors } = await hub.run(nested(codes), province);
      expect(errors).toBeUndefined();
      return counter.total - before;
    };
    const few = await statementsFor(counties.slice(0, 7));
    const all = await statementsFor(counties);
    expect(all).toBe(few);
    expect(all).toBeLessThan(25);
  });
});
