import {
  regionLevelOf,
  reportSectionValues,
  SECTION_KEYS,
  type AnnualReportContent,
  type ProblemCount,
} from '@dibao/domain';
import { describe, expect, it } from 'vitest';

import {
  demoReporting,
  demoReportingUnits,
  incidentCountyCode,
  incidentYear,
  isLateSubmission,
  loadRegions,
  reportDeadline,
  type AnnualReportSeed,
} from '../src/index.js';

const regions = loadRegions();
const regionsByCode = new Map(regions.map((region) => [region.code, region]));
const data = demoReporting(regions);
const { units, reports, waivers, incidents, discrepancies } = data;
const counties = units.filter((unit) => unit.level === 'COUNTY');
const prefectures = units.filter((unit) => unit.level === 'PREFECTURE');
const reportOf = (regionCode: string, year: number) =>
  reports.find((report) => report.regionCode === regionCode && report.year === year);
const countyCodesOf = (prefectureCode: string) =>
  counties.filter((county) => county.parentCode === prefectureCode).map((county) => county.regionCode);
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

function sectionsOf(content: AnnualReportContent): string[] {
  return reportSectionValues.filter((section) => content[SECTION_KEYS[section]] != null);
}

describe('demoReporting', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(demoReporting(regions)).toEqual(data);
    expect(demoReporting(regions, { seed: 2014, years: [2025, 2021, 2022, 2023, 2024] })).toEqual(data);
    const other = demoReporting(regions, { seed: 7 });
    expect(other.units).toEqual(units);
    expect(other.reports.map((report) => report.id)).not.toEqual(reports.map((report) => report.id));
  });

  it('has every real prefecture report to the province and every county to its prefecture', () => {
    expect(demoReportingUnits(regions)).toEqual(units);
    expect(prefectures).toHaveLength(8);
    expect(counties).toHaveLength(45);
    for (const unit of units) {
      const region = regionsByCode.get(unit.regionCode);
      expect(region?.level, unit.regionCode).toBe(unit.level);
      expect(unit.parentCode).toBe(region?.parentCode);
    }
  });

  it('files at most one report per region and year, only for reporting units, for 2021–2025', () => {
    const keys = reports.map((report) => `${report.regionCode}:${report.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    const unitLevels = new Map(units.map((unit) => [unit.regionCode, unit.level]));
    for (const report of reports) {
      expect(unitLevels.get(report.regionCode), report.regionCode).toBe(report.level);
      expect(report.year).toBeGreaterThanOrEqual(2021);
      expect(report.year).toBeLessThanOrEqual(2025);
      expect(report.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(reports.map((report) => report.id)).size).toBe(reports.length);
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      for (const prefecture of prefectures) expect(reportOf(prefecture.regionCode, year)).toBeDefined();
      // About 3% of 45 county reports are missing in a year: one or two, never many.
      const filed = counties.filter((county) => reportOf(county.regionCode, year) !== undefined).length;
      expect(filed, String(year)).toBeGreaterThanOrEqual(42);
    }
  });

  it('has complete content except in drafts, which lack one or two sections and were never submitted', () => {
    for (const report of reports) {
      const sections = sectionsOf(report.content);
      if (report.status === 'DRAFT') {
        expect(sections.length).toBeGreaterThanOrEqual(3);
        expect(sections.length).toBeLessThanOrEqual(4);
        expect(report).toMatchObject({ firstSubmittedAt: null, lastSubmittedAt: null, acceptedAt: null, late: false });
      } else {
        expect(sections, report.id).toHaveLength(5);
      }
    }
  });

  it('keeps the timeline of each report consistent with its status', () => {
    for (const report of reports) {
      if (report.firstSubmittedAt !== null) {
        expect(report.createdAt.getTime()).toBeLessThan(report.firstSubmittedAt.getTime());
        expect(report.lastSubmittedAt!.getTime()).toBeGreaterThanOrEqual(report.firstSubmittedAt.getTime());
      }
      expect(report.acceptedAt !== null).toBe(report.status === 'ACCEPTED');
      if (report.acceptedAt !== null) {
        expect(report.acceptedAt.getTime()).toBeGreaterThan(report.lastSubmittedAt!.getTime());
      }
      if (report.status === 'RETURNED') {
        expect(report.returnedReason).toMatch(/\p{Script=Han}/u);
        expect(report.returnedSections.length).toBeGreaterThan(0);
      } else {
        expect(report.returnedReason).toBeNull();
        expect(report.returnedSections).toEqual([]);
      }
    }
  });

  it('accepts nearly everything in past years and shows a review in progress in 2025', () => {
    const countyReports = reports.filter((report) => report.level === 'COUNTY');
    for (const report of countyReports.filter((r) => r.year < 2025)) expect(report.status).toBe('ACCEPTED');
    const latest = countyReports.filter((report) => report.year === 2025);
    const count = (status: string) => latest.filter((report) => report.status === status).length;
    expect(count('ACCEPTED')).toBeGreaterThan(latest.length / 2);
    for (const status of ['SUBMITTED', 'RETURNED', 'DRAFT']) expect(count(status), status).toBeGreaterThan(0);
    const pastPrefectures = reports.filter((report) => report.level === 'PREFECTURE' && report.year < 2025);
    expect(pastPrefectures.filter((report) => report.status === 'ACCEPTED').length).toBeGreaterThanOrEqual(28);
    // One prefecture has finished its review of 2025: the whole chain is visible in the open year too.
    expect(reports.some((r) => r.level === 'PREFECTURE' && r.year === 2025 && r.status === 'ACCEPTED')).toBe(true);
  });

  it('sets the late flag from the deadlines: 15 December for counties, 31 December for prefectures', () => {
    expect(reportDeadline('COUNTY', 2024).toISOString()).toBe('2024-12-15T15:59:59.999Z');
    expect(reportDeadline('PREFECTURE', 2024).toISOString()).toBe('2024-12-31T15:59:59.999Z');
    for (const report of reports) {
      expect(report.late, report.id).toBe(isLateSubmission(report.level, report.year, report.firstSubmittedAt));
      if (report.level === 'COUNTY' && report.firstSubmittedAt !== null) {
        const deadline = reportDeadline('COUNTY', report.year).getTime();
        const offset = report.firstSubmittedAt.getTime() - deadline;
        // On time: in the two weeks before the deadline; late: 1–40 days after it.
        if (report.late) expect(offset).toBeLessThanOrEqual(40 * DAY_MS);
        else expect(offset).toBeGreaterThan(-15 * DAY_MS);
      }
    }
    const submittedCounties = reports.filter((r) => r.level === 'COUNTY' && r.firstSubmittedAt !== null);
    const lateShare = submittedCounties.filter((report) => report.late).length / submittedCounties.length;
    expect(lateShare).toBeGreaterThan(0.03);
    expect(lateShare).toBeLessThan(0.15);
  });

  it('keeps every report internally consistent', () => {
    for (const { id, content } of reports) {
      const { policy, management, funds, supervision, emergencies } = content;
      if (policy) {
        expect(policy.urbanPersons, id).toBeGreaterThanOrEqual(policy.urbanHouseholds);
        expect(policy.ruralPersons, id).toBeGreaterThanOrEqual(policy.ruralHouseholds);
        expect(policy.approvals, id).toBeLessThan(policy.applications);
        expect(policy.approvals + policy.rejections, id).toBeLessThanOrEqual(policy.applications);
      }
      if (management) {
        expect(management.averageReviewDays).toBeGreaterThanOrEqual(5);
        expect(management.averageReviewDays).toBeLessThanOrEqual(25);
        expect(Number.isInteger(management.averageReviewDays * 10)).toBe(true);
      }
      if (funds) {
        const raised =
          funds.raisedCentralFen + funds.raisedProvincialFen + funds.raisedPrefectureFen + funds.raisedCountyFen;
        expect(funds.disbursedFen, id).toBeLessThanOrEqual(raised + funds.carryOverFen);
        expect(funds.balanceFen, id).toBe(raised + funds.carryOverFen - funds.disbursedFen);
        expect(funds.paidViaBankFen, id).toBeLessThanOrEqual(funds.disbursedFen);
        expect(funds.paidViaBankFen / funds.disbursedFen, id).toBeGreaterThan(0.9);
        expect(funds.raisedCentralFen / raised).toBeGreaterThan(0.69);
        expect(funds.raisedCentralFen / raised).toBeLessThan(0.81);
        for (const value of Object.values(funds))
          if (typeof value === 'number') expect(Number.isInteger(value)).toBe(true);
      }
      if (supervision) {
        const found = supervision.problemsFound.reduce((sum, problem) => sum + problem.count, 0);
        expect(supervision.problemsRectified, id).toBeLessThanOrEqual(found);
        expect(supervision.complaintsClosed, id).toBeLessThanOrEqual(supervision.complaintsReceived);
      }
      if (emergencies) expect(emergencies.handled).toBe(emergencies.incidentIds.length);
    }
  });

  it('gives counties rising standards in the Qinghai range and plausible recipient numbers', () => {
    for (const county of counties) {
      const standards = reports
        .filter((report) => report.regionCode === county.regionCode && report.content.policy)
        .map((report) => report.content.policy!);
      for (const policy of standards) {
        expect(policy.urbanStandardFen).toBeGreaterThanOrEqual(62000);
        expect(policy.urbanStandardFen).toBeLessThanOrEqual(82000);
        expect(policy.ruralStandardFen).toBeGreaterThanOrEqual(42000);
        expect(policy.ruralStandardFen).toBeLessThanOrEqual(56000);
        expect(policy.ruralPersons).toBeLessThanOrEqual(22000);
      }
      for (let i = 1; i < standards.length; i++) {
        expect(standards[i]!.urbanStandardFen).toBeGreaterThan(standards[i - 1]!.urbanStandardFen);
        expect(standards[i]!.ruralStandardFen).toBeGreaterThan(standards[i - 1]!.ruralStandardFen);
      }
    }
    // The agricultural east has far more rural recipients than the pastoral west.
    const datong = reportOf('630121', 2024)!.content.policy!;
    const maduo = reportOf('632626', 2023)?.content.policy ?? reportOf('632626', 2025)!.content.policy!;
    expect(datong.ruralPersons).toBeGreaterThan(5 * maduo.ruralPersons);
    // Xining's central districts are urban-heavy.
    const chengdong = reportOf('630102', 2024)!.content.policy!;
    expect(chengdong.urbanPersons).toBeGreaterThan(chengdong.ruralPersons);
  });

  it('accepts a prefecture report only when every county report is accepted or waived', () => {
    const waived = new Set(waivers.map((waiver) => `${waiver.regionCode}:${waiver.year}`));
    for (const report of reports.filter((r) => r.level === 'PREFECTURE' && r.status === 'ACCEPTED')) {
      for (const countyCode of countyCodesOf(report.regionCode)) {
        const county = reportOf(countyCode, report.year);
        if (county === undefined) {
          expect(waived.has(`${countyCode}:${report.year}`), `${countyCode} ${report.year}`).toBe(true);
        } else {
          expect(county.status).toBe('ACCEPTED');
          expect(county.acceptedAt!.getTime()).toBeLessThan(report.acceptedAt!.getTime());
        }
      }
    }
    expect(waivers.length).toBeGreaterThan(0);
    for (const waiver of waivers) {
      expect(reportOf(waiver.regionCode, waiver.year), 'a waiver is for a missing report').toBeUndefined();
      expect(reportOf(`${waiver.regionCode.slice(0, 4)}00`, waiver.year)?.status).toBe('ACCEPTED');
      expect(waiver.reason).toMatch(/\p{Script=Han}{10}/u);
    }
  });

  it('sums county reports into prefecture reports, except for the listed discrepancies', () => {
    expect(discrepancies.length).toBeGreaterThanOrEqual(2);
    expect(discrepancies.length).toBeLessThanOrEqual(4);
    const listed = new Map(discrepancies.map((d) => [`${d.regionCode}:${d.year}`, d.figures]));
    for (const report of reports.filter((r) => r.level === 'PREFECTURE')) {
      const submitted = countyCodesOf(report.regionCode)
        .map((code) => reportOf(code, report.year))
        .filter((county): county is AnnualReportSeed => county !== undefined && county.status !== 'DRAFT');
      const differences = compareWithCountySums(report, submitted);
      const expected = listed.get(`${report.regionCode}:${report.year}`) ?? [];
      expect(differences.map((d) => d.figure).sort(), `${report.regionCode} ${report.year}`).toEqual(expected);
      for (const { figure, relative } of differences) {
        expect(relative, figure).toBeGreaterThanOrEqual(0.03);
        expect(relative, figure).toBeLessThanOrEqual(0.08);
      }
    }
  });

  it('has 10–15 incidents reported within 72 hours, mostly within 24, with chronological updates', () => {
    expect(incidents.length).toBeGreaterThanOrEqual(10);
    expect(incidents.length).toBeLessThanOrEqual(15);
    expect(new Set(incidents.map((incident) => incidentYear(incident))).size).toBeGreaterThanOrEqual(4);
    expect(new Set(incidents.map((incident) => incident.category)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(incidents.map((incident) => incident.severity)).size).toBeGreaterThanOrEqual(2);
    let within24 = 0;
    for (const incident of incidents) {
      const delay = incident.reportedAt.getTime() - incident.occurredAt.getTime();
      expect(delay, incident.title).toBeGreaterThanOrEqual(HOUR_MS);
      expect(delay, incident.title).toBeLessThanOrEqual(72 * HOUR_MS);
      if (delay <= 24 * HOUR_MS) within24++;
      expect(['COUNTY', 'TOWNSHIP']).toContain(regionsByCode.get(incident.regionCode)?.level);
      const county = incidentCountyCode(incident);
      expect([county, `${county.slice(0, 4)}00`]).toContain(incident.reportedByRegionCode);
      let previous = incident.reportedAt.getTime();
      for (const update of incident.updates) {
        expect(update.at.getTime()).toBeGreaterThan(previous);
        previous = update.at.getTime();
      }
      expect(incident.updates.at(-1)?.status ?? 'REPORTED').toBe(incident.status);
      for (const text of [
        incident.title,
        incident.description,
        incident.causeAnalysis,
        incident.rectificationMeasures,
      ]) {
        expect(text).toMatch(/\p{Script=Han}{6}/u);
      }
      if (incidentYear(incident) <= 2023) expect(incident.status).toBe('CLOSED');
    }
    expect(within24).toBeGreaterThan(incidents.length / 2);
  });

  it("includes the story's fire in a Datong township, reported within hours", () => {
    const fire = incidents.find(
      (incident) => incident.regionCode.startsWith('630121') && incident.title.includes('火灾'),
    );
    expect(fire).toBeDefined();
    expect(regionLevelOf(fire!.regionCode)).toBe('TOWNSHIP');
    expect(fire!.reportedAt.getTime() - fire!.occurredAt.getTime()).toBeLessThanOrEqual(6 * HOUR_MS);
    expect(fire!.reportedByRegionCode).toBe('630121');
  });

  it("lists in each county report exactly that county's incidents of the year, and prefectures theirs", () => {
    const byId = new Map(incidents.map((incident) => [incident.id, incident]));
    for (const report of reports) {
      const listed = report.content.emergencies?.incidentIds;
      if (listed === undefined) continue;
      for (const incidentId of listed) {
        const incident = byId.get(incidentId);
        expect(incident, incidentId).toBeDefined();
        expect(incidentYear(incident!)).toBe(report.year);
        if (report.level === 'COUNTY') expect(incidentCountyCode(incident!)).toBe(report.regionCode);
        else expect(incidentCountyCode(incident!).slice(0, 4)).toBe(report.regionCode.slice(0, 4));
      }
      if (report.level === 'COUNTY') {
        const expected = incidents
          .filter((i) => incidentCountyCode(i) === report.regionCode && incidentYear(i) === report.year)
          .map((i) => i.id);
        expect(listed).toEqual(expected);
      }
    }
    // Every incident is covered by the report of the county where it happened.
    for (const incident of incidents) {
      const report = reportOf(incidentCountyCode(incident), incidentYear(incident));
      expect(report, incident.title).toBeDefined();
    }
  });

  it('writes no ID numbers, phone numbers or personal forms of address into any text', () => {
    const texts = [
      ...reports.flatMap((report) => [
        report.returnedReason ?? '',
        ...Object.values(report.content).map((section: { narrative?: string } | null) => section?.narrative ?? ''),
      ]),
      ...waivers.map((waiver) => waiver.reason),
      ...incidents.flatMap((i) => [i.title, i.description, i.causeAnalysis, i.rectificationMeasures]),
      ...incidents.flatMap((incident) => incident.updates.map((update) => update.note)),
    ];
    const personal = texts.filter(
      (text) => /\d{17}[\dX]/.test(text) || /(?<!\d)1[3-9]\d{9}(?!\d)/.test(text) || /[某][先女]生|同志/u.test(text),
    );
    expect(personal).toEqual([]);
  });
});

interface Difference {
  figure: string;
  relative: number;
}

/**
 * Recomputes a prefecture's figures from its counties' submitted reports, independently of the generator:
 * sums for counts and fen, recipient-weighted standards rounded to the fen, approval-weighted review days.
 */
function compareWithCountySums(prefecture: AnnualReportSeed, countyReports: AnnualReportSeed[]): Difference[] {
  const differences: Difference[] = [];
  const compare = (figure: string, actual: number, expected: number) => {
    if (actual !== expected) differences.push({ figure, relative: Math.abs(actual - expected) / Math.abs(expected) });
  };
  const sum = (value: (content: AnnualReportContent) => number) =>
    countyReports.reduce((total, county) => total + value(county.content), 0);
  const weighted = (value: (c: AnnualReportContent) => number, weight: (c: AnnualReportContent) => number) =>
    sum((c) => value(c) * weight(c)) / sum(weight);
  const { policy, management, funds, emergencies, supervision } = prefecture.content;

  if (policy) {
    for (const key of [
      'urbanHouseholds',
      'urbanPersons',
      'ruralHouseholds',
      'ruralPersons',
      'applications',
      'approvals',
      'rejections',
      'exits',
    ] as const) {
      compare(
        `policy.${key}`,
        policy[key],
        sum((c) => c.policy![key]),
      );
    }
    const urban = Math.round(
      weighted(
        (c) => c.policy!.urbanStandardFen,
        (c) => c.policy!.urbanPersons,
      ),
    );
    const rural = Math.round(
      weighted(
        (c) => c.policy!.ruralStandardFen,
        (c) => c.policy!.ruralPersons,
      ),
    );
    compare('policy.urbanStandardFen', policy.urbanStandardFen, urban);
    compare('policy.ruralStandardFen', policy.ruralStandardFen, rural);
  }
  if (management) {
    for (const key of ['householdVisits', 'dynamicReviews', 'staff'] as const) {
      compare(
        `management.${key}`,
        management[key],
        sum((c) => c.management![key]),
      );
    }
    const days = weighted(
      (c) => c.management!.averageReviewDays,
      (c) => c.policy!.approvals,
    );
    compare('management.averageReviewDays', management.averageReviewDays, Math.round(days * 10) / 10);
  }
  if (funds) {
    for (const key of [
      'raisedCentralFen',
      'raisedProvincialFen',
      'raisedPrefectureFen',
      'raisedCountyFen',
      'carryOverFen',
      'disbursedFen',
      'balanceFen',
      'paidViaBankFen',
    ] as const) {
      compare(
        `funds.${key}`,
        funds[key],
        sum((c) => c.funds![key]),
      );
    }
  }
  if (emergencies) {
    compare(
      'emergencies.handled',
      emergencies.handled,
      sum((c) => c.emergencies!.handled),
    );
    expect(new Set(emergencies.incidentIds)).toEqual(
      new Set(countyReports.flatMap((c) => c.content.emergencies!.incidentIds)),
    );
  }
  if (supervision) {
    for (const key of [
      'inspections',
      'problemsRectified',
      'complaintsReceived',
      'complaintsClosed',
      'peopleHeldAccountable',
    ] as const) {
      compare(
        `supervision.${key}`,
        supervision[key],
        sum((c) => c.supervision![key]),
      );
    }
    const found = (problems: ProblemCount[], category: string) =>
      problems.find((problem) => problem.category === category)?.count ?? 0;
    for (const { category } of supervision.problemsFound) {
      compare(
        `supervision.problemsFound.${category}`,
        found(supervision.problemsFound, category),
        sum((c) => found(c.supervision!.problemsFound, category)),
      );
    }
    expect(supervision.problemsFound.reduce((total, p) => total + p.count, 0)).toBe(
      sum((c) => c.supervision!.problemsFound.reduce((total, p) => total + p.count, 0)),
    );
  }
  return differences;
}
