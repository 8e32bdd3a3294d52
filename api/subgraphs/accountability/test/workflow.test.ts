import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLOSE,
  DECIDE,
  LINK,
  officer,
  OPEN,
  openCaseAs,
  principal,
  START,
  startAccountabilityHarness,
  townshipOfficial,
  type AccountabilityHarness,
} from './harness.js';

const county = officer('630121');
const countyOrganization = officer('630121', 'ORGANIZATION_DEPARTMENT');
const prefecture = officer('630100');
const countyCivilAffairs = principal('630121', 'CIVIL_AFFAIRS', ['ADMIN']);

const decision = (id: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    id,
    sanctions: [
      { track: 'GOVERNMENT', sanction: 'DEMERIT' },
      { track: 'PARTY', sanction: 'WARNING' },
    ],
    decidedOn: '2025-11-20',
    summary: '给予政务记过处分、党内警告处分。',
    ...overrides,
  },
});

const READ = `query($id: ID!) { accountabilityCase(id: $id) {
  status subjectName subjectPosition subjectCadreLevel subjectRegionCode subjectOfficialId statusLabel { zh en } violationLabel { zh }
  openedOn origins { kind id label { zh } } decision { decidedOn decidingAgencyId decidingBody { id } summary holdsAccountable
  sanctions { track sanction } } } }`;

describe('the case workflow OPENED → INVESTIGATING → DECIDED → CLOSED', () => {
  let hub: AccountabilityHarness;
  beforeAll(async () => {
    hub = await startAccountabilityHarness('accountability_workflow');
  });
  afterAll(async () => hub?.stop());

  it('walks a case through every state, each step audited', async () => {
    // Origins are checked against their owning subgraphs through the gateway: see test/e2e/accountability.test.ts.
    const id = await openCaseAs(hub, county, townshipOfficial, { openedOn: '2025-07-15' });
    const opened = await hub.run(READ, county, { id });
    expect(opened.data?.accountabilityCase).toMatchObject({
      status: 'OPENED',
      statusLabel: { zh: '已立案', en: 'Opened' },
      violationLabel: { zh: '玩忽职守' },
      subjectName: '廖婷',
      subjectPosition: '青林乡民政办主任',
      subjectCadreLevel: 'COUNTY_MANAGED',
      subjectRegionCode: '630121200',
      subjectOfficialId: null,
      openedOn: '2025-07-15',
      origins: [],
      decision: null,
    });

    const started = await hub.run(START, countyOrganization, { id });
    expect(started.errors).toBeUndefined();
    expect(started.data?.startAccountabilityInvestigation).toMatchObject({
      status: 'INVESTIGATING',
      investigationStartedAt: hub.clock.now.toISOString(),
    });

    const decided = await hub.run(DECIDE, county, decision(id));
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideAccountabilityCase).toEqual({
      id,
      status: 'DECIDED',
      decision: {
        decidedOn: '2025-11-20',
        decidingAgencyId: '630121:DISCIPLINE_INSPECTION',
        holdsAccountable: true,
        sanctions: [
          { track: 'PARTY', sanction: 'WARNING', label: { zh: '党纪警告' } },
          { track: 'GOVERNMENT', sanction: 'DEMERIT', label: { zh: '政务记过' } },
        ],
      },
    });

    const closed = await hub.run(CLOSE, county, { id, note: '处分决定已宣布并存入个人档案。' });
    expect(closed.data?.closeAccountabilityCase).toEqual({
      id,
      status: 'CLOSED',
      closingNote: '处分决定已宣布并存入个人档案。',
    });

    const actions = (await hub.dataSource.query(
      `SELECT action FROM audit_record WHERE entity_type = 'AccountabilityCase' AND entity_id = $1 ORDER BY seq`,
      [id],
    )) as Array<{ action: string }>;
    expect(actions.map((row) => row.action)).toEqual(['OPEN', 'START_INVESTIGATION', 'DECIDE', 'CLOSE']);
    const [openRecord] = (await hub.dataSource.query(
      `SELECT after FROM audit_record WHERE entity_id = $1 AND action = 'OPEN'`,
      [id],
    )) as Array<{ after: Record<string, unknown> }>;
    expect(openRecord?.after).toMatchObject({ subjectCadreLevel: 'COUNTY_MANAGED', managingRegionCode: '630121' });
  });

  it('refuses every illegal transition with CONFLICT and changes nothing', async () => {
    const id = await openCaseAs(hub, county);
    // From OPENED: neither decide nor close.
    expect((await hub.run(DECIDE, county, decision(id))).code).toBe('CONFLICT');
    expect((await hub.run(CLOSE, county, { id })).code).toBe('CONFLICT');
    await hub.run(START, county, { id });
    // From INVESTIGATING: not again, not closed before a decision.
    expect((await hub.run(START, county, { id })).code).toBe('CONFLICT');
    expect((await hub.run(CLOSE, county, { id })).code).toBe('CONFLICT');
    await hub.run(DECIDE, county, decision(id));
    // From DECIDED: no second decision, no investigation.
    expect((await hub.run(DECIDE, county, decision(id))).code).toBe('CONFLICT');
    expect((await hub.run(START, county, { id })).code).toBe('CONFLICT');
    await hub.run(CLOSE, county, { id });
    // From CLOSED: nothing.
    for (const [source, variables] of [
      [START, { id }],
      [DECIDE, decision(id)],
      [CLOSE, { id }],
      [LINK, { caseId: id, kind: 'INCIDENT', id: 'incident-9' }],
    ] as const) {
      expect((await hub.run(source, county, variables)).code).toBe('CONFLICT');
    }
    expect(await hub.count(`SELECT count(*)::int AS n FROM case_sanction WHERE case_id = $1`, [id])).toBe(2);
    expect(await hub.count(`SELECT count(*)::int AS n FROM audit_record WHERE entity_id = $1`, [id])).toBe(4);
  });

  it('lets only a competent body act on a case', async () => {
    const id = await openCaseAs(hub, county);
    for (const stranger of [
      prefecture,
      officer('630000'),
      countyCivilAffairs,
      principal('630121', 'AUDIT', ['ADMIN']),
    ]) {
      const refused = await hub.run(START, stranger, { id });
      expect(refused.code, stranger.subject).toBe('FORBIDDEN');
    }
    expect((await hub.run(LINK, prefecture, { caseId: id, kind: 'INCIDENT', id: 'x-1' })).code).toBe('FORBIDDEN');
    // Out of scope: the case does not exist for another county.
    expect((await hub.run(START, officer('630102'), { id })).code).toBe('NOT_FOUND');
    expect((await hub.run(START, null, { id })).code).toBe('UNAUTHENTICATED');
    await hub.run(START, county, { id });
    expect((await hub.run(DECIDE, prefecture, decision(id))).code).toBe('FORBIDDEN');
    expect((await hub.run(DECIDE, countyOrganization, decision(id))).errors).toBeUndefined();
    expect((await hub.run(CLOSE, countyCivilAffairs, { id })).code).toBe('FORBIDDEN');
    expect((await hub.run(READ, county, { id })).data?.accountabilityCase.status).toBe('DECIDED');
  });

  it('applies the decision rules', async () => {
    const id = await openCaseAs(hub, county, townshipOfficial, { openedOn: '2025-07-15' });
    await hub.run(START, county, { id });
    const refusals: Array<Record<string, unknown>> = [
      { sanctions: [] },
      {
        sanctions: [
          { track: 'PARTY', sanction: 'WARNING' },
          { track: 'PARTY', sanction: 'EXPULSION' },
        ],
      },
      // Party discipline has no demerits and no demotion.
      { sanctions: [{ track: 'PARTY', sanction: 'DEMERIT' }] },
      { sanctions: [{ track: 'PARTY', sanction: 'DEMOTION' }] },
      // The deciding body must be a competent body of the case.
      { decidingAgencyId: '630100:DISCIPLINE_INSPECTION' },
      { decidingAgencyId: '630121:CIVIL_AFFAIRS' },
      // Between the opening and today.
      { decidedOn: '2025-07-14' },
      { decidedOn: '2025-12-02' },
      { summary: ' ' },
    ];
    for (const overrides of refusals) {
      const refused = await hub.run(DECIDE, county, decision(id, overrides));
      expect(refused.code, JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
    }
    expect(await hub.count(`SELECT count(*)::int AS n FROM case_decision WHERE case_id = $1`, [id])).toBe(0);
    const decided = await hub.run(
      DECIDE,
      county,
      decision(id, {
        sanctions: [{ track: 'GOVERNMENT', sanction: 'NONE' }],
        decidingAgencyId: '630121:ORGANIZATION_DEPARTMENT',
        decidedOn: '2025-12-01',
      }),
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideAccountabilityCase.decision).toMatchObject({
      decidingAgencyId: '630121:ORGANIZATION_DEPARTMENT',
      holdsAccountable: false,
      sanctions: [{ track: 'GOVERNMENT', sanction: 'NONE' }],
    });
  });

  it('gives units criticism at most', async () => {
    const unit = { kind: 'UNIT', name: '青林乡人民政府', agencyId: '630121200:GOVERNMENT' };
    const id = await openCaseAs(hub, county, unit, { violation: 'RESPONSIBILITY_NOT_FULFILLED' });
    await hub.run(START, county, { id });
    const demerit = await hub.run(
      DECIDE,
      county,
      decision(id, { sanctions: [{ track: 'GOVERNMENT', sanction: 'WARNING' }] }),
    );
    expect(demerit.code).toBe('BAD_USER_INPUT');
    const criticised = await hub.run(
      DECIDE,
      county,
      decision(id, { sanctions: [{ track: 'GOVERNMENT', sanction: 'CRITICISM_EDUCATION' }] }),
    );
    expect(criticised.errors).toBeUndefined();
    const read = await hub.run(
      `query($id: ID!) { accountabilityCase(id: $id) { subjectKind subjectAgencyId subjectAgency { id } subjectOfficial { id } subjectCadreLevel subjectRegionCode } }`,
      county,
      { id },
    );
    expect(read.data?.accountabilityCase).toEqual({
      subjectKind: 'UNIT',
      subjectAgencyId: '630121200:GOVERNMENT',
      subjectAgency: { id: '630121200:GOVERNMENT' },
      subjectOfficial: null,
      subjectCadreLevel: null,
      subjectRegionCode: '630121200',
    });
  });

  it('refuses a malformed origin or case before asking anyone', async () => {
    // Linking real records, once each and audited, is tested through the gateway (test/e2e/accountability.test.ts).
    const id = await openCaseAs(hub, county);
    expect((await hub.run(LINK, county, { caseId: id, kind: 'INCIDENT', id: 'has spaces' })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await hub.run(LINK, county, { caseId: 'not-a-uuid', kind: 'INCIDENT', id: 'x' })).code).toBe('NOT_FOUND');
    // Without the gateway there is no token to ask the owning subgraph with: nothing is linked unchecked.
    expect((await hub.run(LINK, county, { caseId: id, kind: 'INCIDENT', id: 'x-1' })).code).toBe('UNAUTHENTICATED');
    expect(await hub.count(`SELECT count(*)::int AS n FROM case_origin WHERE case_id = $1`, [id])).toBe(0);
  });

  it('refuses bad input when opening, and opens nothing', async () => {
    const before = await hub.count(`SELECT count(*)::int AS n FROM accountability_case`);
    const input = { subject: townshipOfficial, violation: 'NEGLECT_OF_DUTY', facts: '事实。' };
    const refusals = [
      { ...input, facts: '' },
      { ...input, openedOn: '2025-12-02' },
      { ...input, openedOn: '1999-12-31' },
      { ...input, origins: [{ kind: 'FINDING', id: '' }] },
      { ...input, subject: { ...townshipOfficial, officialId: 'not-a-uuid' } },
    ];
    for (const variables of refusals) {
      const refused = await hub.run(OPEN, county, { input: variables });
      expect(refused.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    // Values GraphQL itself refuses (Apollo Server answers these with BAD_USER_INPUT too).
    for (const variables of [
      { ...input, violation: 'THEFT' },
      { ...input, openedOn: '2025-02-30' },
      { ...input, origins: [{ kind: 'RUMOUR', id: 'x' }] },
    ]) {
      const refused = await hub.run(OPEN, county, { input: variables });
      expect(refused.data, JSON.stringify(variables)).toBeUndefined();
      expect(refused.errors?.[0].message).toMatch(/got invalid value/);
    }
    expect(await hub.count(`SELECT count(*)::int AS n FROM accountability_case`)).toBe(before);
  });
});
