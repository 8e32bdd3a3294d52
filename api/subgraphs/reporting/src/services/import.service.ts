import type { DataSource } from 'typeorm';
import type { ReportingImport } from '@dibao/domain';
import { insertWriter, type AuditActor, type RowWriter } from '@dibao/db';
import { auditedWrite, auditImport } from '@dibao/server';
import {
  AnnualReportEntity,
  AnnualReportVersionEntity,
  IncidentEntity,
  IncidentUpdateEntity,
  ReportingUnitEntity,
  ReportWaiverEntity,
} from '../entities/index.js';

/**
 * Loads reporting units and historical reports, waivers and incidents in one transaction (all or nothing),
 * with one audit record per kind. Each imported report becomes version 1 of itself.
 */
export async function importReporting(
  dataSource: DataSource,
  data: ReportingImport,
  actor: AuditActor,
  progress: (message: string) => void = () => undefined,
  /** INSERT (the default) or COPY for bulk loads; the audit records of a copy carry its checksums. */
  writer: RowWriter = insertWriter(),
) {
  return auditedWrite(dataSource, actor, async (tx) => {
    const { manager } = tx;
    const unitOf = new Map(data.units.map((unit) => [unit.regionCode, unit]));
    await writer.write(manager, ReportingUnitEntity, data.units, {
      progress: (done) => progress(`reporting units ${done}/${data.units.length}`),
    });
    const reports = data.reports.map((report) => {
      const unit = unitOf.get(report.regionCode);
      if (!unit) throw new Error(`report ${report.id} names ${report.regionCode}, which is not a reporting unit`);
      return Object.assign(new AnnualReportEntity(), {
        ...report,
        level: unit.level,
        parentCode: unit.parentCode,
        currentVersion: 1,
        updatedAt: report.acceptedAt ?? report.lastSubmittedAt ?? report.createdAt,
      });
    });
    await writer.write(manager, AnnualReportEntity, reports, {
      progress: (done) => progress(`annual reports ${done}/${reports.length}`),
    });
    await writer.write(
      manager,
      AnnualReportVersionEntity,
      reports.map((report) =>
        Object.assign(new AnnualReportVersionEntity(), {
          reportId: report.id,
          version: 1,
          content: report.content,
          status: report.status,
          savedAt: report.createdAt,
          savedBy: actor,
        }),
      ),
    );
    const waivers = data.waivers.map((waiver) =>
      Object.assign(new ReportWaiverEntity(), { ...waiver, grantedBy: actor, grantedAt: new Date() }),
    );
    await writer.write(manager, ReportWaiverEntity, waivers);
    const incidents = data.incidents.map(({ updates: _updates, ...incident }) =>
      Object.assign(new IncidentEntity(), {
        ...incident,
        createdAt: incident.reportedAt,
        updatedAt: incident.reportedAt,
      }),
    );
    await writer.write(manager, IncidentEntity, incidents, {
      progress: (done) => progress(`incidents ${done}/${incidents.length}`),
    });
    const updates = data.incidents.flatMap((incident) =>
      incident.updates.map((update) =>
        Object.assign(new IncidentUpdateEntity(), { ...update, incidentId: incident.id, recordedBy: actor }),
      ),
    );
    await writer.write(manager, IncidentUpdateEntity, updates);
    await auditImport(
      tx,
      [
        ['ReportingUnit', data.units.length],
        ['AnnualReport', reports.length],
        ['ReportWaiver', waivers.length],
        ['Incident', incidents.length],
      ],
      writer,
    );
    return { units: data.units.length, reports: reports.length, waivers: waivers.length, incidents: incidents.length };
  });
}
