import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLOSE,
  DECIDE,
  officer,
  openCaseAs,
  principal,
  START,
  startAccountabilityHarness,
  townshipOfficial,
  type AccountabilityHarness,
} from './harness.js';

const datong = officer('630121');
const chengdong = officer('630102');
const xining = officer('630100');

const REGIONS = (codes: string[], fields: string) =>
  `{ _entities(representations: [${codes.map((code) => `{ __typename: "Region", code: "${code}" }`).join(', ')}]) {
    ... on Region { code ${fields} } } }`;

describe('reading cases, and the figures', () => {
  let hub: AccountabilityHarness;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    hub = await startAccountabilityHarness('accountability_scope');
    // Datong: a decided case against a township official (2025), a unit case decided NONE-only, one left open.
    ids.story = await openCaseAs(hub, datong, townshipOfficial, { openedOn: '2025-07-15' });
    await hub.run(START, datong, { id: ids.story });
    await hub.run(DECIDE, datong, {
      input: {
        id: ids.story,
        sanctions: [
          { track: 'PARTY', sanction: 'WARNING' },
          { track: 'GOVERNMENT', sanction: 'DEMERIT' },
        ],
        decidedOn: '2025-09-26',
        summary: '给予党内警告、政务记过处分。',
      },
    });
    ids.unit = await openCaseAs(
      hub,
      datong,
      { kind: 'UNIT', name: '青林乡人民政府', agencyId: '630121200:GOVERNMENT' },
      { openedOn: '2025-03-01', violation: 'RESPONSIBILITY_NOT_FULFILLED' },
    );
    await hub.run(START, datong, { id: ids.unit });
    await hub.run(DECIDE, datong, {
      input: {
        id: ids.unit,
        sanctions: [{ track: 'GOVERNMENT', sanction: 'NONE' }],
        decidedOn: '2025-04-01',
        summary: '不予处理。',
      },
    });
    await hub.run(CLOSE, datong, { id: ids.unit });
    ids.open = await openCaseAs(
      hub,
      datong,
      { ...townshipOfficial, name: '某某' },
      { openedOn: '2024-12-20', violation: 'ABUSE_OF_POWER' },
    );
    // Chengdong: one case, decided in 2025 although opened in 2024.
    ids.chengdong = await openCaseAs(
      hub,
      chengdong,
      { kind: 'OFFICIAL', name: '某某', regionCode: '630102', cadreLevel: 'COUNTY_MANAGED' },
      { openedOn: '2024-11-02', violation: 'FAVOURITISM_MALPRACTICE' },
    );
    await hub.run(START, chengdong, { id: ids.chengdong });
    await hub.run(DECIDE, chengdong, {
      input: {
        id: ids.chengdong,
        sanctions: [{ track: 'GOVERNMENT', sanction: 'DISMISSAL_FROM_POST' }],
        decidedOn: '2025-01-15',
        summary: '撤职。',
      },
    });
  });
  afterAll(async () => hub?.stop());

  it('shows each county its own cases and a prefecture all of its counties', async () => {
    const own = await hub.run(REGIONS(['630121', '630102'], 'accountabilityCases { edges { node { id } } }'), datong);
    expect(own.data?._entities[0].accountabilityCases.edges.map((c: { node: { id: string } }) => c.node.id)).toEqual([
      ids.story,
      ids.unit,
      ids.open,
    ]);
    expect(own.data?._entities[1].accountabilityCases.edges).toEqual([]);
    const prefecture = await hub.run(
      REGIONS(['630100'], 'accountabilityCases(year: 2024) { edges { node { id } } }'),
      principal('630100', 'AUDIT', ['VIEWER']),
    );
    expect(
      prefecture.data?._entities[0].accountabilityCases.edges.map((c: { node: { id: string } }) => c.node.id).sort(),
    ).toEqual([ids.open, ids.chengdong].sort());
    const decided = await hub.run(
      REGIONS(['630000'], 'accountabilityCases(status: DECIDED) { edges { node { id } } }'),
      officer('630000'),
    );
    expect(
      decided.data?._entities[0].accountabilityCases.edges.map((c: { node: { id: string } }) => c.node.id),
    ).toEqual([ids.story, ids.chengdong]);
    expect(
      (await hub.run(`query($id: ID!) { accountabilityCase(id: $id) { id } }`, chengdong, { id: ids.story })).data
        ?.accountabilityCase,
    ).toBeNull();
    expect(
      (await hub.run(`query($id: ID!) { accountabilityCase(id: $id) { id } }`, null, { id: ids.story })).code,
    ).toBe('UNAUTHENTICATED');
    expect((await hub.run(REGIONS(['630121'], 'accountabilityCases { edges { node { id } } }'), null)).code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('pages through the cases below a region', async () => {
    const LIST = `query($under: ID!, $after: String, $status: AccountabilityCaseStatus, $year: Int) {
      accountabilityCases(under: $under, first: 2, after: $after, status: $status, year: $year) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id openedOn } } } }`;
    const first = await hub.run(LIST, xining, { under: '630100' });
    expect(first.data?.accountabilityCases.totalCount).toBe(4);
    expect(first.data?.accountabilityCases.edges.map((edge: any) => edge.node.openedOn)).toEqual([
      '2024-11-02',
      '2024-12-20',
    ]);
    const second = await hub.run(LIST, xining, {
      under: '630100',
      after: first.data?.accountabilityCases.pageInfo.endCursor,
    });
    expect(second.data?.accountabilityCases.edges.map((edge: any) => edge.node.id)).toEqual([ids.unit, ids.story]);
    expect(second.data?.accountabilityCases.pageInfo.hasNextPage).toBe(false);
    expect(
      (await hub.run(LIST, xining, { under: '630100', year: 2025, status: 'CLOSED' })).data?.accountabilityCases
        .totalCount,
    ).toBe(1);
    expect((await hub.run(LIST, datong, { under: '630100' })).code).toBe('FORBIDDEN');
    expect((await hub.run(LIST, datong, { under: '63012' })).code).toBe('BAD_USER_INPUT');
    expect((await hub.run(LIST, datong, { under: '630121', after: 'garbage' })).code).toBe('BAD_USER_INPUT');
    expect((await hub.run(LIST, datong, { under: '630121', year: 1999 })).code).toBe('BAD_USER_INPUT');
  });

  it('counts cases opened, decisions taken and people held accountable in a year', async () => {
    const STATS = REGIONS(
      ['630121', '630100'],
      `accountabilityStats(year: 2025) { year casesOpened casesDecided peopleHeldAccountable unitsHeldAccountable
        byViolation { violation count label { zh } } byStatus { status count } bySanction { track sanction count label { zh } } }`,
    );
    const { data, errors } = await hub.run(STATS, xining);
    expect(errors).toBeUndefined();
    const [county, prefecture] = data?._entities.map((region: any) => region.accountabilityStats) ?? [];
    expect(county).toMatchObject({
      year: 2025,
      casesOpened: 2,
      casesDecided: 2,
      peopleHeldAccountable: 1,
      unitsHeldAccountable: 0,
    });
    expect(county.byViolation).toHaveLength(6);
    expect(county.byViolation.filter((row: any) => row.count > 0)).toEqual([
      { violation: 'NEGLECT_OF_DUTY', count: 1, label: { zh: '玩忽职守' } },
      { violation: 'RESPONSIBILITY_NOT_FULFILLED', count: 1, label: { zh: '责任不落实' } },
    ]);
    expect(county.byStatus).toEqual([
      { status: 'OPENED', count: 0 },
      { status: 'INVESTIGATING', count: 0 },
      { status: 'DECIDED', count: 1 },
      { status: 'CLOSED', count: 1 },
    ]);
    expect(county.bySanction.filter((row: any) => row.count > 0)).toEqual([
      { track: 'PARTY', sanction: 'WARNING', count: 1, label: { zh: '党纪警告' } },
      { track: 'GOVERNMENT', sanction: 'NONE', count: 1, label: { zh: '政务不予处分' } },
      { track: 'GOVERNMENT', sanction: 'DEMERIT', count: 1, label: { zh: '政务记过' } },
    ]);
    // Party discipline knows no demerit or demotion: 6 party rows, 9 government rows.
    expect(county.bySanction).toHaveLength(15);
    // Xining adds Chengdong's case, decided in 2025 though opened in 2024.
    expect(prefecture).toMatchObject({ casesOpened: 2, casesDecided: 3, peopleHeldAccountable: 2 });
    expect((await hub.run(STATS, datong)).code).toBe('FORBIDDEN');
    const empty = await hub.run(
      REGIONS(['630121'], 'accountabilityStats(year: 2023) { casesOpened peopleHeldAccountable }'),
      datong,
    );
    expect(empty.data?._entities[0].accountabilityStats).toEqual({ casesOpened: 0, peopleHeldAccountable: 0 });
    expect((await hub.run(REGIONS(['630121'], 'accountabilityStats(year: 20250) { year }'), datong)).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('resolves a case as a federation entity within scope', async () => {
    const ENTITY = `query($id: ID!) { _entities(representations: [{ __typename: "AccountabilityCase", id: $id }]) {
      ... on AccountabilityCase { id status region { code } } } }`;
    expect((await hub.run(ENTITY, datong, { id: ids.story })).data?._entities).toEqual([
      { id: ids.story, status: 'DECIDED', region: { code: '630121200' } },
    ]);
    expect((await hub.run(ENTITY, chengdong, { id: ids.story })).data?._entities).toEqual([null]);
  });
});
