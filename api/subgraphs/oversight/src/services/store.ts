import type { EntityManager } from 'typeorm';
import { inScope, type Principal } from '@dibao/auth';
import { notFound } from '@dibao/server';
import { FindingEntity, InspectionDistributionEntity, InspectionEntity } from '../entities/index.js';
import { canSeeInspection } from './access.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const inspectionNotFound = (id: string) => notFound(`Inspection ${id} does not exist`, `专项督察 ${id} 不存在`);
const findingNotFound = (id: string) => notFound(`Finding ${id} does not exist`, `督察发现问题 ${id} 不存在`);

/** Loads an inspection for a change, locked until the transaction ends; NOT_FOUND where the caller cannot see it. */
export async function lockInspection(manager: EntityManager, principal: Principal, id: string) {
  if (!UUID.test(id)) throw inspectionNotFound(id);
  const inspection = await manager.findOne(InspectionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!inspection) throw inspectionNotFound(id);
  const distributions = await manager.findBy(InspectionDistributionEntity, { inspectionId: id });
  if (
    !canSeeInspection(
      principal,
      inspection,
      distributions.map((row) => row.agencyId),
    )
  ) {
    throw inspectionNotFound(id);
  }
  return { inspection, distributions };
}

/** Whose inspectors oversee a finding's rectification: the inspection's organiser, or a referral's overseer. */
export type Overseer = Pick<InspectionEntity, 'organiserRegionCode'>;

/**
 * Loads a finding for a change, locked, with who oversees it (its inspection, or for a finding referred from
 * monitoring the referring inspector's region); NOT_FOUND outside the caller's scope.
 */
export async function lockFinding(manager: EntityManager, principal: Principal, id: string) {
  if (!UUID.test(id)) throw findingNotFound(id);
  const finding = await manager.findOne(FindingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!finding || !inScope(principal, finding.regionCode)) throw findingNotFound(id);
  const inspection: Overseer = finding.inspectionId
    ? await manager.findOneByOrFail(InspectionEntity, { id: finding.inspectionId })
    : { organiserRegionCode: finding.overseerRegionCode! };
  return { finding, inspection };
}

/** The workflow fields of an inspection, for audit records. */
export function inspectionState(inspection: InspectionEntity) {
  return {
    status: inspection.status,
    title: inspection.title,
    organiser: `${inspection.organiserRegionCode}:${inspection.organiserKind}`,
    partnerKinds: inspection.partnerKinds,
    topics: inspection.topics,
    targetCodes: inspection.targetCodes,
    periodStart: inspection.periodStart,
    periodEnd: inspection.periodEnd,
    team: inspection.team,
    conclusion: inspection.conclusion,
    startedAt: inspection.startedAt,
    reportedAt: inspection.reportedAt,
    closedAt: inspection.closedAt,
  };
}

/** The rectification fields of a finding, for audit records. */
export function findingState(finding: FindingEntity) {
  return {
    status: finding.status,
    measures: finding.measures,
    deadline: finding.deadline,
    reopenedCount: finding.reopenedCount,
    fundsRecoveredFen: finding.fundsRecoveredFen,
    householdsRemoved: finding.householdsRemoved,
    householdsAdded: finding.householdsAdded,
    reportedFixedAt: finding.reportedFixedAt,
    verifiedAt: finding.verifiedAt,
    closedAt: finding.closedAt,
    closedReason: finding.closedReason,
  };
}
