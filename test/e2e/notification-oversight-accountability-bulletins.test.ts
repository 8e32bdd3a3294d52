import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parentCodeOf, shanghaiDate } from '@dibao/domain';
import { startTestHub, type TestHub } from '../support/hub.js';

/*
 * The notices of oversight's distributed reports and monitoring findings, of the joint meetings' follow-up tasks
 * (assigned, due and overdue through the job queue) and of what bulletins issue and publish: each reaches its
 * audience through the gateway, opens its entity through the supergraph as the recipient, and reaches nobody else.
 */

const NOTIFICATIONS = `{ notifications(first: 200) { edges { node { event entityType entityId region { code }
  summary { en zh } } } } }`;
type Node = {
  event: string;
  entityType: string;
  entityId: string;
  region: { code: string };
  summary: { en: string; zh: string };
};

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const daysFromToday = (days: number) => shanghaiDate(new Date(Date.now() + days * 86_400_000));

describe('oversight, accountability and bulletins notices', () => {
  let hub: TestHub;
  const mine = async (token: string): Promise<Node[]> => {
    const page = await hub.query<{ notifications: { edges: Array<{ node: Node }> } }>(NOTIFICATIONS, {}, token);
    expect(page.errors).toBeUndefined();
    return page.data!.notifications.edges.map((edge) => edge.node);
  };
  const about = async (token: string, entityId: string) =>
    (await mine(token)).filter((node) => node.entityId === entityId).map((node) => node.event);
  /** Waits until `token` has been told `event` of the entity, then returns every event it was told of it. */
  const toldOf = (token: string, entityId: string, event: string) =>
    eventually(
      () => about(token, entityId),
      (events) => events.includes(event),
    );
  const ok = async <T = Record<string, unknown>>(
    document: string,
    variables: Record<string, unknown>,
    token: string,
  ) => {
    const result = await hub.query<T>(document, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  /** Bystanders are asked last, once the fan-out has delivered the event to its audience. */
  const untold = async (tokens: string[], entityId: string) => {
    for (const token of tokens) expect(await about(token, entityId)).toEqual([]);
  };

  beforeAll(async () => {
    hub = await startTestHub('notification_oversight_accountability_bulletins');
  });
  afterAll(async () => hub?.stop());

  it("tells the agencies an inspection's report is distributed to, which then read its conclusion", async () => {
    // An inspection of the demo still under way, organised below a province: reported, then distributed.
    const [inspection] = await hub.adminQuery<{ id: string; organiser: string; kind: string }>(
      `SELECT i.id, i.organiser_region_code AS organiser, i.organiser_kind AS kind FROM oversight.inspection i
        WHERE i.status = 'IN_PROGRESS' AND right(i.organiser_region_code, 4) <> '0000' ORDER BY i.id LIMIT 1`,
    );
    expect(inspection).toBeDefined();
    const { id, organiser, kind } = inspection!;
    const superior = parentCodeOf(organiser)!;
    const manager = await hub.token({
      subject: 'organiser',
      region: organiser,
      roles: ['INSPECTOR'],
      agency: kind as never,
    });
    await ok(
      `mutation($id: ID!) { reportInspection(id: $id, conclusion: "存在平分低保金问题，限期整改。") { id } }`,
      { id },
      manager,
    );
    // Reported, but not yet distributed: nobody outside the organisers is told.
    expect(
      await hub.adminQuery(`SELECT 1 FROM oversight.outbox_event WHERE entity_id = $1 AND topic = 'notify'`, [id]),
    ).toEqual([]);
    await ok(
      `mutation($id: ID!) {
         distributeInspectionReport(id: $id, recipients: [SAME_LEVEL_GOVERNMENT, SUPERIOR_DEPARTMENT]) { id } }`,
      { id },
      manager,
    );
    const government = await hub.token({
      subject: 'same-level-gov',
      region: organiser,
      roles: ['VIEWER'],
      agency: 'GOVERNMENT',
    });
    const superiorBureau = await hub.token({ subject: 'superior-ca', region: superior, roles: ['VIEWER'] });
    for (const token of [government, superiorBureau]) {
      expect(await toldOf(token, id, 'INSPECTION_DISTRIBUTED')).toEqual(['INSPECTION_DISTRIBUTED']);
      const [node] = (await mine(token)).filter((found) => found.entityId === id);
      expect(node).toMatchObject({ entityType: 'Inspection', region: { code: organiser } });
      const opened = await ok<{ inspection: { id: string; conclusion: string | null } }>(
        `query($id: ID!) { inspection(id: $id) { id conclusion } }`,
        { id },
        token,
      );
      expect(opened.inspection.id).toBe(id);
      expect(opened.inspection.conclusion).toEqual(expect.any(String));
    }
    await untold(
      [
        await hub.token({ subject: 'superior-gov', region: superior, roles: ['VIEWER'], agency: 'GOVERNMENT' }),
        await hub.token({ subject: 'organiser-finance', region: organiser, roles: ['ADMIN'], agency: 'FINANCE' }),
        // The organiser's own region is no recipient, whichever agency organised it.
        await hub.token({ subject: 'organiser-ca', region: organiser, roles: ['ADMIN'] }),
      ],
      id,
    );
  });

  it("tells a county's rectifiers of a finding recorded from a monitoring alert", async () => {
    const inspector = await hub.token({ subject: 'province-inspector', region: '630000', roles: ['INSPECTOR'] });
    const recorded = await ok<{ recordMonitoringFinding: { id: string } }>(
      `mutation($input: RecordMonitoringFindingInput!) { recordMonitoringFinding(input: $input) { id } }`,
      {
        input: {
          alertId: randomUUID(),
          regionCode: '630121',
          category: 'EQUAL_SPLITTING',
          severity: 'MAJOR',
          householdsAffected: 9,
          amountInvolvedFen: 270_000,
          description: '监测预警：东村平分低保金。',
        },
      },
      inspector,
    );
    const id = recorded.recordMonitoringFinding.id;
    const county = await hub.token({ subject: 'datong-reporter', region: '630121', roles: ['REPORTER'] });
    const government = await hub.token({
      subject: 'datong-gov',
      region: '630121',
      roles: ['VIEWER'],
      agency: 'GOVERNMENT',
    });
    for (const token of [county, government]) {
      expect(await toldOf(token, id, 'FINDING_ASSIGNED')).toEqual(['FINDING_ASSIGNED']);
    }
    const opened = await ok<{ finding: { id: string } | null }>(
      `query($id: ID!) { finding(id: $id) { id } }`,
      { id },
      county,
    );
    expect(opened.finding?.id).toBe(id);
    await untold(
      [
        await hub.token({ subject: 'datong-finance', region: '630121', roles: ['ADMIN'], agency: 'FINANCE' }),
        await hub.token({ subject: 'huangzhong-reporter', region: '630123', roles: ['REPORTER'] }),
      ],
      id,
    );
  });

  it("tells a joint-meeting task's owning agency that it is assigned, due and overdue, and stops watching it once done", async () => {
    const region = '630100';
    const lead = await hub.token({ subject: 'xining-lead', region, roles: ['REVIEWER'] });
    const [existing] = await hub.adminQuery(`SELECT 1 FROM accountability.joint_meeting WHERE region_code = $1`, [
      region,
    ]);
    if (!existing) {
      await ok(
        `mutation($input: EstablishJointMeetingInput!) { establishJointMeeting(input: $input) { regionCode } }`,
        { input: { regionCode: region, name: '西宁市低保工作联席会议', establishedOn: daysFromToday(-30) } },
        lead,
      );
    }
    const recorded = await ok<{ recordJointMeetingSession: { tasks: Array<{ id: string; ownerAgencyId: string }> } }>(
      `mutation($input: RecordJointMeetingSessionInput!) { recordJointMeetingSession(input: $input) {
         tasks { id ownerAgencyId } } }`,
      {
        input: {
          regionCode: region,
          heldOn: daysFromToday(-5),
          agenda: ['低保专项治理督办'],
          minutes: '会议研究了低保专项治理问题线索的督办。',
          attendees: [
            { agencyId: `${region}:CIVIL_AFFAIRS`, name: '李明' },
            { agencyId: `${region}:DISCIPLINE_INSPECTION`, name: '王强' },
          ],
          tasks: [
            // Due in two days (inside the reminder window), owned by a county's finance bureau below the meeting.
            { ownerAgencyId: '630121:FINANCE', description: '核拨补发资金。', deadline: daysFromToday(2) },
            // Past its deadline already.
            { ownerAgencyId: `${region}:AUDIT`, description: '审计补发资金。', deadline: daysFromToday(-1) },
          ],
        },
      },
      lead,
    );
    const [soon, late] = recorded.recordJointMeetingSession.tasks;
    const countyFinance = await hub.token({
      subject: 'datong-finance',
      region: '630121',
      roles: ['VIEWER'],
      agency: 'FINANCE',
    });
    const audit = await hub.token({ subject: 'xining-audit', region, roles: ['VIEWER'], agency: 'AUDIT' });

    const soonEvents = await eventually(
      () => about(countyFinance, soon!.id),
      (events) => events.includes('JOINT_MEETING_TASK_ASSIGNED') && events.includes('JOINT_MEETING_TASK_DUE'),
    );
    expect([...soonEvents].sort()).toEqual(['JOINT_MEETING_TASK_ASSIGNED', 'JOINT_MEETING_TASK_DUE']);
    const lateEvents = await toldOf(audit, late!.id, 'JOINT_MEETING_TASK_OVERDUE');
    expect(lateEvents).toContain('JOINT_MEETING_TASK_ASSIGNED');
    expect(lateEvents.filter((event) => event === 'JOINT_MEETING_TASK_OVERDUE')).toHaveLength(1);
    const [assigned] = (await mine(countyFinance)).filter(
      (node) => node.entityId === soon!.id && node.event === 'JOINT_MEETING_TASK_ASSIGNED',
    );
    expect(assigned).toMatchObject({ entityType: 'JointMeetingTask', region: { code: '630121' } });
    expect(assigned!.summary.en).toContain(daysFromToday(2));
    // The owner, below the meeting's region, opens its task (not the meeting's minutes).
    const opened = await ok<{ jointMeetingTask: { id: string; description: string; session: unknown } | null }>(
      `query($id: ID!) { jointMeetingTask(id: $id) { id description session { id } } }`,
      { id: soon!.id },
      countyFinance,
    );
    expect(opened.jointMeetingTask).toEqual({ id: soon!.id, description: '核拨补发资金。', session: null });
    const stranger = await hub.token({
      subject: 'haidong-finance',
      region: '630202',
      roles: ['VIEWER'],
      agency: 'FINANCE',
    });
    expect(
      (
        await ok<{ jointMeetingTask: unknown }>(
          `query($id: ID!) { jointMeetingTask(id: $id) { id } }`,
          { id: soon!.id },
          stranger,
        )
      ).jointMeetingTask,
    ).toBeNull();
    await untold(
      [
        stranger,
        await hub.token({ subject: 'datong-ca', region: '630121', roles: ['ADMIN'] }),
        await hub.token({ subject: 'xining-finance', region, roles: ['ADMIN'], agency: 'FINANCE' }),
      ],
      soon!.id,
    );

    await ok(
      `mutation($id: ID!) { completeJointMeetingTask(id: $id, note: "已核拨到位。") { status } }`,
      { id: soon!.id },
      lead,
    );
    const met = await eventually(
      () =>
        hub.adminQuery<{ met_at: Date | null }>(
          `SELECT met_at FROM notifications.deadline_watch WHERE entity_type = 'JointMeetingTask' AND entity_id = $1`,
          [soon!.id],
        ),
      (rows) => rows[0]?.met_at != null,
    );
    expect(met[0]!.met_at).toBeInstanceOf(Date);
  });

  it('tells the circulation of an issued bulletin, the tier below included, and nobody outside it', async () => {
    const reviewer = await hub.token({ subject: 'province-reviewer', region: '630000', roles: ['REVIEWER'] });
    const created = await ok<{ createBulletinDraft: { id: string } }>(
      `mutation($input: CreateBulletinDraftInput!) { createBulletinDraft(input: $input) { id } }`,
      {
        input: {
          title: '关于低保工作先进经验的通报',
          periodFrom: '2025-01-01T00:00:00Z',
          periodTo: '2025-12-01T00:00:00Z',
          audience: ['PREFECTURE_CIVIL_AFFAIRS', 'PROVINCIAL_GOVERNMENT'],
          body: '各市州民政局：现将有关情况通报如下。',
        },
      },
      reviewer,
    );
    const id = created.createBulletinDraft.id;
    await ok(
      `mutation($input: AddBulletinItemInput!) { addBulletinItem(input: $input) { id } }`,
      {
        input: {
          bulletinId: id,
          kind: 'COMMENDATION',
          category: 'INNOVATION',
          regionCode: '630200',
          summary: '实地调研核实。',
          publicText: '海东市推行低保审核审批“阳光工程”，予以通报表扬。',
          evidence: [],
        },
      },
      reviewer,
    );
    const issued = await ok<{ issueBulletin: { documentNumber: string } }>(
      `mutation($id: ID!) { issueBulletin(id: $id) { documentNumber } }`,
      { id },
      reviewer,
    );
    const told = [
      await hub.token({ subject: 'xining-ca', region: '630100', roles: ['VIEWER'] }),
      await hub.token({ subject: 'haidong-ca', region: '630200', roles: ['VIEWER'] }),
      await hub.token({ subject: 'province-gov', region: '630000', roles: ['VIEWER'], agency: 'GOVERNMENT' }),
    ];
    for (const token of told) {
      expect(await toldOf(token, id, 'BULLETIN_ISSUED')).toEqual(['BULLETIN_ISSUED']);
      const [node] = (await mine(token)).filter((found) => found.entityId === id);
      expect(node!.summary.zh).toContain(issued.issueBulletin.documentNumber);
      const opened = await ok<{ bulletin: { id: string; items: Array<{ summary: string | null }> } | null }>(
        `query($id: ID!) { bulletin(id: $id) { id items { summary } } }`,
        { id },
        token,
      );
      expect(opened.bulletin?.id).toBe(id);
    }
    await untold(
      [
        // Prefecture governments were not in this circulation; counties are not the tier it is addressed to.
        await hub.token({ subject: 'xining-gov', region: '630100', roles: ['VIEWER'], agency: 'GOVERNMENT' }),
        await hub.token({ subject: 'datong-ca', region: '630121', roles: ['ADMIN'] }),
        await hub.token({ subject: 'province-ca', region: '630000', roles: ['ADMIN'] }),
      ],
      id,
    );
  });

  it("tells a prefecture's counties of its published assessment and allocation, and no other region", async () => {
    const xining = await hub.token({ subject: 'xining-reviewer', region: '630100', roles: ['REVIEWER', 'VIEWER'] });
    await ok(`mutation { computeAssessment(year: 2022) { status } }`, {}, xining);
    const created = await ok<{ createAllocation: { id: string } }>(
      `mutation($input: CreateAllocationInput!) { createAllocation(input: $input) { id } }`,
      {
        input: {
          year: 2022,
          title: '西宁市2022年度低保工作奖补资金',
          poolFen: 1_000_000,
          method: 'REWARD_COMBINED_WITH_SUBSIDY',
        },
      },
      xining,
    );
    const allocationId = created.createAllocation.id;
    await ok(`mutation($id: ID!) { finaliseAllocation(id: $id) { status } }`, { id: allocationId }, xining);
    await ok(`mutation { publishAssessment(year: 2022) { status } }`, {}, xining);
    await ok(`mutation($id: ID!) { publishAllocation(id: $id) { status } }`, { id: allocationId }, xining);

    const datong = await hub.token({ subject: 'datong-ca', region: '630121', roles: ['VIEWER'] });
    expect(await toldOf(datong, '630100:2022', 'ASSESSMENT_PUBLISHED')).toEqual(['ASSESSMENT_PUBLISHED']);
    expect(await toldOf(datong, allocationId, 'ALLOCATION_PUBLISHED')).toEqual(['ALLOCATION_PUBLISHED']);
    const [node] = (await mine(datong)).filter((found) => found.event === 'ASSESSMENT_PUBLISHED');
    expect(node).toMatchObject({ entityType: 'Assessment', region: { code: '630100' } });
    const opened = await ok<{ assessment: { status: string } | null; allocation: { id: string } | null }>(
      `query($id: ID!) { assessment(year: 2022, assessor: "630100") { status } allocation(id: $id) { id } }`,
      { id: allocationId },
      datong,
    );
    expect(opened).toEqual({ assessment: { status: 'PUBLISHED' }, allocation: { id: allocationId } });
    for (const token of [
      await hub.token({ subject: 'xining-ca', region: '630100', roles: ['ADMIN'] }),
      await hub.token({ subject: 'haidong-county-ca', region: '630202', roles: ['ADMIN'] }),
      await hub.token({ subject: 'datong-gov', region: '630121', roles: ['ADMIN'], agency: 'GOVERNMENT' }),
    ]) {
      expect(await about(token, '630100:2022')).toEqual([]);
      expect(await about(token, allocationId)).toEqual([]);
    }
  });
});
