import type { DataSource } from 'typeorm';
import { insertWriter, type AuditActor, type RowWriter } from '@dibao/db';
import { auditedWrite, auditImport } from '@dibao/server';
import { subtreeCodePrefix, type OversightImport, type OversightImportActor } from '@dibao/domain';
import {
  FindingEntity,
  InspectionDistributionEntity,
  InspectionEntity,
  RectificationEventEntity,
} from '../entities/index.js';
import { shanghaiYear } from './deps.js';

const actor = (person: OversightImportActor): AuditActor => ({ kind: 'principal', ...person });

/**
 * Loads historical inspections, their report distributions, findings and rectification histories in one
 * transaction (all or nothing), with one audit record per kind.
 */
export async function importOversight(
  dataSource: DataSource,
  data: OversightImport,
  importer: AuditActor,
  progress: (message: string) => void = () => undefined,
  /** INSERT (the default) or COPY for bulk loads; the audit records of a copy carry its checksums. */
  writer: RowWriter = insertWriter(),
) {
  return auditedWrite(dataSource, importer, async (tx) => {
    const { manager } = tx;
    const inspections = data.inspections.map(({ distributions: _distributions, targetRegionCodes, ...inspection }) =>
      Object.assign(new InspectionEntity(), {
        ...inspection,
        targetCodes: targetRegionCodes,
        targetPrefixes: targetRegionCodes.map(subtreeCodePrefix),
        year: shanghaiYear(inspection.periodStart),
        plannedBy: actor(inspection.plannedBy),
        createdAt: inspection.plannedAt,
        updatedAt: inspection.closedAt ?? inspection.reportedAt ?? inspection.startedAt ?? inspection.plannedAt,
      }),
    );
    await writer.write(manager, InspectionEntity, inspections, {
      progress: (done) => progress(`inspections ${done}/${inspections.length}`),
    });
    const distributions = data.inspections.flatMap((inspection) =>
      inspection.distributions.map((distribution) =>
        Object.assign(new InspectionDistributionEntity(), {
          ...distribution,
          inspectionId: inspection.id,
          distributedBy: actor(inspection.plannedBy),
        }),
      ),
    );
    await writer.write(manager, InspectionDistributionEntity, distributions);

    const yearOf = new Map(inspections.map((inspection) => [inspection.id, inspection.year]));
    const findings = data.findings.map(({ events, ...finding }) => {
      const year = yearOf.get(finding.inspectionId);
      if (year === undefined) {
        throw new Error(`finding ${finding.id} names inspection ${finding.inspectionId}, which is not imported`);
      }
      const lastEvent = events.at(-1)?.at;
      return Object.assign(new FindingEntity(), {
        ...finding,
        countyCode: finding.regionCode.slice(0, 6),
        year,
        foundBy: actor(finding.foundBy),
        verifiedBy: finding.verifiedBy ? actor(finding.verifiedBy) : null,
        createdAt: finding.foundAt,
        updatedAt: lastEvent ?? finding.foundAt,
      });
    });
    await writer.write(manager, FindingEntity, findings, {
      progress: (done) => progress(`findings ${done}/${findings.length}`),
    });
    const events = data.findings.flatMap((finding) =>
      finding.events.map(({ by, ...event }) =>
        Object.assign(new RectificationEventEntity(), { ...event, findingId: finding.id, recordedBy: actor(by) }),
      ),
    );
    await writer.write(manager, RectificationEventEntity, events, {
      progress: (done) => progress(`rectification events ${done}/${events.length}`),
    });

    await auditImport(
      tx,
      [
        ['Inspection', inspections.length],
        ['InspectionDistribution', distributions.length],
        ['Finding', findings.length],
        ['RectificationEvent', events.length],
      ],
      writer,
    );
    return {
      inspections: inspections.length,
      distributions: distributions.length,
      findings: findings.length,
      events: events.length,
    };
  });
}
