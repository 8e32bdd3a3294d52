import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officer, openCaseAs, principal, startAccountabilityHarness, type AccountabilityHarness } from './harness.js';

const lead = principal('630121', 'CIVIL_AFFAIRS', ['REVIEWER']);
const leadAdmin = principal('630121', 'CIVIL_AFFAIRS', ['ADMIN']);
const countyDiscipline = officer('630121');

const ESTABLISH = `mutation($input: EstablishJointMeetingInput!) { establishJointMeeting(input: $input) {
  regionCode name level leadAgencyId memberKinds memberAgencyIds establishedOn } }`;
const SET_MEMBERS = `mutation($code: ID!, $kinds: [AgencyKind!]!) { setJointMeetingMembers(regionCode: $code, memberKinds: $kinds) {
  memberKinds } }`;
const RECORD = `mutation($input: RecordJointMeetingSessionInput!) { recordJointMeetingSession(input: $input) {
  id heldOn agenda attendees { agencyId name agency { id } } decisions { id text caseIds cases { id } }
  tasks { id ownerAgencyId deadline status overdue } } }`;
const COMPLETE = `mutation($id: ID!, $note: String!) { completeJointMeetingTask(id: $id, note: $note) {
  status completedOn completionNote overdue statusLabel { zh } } }`;
const JOINT_MEETING = (code: string) => `{ _entities(representations: [{ __typename: "Region", code: "${code}" }]) {
  ... on Region { jointMeeting { name level leadAgency { id } members { id } overdueTaskCount
    openTasks { description overdue } sessions { heldOn } } } } }`;

describe('joint meetings (联席会议)', () => {
  let hub: AccountabilityHarness;
  let caseId: string;
  let otherCountyCase: string;
  beforeAll(async () => {
    hub = await startAccountabilityHarness('accountability_joint_meetings');
    caseId = await openCaseAs(hub, countyDiscipline);
    otherCountyCase = await openCaseAs(hub, officer('630102'), {
      kind: 'OFFICIAL',
      name: '某某',
      regionCode: '630102001',
      cadreLevel: 'COUNTY_MANAGED',
    });
  });
  afterAll(async () => hub?.stop());

  const meeting = (overrides: Record<string, unknown> = {}) => ({
    input: {
      regionCode: '630121',
      heldOn: '2025-11-25',
      agenda: ['通报低保专项督察发现的问题', '研究问责案件办理情况'],
      minutes: '会议听取了县民政局关于平分低保金问题的通报，县纪委监委通报了案件查办进展。',
      attendees: [
        { agencyId: '630121:CIVIL_AFFAIRS', name: '汪兵' },
        { agencyId: '630121:DISCIPLINE_INSPECTION', name: '吴军' },
        { agencyId: '630121:ORGANIZATION_DEPARTMENT', name: '某某' },
      ],
      decisions: [{ text: '县纪委监委依规依纪查处青林乡平分低保金问题。', caseIds: [caseId, caseId] }],
      tasks: [
        { ownerAgencyId: '630121200:GOVERNMENT', description: '全面排查各村低保金发放情况。', deadline: '2025-12-10' },
        { ownerAgencyId: '630121:FINANCE', description: '追回被平分的低保资金。', deadline: '2025-11-30' },
      ],
      ...overrides,
    },
  });

  it('is set up by the lead agency of a province, prefecture or county only', async () => {
    const input = { regionCode: '630121', name: '大通县最低生活保障工作联席会议', establishedOn: '2021-03-01' };
    for (const stranger of [
      countyDiscipline,
      principal('630121', 'CIVIL_AFFAIRS', ['VIEWER']),
      principal('630121', 'CIVIL_AFFAIRS', ['REPORTER']),
      principal('630100', 'CIVIL_AFFAIRS', ['ADMIN']),
      principal('630121', 'GOVERNMENT', ['ADMIN']),
    ]) {
      expect((await hub.run(ESTABLISH, stranger, { input })).code, stranger.subject).toBe('FORBIDDEN');
    }
    const { data, errors } = await hub.run(ESTABLISH, lead, { input });
    expect(errors).toBeUndefined();
    expect(data?.establishJointMeeting).toEqual({
      regionCode: '630121',
      name: '大通县最低生活保障工作联席会议',
      level: 'COUNTY',
      leadAgencyId: '630121:CIVIL_AFFAIRS',
      memberKinds: ['ORGANIZATION_DEPARTMENT', 'DISCIPLINE_INSPECTION', 'HR_SOCIAL_SECURITY', 'FINANCE', 'AUDIT'],
      memberAgencyIds: [
        '630121:ORGANIZATION_DEPARTMENT',
        '630121:DISCIPLINE_INSPECTION',
        '630121:HR_SOCIAL_SECURITY',
        '630121:FINANCE',
        '630121:AUDIT',
      ],
      establishedOn: '2021-03-01',
    });
    expect((await hub.run(ESTABLISH, lead, { input })).code).toBe('CONFLICT');
    const province = principal('630000', 'CIVIL_AFFAIRS', ['ADMIN']);
    expect(
      (await hub.run(ESTABLISH, province, { input: { regionCode: '630000', name: '青海省低保工作联席会议' } })).data
        ?.establishJointMeeting.level,
    ).toBe('PROVINCE');
  });

  it('refuses townships and member lists without the organization department or discipline inspection', async () => {
    const township = principal('630121200', 'CIVIL_AFFAIRS', ['ADMIN']);
    expect(
      (await hub.run(ESTABLISH, township, { input: { regionCode: '630121200', name: '青林乡联席会议' } })).code,
    ).toBe('BAD_USER_INPUT');
    const xining = principal('630100', 'CIVIL_AFFAIRS', ['ADMIN']);
    for (const memberKinds of [
      ['FINANCE', 'AUDIT', 'ORGANIZATION_DEPARTMENT'],
      ['CIVIL_AFFAIRS', 'ORGANIZATION_DEPARTMENT', 'DISCIPLINE_INSPECTION'],
    ]) {
      const refused = await hub.run(ESTABLISH, xining, {
        input: { regionCode: '630100', name: '西宁市联席会议', memberKinds },
      });
      expect(refused.code, memberKinds.join()).toBe('BAD_USER_INPUT');
    }
    expect(
      (
        await hub.run(ESTABLISH, xining, {
          input: { regionCode: '630100', name: '西宁市联席会议', establishedOn: '2030-01-01' },
        })
      ).code,
    ).toBe('BAD_USER_INPUT');
    expect(await hub.count(`SELECT count(*)::int AS n FROM joint_meeting WHERE region_code = '630100'`)).toBe(0);
  });

  it('changes members, audited', async () => {
    const changed = await hub.run(SET_MEMBERS, leadAdmin, {
      code: '630121',
      kinds: [
        'DISCIPLINE_INSPECTION',
        'ORGANIZATION_DEPARTMENT',
        'FINANCE',
        'AUDIT',
        'HR_SOCIAL_SECURITY',
        'GOVERNMENT',
      ],
    });
    expect(changed.data?.setJointMeetingMembers.memberKinds).toEqual([
      'GOVERNMENT',
      'ORGANIZATION_DEPARTMENT',
      'DISCIPLINE_INSPECTION',
      'HR_SOCIAL_SECURITY',
      'FINANCE',
      'AUDIT',
    ]);
    expect(
      (await hub.run(SET_MEMBERS, countyDiscipline, { code: '630121', kinds: ['DISCIPLINE_INSPECTION'] })).code,
    ).toBe('FORBIDDEN');
    expect((await hub.run(SET_MEMBERS, leadAdmin, { code: '630121', kinds: ['FINANCE'] })).code).toBe('BAD_USER_INPUT');
    expect(
      (
        await hub.run(SET_MEMBERS, principal('630102', 'CIVIL_AFFAIRS', ['ADMIN']), {
          code: '630102',
          kinds: ['ORGANIZATION_DEPARTMENT', 'DISCIPLINE_INSPECTION'],
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      await hub.count(
        `SELECT count(*)::int AS n FROM audit_record WHERE entity_type = 'JointMeeting' AND action = 'SET_MEMBERS'`,
      ),
    ).toBe(1);
  });

  it('records a meeting with attendees, decisions linked to cases and follow-up tasks', async () => {
    const { data, errors } = await hub.run(RECORD, lead, meeting());
    expect(errors).toBeUndefined();
    expect(data?.recordJointMeetingSession).toMatchObject({
      heldOn: '2025-11-25',
      agenda: ['通报低保专项督察发现的问题', '研究问责案件办理情况'],
      attendees: [
        { agencyId: '630121:CIVIL_AFFAIRS', name: '汪兵', agency: { id: '630121:CIVIL_AFFAIRS' } },
        { agencyId: '630121:DISCIPLINE_INSPECTION', name: '吴军' },
        { agencyId: '630121:ORGANIZATION_DEPARTMENT', name: '某某' },
      ],
      decisions: [{ text: '县纪委监委依规依纪查处青林乡平分低保金问题。', caseIds: [caseId], cases: [{ id: caseId }] }],
      tasks: [
        { ownerAgencyId: '630121200:GOVERNMENT', deadline: '2025-12-10', status: 'OPEN', overdue: false },
        { ownerAgencyId: '630121:FINANCE', deadline: '2025-11-30', status: 'OPEN', overdue: true },
      ],
    });
    const read = await hub.run(
      `query($id: ID!) { accountabilityCase(id: $id) { jointMeetingDecisions { text session { heldOn } } } }`,
      countyDiscipline,
      { id: caseId },
    );
    expect(read.data?.accountabilityCase.jointMeetingDecisions).toEqual([
      { text: '县纪委监委依规依纪查处青林乡平分低保金问题。', session: { heldOn: '2025-11-25' } },
    ]);
    expect(
      await hub.count(
        `SELECT count(*)::int AS n FROM audit_record WHERE entity_type = 'JointMeetingSession' AND action = 'RECORD'`,
      ),
    ).toBe(1);
  });

  it('refuses meetings that break the rules, and records nothing', async () => {
    const before = await hub.count(`SELECT count(*)::int AS n FROM joint_meeting_session`);
    const bad: Array<[string, Record<string, unknown>]> = [
      [
        'a stranger attends',
        {
          attendees: [
            { agencyId: '630121:CIVIL_AFFAIRS', name: '汪兵' },
            { agencyId: '630100:CIVIL_AFFAIRS', name: '某某' },
          ],
        },
      ],
      ['the lead is absent', { attendees: [{ agencyId: '630121:DISCIPLINE_INSPECTION', name: '吴军' }] }],
      ['a case of another county', { decisions: [{ text: '研究案件。', caseIds: [otherCountyCase] }] }],
      ['an unknown case', { decisions: [{ text: '研究案件。', caseIds: ['00000000-0000-4000-8000-000000000000'] }] }],
      [
        'a deadline before the meeting',
        { tasks: [{ ownerAgencyId: '630121:FINANCE', description: '追回资金。', deadline: '2025-11-24' }] },
      ],
      [
        'an owner outside the county',
        { tasks: [{ ownerAgencyId: '630102:FINANCE', description: '追回资金。', deadline: '2025-12-24' }] },
      ],
      ['a meeting in the future', { heldOn: '2025-12-02' }],
      ['a meeting before the joint meeting existed', { heldOn: '2021-02-28' }],
      ['a blank agenda', { agenda: [] }],
    ];
    for (const [title, overrides] of bad) {
      expect((await hub.run(RECORD, lead, meeting(overrides))).code, title).toBe('BAD_USER_INPUT');
    }
    expect((await hub.run(RECORD, countyDiscipline, meeting())).code).toBe('FORBIDDEN');
    expect(
      (await hub.run(RECORD, principal('630100', 'CIVIL_AFFAIRS', ['ADMIN']), meeting({ regionCode: '630100' }))).code,
    ).toBe('NOT_FOUND');
    expect(await hub.count(`SELECT count(*)::int AS n FROM joint_meeting_session`)).toBe(before);
  });

  it('computes overdue follow-ups by the injected clock and completes them once', async () => {
    const first = await hub.run(JOINT_MEETING('630121'), principal('630121', 'FINANCE', ['VIEWER']));
    expect(first.data?._entities[0].jointMeeting).toMatchObject({
      level: 'COUNTY',
      leadAgency: { id: '630121:CIVIL_AFFAIRS' },
      overdueTaskCount: 1,
      openTasks: [
        { description: '追回被平分的低保资金。', overdue: true },
        { description: '全面排查各村低保金发放情况。', overdue: false },
      ],
      sessions: [{ heldOn: '2025-11-25' }],
    });
    hub.clock.now = new Date('2025-12-10T15:59:59Z'); // 23:59:59 on 10 December in Beijing: not yet overdue
    expect((await hub.run(JOINT_MEETING('630121'), lead)).data?._entities[0].jointMeeting.overdueTaskCount).toBe(1);
    hub.clock.now = new Date('2025-12-10T16:00:00Z'); // 11 December in Beijing
    expect((await hub.run(JOINT_MEETING('630121'), lead)).data?._entities[0].jointMeeting.overdueTaskCount).toBe(2);

    const ids = (await hub.dataSource.query(`SELECT id FROM joint_meeting_task ORDER BY position`)) as Array<{
      id: string;
    }>;
    const taskId = ids[1]?.id;
    expect((await hub.run(COMPLETE, countyDiscipline, { id: taskId, note: '已追回。' })).code).toBe('FORBIDDEN');
    expect((await hub.run(COMPLETE, lead, { id: taskId, note: ' ' })).code).toBe('BAD_USER_INPUT');
    const done = await hub.run(COMPLETE, lead, { id: taskId, note: '被平分的资金已全部追回。' });
    expect(done.data?.completeJointMeetingTask).toEqual({
      status: 'DONE',
      completedOn: '2025-12-11',
      completionNote: '被平分的资金已全部追回。',
      overdue: false,
      statusLabel: { zh: '已完成' },
    });
    expect((await hub.run(COMPLETE, lead, { id: taskId, note: '再次办结。' })).code).toBe('CONFLICT');
    expect((await hub.run(COMPLETE, lead, { id: '00000000-0000-4000-8000-000000000000', note: '办结。' })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await hub.run(COMPLETE, principal('630102', 'CIVIL_AFFAIRS', ['ADMIN']), { id: taskId, note: '办结。' })).code,
    ).toBe('NOT_FOUND');
    const after = await hub.run(JOINT_MEETING('630121'), lead);
    expect(after.data?._entities[0].jointMeeting).toMatchObject({
      overdueTaskCount: 1,
      openTasks: [{ overdue: true }],
    });
    hub.clock.now = new Date('2025-12-01T04:00:00Z');
  });

  it('is read by principals in scope, not by others', async () => {
    const prefecture = await hub.run(JOINT_MEETING('630121'), principal('630100', 'AUDIT', ['VIEWER']));
    expect(prefecture.data?._entities[0].jointMeeting.name).toBe('大通县最低生活保障工作联席会议');
    const otherCounty = await hub.run(JOINT_MEETING('630121'), principal('630102', 'CIVIL_AFFAIRS', ['ADMIN']));
    expect(otherCounty.data?._entities[0].jointMeeting).toBeNull();
    expect((await hub.run(JOINT_MEETING('630121'), null)).code).toBe('UNAUTHENTICATED');
    const [row] = (await hub.dataSource.query(`SELECT id FROM joint_meeting_session`)) as Array<{ id: string }>;
    const SESSION = `query($id: ID!) { jointMeetingSession(id: $id) { heldOn jointMeeting { regionCode } region { code } } }`;
    expect((await hub.run(SESSION, countyDiscipline, { id: row?.id })).data?.jointMeetingSession).toEqual({
      heldOn: '2025-11-25',
      jointMeeting: { regionCode: '630121' },
      region: { code: '630121' },
    });
    expect(
      (await hub.run(SESSION, principal('630102', 'CIVIL_AFFAIRS', ['ADMIN']), { id: row?.id })).data
        ?.jointMeetingSession,
    ).toBeNull();
    // A county official reads its county's cases but not the prefecture's meeting decisions about them.
    const xiningLead = principal('630100', 'CIVIL_AFFAIRS', ['ADMIN']);
    await hub.run(ESTABLISH, xiningLead, {
      input: { regionCode: '630100', name: '西宁市低保工作联席会议', establishedOn: '2021-01-01' },
    });
    const recorded = await hub.run(
      RECORD,
      xiningLead,
      meeting({
        regionCode: '630100',
        attendees: [{ agencyId: '630100:CIVIL_AFFAIRS', name: '某某' }],
        decisions: [{ text: '督促大通县办理问责案件。', caseIds: [caseId, otherCountyCase] }],
        tasks: [],
      }),
    );
    expect(recorded.errors).toBeUndefined();
    const CASE_DECISIONS = `query($id: ID!) { accountabilityCase(id: $id) { jointMeetingDecisions { text } } }`;
    expect(
      (await hub.run(CASE_DECISIONS, lead, { id: caseId })).data?.accountabilityCase.jointMeetingDecisions,
    ).toHaveLength(1);
    // The prefecture's lead is not of the county's joint meeting, which manages the case: it reads no evidence.
    expect(
      (await hub.run(CASE_DECISIONS, xiningLead, { id: caseId })).data?.accountabilityCase.jointMeetingDecisions,
    ).toBeNull();
  });
});
