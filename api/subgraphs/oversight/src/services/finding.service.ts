import { hasRole, inScope, type Principal } from '@dibao/auth';
import type { AuditActor } from '@dibao/db';
import { agencyKindValues, isRegionCode, isWithinRegion, regionLevelOf } from '@dibao/domain';
import { auditedWrite, badInput, conflict, createAudited, forbidden } from '@dibao/server';
import { FindingEntity, RectificationEventEntity } from '../entities/index.js';
import type { RecordFindingInput, RecordMonitoringFindingInput } from '../schema/inputs.js';
import { requireFindingInspector } from './access.js';
import { shanghaiYear, type OversightDeps } from './deps.js';
import { defaultRectificationDeadline } from './rule-defaults.js';
import { findingState, lockInspection } from './store.js';
import { findingRecordedNotices } from './notices.js';

/** The state every new finding starts in, whatever brought it: open, nothing rectified, recovered or settled yet. */
function newlyFound(actor: AuditActor, now: Date) {
  return {
    foundBy: actor,
    foundAt: now,
    status: 'OPEN' as const,
    measures: null,
    deadline: null,
    reopenedCount: 0,
    fundsRecoveredFen: 0,
    householdsRemoved: 0,
    householdsAdded: 0,
    reportedFixedAt: null,
    verifiedAt: null,
    verifiedBy: null,
    closedAt: null,
    closedReason: null,
  };
}

/** Measures with an optional deadline (the default period of the region's rules applies when none is given). */
function checkedPlan(input: RecordFindingInput, now: Date) {
  const measures = input.measures?.trim() || null;
  const deadline = input.deadline ?? null;
  if (measures === null && deadline !== null) {
    throw badInput('A deadline needs the measures it is set for', '整改期限须与整改要求一并提出');
  }
  if (deadline !== null && deadline.getTime() <= now.getTime()) {
    throw badInput('The deadline must lie in the future', '整改期限须晚于当前时间');
  }
  return measures === null ? null : { measures, deadline };
}

function checkedRegion(regionCode: string, targets: string[] | null) {
  if (!isRegionCode(regionCode)) {
    throw badInput(`${regionCode} is not a GB/T 2260 region code`, `${regionCode} 不是有效的 GB/T 2260 区划代码`);
  }
  const level = regionLevelOf(regionCode);
  if (level !== 'COUNTY' && level !== 'TOWNSHIP') {
    throw badInput(
      `A finding is located in a county or a township; ${regionCode} is a ${level.toLowerCase()}`,
      `问题所在地须为县或乡镇，${regionCode} 不是`,
    );
  }
  if (targets && !targets.some((target) => isWithinRegion(regionCode, target))) {
    throw badInput(
      `${regionCode} is not among the inspection's target regions (${targets.join(', ')})`,
      `${regionCode} 不在此次督察的对象地区（${targets.join('、')}）内`,
    );
  }
}

/** Records a problem found by an inspection under way (or just reported), optionally with its plan. */
export async function recordFinding(deps: OversightDeps, principal: Principal, input: RecordFindingInput) {
  const now = deps.now();
  const plan = checkedPlan(input, now);
  return createAudited(deps.dataSource, principal, {
    entityType: 'Finding',
    action: 'RECORD',
    async create({ manager, actor }) {
      const { inspection } = await lockInspection(manager, principal, input.inspectionId);
      requireFindingInspector(principal, inspection);
      if (inspection.status !== 'IN_PROGRESS' && inspection.status !== 'REPORTED') {
        throw conflict(
          `Findings are recorded while an inspection is IN_PROGRESS or REPORTED; this one is ${inspection.status}`,
          `只能在督察进行中或形成报告后记录问题，此次督察状态为 ${inspection.status}`,
        );
      }
      checkedRegion(input.regionCode, inspection.targetCodes);
      if (plan && plan.deadline === null) {
        plan.deadline = await defaultRectificationDeadline(manager, input.regionCode, input.severity, now);
      }
      if (input.responsibleAgencyId) {
        // An agency of the finding's region, of a region above it (the county bureau for a township) or below it.
        const [agencyRegion = '', kind = ''] = input.responsibleAgencyId.split(':');
        const related =
          isRegionCode(agencyRegion) &&
          (agencyKindValues as readonly string[]).includes(kind) &&
          (isWithinRegion(input.regionCode, agencyRegion) || isWithinRegion(agencyRegion, input.regionCode));
        if (!related) {
          throw badInput(
            `The responsible agency ${input.responsibleAgencyId} is no agency of ${input.regionCode}, of a region above it or of one within it`,
            `责任单位 ${input.responsibleAgencyId} 不是 ${input.regionCode} 及其上级或下级地区的机构`,
          );
        }
      }
      return manager.create(FindingEntity, {
        inspectionId: inspection.id,
        regionCode: input.regionCode,
        countyCode: input.regionCode.slice(0, 6),
        year: inspection.year,
        category: input.category,
        severity: input.severity,
        householdsAffected: input.householdsAffected,
        amountInvolvedFen: input.amountInvolvedFen,
        description: input.description.trim(),
        responsibleAgencyId: input.responsibleAgencyId ?? null,
        responsibleOfficialId: input.responsibleOfficialId ?? null,
        ...newlyFound(actor, now),
        measures: plan?.measures ?? null,
        deadline: plan?.deadline ?? null,
      });
    },
    async saved(finding, { manager, actor }) {
      if (plan) {
        await manager.insert(RectificationEventEntity, {
          findingId: finding.id,
          at: now,
          kind: 'PLAN_SET',
          note: plan.measures,
          evidence: [],
          deadline: plan.deadline,
          fundsRecoveredFen: 0,
          householdsRemoved: 0,
          householdsAdded: 0,
          statusAfter: 'OPEN',
          recordedBy: actor,
        });
      }
    },
    raises: findingRecordedNotices,
    after: (finding) => ({
      inspectionId: finding.inspectionId,
      regionCode: finding.regionCode,
      category: finding.category,
      severity: finding.severity,
      householdsAffected: finding.householdsAffected,
      amountInvolvedFen: finding.amountInvolvedFen,
      description: finding.description,
      responsibleAgencyId: finding.responsibleAgencyId,
      responsibleOfficialId: finding.responsibleOfficialId,
      ...findingState(finding),
    }),
  });
}

/**
 * Records the finding a monitoring alert points at, without an inspection visit: an INSPECTOR whose scope holds
 * the region records it, and that inspector's region oversees its rectification as an organiser's would. The
 * alert's id is the idempotency key: a referral sent again (a retry after the alert's own update failed) gets
 * the finding already recorded, never a second one.
 */
export async function recordMonitoringFinding(
  deps: OversightDeps,
  principal: Principal,
  input: RecordMonitoringFindingInput,
) {
  checkedRegion(input.regionCode, null);
  if (!hasRole(principal, 'INSPECTOR') || !inScope(principal, input.regionCode)) {
    throw forbidden(
      `Only an INSPECTOR whose region contains ${input.regionCode} may record a finding there`,
      `只有管辖范围包含 ${input.regionCode} 的督察人员可以在该地区记录问题`,
    );
  }
  const now = deps.now();
  return auditedWrite(deps.dataSource, principal, async (tx) => {
    const { manager, actor } = tx;
    const existing = await manager.findOneBy(FindingEntity, { sourceAlertId: input.alertId });
    if (existing) {
      if (!inScope(principal, existing.regionCode)) throw forbidden();
      return existing;
    }
    const finding = await manager.save(
      FindingEntity,
      manager.create(FindingEntity, {
        inspectionId: null,
        source: 'MONITORING',
        sourceAlertId: input.alertId,
        overseerRegionCode: principal.region,
        regionCode: input.regionCode,
        countyCode: input.regionCode.slice(0, 6),
        year: shanghaiYear(now),
        category: input.category,
        severity: input.severity,
        householdsAffected: input.householdsAffected,
        amountInvolvedFen: input.amountInvolvedFen,
        description: input.description.trim(),
        responsibleAgencyId: null,
        responsibleOfficialId: null,
        ...newlyFound(actor, now),
      }),
    );
    await tx.audit({
      entityType: 'Finding',
      entityId: finding.id,
      action: 'RECORD_FROM_MONITORING',
      after: {
        source: finding.source,
        sourceAlertId: finding.sourceAlertId,
        overseerRegionCode: finding.overseerRegionCode,
        regionCode: finding.regionCode,
        category: finding.category,
        severity: finding.severity,
        householdsAffected: finding.householdsAffected,
        amountInvolvedFen: finding.amountInvolvedFen,
        description: finding.description,
        ...findingState(finding),
      },
    });
    for (const notice of findingRecordedNotices(finding)) tx.raise(notice);
    return finding;
  });
}
