import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAccountability } from '@dibao/accountability';
import { accountabilityStoryDates, demoAccountability, demoAgencies, demoOfficials, loadRegions } from '@dibao/seed';
import { systemActor } from '@dibao/server';
import { officer, principal, startAccountabilityHarness, type AccountabilityHarness } from './harness.js';

const regions = loadRegions();

const CASE_FIELDS = `id status disclosure subjectName subjectPosition subjectOfficialId subjectAgencyId facts closingNote
  subjectKind violation openedOn managingRegion { code } origins { kind id } jointMeetingDecisions { text }
  decision { decidedOn decidingAgencyId summary holdsAccountable sanctions { track sanction } }`;

/** Every case of the province through the root connection, as `as` reads it. */
const PAGE = `{ accountabilityCases(under: "630000", first: 500) { totalCount edges { node { ${CASE_FIELDS} } } } }`;

/** Datong's cases and its joint meeting's records, through the Region extension. */
const DATONG = `{ _entities(representations: [{ __typename: "Region", code: "630121" }]) { ... on Region {
  accountabilityCases(first: 500) { edges { node { ${CASE_FIELDS} } } }
  accountabilityStats(year: 2025) { casesOpened }
  jointMeeting { sessions { heldOn minutes decisions { text caseIds cases { id disclosure subjectName } } } } } } }`;
/** The cases of a region answered through DATONG, from their connection. */
const casesOf = (region: { accountabilityCases: { edges: Array<{ node: CaseRead }> } }): CaseRead[] =>
  region.accountabilityCases.edges.map((edge) => edge.node);

type CaseRead = Record<string, any>;

const CONFIDENTIAL = [
  'subjectName',
  'subjectPosition',
  'subjectOfficialId',
  'subjectAgencyId',
  'facts',
  'closingNote',
  'origins',
  'jointMeetingDecisions',
] as const;

/** A SUMMARY: no confidential field, the outcome only once closed and without its text. */
function expectSummary(found: CaseRead) {
  expect(found.disclosure, found.id).toBe('SUMMARY');
  for (const field of CONFIDENTIAL) expect(found[field], `${found.id} ${field}`).toBeNull();
  if (found.status === 'CLOSED') {
    expect(found.decision, found.id).toMatchObject({ summary: null });
    expect(found.decision.sanctions.length, found.id).toBeGreaterThan(0);
  } else {
    expect(found.decision, found.id).toBeNull();
  }
}

function expectFull(found: CaseRead) {
  expect(found.disclosure, found.id).toBe('FULL');
  expect(found.subjectName, found.id).toEqual(expect.any(String));
  expect(found.facts, found.id).toEqual(expect.any(String));
  expect(found.origins, found.id).toEqual(expect.any(Array));
  if (found.status === 'DECIDED' || found.status === 'CLOSED') {
    expect(found.decision?.summary, found.id).toEqual(expect.any(String));
  }
}

describe('accountability cases are read on a need-to-know basis', () => {
  let hub: AccountabilityHarness;
  beforeAll(async () => {
    hub = await startAccountabilityHarness('accountability_confidential');
    const demo = demoAccountability(regions, demoOfficials(regions, demoAgencies(regions)));
    await importAccountability(hub.dataSource, demo, systemActor('test'));
  });
  afterAll(async () => hub?.stop());

  it("gives a finance viewer of Xining counts and closed cases' outcomes, never facts or names", async () => {
    const viewer = principal('630100', 'FINANCE', ['VIEWER']);
    const { data, errors } = await hub.run(
      `{ accountabilityCases(under: "630100", first: 500) { totalCount edges { node { ${CASE_FIELDS} } } } }`,
      viewer,
    );
    expect(errors).toBeUndefined();
    const nodes: CaseRead[] = data?.accountabilityCases.edges.map((edge: { node: CaseRead }) => edge.node);
    expect(nodes.length).toBeGreaterThan(3);
    expect(data?.accountabilityCases.totalCount).toBe(nodes.length);
    // Xining's finance bureau sits in Xining's joint meeting: cases managed by Xining (市管) it reads in full.
    for (const found of nodes) {
      if (found.managingRegion.code === '630100') expectFull(found);
      else expectSummary(found);
    }
    expect(nodes.some((found) => found.disclosure === 'SUMMARY' && found.status === 'CLOSED')).toBe(true);
    const one = nodes.find((found) => found.disclosure === 'SUMMARY');
    const single = await hub.run(`query($id: ID!) { accountabilityCase(id: $id) { ${CASE_FIELDS} } }`, viewer, {
      id: one?.id,
    });
    expectSummary(single.data?.accountabilityCase);
  });

  it('lets the competent bodies and the members of the managing joint meeting read the case file', async () => {
    const readers = [
      officer('630121'),
      principal('630121', 'ORGANIZATION_DEPARTMENT', ['VIEWER']),
      principal('630121', 'FINANCE', ['VIEWER']),
      principal('630121', 'CIVIL_AFFAIRS', ['VIEWER']),
    ];
    for (const reader of readers) {
      const { data, errors } = await hub.run(DATONG, reader);
      expect(errors, reader.subject).toBeUndefined();
      const region = data?._entities[0];
      const countyManaged = casesOf(region).filter((found: CaseRead) => found.managingRegion.code === '630121');
      expect(countyManaged.length, reader.subject).toBeGreaterThan(0);
      countyManaged.forEach(expectFull);
      const story = countyManaged.find((found: CaseRead) => found.openedOn === accountabilityStoryDates(2025).openedOn);
      expect(story?.subjectPosition).toBe('青林乡民政办主任');
      // The county joint meeting's decision names the subject: what the others must not read.
      expect(
        story?.jointMeetingDecisions.some((decision: { text: string }) => decision.text.includes(story.subjectName)),
      ).toBe(true);
      const sessions = region.jointMeeting.sessions;
      expect(sessions.every((session: { minutes: string | null }) => typeof session.minutes === 'string')).toBe(true);
    }
  });

  it('gives everyone else in scope the summary: other agencies of the county, the levels above, a township', async () => {
    const fullCount = casesOf((await hub.run(DATONG, officer('630121'))).data?._entities[0]).length;
    for (const reader of [
      principal('630121', 'GOVERNMENT', ['ADMIN']),
      principal('630121', 'GOVERNMENT', ['DISCIPLINE_OFFICER']),
      principal('630100', 'FINANCE', ['VIEWER']),
      officer('630100'),
      officer('630000'),
      principal('630000', 'CIVIL_AFFAIRS', ['ADMIN']),
    ]) {
      const { data, errors } = await hub.run(DATONG, reader);
      expect(errors, reader.subject).toBeUndefined();
      const region = data?._entities[0];
      // The same cases are counted, and the figures are the same.
      expect(casesOf(region).length, reader.subject).toBe(fullCount);
      for (const found of casesOf(region)) {
        if (found.managingRegion.code === '630121') expectSummary(found);
      }
      expect(region.accountabilityStats.casesOpened).toBeGreaterThan(0);
      // The joint meeting's minutes and decisions name the subjects: for its seated agencies only.
      for (const session of region.jointMeeting.sessions) {
        expect(session.minutes, reader.subject).toBeNull();
        for (const decision of session.decisions) {
          expect(decision.text, reader.subject).toBeNull();
          for (const linked of decision.cases) expect(linked.subjectName, reader.subject).toBeNull();
        }
      }
    }
    // A township reads its own cases as a summary too.
    const township = await hub.run(
      `{ accountabilityCases(under: "630121200", first: 50) { edges { node { ${CASE_FIELDS} } } } }`,
      principal('630121200', 'CIVIL_AFFAIRS', ['ADMIN']),
    );
    const nodes = township.data?.accountabilityCases.edges.map((edge: { node: CaseRead }) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    nodes.forEach(expectSummary);
  });

  it('reads the province-managed cases in full at the province only', async () => {
    const { data } = await hub.run(PAGE, principal('630000', 'DISCIPLINE_INSPECTION', ['VIEWER']));
    const nodes: CaseRead[] = data?.accountabilityCases.edges.map((edge: { node: CaseRead }) => edge.node);
    expect(nodes.length).toBe(data?.accountabilityCases.totalCount);
    for (const found of nodes) {
      if (found.managingRegion.code === '630000') expectFull(found);
      else expectSummary(found);
    }
  });
});
