import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRuleVersion } from '../../../../test/support/rules.js';
import {
  ACCEPT_HANDOVER,
  assigned,
  cast,
  CLOSE,
  CONCLUDE,
  DECLINE_HANDOVER,
  designateOfficers,
  ESCALATE,
  receive,
  REQUEST_HANDOVER,
  START,
  startComplaintsHarness,
  type ComplaintsHarness,
} from './harness.js';

const READ = `query($id: ID!) { complaint(id: $id) {
  status owner { subject region { code } } pendingHandover { toSubject }
  ownershipTransfers { kind fromSubject toSubject toRegion { code } reason }
  acknowledgeDeadline concludeDeadline supervisionDeadline supervisedByProvince overdue
  deadlines { kind dueAt metAt overdue late } } }`;

const conclude = (id: string, conclusion = 'SUBSTANTIATED') => ({
  input: { complaintId: id, conclusion, findings: '经入户核查，反映情况属实。', amountInvolvedFen: 100_000 },
});

describe('complaint workflow and first-contact ownership', () => {
  let hub: ComplaintsHarness;
  const audit = () => hub.count(`SELECT count(*)::int AS n FROM audit_record`);

  beforeAll(async () => {
    hub = await startComplaintsHarness('complaints_workflow');
    await designateOfficers(hub);
  });
  afterAll(async () => hub?.stop());

  it('goes RECEIVED → ASSIGNED → INVESTIGATING → CONCLUDED → CLOSED, owned at every step, all audited', async () => {
    hub.clock.now = new Date('2025-05-12T02:24:00Z');
    const { id } = await receive(hub, cast.countyDuty);
    const received = await hub.run(READ, cast.countyDuty, { id });
    expect(received.data?.complaint).toMatchObject({
      status: 'RECEIVED',
      owner: { subject: 'datong-duty', region: { code: '630121' } },
      ownershipTransfers: [{ kind: 'INTAKE', fromSubject: null, toSubject: 'datong-duty' }],
    });

    const requested = await hub.run(REQUEST_HANDOVER, cast.countyDuty, { id });
    expect(requested.data?.requestHandover).toMatchObject({
      status: 'RECEIVED',
      pendingHandover: { toSubject: 'taer-petition-officer' },
      owner: { subject: 'datong-duty' }, // ownership does not move until accepted
    });

    hub.clock.now = new Date('2025-05-13T01:40:00Z');
    const accepted = await hub.run(ACCEPT_HANDOVER, cast.townshipOfficer, { id });
    expect(accepted.data?.acceptHandover).toMatchObject({
      status: 'ASSIGNED',
      acknowledgedAt: '2025-05-13T01:40:00.000Z',
      owner: { subject: 'taer-petition-officer' },
    });
    // The previous owner no longer works the case.
    expect((await hub.run(START, cast.countyDuty, { id })).code).toBe('FORBIDDEN');
    expect((await hub.run(START, cast.townshipOfficer, { id })).data?.startComplaintInvestigation.status).toBe(
      'INVESTIGATING',
    );
    expect((await hub.run(CONCLUDE, cast.townshipOfficer, conclude(id))).data?.concludeComplaint).toMatchObject({
      status: 'CONCLUDED',
      conclusion: 'SUBSTANTIATED',
    });
    expect((await hub.run(CLOSE, cast.townshipOfficer, { id })).data?.closeComplaint.status).toBe('CLOSED');

    const read = await hub.run(READ, cast.townshipOfficer, { id });
    expect(read.data?.complaint.ownershipTransfers).toEqual([
      {
        kind: 'INTAKE',
        fromSubject: null,
        toSubject: 'datong-duty',
        toRegion: { code: '630121' },
        reason: '首问受理 / First contact',
      },
      {
        kind: 'HANDOVER',
        fromSubject: 'datong-duty',
        toSubject: 'taer-petition-officer',
        toRegion: { code: '630121102' },
        reason: expect.any(String),
      },
    ]);
    const actions = await hub.dataSource.query(
      `SELECT action FROM audit_record WHERE entity_type = 'Complaint' AND entity_id = $1 ORDER BY seq`,
      [id],
    );
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'RECEIVE',
      'REQUEST_HANDOVER',
      'ACCEPT_HANDOVER',
      'START_INVESTIGATION',
      'CONCLUDE',
      'CLOSE',
    ]);
  });

  it('refuses every illegal transition with CONFLICT and changes nothing', async () => {
    const { id } = await receive(hub, cast.countyDuty);
    const owner = cast.countyDuty;
    const before = await audit();
    // From RECEIVED: no investigation, conclusion or closure before someone accepts it.
    expect((await hub.run(START, owner, { id })).code).toBe('CONFLICT');
    expect((await hub.run(CONCLUDE, owner, conclude(id))).code).toBe('CONFLICT');
    expect((await hub.run(CLOSE, owner, { id })).code).toBe('CONFLICT');
    expect(await audit()).toBe(before);

    await hub.run(REQUEST_HANDOVER, owner, { id });
    await hub.run(ACCEPT_HANDOVER, cast.townshipOfficer, { id });
    const officer = cast.townshipOfficer;
    // From ASSIGNED: accepting again, handing over again, concluding and closing are illegal.
    expect((await hub.run(ACCEPT_HANDOVER, officer, { id })).code).toBe('CONFLICT');
    expect((await hub.run(REQUEST_HANDOVER, officer, { id })).code).toBe('CONFLICT');
    expect((await hub.run(CONCLUDE, officer, conclude(id))).code).toBe('CONFLICT');
    expect((await hub.run(CLOSE, officer, { id })).code).toBe('CONFLICT');
    // From INVESTIGATING: starting again and closing without a conclusion are illegal.
    await hub.run(START, officer, { id });
    expect((await hub.run(START, officer, { id })).code).toBe('CONFLICT');
    expect((await hub.run(CLOSE, officer, { id })).code).toBe('CONFLICT');
    // From CONCLUDED: concluding again and going back to investigation are illegal.
    await hub.run(CONCLUDE, officer, conclude(id, 'UNSUBSTANTIATED'));
    expect((await hub.run(CONCLUDE, officer, conclude(id))).code).toBe('CONFLICT');
    expect((await hub.run(START, officer, { id })).code).toBe('CONFLICT');
    // From CLOSED: nothing but an appeal reopens it.
    await hub.run(CLOSE, officer, { id });
    const afterClose = await audit();
    expect((await hub.run(CLOSE, officer, { id })).code).toBe('CONFLICT');
    expect((await hub.run(START, officer, { id })).code).toBe('CONFLICT');
    expect((await hub.run(CONCLUDE, officer, conclude(id))).code).toBe('CONFLICT');
    expect((await hub.run(ESCALATE, cast.provinceHandler, { id })).code).toBe('CONFLICT');
    expect(await audit()).toBe(afterClose);
    const row = await hub.dataSource.query(`SELECT status, conclusion FROM complaint WHERE id = $1`, [id]);
    expect(row).toEqual([{ status: 'CLOSED', conclusion: 'UNSUBSTANTIATED' }]);
  });

  it('lets only the owner work the case and only the proposed officer accept; a decline keeps the owner', async () => {
    const { id } = await receive(hub, cast.countyDuty);
    expect((await hub.run(REQUEST_HANDOVER, cast.countyOfficer, { id })).code).toBe('FORBIDDEN');
    expect((await hub.run(REQUEST_HANDOVER, cast.xiningHandler, { id })).code).toBe('FORBIDDEN');
    await hub.run(REQUEST_HANDOVER, cast.countyDuty, { id });
    // Not proposed to them: another handler of the county, or the county's own officer.
    expect((await hub.run(ACCEPT_HANDOVER, cast.countyOfficer, { id })).code).toBe('FORBIDDEN');
    expect((await hub.run(ACCEPT_HANDOVER, cast.xiningHandler, { id })).code).toBe('FORBIDDEN');
    const declined = await hub.run(DECLINE_HANDOVER, cast.townshipOfficer, { id });
    expect(declined.data?.declineHandover).toMatchObject({
      status: 'RECEIVED',
      pendingHandover: null,
      owner: { subject: 'datong-duty' },
    });
    expect((await hub.run(ACCEPT_HANDOVER, cast.townshipOfficer, { id })).code).toBe('FORBIDDEN');
    // A reporter cannot touch complaints at all; anonymous callers are not signed in.
    expect((await hub.run(START, cast.datongReporter, { id })).code).toBe('FORBIDDEN');
    expect((await hub.run(START, null, { id })).code).toBe('UNAUTHENTICATED');
  });

  it('hands a complaint about a township without its own officer to the county officer, who may also accept in place', async () => {
    const viaCounty = await receive(hub, cast.countyDuty, { regionCode: '630121103' });
    const requested = await hub.run(REQUEST_HANDOVER, cast.countyDuty, { id: viaCounty.id });
    expect(requested.data?.requestHandover.pendingHandover).toEqual({ toSubject: 'datong-petition-officer' });

    const ownLetter = await receive(hub, cast.countyOfficer, { regionCode: '630121', channel: 'LETTER_VISIT' });
    expect((await hub.run(REQUEST_HANDOVER, cast.countyOfficer, { id: ownLetter.id })).code).toBe('CONFLICT');
    const accepted = await hub.run(ACCEPT_HANDOVER, cast.countyOfficer, { id: ownLetter.id });
    expect(accepted.data?.acceptHandover).toMatchObject({
      status: 'ASSIGNED',
      owner: { subject: 'datong-petition-officer' },
    });
    const transfers = await hub.count(
      `SELECT count(*)::int AS n FROM complaint_ownership_transfer WHERE complaint_id = $1`,
      [ownLetter.id],
    );
    expect(transfers).toBe(1);
  });

  it('cannot leave a complaint without an owner, even in SQL', async () => {
    const { id } = await receive(hub, cast.countyDuty);
    await expect(
      hub.dataSource.query(`UPDATE complaint SET owner_subject = NULL WHERE id = $1`, [id]),
    ).rejects.toThrow();
    await expect(hub.dataSource.query(`UPDATE complaint SET owner_subject = '' WHERE id = $1`, [id])).rejects.toThrow();
  });

  it('refuses intake outside the receiver’s scope and bad channel sources', async () => {
    expect(
      (
        await hub.run(
          `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { receiptCode } }`,
          cast.chengdong,
          {
            input: {
              channel: 'HOTLINE',
              regionCode: '630121102',
              category: 'FAVOR_BASED',
              summary: '反映大通县的问题。',
            },
          },
        )
      ).code,
    ).toBe('FORBIDDEN');
    const volunteerWithout = await hub.run(
      `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { receiptCode } }`,
      cast.countyDuty,
      {
        input: {
          channel: 'VOLUNTEER_SUPERVISOR',
          regionCode: '630121',
          category: 'FAVOR_BASED',
          summary: '义务监督员反映问题。',
        },
      },
    );
    expect(volunteerWithout.code).toBe('BAD_USER_INPUT');
    const future = await hub.run(
      `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { receiptCode } }`,
      cast.countyDuty,
      {
        input: {
          channel: 'LETTER_VISIT',
          regionCode: '630121',
          category: 'FAVOR_BASED',
          summary: '来信反映问题。',
          receivedAt: '2030-01-01T00:00:00Z',
        },
      },
    );
    expect(future.code).toBe('BAD_USER_INPUT');
  });

  it('computes deadlines from receipt and flags them overdue, late or met by the injectable clock', async () => {
    hub.clock.now = new Date('2025-03-01T02:00:00Z');
    const { id } = await receive(hub, cast.countyDuty);
    const fresh = await hub.run(READ, cast.countyDuty, { id });
    expect(fresh.data?.complaint).toMatchObject({
      acknowledgeDeadline: '2025-03-04T02:00:00.000Z',
      concludeDeadline: '2025-04-30T02:00:00.000Z',
      supervisionDeadline: null,
      overdue: false,
    });
    hub.clock.now = new Date('2025-03-04T02:00:01Z');
    const late = await hub.run(READ, cast.countyDuty, { id });
    expect(late.data?.complaint.overdue).toBe(true);
    expect(late.data?.complaint.deadlines).toEqual([
      { kind: 'ACKNOWLEDGE', dueAt: '2025-03-04T02:00:00.000Z', metAt: null, overdue: true, late: false },
      { kind: 'CONCLUDE', dueAt: '2025-04-30T02:00:00.000Z', metAt: null, overdue: false, late: false },
    ]);
    const overdueList = await hub.run(
      `{ region: _entities(representations: [{ __typename: "Region", code: "630121" }]) { ... on Region {
        overdue: complaints(overdue: true) { edges { node { id } } }
        onTime: complaints(overdue: false) { edges { node { id } } } } } }`,
      cast.countyDuty,
    );
    const ids = (edges: Array<{ node: { id: string } }>) => edges.map((edge) => edge.node.id);
    expect(ids(overdueList.data?.region[0].overdue.edges)).toContain(id);
    expect(ids(overdueList.data?.region[0].onTime.edges)).not.toContain(id);

    await hub.run(REQUEST_HANDOVER, cast.countyDuty, { id });
    hub.clock.now = new Date('2025-03-05T02:00:00Z');
    await hub.run(ACCEPT_HANDOVER, cast.townshipOfficer, { id });
    hub.clock.now = new Date('2025-05-02T02:00:00Z');
    const later = await hub.run(READ, cast.townshipOfficer, { id });
    expect(later.data?.complaint.deadlines).toEqual([
      {
        kind: 'ACKNOWLEDGE',
        dueAt: '2025-03-04T02:00:00.000Z',
        metAt: '2025-03-05T02:00:00.000Z',
        overdue: false,
        late: true,
      },
      { kind: 'CONCLUDE', dueAt: '2025-04-30T02:00:00.000Z', metAt: null, overdue: true, late: false },
    ]);
  });

  it("stamps the deadlines of the rules in force for the complaint's region on the day received", async () => {
    const quick = await startComplaintsHarness('complaints_deadlines');
    try {
      await putRuleVersion(quick.registry, {
        regionCode: '630000',
        effectiveFrom: '2025-03-01',
        settings: {
          complaintAcknowledgeDays: { value: 1, fixed: false },
          complaintConcludeDays: { value: 15, fixed: false },
        },
      });
      // The day before the rules took effect: the national baseline (3 and 60 days).
      quick.clock.now = new Date('2025-02-27T02:00:00Z');
      const before = await receive(quick, cast.countyDuty);
      expect((await quick.run(READ, cast.countyDuty, { id: before.id })).data?.complaint).toMatchObject({
        acknowledgeDeadline: '2025-03-02T02:00:00.000Z',
        concludeDeadline: '2025-04-28T02:00:00.000Z',
      });
      quick.clock.now = new Date('2025-03-01T02:00:00Z');
      const { id } = await receive(quick, cast.countyDuty);
      const read = await quick.run(READ, cast.countyDuty, { id });
      expect(read.data?.complaint).toMatchObject({
        acknowledgeDeadline: '2025-03-02T02:00:00.000Z',
        concludeDeadline: '2025-03-16T02:00:00.000Z',
      });
    } finally {
      await quick.stop();
    }
  });

  it('makes a complaint major from the number of households its region counts as major', async () => {
    const local = await startComplaintsHarness('complaints_major_rule');
    try {
      local.clock.now = new Date('2025-03-01T02:00:00Z');
      await putRuleVersion(local.registry, {
        regionCode: '630121',
        effectiveFrom: '2025-01-01',
        settings: { complaintMajorHouseholds: { value: 5, fixed: false } },
      });
      const read = async (overrides: Record<string, unknown>, as = cast.countyDuty) => {
        const { id } = await receive(local, as, overrides);
        return (await local.run(READ, as, { id })).data?.complaint;
      };
      expect(await read({ householdsConcerned: 5 })).toMatchObject({
        supervisedByProvince: true,
        supervisionDeadline: '2025-03-31T02:00:00.000Z',
      });
      expect(await read({ householdsConcerned: 4 })).toMatchObject({
        supervisedByProvince: false,
        supervisionDeadline: null,
      });
      expect(await read({ householdsConcerned: 4, major: true })).toMatchObject({ supervisedByProvince: true });
      // Elsewhere the national baseline (10 households) holds.
      expect(await read({ householdsConcerned: 6, regionCode: '630102' }, cast.provinceHandler)).toMatchObject({
        supervisedByProvince: false,
      });
    } finally {
      await local.stop();
    }
  });

  it('puts a complaint under provincial supervision with its own deadline, by a provincial handler only', async () => {
    hub.clock.now = new Date('2025-05-12T02:00:00Z');
    const { id } = await assigned(hub);
    expect((await hub.run(ESCALATE, cast.countyDuty, { id })).code).toBe('FORBIDDEN');
    expect((await hub.run(ESCALATE, cast.xiningHandler, { id })).code).toBe('FORBIDDEN');
    hub.clock.now = new Date('2025-05-14T07:00:00Z');
    const escalated = await hub.run(ESCALATE, cast.provinceHandler, { id });
    expect(escalated.data?.escalateComplaint).toEqual({
      id,
      status: 'ASSIGNED', // supervision is a flag: the workflow keeps moving
      supervisedByProvince: true,
      supervisionDeadline: '2025-06-13T07:00:00.000Z',
    });
    expect((await hub.run(ESCALATE, cast.provinceHandler, { id })).code).toBe('CONFLICT');
    hub.clock.now = new Date('2025-06-14T00:00:00Z');
    const read = await hub.run(READ, cast.provinceHandler, { id });
    expect(read.data?.complaint.deadlines.find((d: { kind: string }) => d.kind === 'SUPERVISION')).toMatchObject({
      overdue: true,
    });
    const supervised = await hub.run(
      `{ _entities(representations: [{ __typename: "Region", code: "630000" }]) { ... on Region {
        complaints(supervisedByProvince: true) { totalCount } } } }`,
      cast.provinceHandler,
    );
    expect(supervised.data?._entities[0].complaints.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('supervises a major complaint from intake', async () => {
    hub.clock.now = new Date('2025-05-12T02:00:00Z');
    const { id } = await receive(hub, cast.hotline, { major: true });
    const read = await hub.run(READ, cast.hotline, { id });
    expect(read.data?.complaint).toMatchObject({
      supervisedByProvince: true,
      supervisionDeadline: '2025-06-11T02:00:00.000Z',
    });
  });

  it('links duplicates to the original only, and links to other subgraphs by id', async () => {
    const original = await receive(hub, cast.countyDuty);
    const again = await receive(hub, cast.countyDuty);
    const third = await receive(hub, cast.countyDuty);
    const LINK = `mutation($id: ID!, $of: ID!) { linkDuplicateComplaint(complaintId: $id, duplicateOfId: $of) { id duplicateOf { id } } }`;
    expect((await hub.run(LINK, cast.countyDuty, { id: again.id, of: again.id })).code).toBe('BAD_USER_INPUT');
    const linked = await hub.run(LINK, cast.countyDuty, { id: again.id, of: original.id });
    expect(linked.data?.linkDuplicateComplaint.duplicateOf).toEqual({ id: original.id });
    expect((await hub.run(LINK, cast.countyDuty, { id: third.id, of: again.id })).code).toBe('CONFLICT');
    expect((await hub.run(LINK, cast.countyDuty, { id: original.id, of: third.id })).code).toBe('CONFLICT');
    const read = await hub.run(`query($id: ID!) { complaint(id: $id) { duplicates { id } } }`, cast.countyDuty, {
      id: original.id,
    });
    expect(read.data?.complaint.duplicates).toEqual([{ id: again.id }]);

    const LINK_CASE = `mutation($id: ID!) { addComplaintExternalLink(complaintId: $id, kind: ACCOUNTABILITY_CASE,
      externalId: "8c0e7f5e-3b7a-4b8e-9a53-1f4f0c6a2d11") { kind externalId } }`;
    expect((await hub.run(LINK_CASE, cast.countyDuty, { id: original.id })).errors).toBeUndefined();
    expect((await hub.run(LINK_CASE, cast.countyDuty, { id: original.id })).code).toBe('CONFLICT');
    expect((await hub.run(LINK_CASE, cast.chengdong, { id: original.id })).code).toBe('NOT_FOUND');
  });
});
