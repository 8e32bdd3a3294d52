import { In, IsNull, Not, type DataSource } from 'typeorm';
import { rulesInForceMany, uncountedStatements } from '@dibao/db';
import { auditedWrite, systemActor, type AuditedTransaction } from '@dibao/server';
import { DEADLINE_SWEEP, deadlineOf, openReportYear, reportYearRulesDay } from '../config.js';
import {
  AnnualReportEntity,
  DeadlineExceptionEntity,
  ReportDeadlineEntity,
  ReportingUnitEntity,
  ReportWaiverEntity,
} from '../entities/index.js';
import { reportDeadlineMet, reportDeadlineWatch } from './notices.js';

/*
 * Filing deadlines for the notifications' job queue. A report's deadline exists before its report does: every
 * region obliged to file has one for the open report year, under the rules in force for that year (or a deadline
 * exception). Reporting stamps it on its own record (`report_deadline`) with a `deadline` event in the same
 * transaction, stamps it again only when it moved, and ends it when it is met (first submission or waiver).
 * Nothing is stamped twice: a re-run, a restart or several processes sweeping at once (they serialise on a
 * transaction lock) compare with the record and find nothing to do.
 */

type Unit = Pick<ReportingUnitEntity, 'regionCode' | 'parentCode'>;

/**
 * Stamps (or moves) the deadline of `unit`'s report for `year` unless it is already stamped at `dueAt` and open.
 * Nothing for a report already submitted or waived. True when it stamped.
 */
export async function stampReportDeadline(
  tx: AuditedTransaction,
  unit: Unit,
  year: number,
  dueAt: Date,
  now: Date,
): Promise<boolean> {
  const { manager } = tx;
  const filed = await manager.exists(AnnualReportEntity, {
    where: { regionCode: unit.regionCode, year, firstSubmittedAt: Not(IsNull()) },
  });
  if (filed || (await manager.existsBy(ReportWaiverEntity, { regionCode: unit.regionCode, year }))) return false;
  const before = await manager.findOne(ReportDeadlineEntity, {
    where: { regionCode: unit.regionCode, year },
    lock: { mode: 'pessimistic_write' },
  });
  return stampUnlessCurrent(tx, unit, year, dueAt, now, before);
}

async function stampUnlessCurrent(
  tx: AuditedTransaction,
  unit: Unit,
  year: number,
  dueAt: Date,
  now: Date,
  before: ReportDeadlineEntity | null,
): Promise<boolean> {
  if (before && before.metAt === null && before.dueAt.getTime() === dueAt.getTime()) return false;
  const after = { regionCode: unit.regionCode, year, dueAt, stampedAt: now, metAt: null };
  await tx.manager.save(ReportDeadlineEntity, after);
  await tx.audit({
    entityType: 'ReportDeadline',
    entityId: `${unit.regionCode}:${year}`,
    action: before ? 'MOVE' : 'STAMP',
    before: before ? { dueAt: before.dueAt, metAt: before.metAt } : null,
    after: { dueAt },
  });
  tx.raise(reportDeadlineWatch(unit, year, dueAt));
  return true;
}

/** Ends the watch of a region's deadline for a year, if one is stamped and open. */
export async function meetReportDeadline(tx: AuditedTransaction, regionCode: string, year: number, now: Date) {
  const stamped = await tx.manager.findOne(ReportDeadlineEntity, {
    where: { regionCode, year, metAt: IsNull() },
    lock: { mode: 'pessimistic_write' },
  });
  if (!stamped) return;
  stamped.metAt = now;
  await tx.manager.save(ReportDeadlineEntity, stamped);
  await tx.audit({
    entityType: 'ReportDeadline',
    entityId: `${regionCode}:${year}`,
    action: 'MEET',
    after: { dueAt: stamped.dueAt, metAt: now },
  });
  tx.raise(reportDeadlineMet(regionCode, year));
}

/**
 * Stamps the deadline of every region obliged to file for the report year open at `now`, draft or none, that
 * has not submitted nor been waived; moves those whose deadline changed since (an exception, a rule version that
 * now governs the year). Returns the year and how many it stamped.
 */
export async function stampOpenYearDeadlines(
  dataSource: DataSource,
  now: Date,
): Promise<{ year: number; stamped: number }> {
  const year = openReportYear(now);
  const stamped = await auditedWrite(dataSource, systemActor('reporting-deadlines'), async (tx) => {
    const { manager } = tx;
    // One sweep at a time across processes: the second finds the first's stamps.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reporting.report_deadline'))`);
    const units = await manager.find(ReportingUnitEntity, { order: { regionCode: 'ASC' } });
    if (units.length === 0) return 0;
    const codes = units.map((unit) => unit.regionCode);
    const [filed, waived, exceptions, current] = await Promise.all([
      manager.find(AnnualReportEntity, {
        select: { regionCode: true },
        where: { year, regionCode: In(codes), firstSubmittedAt: Not(IsNull()) },
      }),
      manager.findBy(ReportWaiverEntity, { year, regionCode: In(codes) }),
      manager.findBy(DeadlineExceptionEntity, { year, regionCode: In(codes) }),
      manager.findBy(ReportDeadlineEntity, { year, regionCode: In(codes) }),
    ]);
    const done = new Set([...filed, ...waived].map((row) => row.regionCode));
    const exceptionOf = new Map(exceptions.map((row) => [row.regionCode, row.until]));
    const stampOf = new Map(current.map((row) => [row.regionCode, row]));
    const open = units.filter((unit) => !done.has(unit.regionCode));
    const rules = await rulesInForceMany(
      manager,
      open.map((unit) => ({ regionCode: unit.regionCode, on: reportYearRulesDay(year) })),
    );
    let count = 0;
    for (const [index, unit] of open.entries()) {
      const dueAt = exceptionOf.get(unit.regionCode) ?? deadlineOf(rules[index]!, unit.level, year);
      if (await stampUnlessCurrent(tx, unit, year, dueAt, now, stampOf.get(unit.regionCode) ?? null)) count += 1;
    }
    return count;
  });
  return { year, stamped };
}

/**
 * The sweep in the background of every process running reporting: shortly after start, then hourly (a new report
 * year opens on 1 July; a rule version may govern the open year; new reporting units may be imported). Stop()
 * waits for a sweep under way.
 */
export function startReportDeadlineSweep(
  dataSource: DataSource,
  log: (line: string) => void,
  options: { firstAfterMs?: number; everyMs?: number; now?: () => Date } = {},
): { stop(): Promise<void> } {
  const { firstAfterMs = DEADLINE_SWEEP.firstAfterMs, everyMs = DEADLINE_SWEEP.everyMs } = options;
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const sweep = async () => {
    try {
      const { year, stamped } = await uncountedStatements(() => stampOpenYearDeadlines(dataSource, now()));
      if (stamped > 0) log(`reporting: stamped ${stamped} filing deadline(s) of the ${year} reports`);
    } catch (error) {
      if (!stopped) log(`reporting: stamping filing deadlines failed, retrying later: ${(error as Error).message}`);
    }
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      running = sweep().finally(() => {
        if (!stopped) schedule(everyMs);
      });
    }, ms);
    timer.unref();
  };
  schedule(firstAfterMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
