import {
  competentBodiesFor,
  isWithinRegion,
  regionLevelOf,
  sanctionAllowed,
  type AccountabilitySubject,
  type CadreLevel,
} from '@dibao/domain';
import { describe, expect, it } from 'vitest';

import {
  ACCOUNTABILITY_STORY_COUNTY,
  accountabilityStoryDates,
  defaultStoryTownship,
  demoAccountability,
  demoAgencies,
  demoComplaints,
  demoOfficials,
  demoOriginSources,
  demoOversight,
  demoReporting,
  loadRegions,
  type AccountabilityCaseSeed,
} from '../src/index.js';

const regions = loadRegions();
const agencies = demoAgencies(regions);
const officials = demoOfficials(regions, agencies);
const incidents = demoReporting(regions).incidents;
const oversight = demoOversight(regions);
const complaints = demoComplaints(regions);
const sources = demoOriginSources({ oversight, complaints });
const data = demoAccountability(regions, officials, { incidents, sources });
const { cases, jointMeetings } = data;
const agencyKeys = new Set(agencies.map((agency) => agency.key));
const officialByKey = new Map(officials.map((official) => [official.key, official]));
const caseById = new Map(cases.map((found) => [found.id, found]));
const ORDER = ['OPENED', 'INVESTIGATING', 'DECIDED', 'CLOSED'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const beijingDate = (instant: Date) => new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

function subjectOf(found: AccountabilityCaseSeed): AccountabilitySubject {
  return found.subjectKind === 'OFFICIAL'
    ? { kind: 'OFFICIAL', regionCode: found.subjectRegionCode, cadreLevel: found.subjectCadreLevel as CadreLevel }
    : { kind: 'UNIT', regionCode: found.subjectRegionCode };
}

describe('demoAccountability', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(demoAccountability(regions, officials, { incidents, sources })).toEqual(data);
    expect(
      demoAccountability(regions, officials, { incidents, sources, years: [2025, 2023, 2021, 2022, 2024] }),
    ).toEqual(data);
    const other = demoAccountability(regions, officials, { incidents, sources, seed: 7 });
    expect(other.cases.map((found) => found.id)).not.toEqual(cases.map((found) => found.id));
    expect(new Set(cases.map((found) => found.id)).size).toBe(cases.length);
  });

  it('has cases in 2021–2025: past years closed or decided, the open year in every state', () => {
    const yearOf = (found: AccountabilityCaseSeed) => Number(found.openedOn.slice(0, 4));
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      expect(cases.filter((found) => yearOf(found) === year).length, String(year)).toBeGreaterThanOrEqual(10);
    }
    expect(new Set(cases.filter((found) => yearOf(found) === 2025).map((found) => found.status))).toEqual(
      new Set(ORDER),
    );
    for (const found of cases.filter((item) => yearOf(item) < 2024)) expect(found.status).toBe('CLOSED');
    expect(new Set(cases.filter((found) => yearOf(found) === 2024).map((found) => found.status))).toEqual(
      new Set(['DECIDED', 'CLOSED']),
    );
  });

  it('takes subjects from the demo officials and agencies, as snapshots', () => {
    for (const found of cases) {
      if (found.subjectKind === 'OFFICIAL') {
        const official = officialByKey.get(found.subjectOfficialKey ?? '');
        expect(official, found.id).toBeDefined();
        expect(found.subjectOfficialId).toBeNull();
        expect(found.subjectName).toBe(official?.name);
        expect(found.subjectCadreLevel).toBe(official?.cadreLevel);
        expect(official?.agencyKey.startsWith(`${found.subjectRegionCode}:`)).toBe(true);
        expect(found.subjectPosition).toBeTruthy();
        expect(found.subjectAgencyId).toBeNull();
      } else {
        expect(agencyKeys.has(found.subjectAgencyId ?? '')).toBe(true);
        expect(found.subjectAgencyId?.startsWith(`${found.subjectRegionCode}:`)).toBe(true);
        expect(found.subjectCadreLevel).toBeNull();
        expect(found.subjectOfficialKey).toBeNull();
      }
    }
    const levels = new Set(cases.map((found) => found.subjectCadreLevel ?? 'UNIT'));
    expect(levels).toEqual(new Set(['COUNTY_MANAGED', 'PREFECTURE_MANAGED', 'PROVINCE_MANAGED', 'UNIT']));
  });

  it('has every case opened and decided by a competent body under cadre management authority', () => {
    for (const found of cases) {
      const { agencyIds } = competentBodiesFor(subjectOf(found));
      expect(agencyIds, found.id).toContain(found.openingAgencyId);
      expect(agencyIds, found.id).toEqual(
        expect.arrayContaining(found.decision ? [found.decision.decidingAgencyId] : []),
      );
      for (const agencyId of agencyIds) expect(agencyKeys.has(agencyId)).toBe(true);
    }
  });

  it('keeps status, dates and decisions consistent', () => {
    for (const found of cases) {
      const step = ORDER.indexOf(found.status);
      expect(found.openedOn).toMatch(DATE);
      expect(beijingDate(found.openedAt)).toBe(found.openedOn);
      expect(found.investigationStartedAt !== null).toBe(step >= 1);
      expect(found.decidedAt !== null).toBe(step >= 2);
      expect(found.decision !== null).toBe(step >= 2);
      expect(found.closedAt !== null).toBe(step === 3);
      expect(found.closingNote !== null).toBe(step === 3);
      const times = [found.openedAt, found.investigationStartedAt, found.decidedAt, found.closedAt].flatMap((t) =>
        t ? [beijingDate(t)] : [],
      );
      expect([...times].sort(), found.id).toEqual(times);
      expect((times.at(-1) ?? '') <= '2025-12-31').toBe(true);
      if (found.decision) {
        expect(beijingDate(found.decidedAt as Date)).toBe(found.decision.decidedOn);
        const tracks = found.decision.sanctions.map((entry) => entry.track);
        expect(tracks.length).toBeGreaterThan(0);
        expect(new Set(tracks).size).toBe(tracks.length);
        expect(tracks).toEqual([...tracks].sort().reverse()); // PARTY before GOVERNMENT
        for (const { track, sanction } of found.decision.sanctions) {
          expect(sanctionAllowed(track, sanction, found.subjectKind), `${track} ${sanction}`).toBe(true);
        }
        expect(found.decision.summary.length).toBeGreaterThan(5);
      }
    }
    const decided = cases.filter((found) => found.decision);
    const sanctions = new Set(decided.flatMap((found) => found.decision?.sanctions.map((entry) => entry.sanction)));
    expect(sanctions.size).toBeGreaterThanOrEqual(6);
  });

  it("links origins to real records of the other demos: of the case's county, before its opening", () => {
    const records = new Map<string, { regionCodes: string[]; at: Date }>();
    for (const finding of oversight.findings)
      records.set(`FINDING|${finding.id}`, { regionCodes: [finding.regionCode], at: finding.foundAt });
    for (const complaint of complaints.complaints)
      records.set(`COMPLAINT|${complaint.id}`, { regionCodes: [complaint.regionCode], at: complaint.receivedAt });
    for (const incident of incidents)
      records.set(`INCIDENT|${incident.id}`, { regionCodes: [incident.regionCode], at: incident.occurredAt });
    for (const inspection of oversight.inspections)
      records.set(`INSPECTION|${inspection.id}`, {
        regionCodes: inspection.targetRegionCodes,
        at: inspection.periodStart,
      });
    const kinds = new Set<string>();
    let withOrigins = 0;
    for (const found of cases) {
      if (found.origins.length > 0) withOrigins += 1;
      for (const origin of found.origins) {
        const record = records.get(`${origin.kind}|${origin.id}`);
        expect(record, `${found.id} ${origin.kind} ${origin.id}`).toBeDefined();
        kinds.add(origin.kind);
        // The record concerns the case's region (a township's case: its county) or a region above it.
        const county = found.subjectRegionCode.slice(0, 6);
        expect(
          record?.regionCodes.some((code) => code.startsWith(county) || county.startsWith(code.replace(/0+$/, ''))),
          `${found.id} ${origin.kind}`,
        ).toBe(true);
        expect(beijingDate(record?.at as Date) <= found.openedOn, `${found.id} ${origin.kind}`).toBe(true);
      }
    }
    expect(kinds).toEqual(new Set(['FINDING', 'COMPLAINT', 'INCIDENT', 'INSPECTION']));
    expect(withOrigins).toBeGreaterThan(cases.length / 2);
    // A case without an origin is one where no finding, complaint or incident of its county came before it.
    for (const found of cases.filter((item) => item.origins.length === 0)) {
      const county = found.subjectRegionCode.slice(0, 6);
      const earlier = [...records.entries()].filter(
        ([key, record]) =>
          !key.startsWith('INSPECTION|') &&
          record.regionCodes.some((code) => code.startsWith(county)) &&
          beijingDate(record.at) <= found.openedOn &&
          Date.parse(found.openedOn) - Date.parse(beijingDate(record.at)) <= 540 * 86_400_000,
      );
      expect(earlier, found.id).toEqual([]);
    }
    const ids = cases.flatMap((found) => found.origins.map((origin) => `${found.id}|${origin.kind}|${origin.id}`));
    expect(new Set(ids).size).toBe(ids.length);
    // Without the other demos, a case names no record but its incident: never an id made up.
    const alone = demoAccountability(regions, officials);
    expect(alone.cases.every((found) => found.origins.length === 0)).toBe(true);
  });

  it('tells the story: the county holds the Datong township official to account, and the county joint meeting records it', () => {
    const township = defaultStoryTownship(regions);
    expect(township).toBe('630121200');
    const dates = accountabilityStoryDates(2025);
    const story = cases.filter((found) => found.subjectRegionCode === township && found.openedOn === dates.openedOn);
    expect(story).toHaveLength(1);
    const [found] = story as [AccountabilityCaseSeed];
    expect(found).toMatchObject({
      subjectKind: 'OFFICIAL',
      subjectCadreLevel: 'COUNTY_MANAGED',
      subjectOfficialKey: `${township}:CIVIL_AFFAIRS:office-head`,
      subjectPosition: '青林乡民政办主任',
      openingAgencyId: `${ACCOUNTABILITY_STORY_COUNTY}:DISCIPLINE_INSPECTION`,
      status: 'DECIDED',
      violation: 'NEGLECT_OF_DUTY',
      decision: { decidedOn: dates.decidedOn, decidingAgencyId: '630121:DISCIPLINE_INSPECTION' },
    });
    expect(officialByKey.get(found.subjectOfficialKey ?? '')?.position).toBe('民政办主任');
    expect(found.decision?.sanctions.some((entry) => entry.sanction !== 'NONE')).toBe(true);
    // Datong's hotline complaint came before the case; its inspection finding only after (September).
    expect(found.origins.map((origin) => origin.kind)).toEqual(['COMPLAINT']);
    const datong = jointMeetings.find((body) => body.regionCode === ACCOUNTABILITY_STORY_COUNTY);
    const recording = datong?.sessions.find((session) =>
      session.decisions.some((decision) => decision.caseIds.includes(found.id)),
    );
    expect(recording?.heldOn).toBe(dates.jointMeetingOn);
    expect(recording && recording.heldOn > found.openedOn && recording.heldOn < dates.decidedOn).toBe(true);
    const origins = [{ kind: 'FINDING' as const, id: 'a2f1c7a0-0000-4000-8000-000000000001' }];
    const aligned = demoAccountability(regions, officials, { story: { townshipCode: '630121101', origins } });
    const moved = aligned.cases.find(
      (item) => item.openedOn === dates.openedOn && item.subjectRegionCode === '630121101',
    );
    expect(moved?.origins).toEqual(origins);
  });

  it('has two meetings of each joint meeting of the province, the prefectures and the counties', () => {
    expect(jointMeetings.map((body) => regionLevelOf(body.regionCode))).toEqual([
      'PROVINCE',
      ...Array(8).fill('PREFECTURE'),
      ...Array(45).fill('COUNTY'),
    ]);
    const today = '2026-11-25';
    let overdue = 0;
    for (const body of jointMeetings) {
      expect(body.memberKinds).toEqual([
        'ORGANIZATION_DEPARTMENT',
        'DISCIPLINE_INSPECTION',
        'HR_SOCIAL_SECURITY',
        'FINANCE',
        'AUDIT',
      ]);
      expect(body.sessions.map((session) => session.heldOn.slice(0, 4))).toEqual(['2024', '2025']);
      const seated = new Set([
        `${body.regionCode}:CIVIL_AFFAIRS`,
        ...body.memberKinds.map((kind) => `${body.regionCode}:${kind}`),
      ]);
      for (const session of body.sessions) {
        expect(session.heldOn >= body.establishedOn).toBe(true);
        expect(session.attendees[0]?.agencyId).toBe(`${body.regionCode}:CIVIL_AFFAIRS`);
        for (const attendee of session.attendees) expect(seated.has(attendee.agencyId)).toBe(true);
        expect(session.agenda.length).toBeGreaterThan(0);
        expect(session.decisions.length).toBeGreaterThan(0);
        for (const caseId of session.decisions.flatMap((decision) => decision.caseIds)) {
          const found = caseById.get(caseId);
          expect(found && isWithinRegion(found.subjectRegionCode, body.regionCode)).toBe(true);
          expect(found && found.openedOn <= session.heldOn).toBe(true);
        }
        for (const task of session.tasks) {
          expect(agencyKeys.has(task.ownerAgencyId)).toBe(true);
          expect(isWithinRegion(task.ownerAgencyId.split(':')[0] as string, body.regionCode)).toBe(true);
          expect(task.deadline > session.heldOn).toBe(true);
          expect(task.completedOn !== null).toBe(task.status === 'DONE');
          if (task.completedOn)
            expect(task.completedOn > session.heldOn && task.completedOn <= '2025-12-31').toBe(true);
          if (task.status === 'OPEN' && task.deadline < today) overdue += 1;
        }
      }
    }
    expect(overdue).toBeGreaterThan(0);
    const recorded = new Set(
      jointMeetings.flatMap((body) => body.sessions.flatMap((s) => s.decisions.flatMap((d) => d.caseIds))),
    );
    expect(recorded.size).toBeGreaterThan(5);
  });

  it('copes with one year, and with a province whose prefectures are placeholders', () => {
    const single = demoAccountability(regions, officials, { years: [2023] });
    expect(new Set(single.cases.map((found) => found.status))).toEqual(new Set(ORDER));
    expect(single.jointMeetings.every((body) => body.sessions.every((s) => s.heldOn.startsWith('2023')))).toBe(true);
    expect(single.cases.some((found) => found.subjectRegionCode === '630121200' && found.status === 'DECIDED')).toBe(
      true,
    );
    const beijing = loadRegions({ province: '110000' });
    const beijingAgencies = demoAgencies(beijing);
    const beijingData = demoAccountability(beijing, demoOfficials(beijing, beijingAgencies));
    const beijingKeys = new Set(beijingAgencies.map((agency) => agency.key));
    expect(beijingData.cases.length).toBeGreaterThan(0);
    for (const found of beijingData.cases) {
      for (const agencyId of competentBodiesFor(subjectOf(found)).agencyIds)
        expect(beijingKeys.has(agencyId)).toBe(true);
    }
    expect(beijingData.jointMeetings.every((body) => regionLevelOf(body.regionCode) !== 'PREFECTURE')).toBe(true);
    expect(demoAccountability(regions, officials, { years: [] })).toEqual({ cases: [], jointMeetings: [] });
  });
});
