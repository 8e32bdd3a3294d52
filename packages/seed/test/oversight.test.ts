import {
  isRectificationOverdue,
  isWithinRegion,
  regionLevelOf,
  rectificationStatusValues,
  SETTLED_RECTIFICATION_STATUSES,
} from '@dibao/domain';
import { describe, expect, it } from 'vitest';

import { demoOversight, loadRegions, OVERSIGHT_STORY_COUNTY, type FindingSeed } from '../src/index.js';

const regions = loadRegions();
const data = demoOversight(regions);
const { asOf, inspections, findings } = data;
const inspectionOf = new Map(inspections.map((inspection) => [inspection.id, inspection]));
const beijingYear = (at: Date) => new Date(at.getTime() + 8 * 3600_000).getUTCFullYear();
const time = (at: Date | null | undefined) => at?.getTime() ?? Number.NaN;

describe('demoOversight', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(demoOversight(regions)).toEqual(data);
    expect(demoOversight(regions, { seed: 2015, years: [2025, 2021, 2022, 2023, 2024] })).toEqual(data);
    const other = demoOversight(regions, { seed: 7 });
    expect(other.findings.map((finding) => finding.id)).not.toEqual(findings.map((finding) => finding.id));
    expect(asOf.toISOString()).toBe('2026-02-28T16:00:00.000Z'); // 1 March 2026 in Beijing
  });

  it('has a few inspections a year, by the province and by prefectures, some joint with finance and audit', () => {
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const ofYear = inspections.filter((inspection) => beijingYear(inspection.periodStart) === year);
      expect(ofYear.length, String(year)).toBeGreaterThanOrEqual(2);
      expect(ofYear.some((inspection) => inspection.organiserRegionCode === '630000')).toBe(true);
      expect(ofYear.some((inspection) => regionLevelOf(inspection.organiserRegionCode) === 'PREFECTURE')).toBe(true);
    }
    // The next one, planned for the spring after the open year, is the only one outside the years.
    const later = inspections.filter((inspection) => beijingYear(inspection.periodStart) > 2025);
    expect(later.map((inspection) => inspection.status)).toEqual(['PLANNED']);
    expect(inspections.some((inspection) => inspection.partnerKinds.includes('FINANCE'))).toBe(true);
    expect(inspections.some((inspection) => inspection.partnerKinds.includes('AUDIT'))).toBe(true);
    expect(new Set(inspections.map((inspection) => inspection.status))).toEqual(
      new Set(['PLANNED', 'IN_PROGRESS', 'REPORTED', 'CLOSED']),
    );
  });

  it('keeps each inspection consistent: team, targets, workflow times, report and its recipients', () => {
    for (const inspection of inspections) {
      const label = inspection.title;
      expect(
        inspection.team.filter((member) => member.role === 'LEADER'),
        label,
      ).toHaveLength(1);
      expect(inspection.topics.length).toBeGreaterThan(0);
      for (const target of inspection.targetRegionCodes) {
        expect(target).not.toBe(inspection.organiserRegionCode);
        expect(isWithinRegion(target, inspection.organiserRegionCode)).toBe(true);
      }
      expect(inspection.title.length).toBeLessThanOrEqual(200);
      expect(time(inspection.plannedAt)).toBeLessThan(time(inspection.periodStart));
      expect(inspection.startedAt === null).toBe(inspection.status === 'PLANNED');
      const reported = inspection.status === 'REPORTED' || inspection.status === 'CLOSED';
      expect(inspection.reportedAt !== null && inspection.conclusion !== null).toBe(reported);
      expect(inspection.closedAt !== null).toBe(inspection.status === 'CLOSED');
      if (inspection.reportedAt) expect(time(inspection.reportedAt)).toBeGreaterThan(time(inspection.startedAt));
      if (inspection.closedAt) expect(time(inspection.closedAt)).toBeGreaterThan(time(inspection.reportedAt));
      for (const at of [inspection.plannedAt, inspection.startedAt, inspection.reportedAt, inspection.closedAt]) {
        if (at) expect(time(at)).toBeLessThanOrEqual(time(asOf));
      }
      for (const distribution of inspection.distributions) {
        expect(reported).toBe(true);
        expect(time(distribution.distributedAt)).toBeGreaterThanOrEqual(time(inspection.reportedAt));
        expect(distribution.agencyId).toBe(
          distribution.recipient === 'SAME_LEVEL_GOVERNMENT'
            ? `${inspection.organiserRegionCode}:GOVERNMENT`
            : '630000:CIVIL_AFFAIRS',
        );
      }
      expect(inspection.plannedBy.subject).toMatch(new RegExp(`^inspector:${inspection.organiserRegionCode}:\\d+$`));
      const own = findings.filter((finding) => finding.inspectionId === inspection.id);
      if (inspection.status === 'PLANNED') expect(own).toEqual([]);
      if (inspection.status === 'CLOSED') {
        expect(own.every((finding) => SETTLED_RECTIFICATION_STATUSES.includes(finding.status))).toBe(true);
      }
    }
  });

  it('records findings during the inspection, in a county or township it targets', () => {
    for (const finding of findings) {
      const inspection = inspectionOf.get(finding.inspectionId);
      expect(inspection, finding.id).toBeDefined();
      if (!inspection) continue;
      expect(['COUNTY', 'TOWNSHIP']).toContain(regionLevelOf(finding.regionCode));
      expect(inspection.targetRegionCodes.some((target) => isWithinRegion(finding.regionCode, target))).toBe(true);
      expect(time(finding.foundAt)).toBeGreaterThan(time(inspection.startedAt));
      expect(time(finding.foundAt)).toBeLessThan(time(inspection.reportedAt ?? asOf));
      expect(finding.foundBy.subject).toMatch(new RegExp(`^inspector:${inspection.organiserRegionCode}:\\d+$`));
      for (const value of [finding.householdsAffected, finding.amountInvolvedFen, finding.fundsRecoveredFen]) {
        expect(Number.isInteger(value) && value >= 0).toBe(true);
      }
      expect(finding.description).not.toBe('');
    }
  });

  it('derives every finding’s state from its rectification history', () => {
    const sum = (finding: FindingSeed, field: 'fundsRecoveredFen' | 'householdsRemoved' | 'householdsAdded') =>
      finding.events.reduce((total, event) => total + event[field], 0);
    for (const finding of findings) {
      const { events } = finding;
      expect(finding.status).toBe(events.at(-1)?.statusAfter ?? 'OPEN');
      for (let index = 0; index < events.length; index++) {
        const event = events[index]!;
        expect(time(event.at)).toBeGreaterThan(time(index === 0 ? finding.foundAt : events[index - 1]!.at));
        expect(time(event.at)).toBeLessThanOrEqual(time(asOf));
        expect(event.deadline !== null).toBe(event.kind === 'PLAN_SET');
        if (['RECHECK_PASSED', 'RECHECK_FAILED', 'REOPENED'].includes(event.kind)) {
          expect(event.by.subject).not.toBe(finding.foundBy.subject); // independent re-check
        }
        if (event.kind === 'PROGRESS' || event.kind === 'REPORTED_FIXED') {
          expect(event.by.subject).toBe(`reporter:${finding.regionCode.slice(0, 6)}:1`);
        }
        if (event.kind === 'REPORTED_FIXED') expect(event.evidence.length).toBeGreaterThan(0);
      }
      const plans = events.filter((event) => event.kind === 'PLAN_SET');
      expect(finding.deadline).toEqual(plans.at(-1)?.deadline ?? null);
      expect(finding.measures).toBe(plans.at(-1)?.note ?? null);
      expect(finding.fundsRecoveredFen).toBe(sum(finding, 'fundsRecoveredFen'));
      expect(finding.householdsRemoved).toBe(sum(finding, 'householdsRemoved'));
      expect(finding.householdsAdded).toBe(sum(finding, 'householdsAdded'));
      expect(finding.fundsRecoveredFen).toBeLessThanOrEqual(finding.amountInvolvedFen);
      expect(finding.reopenedCount).toBe(
        events.filter((event) => event.kind === 'RECHECK_FAILED' || event.kind === 'REOPENED').length,
      );
      expect(finding.verifiedAt !== null && finding.verifiedBy !== null).toBe(finding.status === 'VERIFIED');
      expect(finding.closedAt !== null && finding.closedReason !== null).toBe(finding.status === 'CLOSED_NOT_FIXED');
      if (finding.status === 'REPORTED_FIXED') expect(finding.reportedFixedAt).not.toBeNull();
      if (!['OPEN', 'CLOSED_NOT_FIXED'].includes(finding.status)) expect(finding.deadline).not.toBeNull();
    }
  });

  it('has findings in every rectification state, overdue and on time', () => {
    expect(new Set(findings.map((finding) => finding.status))).toEqual(new Set(rectificationStatusValues));
    const unsettled = findings.filter((finding) => !SETTLED_RECTIFICATION_STATUSES.includes(finding.status));
    expect(unsettled.filter((finding) => isRectificationOverdue(finding, asOf)).length).toBeGreaterThanOrEqual(2);
    expect(unsettled.filter((finding) => !isRectificationOverdue(finding, asOf)).length).toBeGreaterThanOrEqual(2);
    expect(findings.some((finding) => finding.events.some((event) => event.kind === 'REOPENED'))).toBe(true);
    expect(findings.some((finding) => finding.status === 'OPEN' && finding.deadline === null)).toBe(true);
  });

  it("tells the story: Datong's village split benefit money equally, and the re-check reopened it", () => {
    const story = findings.filter(
      (finding) =>
        finding.regionCode.startsWith(OVERSIGHT_STORY_COUNTY) &&
        finding.category === 'EQUAL_SPLITTING' &&
        beijingYear(inspectionOf.get(finding.inspectionId)!.periodStart) === 2025,
    );
    expect(story).toHaveLength(1);
    const [finding] = story as [FindingSeed];
    const inspection = inspectionOf.get(finding.inspectionId)!;
    expect(inspection.organiserRegionCode).toBe('630000');
    expect(inspection.targetRegionCodes).toContain(OVERSIGHT_STORY_COUNTY);
    expect(finding.events.map((event) => event.kind)).toEqual([
      'PLAN_SET',
      'PROGRESS',
      'REPORTED_FIXED',
      'RECHECK_FAILED',
    ]);
    expect(finding).toMatchObject({ status: 'RECTIFYING', reopenedCount: 1 });
    expect(finding.deadline?.toISOString()).toBe('2025-11-30T15:59:59.999Z'); // end of 30 November, Beijing
    expect(isRectificationOverdue(finding, asOf)).toBe(true);
    expect(finding.description).toMatch(/平均分配/);
  });

  it('gives nothing without regions', () => {
    expect(demoOversight([])).toMatchObject({ inspections: [], findings: [] });
  });
});
