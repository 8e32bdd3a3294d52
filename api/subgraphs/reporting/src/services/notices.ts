import { IncidentSeverity, ReportSection } from '@dibao/domain';
import { clearDeadline, notify, watchDeadline, type Audience } from '@dibao/server';
import { REPORT_REMIND_DAYS } from '../config.js';
import type { AnnualReportEntity, IncidentEntity, ReportingUnitEntity } from '../entities/index.js';

/*
 * Who hears of reporting's actions, each audience inside the entity's read rule (services/access.ts): filed
 * reports and incidents are read by anyone in scope, so the reviewers of the region a report is filed to, the
 * reporters of the filing region and the civil affairs bureaus at and above an incident's region all may read them.
 */

const reviewersOf = (report: Pick<AnnualReportEntity, 'parentCode'>): Audience => ({
  region: report.parentCode,
  reach: 'AT',
  anyOf: [{ agencies: ['CIVIL_AFFAIRS'], roles: ['REVIEWER'] }],
});

const reportersOf = (regionCode: string): Audience => ({
  region: regionCode,
  reach: 'AT',
  anyOf: [{ agencies: ['CIVIL_AFFAIRS'], roles: ['REPORTER'] }],
});

type ReportMove = 'SUBMIT' | 'ACCEPT' | 'RETURN' | 'REOPEN';

/** The notice of a move of an annual report: submitted to its reviewers, the rest back to its reporters. */
export function reportNotice(move: ReportMove, report: AnnualReportEntity) {
  const what = `${report.year} annual report of ${report.regionCode}`;
  const zhWhat = `${report.regionCode} 的 ${report.year} 年度报告`;
  const sections = report.returnedSections.map((section) => ReportSection[section]);
  const base = { regionCode: report.regionCode, entityType: 'AnnualReport', entityId: report.id };
  switch (move) {
    case 'SUBMIT':
      return notify({
        ...base,
        event: 'REPORT_SUBMITTED',
        audience: reviewersOf(report),
        summary: { en: `The ${what} was submitted for your review`, zh: `${zhWhat}已报送，待您审核` },
      });
    case 'RETURN':
      return notify({
        ...base,
        event: 'REPORT_RETURNED',
        audience: reportersOf(report.regionCode),
        summary: {
          en: `The ${what} was returned (${sections.map((label) => label.en).join(', ')}): ${report.returnedReason ?? ''}`,
          zh: `${zhWhat}被退回（${sections.map((label) => label.zh).join('、')}）：${report.returnedReason ?? ''}`,
        },
      });
    case 'ACCEPT':
      return notify({
        ...base,
        event: 'REPORT_ACCEPTED',
        audience: reportersOf(report.regionCode),
        summary: { en: `The ${what} was accepted`, zh: `${zhWhat}已审核通过` },
      });
    case 'REOPEN':
      return notify({
        ...base,
        event: 'REPORT_REOPENED',
        audience: reportersOf(report.regionCode),
        summary: {
          en: `The ${what} was reopened: ${report.returnedReason ?? ''}`,
          zh: `${zhWhat}被重新开放：${report.returnedReason ?? ''}`,
        },
      });
  }
}

/** A later deadline, told to the reporters of the region it was granted to. */
export function deadlineExceptionNotice(exception: { regionCode: string; year: number; until: Date }) {
  const until = exception.until.toISOString();
  return notify({
    event: 'DEADLINE_EXCEPTION_GRANTED',
    regionCode: exception.regionCode,
    entityType: 'DeadlineException',
    entityId: `${exception.regionCode}:${exception.year}`,
    audience: reportersOf(exception.regionCode),
    summary: {
      en: `The deadline of the ${exception.year} annual report of ${exception.regionCode} is extended to ${until}`,
      zh: `${exception.regionCode} 的 ${exception.year} 年度报告截止时间延至 ${until}`,
    },
  });
}

/** An incident, told at once to the civil affairs bureaus of its region and every region above, the province included. */
export function incidentNotice(incident: IncidentEntity) {
  const severity = IncidentSeverity[incident.severity];
  return notify({
    event: 'INCIDENT_REPORTED',
    regionCode: incident.regionCode,
    entityType: 'Incident',
    entityId: incident.id,
    audience: { region: incident.regionCode, reach: 'AT_OR_ABOVE', anyOf: [{ agencies: ['CIVIL_AFFAIRS'] }] },
    summary: {
      en: `An incident (${severity.en.toLowerCase()}) was reported in ${incident.regionCode}: ${incident.title}`,
      zh: `${incident.regionCode} 报告了${severity.zh}事项：${incident.title}`,
    },
  });
}

/** The watched deadline of one region's report for one year: named by region and year, since no report may exist. */
const reportDeadlineTarget = (regionCode: string, year: number) => ({
  kind: 'REPORT' as const,
  regionCode,
  entityType: 'ReportDeadline',
  entityId: `${regionCode}:${year}`,
});

/**
 * A filing deadline stamped or moved, for the notifications' job queue: the reporters of the filing region (who
 * read their own region's report, draft or filed) are reminded before it and told when it passes unsubmitted.
 */
export function reportDeadlineWatch(
  unit: Pick<ReportingUnitEntity, 'regionCode' | 'parentCode'>,
  year: number,
  dueAt: Date,
) {
  return watchDeadline({
    ...reportDeadlineTarget(unit.regionCode, year),
    dueAt,
    remindDays: REPORT_REMIND_DAYS,
    audience: reportersOf(unit.regionCode),
    summary: {
      en: `The ${year} annual report of ${unit.regionCode} is to be submitted to ${unit.parentCode}`,
      zh: `${unit.regionCode} 的 ${year} 年度报告须报送 ${unit.parentCode}`,
    },
  });
}

/** The filing deadline met (first submission, or a waiver): its watch ends. */
export function reportDeadlineMet(regionCode: string, year: number) {
  return clearDeadline(reportDeadlineTarget(regionCode, year));
}
