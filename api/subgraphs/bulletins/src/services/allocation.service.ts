import type { EntityManager } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { AllocationMethod } from '@dibao/domain';
import { actorOf, auditedWrite, badInput, changeAudited, conflict, notFound } from '@dibao/server';
import { AllocationEntity, AllocationLineEntity, AssessmentEntity, AssessmentScoreEntity } from '../entities/index.js';
import type { CreateAllocationInput, UpdateAllocationInput } from '../schema/allocation.inputs.js';
import { requireAssessingReviewer } from './access.js';
import { allocate, effectivePerformanceShare, type AllocatedLine } from './allocation.js';
import type { BulletinsDeps } from './deps.js';
import { allocationPublishedNotice } from './notices.js';

/** 奖补结合 divides half the pool by score unless told otherwise. */
export const DEFAULT_PERFORMANCE_SHARE_BASIS_POINTS = 5_000;

interface AllocationTerms {
  poolFen: number;
  method: AllocationMethod;
  performanceShareBasisPoints: number;
}

/** The amounts of the assessment's regions under the terms; a refused division is BAD_USER_INPUT. */
async function linesFor(manager: EntityManager, assessment: AssessmentEntity, terms: AllocationTerms) {
  const scores = await manager.find(AssessmentScoreEntity, {
    where: { assessmentId: assessment.id },
    order: { regionCode: 'ASC' },
  });
  try {
    return allocate({
      ...terms,
      regions: scores.map((score) => ({
        regionCode: score.regionCode,
        score: score.score,
        recipients: score.recipients ?? 0,
      })),
    });
  } catch (error) {
    if (error instanceof RangeError) throw badInput(error.message, `无法分配：${error.message}`);
    throw error;
  }
}

async function replaceLines(manager: EntityManager, allocationId: string, lines: readonly AllocatedLine[]) {
  await manager.delete(AllocationLineEntity, { allocationId });
  if (lines.length > 0)
    await manager.insert(
      AllocationLineEntity,
      lines.map((line) => ({ ...line, allocationId })),
    );
}

const allocationState = (allocation: AllocationEntity) => ({
  year: allocation.year,
  title: allocation.title,
  poolFen: allocation.poolFen,
  method: allocation.method,
  performanceShareBasisPoints: allocation.performanceShareBasisPoints,
  status: allocation.status,
  assessmentHash: allocation.assessmentHash,
});

const linesState = (lines: readonly AllocatedLine[]) =>
  lines.map(({ regionCode, baseFen, performanceFen, amountFen }) => ({
    regionCode,
    baseFen,
    performanceFen,
    amountFen,
  }));

async function lockAllocation(manager: EntityManager, provinceCode: string, id: string) {
  const allocation = await manager.findOne(AllocationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!allocation || allocation.provinceCode !== provinceCode) {
    throw notFound(`Allocation ${id} does not exist`, `资金分配方案 ${id} 不存在`);
  }
  return allocation;
}

/** What the status steps (finalise, publish) share: the locked allocation, its status before, its state after. */
const statusStep = (provinceCode: string, id: string) => ({
  entityType: 'Allocation',
  lock: (manager: EntityManager) => lockAllocation(manager, provinceCode, id),
  state: (allocation: AllocationEntity): unknown => ({ status: allocation.status }),
  after: allocationState,
});

function requireDraftAllocation(allocation: AllocationEntity): void {
  if (allocation.status !== 'DRAFT') {
    throw conflict(
      `The allocation is ${allocation.status} and immutable`,
      `该资金分配方案状态为 ${allocation.status}，不能更改`,
    );
  }
}

async function assessmentFor(manager: EntityManager, provinceCode: string, year: number) {
  const assessment = await manager.findOne(AssessmentEntity, {
    where: { provinceCode, year },
    lock: { mode: 'pessimistic_read' },
  });
  if (!assessment) {
    throw conflict(
      `There is no ${year} assessment to allocate by: compute it first`,
      `尚无 ${year} 年度绩效评价结果，请先测算`,
    );
  }
  return assessment;
}

const termsOf = (method: AllocationMethod, poolFen: number, requestedShare: number | undefined): AllocationTerms => ({
  poolFen,
  method,
  performanceShareBasisPoints: effectivePerformanceShare(
    method,
    requestedShare ?? DEFAULT_PERFORMANCE_SHARE_BASIS_POINTS,
  ),
});

/** A draft allocation of a pool by the year's assessment; the amounts are computed at once. */
export async function createAllocation(deps: BulletinsDeps, principal: Principal, input: CreateAllocationInput) {
  const provinceCode = requireAssessingReviewer(principal);
  const terms = termsOf(input.method, input.poolFen, input.performanceShareBasisPoints);
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const assessment = await assessmentFor(manager, provinceCode, input.year);
    const lines = await linesFor(manager, assessment, terms);
    const now = deps.now();
    const allocation = await manager.save(
      manager.create(AllocationEntity, {
        provinceCode,
        year: input.year,
        assessmentId: assessment.id,
        assessmentHash: assessment.inputsHash,
        title: input.title.trim(),
        ...terms,
        status: 'DRAFT',
        createdAt: now,
        createdBy: actorOf(principal),
        updatedAt: now,
        finalisedAt: null,
        finalisedBy: null,
        publishedAt: null,
        publishedBy: null,
      }),
    );
    await replaceLines(manager, allocation.id, lines);
    await audit({
      entityType: 'Allocation',
      entityId: allocation.id,
      action: 'CREATE',
      after: { ...allocationState(allocation), lines: linesState(lines) },
    });
    return allocation;
  });
}

/** Changes a draft's terms and recomputes it on the assessment as it is now. */
export async function updateAllocation(deps: BulletinsDeps, principal: Principal, input: UpdateAllocationInput) {
  const provinceCode = requireAssessingReviewer(principal);
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const allocation = await lockAllocation(manager, provinceCode, input.id);
    requireDraftAllocation(allocation);
    const before = allocationState(allocation);
    const method = input.method ?? allocation.method;
    const terms = termsOf(
      method,
      input.poolFen ?? allocation.poolFen,
      input.performanceShareBasisPoints ??
        (method === allocation.method ? allocation.performanceShareBasisPoints : undefined),
    );
    const assessment = await assessmentFor(manager, provinceCode, allocation.year);
    const lines = await linesFor(manager, assessment, terms);
    Object.assign(allocation, terms, {
      title: input.title?.trim() ?? allocation.title,
      assessmentId: assessment.id,
      assessmentHash: assessment.inputsHash,
      updatedAt: deps.now(),
    });
    const saved = await manager.save(AllocationEntity, allocation);
    await replaceLines(manager, saved.id, lines);
    await audit({
      entityType: 'Allocation',
      entityId: saved.id,
      action: 'UPDATE',
      before,
      after: { ...allocationState(saved), lines: linesState(lines) },
    });
    return saved;
  });
}

/**
 * DRAFT → FINALISED: from now on nothing about the allocation can change (the database refuses it too). A draft
 * computed on an assessment that has since been recomputed must be updated first.
 */
export function finaliseAllocation(deps: BulletinsDeps, principal: Principal, id: string) {
  const provinceCode = requireAssessingReviewer(principal);
  return changeAudited(deps.dataSource, principal, {
    ...statusStep(provinceCode, id),
    action: 'FINALISE',
    async apply(allocation, { manager, actor }) {
      requireDraftAllocation(allocation);
      const assessment = await assessmentFor(manager, provinceCode, allocation.year);
      if (assessment.id !== allocation.assessmentId || assessment.inputsHash !== allocation.assessmentHash) {
        throw conflict(
          'The assessment was recomputed after this allocation: update the allocation before finalising it',
          '绩效评价结果在此方案之后重新测算过，请先更新分配方案再定稿',
        );
      }
      const now = deps.now();
      allocation.status = 'FINALISED';
      allocation.finalisedAt = now;
      allocation.finalisedBy = actor;
      allocation.updatedAt = now;
    },
  });
}

/**
 * FINALISED → PUBLISHED. The lines show the scores they were computed from, so the assessment must be
 * published first.
 */
export function publishAllocation(deps: BulletinsDeps, principal: Principal, id: string) {
  const provinceCode = requireAssessingReviewer(principal);
  return changeAudited(deps.dataSource, principal, {
    ...statusStep(provinceCode, id),
    action: 'PUBLISH',
    async apply(allocation, { manager, actor }) {
      if (allocation.status !== 'FINALISED') {
        throw conflict(
          allocation.status === 'DRAFT'
            ? 'Finalise the allocation before publishing it'
            : 'The allocation is already published',
          allocation.status === 'DRAFT' ? '请先定稿再公布' : '该资金分配方案已公布',
        );
      }
      const assessment = await manager.findOneBy(AssessmentEntity, { id: allocation.assessmentId });
      if (assessment?.status !== 'PUBLISHED') {
        throw conflict(
          `Publish the ${allocation.year} assessment before the allocation based on it`,
          `请先公布 ${allocation.year} 年度绩效评价结果，再公布据此作出的资金分配方案`,
        );
      }
      const now = deps.now();
      allocation.status = 'PUBLISHED';
      allocation.publishedAt = now;
      allocation.publishedBy = actor;
      allocation.updatedAt = now;
      return assessment.level;
    },
    raises: (saved, level) => [allocationPublishedNotice(saved, level)],
  });
}
