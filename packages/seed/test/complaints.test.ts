import {
  complaintRewardFen,
  complaintStatusValues,
  DEFAULT_COMPLAINT_REWARD_RULE,
  isRegionCode,
  isWithinRegion,
  parentCodeOf,
  subtreeCodePrefix,
} from '@dibao/domain';
import { describe, expect, it } from 'vitest';

import {
  COMPLAINT_STORY_TOWNSHIP,
  DEMO_COMPLAINTS_AS_OF,
  demoComplaints,
  loadRegions,
  type ComplaintSeed,
} from '../src/index.js';

const regions = loadRegions();
const data = demoComplaints(regions);
const { complaints, volunteers, contracts, petitionOfficers } = data;
const byId = new Map(complaints.map((complaint) => [complaint.id, complaint]));
const time = (date: Date | null | undefined) => date?.getTime() ?? Number.NaN;
const dateOf = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const ownerOf = (complaint: ComplaintSeed) => complaint.handovers.at(-1)?.to ?? complaint.receivedBy;

describe('demoComplaints', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(demoComplaints(regions)).toEqual(data);
    const other = demoComplaints(regions, { seed: 7 });
    expect(other.complaints.map((c) => c.id)).not.toEqual(complaints.map((c) => c.id));
  });

  it('has a few hundred complaints across Qinghai, 2021–2025, in every state', () => {
    expect(complaints.length).toBeGreaterThanOrEqual(250);
    expect(complaints.length).toBeLessThanOrEqual(400);
    expect(new Set(complaints.map((c) => dateOf(c.receivedAt).slice(0, 4)))).toEqual(
      new Set(['2021', '2022', '2023', '2024', '2025']),
    );
    expect(new Set(complaints.map((c) => c.status))).toEqual(new Set(complaintStatusValues));
    const counties = new Set(complaints.map((c) => c.regionCode.slice(0, 6)));
    expect(counties.size).toBeGreaterThan(30);
    for (const complaint of complaints) {
      expect(isRegionCode(complaint.regionCode) && isWithinRegion(complaint.regionCode, '630000')).toBe(true);
      expect(time(complaint.receivedAt)).toBeLessThan(time(DEMO_COMPLAINTS_AS_OF));
    }
    expect(complaints.map((c) => time(c.receivedAt))).toEqual(
      [...complaints.map((c) => time(c.receivedAt))].sort((a, b) => a - b),
    );
  });

  it('keeps every timeline ordered and consistent with the status', () => {
    expect(complaints.some((c) => c.status === 'CLOSED')).toBe(true);
    for (const c of complaints) {
      const steps = [c.receivedAt, c.acknowledgedAt, c.investigationStartedAt, c.concludedAt, c.closedAt].filter(
        (step): step is Date => step !== null,
      );
      expect(steps.map(time), c.id).toEqual([...steps.map(time)].sort((a, b) => a - b));
      expect(steps.every((step) => time(step) <= time(DEMO_COMPLAINTS_AS_OF))).toBe(true);
      expect(c.acknowledgedAt === null, c.id).toBe(c.status === 'RECEIVED');
      expect(c.concludedAt !== null && c.conclusion !== null, c.id).toBe(
        c.status === 'CONCLUDED' || c.status === 'CLOSED',
      );
      expect(c.closedAt !== null && c.publicFeedback !== null, c.id).toBe(c.status === 'CLOSED');
      expect(c.pendingHandover === null || c.status === 'RECEIVED').toBe(true);
      expect(c.status !== 'CLOSED' || c.closureRound >= 1, c.id).toBe(true);
    }
  });

  it('always has an owner, and hands over only to a designated petition officer', () => {
    const officers = new Set(petitionOfficers.map((officer) => officer.officerSubject));
    for (const c of complaints) {
      expect(ownerOf(c).subject).toMatch(/^official:\d{6,9}:[A-Z_]+:[a-z-]+$/);
      for (const handover of c.handovers) expect(officers.has(handover.to.subject)).toBe(true);
      if (c.handovers.length > 0) expect(time(c.handovers[0]?.at)).toBe(time(c.acknowledgedAt));
    }
    const designated = new Set(petitionOfficers.map((officer) => officer.regionCode));
    expect(designated.has('630000')).toBe(true);
    for (const code of ['630100', '630121', '632801', COMPLAINT_STORY_TOWNSHIP])
      expect(designated.has(code)).toBe(true);
  });

  it('brings reports of volunteers and social organisations through registry entries serving that day', () => {
    const volunteersById = new Map(volunteers.map((v) => [v.id, v]));
    const contractsById = new Map(contracts.map((c) => [c.id, c]));
    const viaVolunteers = complaints.filter((c) => c.channel === 'VOLUNTEER_SUPERVISOR');
    const viaOrganisations = complaints.filter((c) => c.channel === 'SOCIAL_ORGANIZATION');
    expect(viaVolunteers.length).toBeGreaterThan(5);
    expect(viaOrganisations.length).toBeGreaterThan(2);
    for (const c of complaints) {
      expect(c.volunteerId !== null).toBe(c.channel === 'VOLUNTEER_SUPERVISOR');
      expect(c.contractId !== null).toBe(c.channel === 'SOCIAL_ORGANIZATION');
      const source = c.volunteerId
        ? volunteersById.get(c.volunteerId)
        : c.contractId
          ? contractsById.get(c.contractId)
          : null;
      if (!source) continue;
      const [start, end] =
        'termStart' in source ? [source.termStart, source.termEnd] : [source.periodStart, source.periodEnd];
      expect(dateOf(c.receivedAt) >= start && dateOf(c.receivedAt) <= end).toBe(true);
      expect(c.regionCode.startsWith(subtreeCodePrefix(source.regionCode))).toBe(true);
      expect(c.complainant).toBeNull();
    }
  });

  it('has anonymous and named complaints, with fictional personal data only where a person complained', () => {
    const named = complaints.filter((c) => c.complainant !== null);
    expect(named.length).toBeGreaterThan(50);
    expect(complaints.length - named.length).toBeGreaterThan(50);
    for (const c of named) {
      expect(['HOTLINE', 'LETTER_VISIT', 'ONLINE']).toContain(c.channel);
      if (c.complainant?.contact) expect(c.complainant.contact).toMatch(/^1[358]\d0000\d{4}$/);
      expect(c.summary).not.toContain(c.complainant?.name);
      for (const message of c.messages) expect(message.text).not.toContain(c.complainant?.name);
    }
  });

  it('rewards only concluded, (partly) substantiated complaints that asked, by the default rule', () => {
    const rewarded = complaints.filter((c) => c.reward !== null);
    expect(rewarded.length).toBeGreaterThan(10);
    expect(new Set(rewarded.map((c) => c.reward?.status))).toContain('PAID');
    for (const c of rewarded) {
      expect(c.rewardOptIn).toBe(true);
      expect(['SUBSTANTIATED', 'PARTLY_SUBSTANTIATED']).toContain(c.conclusion);
      expect(c.reward?.amountFen).toBe(
        complaintRewardFen(DEFAULT_COMPLAINT_REWARD_RULE, c.conclusion ?? 'UNSUBSTANTIATED', c.amountInvolvedFen ?? 0),
      );
      expect(c.reward?.decidedBy.subject).not.toBe(c.reward?.approvedBy?.subject);
      expect(c.reward?.paymentReference !== null).toBe(c.reward?.status === 'PAID');
    }
  });

  it('opens reviews one level above the owner, and reopens complaints whose review was overturned', () => {
    const appeals = complaints.flatMap((c) => c.appeals.map((appeal) => ({ c, appeal })));
    expect(appeals.length).toBeGreaterThan(5);
    expect(new Set(appeals.map(({ appeal }) => appeal.status))).toEqual(new Set(['OPEN', 'UPHELD', 'OVERTURNED']));
    for (const { c, appeal } of appeals) {
      expect(c.ratings.find((r) => r.closureRound === appeal.closureRound)?.satisfied).toBe(false);
      expect(appeal.reviewRegionCode).toBe(parentCodeOf(ownerOf(c).region) ?? ownerOf(c).region);
      if (appeal.status === 'OVERTURNED') expect(c.closureRound === 2 || c.status !== 'CLOSED').toBe(true);
    }
  });

  it('links duplicates to earlier originals only, and has reveal requests in every state', () => {
    const duplicates = complaints.filter((c) => c.duplicateOfId !== null);
    expect(duplicates.length).toBeGreaterThan(0);
    for (const duplicate of duplicates) {
      const original = byId.get(duplicate.duplicateOfId as string);
      expect(original?.duplicateOfId).toBeNull();
      expect(time(original?.receivedAt)).toBeLessThan(time(duplicate.receivedAt));
    }
    const reveals = complaints.flatMap((c) => c.revealRequests.map((request) => ({ c, request })));
    expect(new Set(reveals.map(({ request }) => request.status))).toEqual(new Set(['PENDING', 'APPROVED', 'REJECTED']));
    for (const { c, request } of reveals) {
      expect(c.complainant).not.toBeNull();
      expect(request.requestedBy.subject).toBe(ownerOf(c).subject);
      expect(request.decidedBy?.subject).not.toBe(request.requestedBy.subject);
    }
  });

  it('tells step 4 of the story: an anonymous call about a Datong village, handed to the township, supervised, rewarded', () => {
    const story = byId.get(data.storyComplaintId as string) as ComplaintSeed;
    expect(story).toMatchObject({
      channel: 'HOTLINE',
      regionCode: COMPLAINT_STORY_TOWNSHIP,
      category: 'EQUAL_SPLITTING',
      complainant: null,
      status: 'CLOSED',
      conclusion: 'SUBSTANTIATED',
      receivedBy: { region: '630121' },
      handovers: [{ to: { region: COMPLAINT_STORY_TOWNSHIP } }],
      supervision: { by: { region: '630000' } },
      reward: { status: 'PAID', amountFen: 500_000 },
    });
    expect(dateOf(story.receivedAt).startsWith('2025-')).toBe(true);
    expect(story.summary).toContain('大通县塔尔镇');
  });

  it('has nothing outside Qinghai', () => {
    expect(demoComplaints(regions.filter((r) => !r.code.startsWith('63')))).toEqual({
      petitionOfficers: [],
      volunteers: [],
      contracts: [],
      complaints: [],
      storyComplaintId: null,
    });
  });
});
