import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competentBodiesFor, NoCompetentBodyError, type AccountabilitySubject } from '@dibao/domain';
import {
  officer,
  OPEN,
  principal,
  startAccountabilityHarness,
  townshipOfficial,
  type AccountabilityHarness,
} from './harness.js';

const bodiesOf = (region: string) => [`${region}:DISCIPLINE_INSPECTION`, `${region}:ORGANIZATION_DEPARTMENT`];

describe('competentBodiesFor (干部管理权限)', () => {
  const cases: Array<[string, AccountabilitySubject, string]> = [
    [
      'a township official managed by the county: the county',
      { kind: 'OFFICIAL', regionCode: '630121200', cadreLevel: 'COUNTY_MANAGED' },
      '630121',
    ],
    [
      'a county bureau director managed by the county: the county',
      { kind: 'OFFICIAL', regionCode: '630121', cadreLevel: 'COUNTY_MANAGED' },
      '630121',
    ],
    [
      'a deputy county head managed by the prefecture: the prefecture',
      { kind: 'OFFICIAL', regionCode: '630121', cadreLevel: 'PREFECTURE_MANAGED' },
      '630100',
    ],
    [
      'a prefecture bureau director managed by the prefecture: the prefecture',
      { kind: 'OFFICIAL', regionCode: '632800', cadreLevel: 'PREFECTURE_MANAGED' },
      '632800',
    ],
    [
      'a township official managed by the prefecture: the prefecture above the county',
      { kind: 'OFFICIAL', regionCode: '630121200', cadreLevel: 'PREFECTURE_MANAGED' },
      '630100',
    ],
    [
      'a deputy prefect managed by the province: the province',
      { kind: 'OFFICIAL', regionCode: '632800', cadreLevel: 'PROVINCE_MANAGED' },
      '630000',
    ],
    [
      'a provincial department head managed by the province: the province',
      { kind: 'OFFICIAL', regionCode: '630000', cadreLevel: 'PROVINCE_MANAGED' },
      '630000',
    ],
    [
      'a county official managed by the province: the province',
      { kind: 'OFFICIAL', regionCode: '632723', cadreLevel: 'PROVINCE_MANAGED' },
      '630000',
    ],
    ['a township unit: the county above it', { kind: 'UNIT', regionCode: '630121200' }, '630121'],
    ['a county unit: the prefecture above it', { kind: 'UNIT', regionCode: '630121' }, '630100'],
    ['a prefecture unit: the province above it', { kind: 'UNIT', regionCode: '630200' }, '630000'],
  ];
  it.each(cases)('%s', (_title, subject, managing) => {
    expect(competentBodiesFor(subject)).toEqual({ managingRegionCode: managing, agencyIds: bodiesOf(managing) });
  });

  it('finds no body where cadre management authority cannot reach', () => {
    const impossible: AccountabilitySubject[] = [
      { kind: 'OFFICIAL', regionCode: '630100', cadreLevel: 'COUNTY_MANAGED' },
      { kind: 'OFFICIAL', regionCode: '630000', cadreLevel: 'PREFECTURE_MANAGED' },
      { kind: 'UNIT', regionCode: '630000' },
      { kind: 'OFFICIAL', regionCode: '63012', cadreLevel: 'COUNTY_MANAGED' },
      { kind: 'OFFICIAL', regionCode: '630121', cadreLevel: 'CENTRALLY_MANAGED' as never },
    ];
    for (const subject of impossible) {
      expect(() => competentBodiesFor(subject), JSON.stringify(subject)).toThrow(NoCompetentBodyError);
    }
  });
});

describe('competent bodies through the schema', () => {
  let hub: AccountabilityHarness;
  beforeAll(async () => {
    hub = await startAccountabilityHarness('accountability_bodies');
  });
  afterAll(async () => hub?.stop());

  const BODIES = `query($subject: AccountabilitySubjectInput!) {
    accountabilityCompetentBodies(subject: $subject) { agencyId kind regionCode region { code } agency { id } } }`;

  it('computes the bodies for a subject', async () => {
    const { data, errors } = await hub.run(BODIES, officer('630121'), { subject: townshipOfficial });
    expect(errors).toBeUndefined();
    expect(data?.accountabilityCompetentBodies).toEqual([
      {
        agencyId: '630121:DISCIPLINE_INSPECTION',
        kind: 'DISCIPLINE_INSPECTION',
        regionCode: '630121',
        region: { code: '630121' },
        agency: { id: '630121:DISCIPLINE_INSPECTION' },
      },
      {
        agencyId: '630121:ORGANIZATION_DEPARTMENT',
        kind: 'ORGANIZATION_DEPARTMENT',
        regionCode: '630121',
        region: { code: '630121' },
        agency: { id: '630121:ORGANIZATION_DEPARTMENT' },
      },
    ]);
    const unit = await hub.run(BODIES, officer('630121'), {
      subject: { kind: 'UNIT', agencyId: '630121:CIVIL_AFFAIRS' },
    });
    expect(unit.data?.accountabilityCompetentBodies.map((body: { agencyId: string }) => body.agencyId)).toEqual(
      bodiesOf('630100'),
    );
    expect((await hub.run(BODIES, null, { subject: townshipOfficial })).code).toBe('UNAUTHENTICATED');
  });

  const open = (as: Parameters<AccountabilityHarness['run']>[1], subject: Record<string, unknown>) =>
    hub.run(OPEN, as, { input: { subject, violation: 'DERELICTION', facts: '审核审批失职。' } });

  /** For each subject: who may open its case, and agencies that may not although they are in scope. */
  const table: Array<{ title: string; subject: Record<string, unknown>; managing: string; others: string[] }> = [
    {
      title: 'a township official managed by the county',
      subject: townshipOfficial,
      managing: '630121',
      others: ['630100', '630000', '630121200'],
    },
    {
      title: 'a county bureau director managed by the county',
      subject: { kind: 'OFFICIAL', name: '汪兵', regionCode: '630121', cadreLevel: 'COUNTY_MANAGED' },
      managing: '630121',
      others: ['630100', '630000'],
    },
    {
      title: 'a deputy county head managed by the prefecture',
      subject: { kind: 'OFFICIAL', name: '夏林', regionCode: '630121', cadreLevel: 'PREFECTURE_MANAGED' },
      managing: '630100',
      others: ['630121', '630000'],
    },
    {
      title: 'a deputy prefect managed by the province',
      subject: { kind: 'OFFICIAL', name: '某某', regionCode: '630200', cadreLevel: 'PROVINCE_MANAGED' },
      managing: '630000',
      others: ['630200'],
    },
    {
      title: 'a township unit',
      subject: { kind: 'UNIT', name: '青林乡人民政府', agencyId: '630121200:GOVERNMENT' },
      managing: '630121',
      others: ['630121200', '630100'],
    },
    {
      title: 'a county unit',
      subject: { kind: 'UNIT', name: '大通县民政局', agencyId: '630121:CIVIL_AFFAIRS' },
      managing: '630100',
      others: ['630121', '630000'],
    },
  ];

  it.each(table)('lets only the bodies of the managing region open a case against $title', async (row) => {
    for (const agency of ['DISCIPLINE_INSPECTION', 'ORGANIZATION_DEPARTMENT'] as const) {
      const { data, errors } = await open(officer(row.managing, agency), row.subject);
      expect(errors, `${row.managing}:${agency}`).toBeUndefined();
      expect(data?.openAccountabilityCase).toMatchObject({
        status: 'OPENED',
        managingRegion: { code: row.managing },
        openedBy: { id: `${row.managing}:${agency}` },
      });
    }
    for (const region of row.others) {
      const refused = await open(officer(region), row.subject);
      expect(refused.code, region).toBe('FORBIDDEN');
      expect(refused.errors?.[0].message).toContain('not the competent body under cadre management authority');
    }
    for (const agency of ['CIVIL_AFFAIRS', 'GOVERNMENT', 'AUDIT', 'FINANCE'] as const) {
      const refused = await open(principal(row.managing, agency, ['ADMIN']), row.subject);
      expect(refused.code, agency).toBe('FORBIDDEN');
    }
    // The right agency without the discipline officer's role.
    expect((await open(principal(row.managing, 'DISCIPLINE_INSPECTION', ['REVIEWER']), row.subject)).code).toBe(
      'FORBIDDEN',
    );
  });

  it('lets an ADMIN of a competent body act', async () => {
    const { errors } = await open(principal('630121', 'DISCIPLINE_INSPECTION', ['ADMIN']), townshipOfficial);
    expect(errors).toBeUndefined();
  });

  it('refuses subjects no body in the hub can hold to account, and malformed subjects', async () => {
    const provinceUnit = { kind: 'UNIT', name: '青海省民政厅', agencyId: '630000:CIVIL_AFFAIRS' };
    expect((await open(officer('630000'), provinceUnit)).code).toBe('BAD_USER_INPUT');
    const impossibleLevel = { kind: 'OFFICIAL', name: '某某', regionCode: '630100', cadreLevel: 'COUNTY_MANAGED' };
    expect((await open(officer('630100'), impossibleLevel)).code).toBe('BAD_USER_INPUT');
    const noLevel = { kind: 'OFFICIAL', name: '某某', regionCode: '630121' };
    expect((await open(officer('630121'), noLevel)).code).toBe('BAD_USER_INPUT');
    const unknownKind = { kind: 'UNIT', name: '某局', agencyId: '630121:POLICE' };
    expect((await open(officer('630100'), unknownKind)).code).toBe('BAD_USER_INPUT');
    const mixed = { kind: 'UNIT', name: '某局', agencyId: '630121:CIVIL_AFFAIRS', cadreLevel: 'COUNTY_MANAGED' };
    expect((await open(officer('630100'), mixed)).code).toBe('BAD_USER_INPUT');
    const otherRegion = { kind: 'UNIT', name: '某局', agencyId: '630121:CIVIL_AFFAIRS', regionCode: '630102' };
    expect((await open(officer('630100'), otherRegion)).code).toBe('BAD_USER_INPUT');
    const nameless = { ...townshipOfficial, name: undefined };
    expect((await open(officer('630121'), nameless)).code).toBe('BAD_USER_INPUT');
    const badRegion = { ...townshipOfficial, regionCode: '630021' };
    expect((await open(officer('630121'), badRegion)).code).toBe('BAD_USER_INPUT');
  });
});
