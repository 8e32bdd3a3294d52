import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importComplaints } from '@dibao/complaints';
import { demoComplaints, loadRegions, type DemoComplaints } from '@dibao/seed';
import { systemActor } from '@dibao/server';
import { statementCounterFor } from '@dibao/db';
import {
  cast,
  closed,
  designateOfficers,
  principal,
  receive,
  REQUEST_HANDOVER,
  startComplaintsHarness,
  STATUS,
  type ComplaintsHarness,
} from './harness.js';

const region = (code: string, fields: string) =>
  `{ _entities(representations: [{ __typename: "Region", code: "${code}" }]) { ... on Region { ${fields} } } }`;

describe('region scope', () => {
  let hub: ComplaintsHarness;
  let datong: { id: string; receiptCode: string };

  beforeAll(async () => {
    hub = await startComplaintsHarness('complaints_scope');
    await designateOfficers(hub);
    hub.clock.now = new Date('2025-05-12T02:00:00Z');
    datong = await closed(hub, 'SUBSTANTIATED', 100_000);
    await receive(hub, cast.chengdong, { regionCode: '630102', channel: 'ONLINE', category: 'WRONGLY_INCLUDED' });
  });
  afterAll(async () => hub?.stop());

  it('shows another county nothing of Datong’s complaints', async () => {
    const chengdong = cast.chengdong;
    expect(
      (await hub.run(`query($id: ID!) { complaint(id: $id) { id } }`, chengdong, { id: datong.id })).data?.complaint,
    ).toBeNull();
    const list = await hub.run(region('630121', 'complaints { totalCount edges { node { id } } }'), chengdong);
    expect(list.data?._entities[0].complaints).toEqual({ totalCount: 0, edges: [] });
    const whole = await hub.run(region('630000', 'complaints { totalCount edges { node { regionCode } } }'), chengdong);
    expect(
      whole.data?._entities[0].complaints.edges.map((e: { node: { regionCode: string } }) => e.node.regionCode),
    ).toEqual(['630102']);
    expect((await hub.run(region('630121', 'complaintStats(year: 2025) { received }'), chengdong)).code).toBe(
      'FORBIDDEN',
    );
    expect((await hub.run(`{ complaintRewards(under: "630121") { totalCount } }`, chengdong)).code).toBe('FORBIDDEN');
    const entity = await hub.run(
      `query($id: ID!) { _entities(representations: [{ __typename: "Complaint", id: $id }]) { ... on Complaint { id } } }`,
      chengdong,
      { id: datong.id },
    );
    expect(entity.data?._entities).toEqual([null]);
  });

  it('lets Xining and the province see Datong’s, and keeps complaints from other roles and anonymous callers', async () => {
    // Chengdong (630102) is a district of Xining too.
    const xining = await hub.run(region('630100', 'complaints { totalCount }'), cast.xiningHandler);
    expect(xining.data?._entities[0].complaints.totalCount).toBe(2);
    const province = await hub.run(region('630000', 'complaints { totalCount }'), cast.provinceHandler);
    expect(province.data?._entities[0].complaints.totalCount).toBe(2);
    expect(
      (await hub.run(`query($id: ID!) { complaint(id: $id) { id } }`, cast.datongReporter, { id: datong.id })).code,
    ).toBe('FORBIDDEN');
    expect((await hub.run(region('630121', 'complaints { totalCount }'), cast.datongReporter)).code).toBe('FORBIDDEN');
    expect((await hub.run(`query($id: ID!) { complaint(id: $id) { id } }`, null, { id: datong.id })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await hub.run(region('630121', 'complaintStats(year: 2025) { received }'), null)).code).toBe(
      'UNAUTHENTICATED',
    );
    // Statistics are not personal: any principal of the region may read them.
    const stats = await hub.run(region('630121', 'complaintStats(year: 2025) { received }'), cast.datongReporter);
    expect(stats.data?._entities[0].complaintStats.received).toBe(1);
  });

  it('shows a proposed petition officer the complaint, even from another region', async () => {
    await hub.run(
      `mutation { designatePetitionOfficer(regionCode: "630121103", officerSubject: "remote-officer") { officerSubject } }`,
      cast.countyAdmin,
    );
    const complaint = await receive(hub, cast.countyDuty, { regionCode: '630121103' });
    const remote = principal('630102', ['COMPLAINT_HANDLER'], 'remote-officer');
    expect(
      (await hub.run(`query($id: ID!) { complaint(id: $id) { id } }`, remote, { id: complaint.id })).data?.complaint,
    ).toBeNull();
    await hub.run(REQUEST_HANDOVER, cast.countyDuty, { id: complaint.id });
    const proposed = await hub.run(`{ proposedHandovers { edges { node { id } } } }`, remote);
    expect(proposed.data?.proposedHandovers.edges).toEqual([{ node: { id: complaint.id } }]);
    // …but it is outside their scope, so they cannot take it over.
    expect(
      (await hub.run(`mutation($id: ID!) { acceptHandover(complaintId: $id) { id } }`, remote, { id: complaint.id }))
        .code,
    ).toBe('FORBIDDEN');
  });

  it('lets only an ADMIN of the region designate petition officers', async () => {
    const designate = `mutation { designatePetitionOfficer(regionCode: "630121", officerSubject: "someone") { officerSubject } }`;
    expect((await hub.run(designate, cast.countyDuty)).code).toBe('FORBIDDEN');
    expect((await hub.run(designate, principal('630102', ['ADMIN'], 'chengdong-admin'))).code).toBe('FORBIDDEN');
    const read = await hub.run(region('630121', 'petitionOfficer { officerSubject region { code } }'), cast.countyDuty);
    expect(read.data?._entities[0].petitionOfficer).toEqual({
      officerSubject: 'datong-petition-officer',
      region: { code: '630121' },
    });
  });

  it('keeps registries of volunteer supervisors and purchase-of-services contracts, by an ADMIN of the region', async () => {
    const VOLUNTEER = `mutation($input: VolunteerSupervisorInput!) { registerVolunteerSupervisor(input: $input) { id name termEnd } }`;
    const input = {
      regionCode: '630121',
      name: '马志明',
      affiliation: '退休教师',
      termStart: '2024-01-01',
      termEnd: '2026-12-31',
    };
    expect((await hub.run(VOLUNTEER, cast.countyDuty, { input })).code).toBe('FORBIDDEN');
    expect((await hub.run(VOLUNTEER, principal('630102', ['ADMIN'], 'chengdong-admin'), { input })).code).toBe(
      'FORBIDDEN',
    );
    expect((await hub.run(VOLUNTEER, cast.countyAdmin, { input: { ...input, termEnd: '2023-02-30' } })).code).toBe(
      'BAD_USER_INPUT',
    );
    const volunteer = (await hub.run(VOLUNTEER, cast.countyAdmin, { input })).data?.registerVolunteerSupervisor;
    expect(volunteer).toMatchObject({ name: '马志明', termEnd: '2026-12-31' });

    const report = await receive(hub, cast.countyDuty, {
      channel: 'VOLUNTEER_SUPERVISOR',
      volunteerId: volunteer.id,
      summary: '义务监督员走访发现某户低保对象家中新购小轿车。',
    });
    const read = await hub.run(
      `query($id: ID!) { complaint(id: $id) { channel volunteerSupervisor { name } anonymous } }`,
      cast.countyDuty,
      {
        id: report.id,
      },
    );
    expect(read.data?.complaint).toEqual({
      channel: 'VOLUNTEER_SUPERVISOR',
      volunteerSupervisor: { name: '马志明' },
      anonymous: true,
    });
    const REMOVE = `mutation($id: ID!) { removeVolunteerSupervisor(id: $id) }`;
    expect((await hub.run(REMOVE, cast.countyAdmin, { id: volunteer.id })).code).toBe('CONFLICT');
    const ended = await hub.run(
      `mutation($id: ID!, $input: VolunteerSupervisorInput!) { updateVolunteerSupervisor(id: $id, input: $input) { termEnd } }`,
      cast.countyAdmin,
      { id: volunteer.id, input: { ...input, termEnd: '2025-06-30' } },
    );
    expect(ended.data?.updateVolunteerSupervisor.termEnd).toBe('2025-06-30');
    const serving = await hub.run(
      region(
        '630100',
        'now: volunteerSupervisors(servingOn: "2025-05-01") { edges { node { name } } } later: volunteerSupervisors(servingOn: "2025-07-01") { edges { node { name } } }',
      ),
      cast.xiningHandler,
    );
    expect(serving.data?._entities[0]).toEqual({
      now: { edges: [{ node: { name: '马志明' } }] },
      later: { edges: [] },
    });
    hub.clock.now = new Date('2025-08-01T02:00:00Z');
    const outOfTerm = await hub.run(
      `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { receiptCode } }`,
      cast.countyDuty,
      {
        input: {
          channel: 'VOLUNTEER_SUPERVISOR',
          volunteerId: volunteer.id,
          regionCode: '630121',
          category: 'FAVOR_BASED',
          summary: '聘期结束后反映。',
        },
      },
    );
    expect(outOfTerm.code).toBe('BAD_USER_INPUT');

    const CONTRACT = `mutation($input: SocialOrganizationContractInput!) { registerSocialOrganizationContract(input: $input) { id contractNumber amountFen } }`;
    const contractInput = {
      regionCode: '630100',
      organizationName: '西宁市知行社会工作服务中心',
      contractNumber: 'QHMZ-GM-2025-001',
      periodStart: '2025-03-01',
      periodEnd: '2026-12-31',
      amountFen: 36_000_000,
      deliverables: '入户抽查不少于 300 户，按季度提交第三方监督评估报告。',
    };
    expect((await hub.run(CONTRACT, cast.countyAdmin, { input: contractInput })).code).toBe('FORBIDDEN');
    const xiningAdmin = principal('630100', ['ADMIN'], 'xining-admin');
    const contract = (await hub.run(CONTRACT, xiningAdmin, { input: contractInput })).data
      ?.registerSocialOrganizationContract;
    expect(contract).toMatchObject({ contractNumber: 'QHMZ-GM-2025-001', amountFen: 36_000_000 });
    expect((await hub.run(CONTRACT, xiningAdmin, { input: contractInput })).code).toBe('CONFLICT');
    const listed = await hub.run(
      region('630121', 'socialOrganizationContracts { edges { node { id } } }'),
      cast.countyDuty,
    );
    expect(listed.data?._entities[0].socialOrganizationContracts.edges).toEqual([]); // the contract is Xining's, above Datong
    const fromOrg = await receive(hub, cast.countyDuty, { channel: 'SOCIAL_ORGANIZATION', contractId: contract.id });
    expect(fromOrg.id).toBeTruthy();
    expect(
      (
        await hub.run(`mutation($id: ID!) { removeSocialOrganizationContract(id: $id) }`, xiningAdmin, {
          id: contract.id,
        })
      ).code,
    ).toBe('CONFLICT');
  });
});

describe('demo data import', () => {
  let hub: ComplaintsHarness;
  let data: DemoComplaints;
  let summary: Awaited<ReturnType<typeof importComplaints>>;

  beforeAll(async () => {
    hub = await startComplaintsHarness('complaints_demo');
    data = demoComplaints(loadRegions());
    summary = await importComplaints(hub.dataSource, data, systemActor('test'), hub.encryptionKey, () => undefined);
    hub.clock.now = new Date('2025-12-20T02:00:00Z');
  });
  afterAll(async () => hub?.stop());

  it('imports a few hundred complaints in every state and returns their receipt codes', async () => {
    expect(summary.complaints).toBe(data.complaints.length);
    expect(summary.complaints).toBeGreaterThanOrEqual(250);
    expect(summary.receiptCodes).toHaveLength(data.complaints.length);
    const states = await hub.dataSource.query(`SELECT DISTINCT status FROM complaint ORDER BY status`);
    expect(states.map((row: { status: string }) => row.status)).toEqual([
      'ASSIGNED',
      'CLOSED',
      'CONCLUDED',
      'INVESTIGATING',
      'RECEIVED',
    ]);
    const audit = await hub.dataSource.query(
      `SELECT entity_type, after FROM audit_record WHERE action = 'IMPORT' ORDER BY seq`,
    );
    expect(audit.at(-1)).toEqual({ entity_type: 'Complaint', after: { count: data.complaints.length } });
  });

  it('seals every demo complainant’s name and phone on the way in', async () => {
    const named = data.complaints.filter((complaint) => complaint.complainant !== null);
    expect(named.length).toBeGreaterThan(50);
    const rows = (await hub.dataSource.query(
      `SELECT string_agg(t::text, E'\\n') AS dump FROM (
         SELECT c::text AS t FROM complaint c UNION ALL SELECT i::text FROM complainant_identity i
         UNION ALL SELECT m::text FROM complaint_message m UNION ALL SELECT a::text FROM audit_record a) rows`,
    )) as Array<{ dump: string }>;
    const dump = rows[0]?.dump ?? '';
    for (const complaint of named) expect(dump).not.toContain(complaint.complainant?.name);
    const contacts = named.flatMap((complaint) =>
      complaint.complainant?.contact ? [complaint.complainant.contact] : [],
    );
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts) expect(dump).not.toContain(contact);
    expect(await hub.count(`SELECT count(*)::int AS n FROM complainant_identity`)).toBe(named.length);
  });

  it('follows the story’s anonymous call with its receipt code: closed, substantiated, reward paid', async () => {
    const code = summary.receiptCodes.find((entry) => entry.complaintId === data.storyComplaintId)
      ?.receiptCode as string;
    const status = await hub.run(STATUS, null, { code });
    expect(status.data?.complaintStatus).toMatchObject({ status: 'CLOSED' });
    expect(status.data?.complaintStatus.publicFeedback).toContain('上庄村');
    const claim = await hub.run(
      `mutation($code: String!) { claimReward(receiptCode: $code) { status amountFen claimInstructions } }`,
      null,
      {
        code,
      },
    );
    expect(claim.data?.claimReward).toMatchObject({ status: 'PAID', amountFen: 500_000 });
    const story = await hub.run(
      `query($id: ID!) { complaint(id: $id) { anonymous supervisedByProvince conclusion category regionCode
        ownershipTransfers { kind toSubject } owner { subject } identity { name } } }`,
      principal('630121', ['COMPLAINT_HANDLER'], 'official:630121:CIVIL_AFFAIRS:deputy-director'),
      { id: data.storyComplaintId },
    );
    expect(story.data?.complaint).toEqual({
      anonymous: true,
      supervisedByProvince: true,
      conclusion: 'SUBSTANTIATED',
      category: 'EQUAL_SPLITTING',
      regionCode: '630121102',
      ownershipTransfers: [
        { kind: 'INTAKE', toSubject: 'official:630121:CIVIL_AFFAIRS:deputy-director' },
        { kind: 'HANDOVER', toSubject: 'official:630121102:CIVIL_AFFAIRS:office-head' },
      ],
      owner: { subject: 'official:630121102:CIVIL_AFFAIRS:office-head' },
      identity: null,
    });
  });

  it('computes the statistics of a year across the province and for Datong', async () => {
    const inYear = (year: number) =>
      data.complaints.filter((c) => new Date(c.receivedAt.getTime() + 8 * 3600_000).getUTCFullYear() === year);
    const stats = await hub.run(
      region(
        '630000',
        `complaintStats(year: 2024) { year received byChannel { channel count } byCategory { category count }
         closed closedOnTime onTimeClosureRate concluded substantiated partlySubstantiated substantiatedRate medianDaysToClose
         overdueNow supervisedByProvince anonymous rewardsPaidFen }`,
      ),
      cast.provinceHandler,
    );
    const figures = stats.data?._entities[0].complaintStats;
    const expected = inYear(2024);
    expect(figures.received).toBe(expected.length);
    expect(figures.byChannel.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(expected.length);
    expect(figures.byChannel).toHaveLength(7);
    expect(figures.byCategory).toHaveLength(8);
    expect(figures.closed).toBe(expected.filter((c) => c.status === 'CLOSED').length);
    expect(figures.onTimeClosureRate).toBeGreaterThan(0.5);
    expect(figures.onTimeClosureRate).toBeLessThan(1);
    expect(figures.substantiatedRate).toBeCloseTo(
      (figures.substantiated + figures.partlySubstantiated) / figures.concluded,
      3,
    );
    expect(figures.medianDaysToClose).toBeGreaterThan(10);
    expect(figures.medianDaysToClose).toBeLessThan(70);
    expect(figures.anonymous).toBe(expected.filter((c) => c.complainant === null).length);
    expect(figures.rewardsPaidFen).toBe(
      expected.reduce((sum, c) => sum + (c.reward?.status === 'PAID' ? c.reward.amountFen : 0), 0),
    );

    const datong = await hub.run(
      region('630121', 'complaintStats(year: 2025) { received byCategory { category count } }'),
      cast.countyDuty,
    );
    const datong2025 = inYear(2025).filter((c) => c.regionCode.startsWith('630121'));
    expect(datong.data?._entities[0].complaintStats.received).toBe(datong2025.length);
    const open = await hub.run(region('630000', 'complaintStats(year: 2025) { overdueNow }'), cast.provinceHandler);
    expect(open.data?._entities[0].complaintStats.overdueNow).toBeGreaterThan(0);
  });

  it('sends as many SQL statements for 250 complaints with their relations as for 100 (DataLoaders)', async () => {
    const nested = `query($first: Int!) { _entities(representations: [{ __typename: "Region", code: "630000" }]) { ... on Region {
      complaints(first: $first) { edges { node { id owner { subject } ownershipTransfers { kind } messages { text }
        reward { amountFen complaint { id } } appeals { status } ratings { satisfied } duplicates { id }
        identityRevealRequests { status } externalLinks { kind } volunteerSupervisor { name }
        socialOrganizationContract { organizationName } deadlines { overdue } } } } } } }`;
    const statementsFor = async (first: number) => {
      const before = statementCounterFor('complaints').total;
      const result = await hub.run(nested, cast.provinceHandler, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0].complaints.edges).toHaveLength(first);
      return statementCounterFor('complaints').total - before;
    };
    // Both pages hold every kind of relation, so each loader runs once in either.
    const fewer = await statementsFor(100);
    expect(await statementsFor(250)).toBe(fewer);
    expect(fewer).toBeLessThanOrEqual(16);
  });

  it('pages through a region’s complaints in order of receipt', async () => {
    const page = `query($after: String) { _entities(representations: [{ __typename: "Region", code: "630100" }]) { ... on Region {
      complaints(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id receivedAt } } } } } }`;
    const seen: Array<{ id: string; receivedAt: string }> = [];
    let after: string | null = null;
    let total: number;
    do {
      const result: Awaited<ReturnType<ComplaintsHarness['run']>> = await hub.run(page, cast.xiningHandler, { after });
      const connection = result.data?._entities[0].complaints;
      total = connection.totalCount;
      seen.push(...connection.edges.map((edge: { node: { id: string; receivedAt: string } }) => edge.node));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((node) => node.id)).size).toBe(total);
    const times = seen.map((node) => node.receivedAt);
    expect([...times].sort()).toEqual(times);
    expect(total).toBe(data.complaints.filter((c) => c.regionCode.startsWith('6301')).length);
  });
});
