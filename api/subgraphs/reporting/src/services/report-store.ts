import type { EntityManager } from 'typeorm';
import { notFound } from '@dibao/server';
import { inScope, type Principal } from '@dibao/auth';
import { AnnualReportEntity } from '../entities/index.js';

/** Loads a report for a change, locked until the transaction ends; NOT_FOUND outside the caller's scope. */
export async function lockReport(manager: EntityManager, principal: Principal, id: string) {
  const report = await manager.findOne(AnnualReportEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!report || !inScope(principal, report.regionCode)) {
    throw notFound(`Annual report ${id} does not exist`, `年度报告 ${id} 不存在`);
  }
  return report;
}

/** A snapshot of the workflow fields, for audit records (content is audited separately when it changes). */
export function workflowState(report: AnnualReportEntity) {
  return {
    regionCode: report.regionCode,
    year: report.year,
    status: report.status,
    currentVersion: report.currentVersion,
    late: report.late,
    acceptedAt: report.acceptedAt,
    returnedReason: report.returnedReason,
    returnedSections: report.returnedSections,
  };
}
