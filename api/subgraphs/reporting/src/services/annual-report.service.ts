import { isDeepStrictEqual } from 'node:util';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  isWithinRegion,
  reportSectionValues,
  SECTION_KEYS,
  type AnnualReportContent,
  type ReportSection,
} from '@dibao/domain';
import type { Principal } from '@dibao/auth';
import { actorOf, auditedWrite, badInput, changeAudited, conflict, hubError, uniqueOrConflict } from '@dibao/server';
import { rulesInForce } from '@dibao/db';
import { deadlineOf, reportYearRulesDay } from '../config.js';
import {
  AnnualReportEntity,
  AnnualReportVersionEntity,
  DeadlineExceptionEntity,
  ReportingUnitEntity,
  ReportWaiverEntity,
  SubmissionRequestEntity,
} from '../entities/index.js';
import type { AnnualReportContentType } from '../schema/report-content.js';
import type { ReturnAnnualReportInput, SaveAnnualReportDraftInput } from '../schema/inputs.js';
import { requireReporterOf, requireReviewerOf } from './access.js';

import { lockReport, workflowState } from './report-store.js';
import { deadlineExceptionNotice, reportNotice } from './notices.js';
import { meetReportDeadline, stampReportDeadline } from './report-deadlines.js';
import { blockingIssues, validateContent } from './validation.js';

export interface ReportingDeps {
  dataSource: DataSource;
  /** The clock, replaceable in tests of deadlines. */
  now?: () => Date;
}

const nowOf = (deps: ReportingDeps) => (deps.now ?? (() => new Date()))();

/** Plain JSON of the sections given in the input (type-graphql hands us class instances). */
function sectionsGiven(content: AnnualReportContentType): AnnualReportContent {
  const plain = JSON.parse(JSON.stringify(content)) as AnnualReportContent;
  return Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== null && value !== undefined));
}

function shanghaiYear(at: Date): number {
  return new Date(at.getTime() + 8 * 3600_000).getUTCFullYear();
}

/** Creates the report of (region, year) or saves a new version of its draft. */
export async function saveAnnualReportDraft(
  deps: ReportingDeps,
  principal: Principal,
  input: SaveAnnualReportDraftInput,
) {
  requireReporterOf(principal, input.regionCode);
  const now = nowOf(deps);
  if (input.year > shanghaiYear(now)) {
    throw badInput(`Cannot report on ${input.year}: it has not begun`, `不能填报尚未开始的年度 ${input.year}`);
  }
  const given = sectionsGiven(input.content);
  if (Object.keys(given).length === 0) {
    throw badInput('Give at least one section to save', '请至少提供一个报告部分');
  }
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const unit = await manager.findOneBy(ReportingUnitEntity, { regionCode: input.regionCode });
    if (!unit) {
      throw badInput(
        `Region ${input.regionCode} does not file annual reports`,
        `地区 ${input.regionCode} 不需报送年度报告`,
      );
    }
    const existing = await manager.findOne(AnnualReportEntity, {
      where: { regionCode: input.regionCode, year: input.year },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing && existing.status !== 'DRAFT' && existing.status !== 'RETURNED') {
      throw conflict(
        `The ${input.year} report is ${existing.status} and cannot be edited; the reviewer must return it first`,
        `${input.year} 年度报告状态为 ${existing.status}，不能修改；须由审核人员退回后再改`,
      );
    }
    if (
      existing &&
      existing.returnedSections.length > 0 &&
      existing.returnedSections.length < reportSectionValues.length
    ) {
      const locked = reportSectionValues.filter((section) => !existing.returnedSections.includes(section));
      const touched = locked.filter((section) => {
        const key = SECTION_KEYS[section];
        return key in given && !isDeepStrictEqual(given[key], existing.content[key]);
      });
      if (touched.length > 0) {
        throw conflict(
          `Only the returned sections (${existing.returnedSections.join(', ')}) may change; not ${touched.join(', ')}`,
          `只能修改被退回的部分（${existing.returnedSections.join('、')}），不能修改 ${touched.join('、')}`,
        );
      }
    }
    const before = existing ? { ...workflowState(existing), content: existing.content } : null;
    const report =
      existing ??
      manager.create(AnnualReportEntity, {
        regionCode: unit.regionCode,
        level: unit.level,
        parentCode: unit.parentCode,
        year: input.year,
        currentVersion: 0,
        content: {},
        late: false,
        firstSubmittedAt: null,
        lastSubmittedAt: null,
        acceptedAt: null,
        returnedReason: null,
        returnedSections: [],
      });
    report.content = { ...report.content, ...given };
    report.currentVersion += 1;
    report.status = 'DRAFT';
    const saved = await uniqueOrConflict(
      () => manager.save(AnnualReportEntity, report),
      `A report for ${input.regionCode} ${input.year} was created at the same moment; reload and try again`,
      `${input.regionCode} ${input.year} 年度报告刚被同时创建，请刷新后重试`,
    );
    await manager.insert(AnnualReportVersionEntity, {
      reportId: saved.id,
      version: saved.currentVersion,
      content: saved.content,
      status: saved.status,
      savedAt: now,
      savedBy: actorOf(principal),
    });
    await audit({
      entityType: 'AnnualReport',
      entityId: saved.id,
      action: existing ? 'SAVE_DRAFT' : 'CREATE',
      before,
      after: { ...workflowState(saved), content: saved.content },
    });
    return saved;
  });
}

/**
 * Files a draft. Idempotent for the client's request id: a retry returns the report as it is and files
 * nothing twice. Hard validation errors refuse the submission; after the deadline it is filed but marked late.
 */
export async function submitAnnualReport(deps: ReportingDeps, principal: Principal, id: string, requestId: string) {
  if (requestId.length < 8 || requestId.length > 200) {
    throw badInput('requestId must have 8 to 200 characters', 'requestId 长度须为 8 至 200 个字符');
  }
  return auditedWrite(deps.dataSource, principal, async (tx) => {
    const { manager, audit, raise } = tx;
    const report = await lockReport(manager, principal, id);
    requireReporterOf(principal, report.regionCode);
    const earlier = await manager.findOneBy(SubmissionRequestEntity, { requestId });
    if (earlier) {
      if (earlier.reportId !== id) {
        throw conflict('This requestId was already used for another report', '此 requestId 已用于另一份报告');
      }
      return report;
    }
    if (report.status !== 'DRAFT') {
      throw conflict(
        `Only a DRAFT can be submitted; this report is ${report.status}`,
        `只有草稿可以报送，此报告状态为 ${report.status}`,
      );
    }
    const errors = blockingIssues(validateContent(report.content));
    if (errors.length > 0) {
      throw hubError(
        'BAD_USER_INPUT',
        {
          en: `The report cannot be submitted: ${errors.map((item) => item.message.en).join('; ')}`,
          zh: `报告不能报送：${errors.map((item) => item.message.zh).join('；')}`,
        },
        { validationIssues: errors },
      );
    }
    const before = workflowState(report);
    const now = nowOf(deps);
    if (!report.firstSubmittedAt) {
      // The first submission meets the filing deadline (a return and resubmission keeps it met).
      await meetReportDeadline(tx, report.regionCode, report.year, now);
      const exception = await manager.findOneBy(DeadlineExceptionEntity, {
        regionCode: report.regionCode,
        year: report.year,
      });
      // The deadline under the region's rules for the report year, read in this transaction.
      const rules = await rulesInForce(manager, report.regionCode, reportYearRulesDay(report.year));
      const deadline = exception?.until ?? deadlineOf(rules, report.level, report.year);
      report.late = now.getTime() > deadline.getTime();
      report.firstSubmittedAt = now;
    }
    report.lastSubmittedAt = now;
    report.status = 'SUBMITTED';
    report.returnedReason = null;
    report.returnedSections = [];
    const saved = await manager.save(AnnualReportEntity, report);
    await manager.insert(SubmissionRequestEntity, {
      requestId,
      reportId: id,
      version: saved.currentVersion,
      submittedAt: now,
    });
    await audit({
      entityType: 'AnnualReport',
      entityId: id,
      action: 'SUBMIT',
      before,
      after: { ...workflowState(saved), requestId },
    });
    raise(reportNotice('SUBMIT', saved));
    return saved;
  });
}

/** Counties of a prefecture that hold up its acceptance: neither accepted nor waived. */
async function unresolvedCounties(manager: EntityManager, prefecture: AnnualReportEntity) {
  const counties = await manager.findBy(ReportingUnitEntity, { parentCode: prefecture.regionCode, level: 'COUNTY' });
  const codes = counties.map((county) => county.regionCode);
  if (codes.length === 0) return [];
  const accepted = await manager.findBy(AnnualReportEntity, {
    regionCode: In(codes),
    year: prefecture.year,
    status: 'ACCEPTED',
  });
  const waived = await manager.findBy(ReportWaiverEntity, { regionCode: In(codes), year: prefecture.year });
  const resolved = new Set([
    ...accepted.map((report) => report.regionCode),
    ...waived.map((waiver) => waiver.regionCode),
  ]);
  return codes.filter((code) => !resolved.has(code)).sort();
}

/** Accepts a submitted report; a prefecture's only once each of its counties is accepted or waived. Locks it. */
export function acceptAnnualReport(deps: ReportingDeps, principal: Principal, id: string) {
  return reviewTransition(deps, principal, id, 'ACCEPT', async (report, manager) => {
    if (report.status !== 'SUBMITTED') {
      throw conflict(
        `Only a SUBMITTED report can be accepted; this one is ${report.status}`,
        `只有已报送的报告可以审核通过，此报告状态为 ${report.status}`,
      );
    }
    if (report.level === 'PREFECTURE') {
      const pending = await unresolvedCounties(manager, report);
      if (pending.length > 0) {
        throw hubError(
          'CONFLICT',
          {
            en: `Counties not yet accepted or waived: ${pending.join(', ')}`,
            zh: `以下县级报告尚未审核通过或免报：${pending.join('、')}`,
          },
          { pendingRegions: pending },
        );
      }
    }
    report.status = 'ACCEPTED';
    report.acceptedAt = nowOf(deps);
  });
}

/** Sends a submitted report back with a reason, for all sections or only those named. */
export function returnAnnualReport(deps: ReportingDeps, principal: Principal, input: ReturnAnnualReportInput) {
  return reviewTransition(deps, principal, input.id, 'RETURN', async (report) => {
    if (report.status !== 'SUBMITTED') {
      const hint = report.status === 'ACCEPTED';
      throw conflict(
        `Only a SUBMITTED report can be returned; this one is ${report.status}${hint ? ' (reopen it instead)' : ''}`,
        `只有已报送的报告可以退回，此报告状态为 ${report.status}${hint ? '（请改用重新开放）' : ''}`,
      );
    }
    const sections: ReportSection[] = input.sections?.length ? [...new Set(input.sections)] : [...reportSectionValues];
    report.status = 'RETURNED';
    report.returnedReason = input.reason.trim();
    report.returnedSections = reportSectionValues.filter((section) => sections.includes(section));
  });
}

/**
 * Unlocks an accepted report (an explicit, audited act): it goes back to the region as RETURNED. A county's
 * report stays locked while its prefecture's report for the year is accepted, as in DHIS2's approval levels.
 */
export function reopenAnnualReport(deps: ReportingDeps, principal: Principal, id: string, reason: string) {
  if (reason.trim().length < 2) throw badInput('Give a reason for reopening', '请说明重新开放的原因');
  return reviewTransition(deps, principal, id, 'REOPEN', async (report, manager) => {
    if (report.status !== 'ACCEPTED') {
      throw conflict(
        `Only an ACCEPTED report can be reopened; this one is ${report.status}`,
        `只有已审核通过的报告可以重新开放，此报告状态为 ${report.status}`,
      );
    }
    if (report.level === 'COUNTY') {
      const parent = await manager.findOneBy(AnnualReportEntity, { regionCode: report.parentCode, year: report.year });
      if (parent?.status === 'ACCEPTED') {
        throw conflict(
          `The ${report.year} report of ${report.parentCode} is accepted; it must be reopened first`,
          `${report.parentCode} 的 ${report.year} 年度报告已审核通过，须先将其重新开放`,
        );
      }
    }
    report.status = 'RETURNED';
    report.acceptedAt = null;
    report.returnedReason = reason.trim();
    report.returnedSections = [...reportSectionValues];
  });
}

/** Every reviewer action: lock the report, check the reviewer, let `change` check the state and apply the move. */
function reviewTransition(
  deps: ReportingDeps,
  principal: Principal,
  id: string,
  action: 'ACCEPT' | 'RETURN' | 'REOPEN',
  change: (report: AnnualReportEntity, manager: EntityManager) => Promise<void>,
) {
  return changeAudited(deps.dataSource, principal, {
    entityType: 'AnnualReport',
    action,
    async lock(manager) {
      const report = await lockReport(manager, principal, id);
      requireReviewerOf(principal, report);
      return report;
    },
    state: workflowState,
    apply: (report, { manager }) => change(report, manager),
    raises: (report) => [reportNotice(action, report)],
  });
}

async function requireUnit(manager: EntityManager, regionCode: string) {
  const unit = await manager.findOneBy(ReportingUnitEntity, { regionCode });
  if (!unit) throw badInput(`Region ${regionCode} does not file annual reports`, `地区 ${regionCode} 不需报送年度报告`);
  return unit;
}

/**
 * Records that a county's missing report will not hold up its prefecture's acceptance. Reviewers of the
 * prefecture or the province may do so.
 */
export async function waiveAnnualReport(
  deps: ReportingDeps,
  principal: Principal,
  regionCode: string,
  year: number,
  reason: string,
) {
  if (reason.trim().length < 2) throw badInput('Give a reason for the waiver', '请说明免报原因');
  return auditedWrite(deps.dataSource, principal, async (tx) => {
    const { manager, audit } = tx;
    const unit = await requireUnit(manager, regionCode);
    const reviewsAbove =
      principal.agency === 'CIVIL_AFFAIRS' &&
      principal.roles.some((role) => role === 'REVIEWER' || role === 'ADMIN') &&
      principal.region !== regionCode &&
      isWithinRegion(regionCode, principal.region);
    if (unit.level !== 'COUNTY') throw badInput('Only county reports can be waived', '只有县级报告可以免报');
    if (!reviewsAbove) {
      throw hubError('FORBIDDEN', {
        en: `Only a REVIEWER of a civil affairs bureau above ${regionCode} may waive its report`,
        zh: `只有 ${regionCode} 上级民政部门的审核人员可以批准免报`,
      });
    }
    const report = await manager.findOneBy(AnnualReportEntity, { regionCode, year });
    if (report?.status === 'ACCEPTED') {
      throw conflict(
        `The ${year} report of ${regionCode} is already accepted`,
        `${regionCode} 的 ${year} 年度报告已审核通过`,
      );
    }
    const waiver = manager.create(ReportWaiverEntity, {
      regionCode,
      year,
      reason: reason.trim(),
      grantedBy: actorOf(principal),
      grantedAt: nowOf(deps),
    });
    await uniqueOrConflict(
      () => manager.insert(ReportWaiverEntity, waiver),
      `The ${year} report of ${regionCode} is already waived`,
      `${regionCode} 的 ${year} 年度报告已免报`,
    );
    await audit({
      entityType: 'ReportWaiver',
      entityId: `${regionCode}:${year}`,
      action: 'WAIVE',
      after: waiver,
    });
    // A waived report is no longer expected: nobody is reminded of it or told it is overdue.
    await meetReportDeadline(tx, regionCode, year, waiver.grantedAt);
    return waiver;
  });
}

/** Gives one region a later deadline; a report already filed before it is no longer counted late. */
export async function grantDeadlineException(
  deps: ReportingDeps,
  principal: Principal,
  regionCode: string,
  year: number,
  until: Date,
  reason: string,
) {
  if (reason.trim().length < 2) throw badInput('Give a reason for the exception', '请说明延期原因');
  return auditedWrite(deps.dataSource, principal, async (tx) => {
    const { manager, audit, raise } = tx;
    const unit = await requireUnit(manager, regionCode);
    requireReviewerOf(principal, unit);
    const rules = await rulesInForce(manager, regionCode, reportYearRulesDay(year));
    const regular = deadlineOf(rules, unit.level, year);
    if (until.getTime() <= regular.getTime()) {
      throw badInput(
        `The new deadline must be after the regular one (${regular.toISOString()})`,
        `延期后的截止时间须晚于原截止时间（${regular.toISOString()}）`,
      );
    }
    const before = await manager.findOneBy(DeadlineExceptionEntity, { regionCode, year });
    const exception = manager.create(DeadlineExceptionEntity, {
      regionCode,
      year,
      until,
      reason: reason.trim(),
      grantedBy: actorOf(principal),
      grantedAt: nowOf(deps),
    });
    await manager.save(DeadlineExceptionEntity, exception);
    const report = await manager.findOne(AnnualReportEntity, {
      where: { regionCode, year },
      lock: { mode: 'pessimistic_write' },
    });
    if (report?.late && report.firstSubmittedAt && report.firstSubmittedAt.getTime() <= until.getTime()) {
      report.late = false;
      await manager.save(AnnualReportEntity, report);
    }
    await audit({
      entityType: 'DeadlineException',
      entityId: `${regionCode}:${year}`,
      action: before ? 'UPDATE' : 'GRANT',
      before,
      after: exception,
    });
    raise(deadlineExceptionNotice(exception));
    // The watched deadline moves with it (stamped now if it was not yet, e.g. another year than the open one).
    await stampReportDeadline(tx, unit, year, until, exception.grantedAt);
    return exception;
  });
}
