import { hasRole, inScope, type Principal } from '@dibao/auth';
import { IncidentStatus, isAgencyRegionCode, vocabularyCodes } from '@dibao/domain';
import { badInput, changeAudited, conflict, createAudited, forbidden, notFound } from '@dibao/server';
import { IncidentEntity, IncidentUpdateEntity } from '../entities/index.js';
import type { ReportIncidentInput, UpdateIncidentInput } from '../schema/inputs.js';
import type { ReportingDeps } from './annual-report.service.js';
import { incidentNotice } from './notices.js';

const STATUS_ORDER = vocabularyCodes(IncidentStatus);
/** A report may name an occurrence a few minutes "in the future" because clocks differ. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Hours from occurrence to report, to one decimal: the timeliness the notice asks for. */
export const reportingDelayHours = (incident: Pick<IncidentEntity, 'occurredAt' | 'reportedAt'>) =>
  Math.round((incident.reportedAt.getTime() - incident.occurredAt.getTime()) / 360_000) / 10;

function requireCivilAffairs(principal: Principal, roles: Array<'REPORTER' | 'REVIEWER'>) {
  if (principal.agency !== 'CIVIL_AFFAIRS' || !roles.some((role) => hasRole(principal, role))) {
    throw forbidden(
      `Only ${roles.join(' or ')} of a civil affairs bureau may do this`,
      `只有民政部门的${roles.map((role) => (role === 'REPORTER' ? '填报人员' : '审核人员')).join('或')}可以执行此操作`,
    );
  }
}

/** Files a major matter or emergency to the provincial department, stamped with the time it arrives. */
export async function reportIncident(deps: ReportingDeps, principal: Principal, input: ReportIncidentInput) {
  requireCivilAffairs(principal, ['REPORTER']);
  if (!isAgencyRegionCode(input.regionCode) || !inScope(principal, input.regionCode)) {
    throw forbidden(`Region ${input.regionCode} is outside your scope`, `地区 ${input.regionCode} 不在您的管辖范围内`);
  }
  const reportedAt = deps.now?.() ?? new Date();
  if (input.occurredAt.getTime() > reportedAt.getTime() + CLOCK_SKEW_MS) {
    throw badInput('occurredAt lies in the future', '发生时间不能晚于当前时间');
  }
  if (input.occurredAt.getUTCFullYear() < 2000) throw badInput('occurredAt is implausibly early', '发生时间过早');
  return createAudited(deps.dataSource, principal, {
    entityType: 'Incident',
    action: 'REPORT',
    create: ({ manager }) =>
      manager.create(IncidentEntity, {
        regionCode: input.regionCode,
        reportedByRegionCode: principal.region,
        occurredAt: input.occurredAt,
        reportedAt: new Date(Math.max(reportedAt.getTime(), input.occurredAt.getTime())),
        severity: input.severity,
        category: input.category,
        status: 'REPORTED',
        title: input.title.trim(),
        description: input.description.trim(),
        causeAnalysis: input.causeAnalysis.trim(),
        rectificationMeasures: input.rectificationMeasures.trim(),
      }),
    raises: (incident) => [incidentNotice(incident)],
  });
}

/**
 * A follow-up: a note, optionally a new status (forward only: REPORTED → UNDER_REVIEW → RECTIFYING → CLOSED)
 * and revised analysis or measures. Closing needs a REVIEWER; a closed incident takes no more updates.
 */
export async function updateIncident(deps: ReportingDeps, principal: Principal, input: UpdateIncidentInput) {
  requireCivilAffairs(principal, ['REPORTER', 'REVIEWER']);
  return changeAudited(deps.dataSource, principal, {
    entityType: 'Incident',
    action: 'UPDATE',
    async lock(manager) {
      const incident = await manager.findOne(IncidentEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!incident || !inScope(principal, incident.regionCode)) {
        throw notFound(`Incident ${input.id} does not exist`, `事件 ${input.id} 不存在`);
      }
      return incident;
    },
    state: (incident) => ({ ...incident }),
    apply(incident) {
      if (incident.status === 'CLOSED') throw conflict('The incident is closed', '该事件已办结');
      const status = input.status ?? incident.status;
      if (STATUS_ORDER.indexOf(status) < STATUS_ORDER.indexOf(incident.status)) {
        throw conflict(
          `Status cannot go back from ${incident.status} to ${status}`,
          `状态不能从 ${incident.status} 退回到 ${status}`,
        );
      }
      if (status === 'CLOSED' && !hasRole(principal, 'REVIEWER')) {
        throw forbidden('Only a REVIEWER may close an incident', '只有审核人员可以办结事件');
      }
      incident.status = status;
      if (input.causeAnalysis !== undefined && input.causeAnalysis !== null)
        incident.causeAnalysis = input.causeAnalysis.trim();
      if (input.rectificationMeasures !== undefined && input.rectificationMeasures !== null) {
        incident.rectificationMeasures = input.rectificationMeasures.trim();
      }
    },
    saved: (incident, _applied, { manager, actor }) =>
      manager.insert(IncidentUpdateEntity, {
        incidentId: incident.id,
        at: deps.now?.() ?? new Date(),
        note: input.note.trim(),
        status: incident.status,
        recordedBy: actor,
      }),
    after: (saved) => ({ ...saved, note: input.note.trim() }),
  });
}
