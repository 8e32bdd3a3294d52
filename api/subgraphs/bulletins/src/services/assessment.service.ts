import { Not, type EntityManager } from 'typeorm';
import type { Principal } from '@dibao/auth';
import { rulesInForce } from '@dibao/db';
import {
  ASSESSMENT_TOTAL_WEIGHT,
  DEFAULT_ASSESSMENT_INDICATORS,
  parseAssessmentScheme,
  regionLevelOf,
  shanghaiDate,
  type AssessmentIndicatorDefinition,
} from '@dibao/domain';
import {
  actorOf,
  type AuditedTransaction,
  auditedWrite,
  badInput,
  changeAudited,
  conflict,
  notFound,
  uniqueOrConflict,
} from '@dibao/server';
import {
  AllocationEntity,
  AssessmentEntity,
  AssessmentIndicatorValueEntity,
  AssessmentSchemeEntity,
  AssessmentScoreEntity,
} from '../entities/index.js';
import type { DefineAssessmentSchemeInput } from '../schema/assessment.inputs.js';
import { requireAssessingReviewer, requireProvincialReviewer } from './access.js';
import type { BulletinsDeps } from './deps.js';
import { assessmentInputsHash } from './inputs-hash.js';
import { assessmentPublishedNotice } from './notices.js';
import { scoreRegions, type RegionIndicatorInputs, type RegionScore } from './scoring.js';
import { gatherIndicatorInputs } from './supergraph-inputs.js';

/** A scheme as the API shows it: the one defined for the year, or the default while none is. */
export interface SchemeView {
  id: string | null;
  provinceCode: string;
  year: number;
  level: 'PREFECTURE' | 'COUNTY';
  indicators: AssessmentIndicatorDefinition[];
  isDefault: boolean;
  definedAt: Date | null;
}

export const defaultScheme = (provinceCode: string, year: number): SchemeView => ({
  id: null,
  provinceCode,
  year,
  level: 'PREFECTURE',
  indicators: DEFAULT_ASSESSMENT_INDICATORS.map((indicator) => ({ ...indicator })),
  isDefault: true,
  definedAt: null,
});

/**
 * The scheme of an assessing region for a year. A province's is the one it defined for the year (the default
 * while none is). A prefecture assesses its counties by its local rule `assessmentScheme` in force on the
 * assessment date `on` (the day it computes, YYYY-MM-DD in Asia/Shanghai), inherited from the rule set above
 * when it sets none of its own. The computed assessment keeps a copy, so a later rule leaves it as it was.
 */
export async function schemeOf(
  manager: EntityManager,
  assessorCode: string,
  year: number,
  on?: string,
): Promise<SchemeView> {
  if (regionLevelOf(assessorCode) === 'PREFECTURE') {
    const day = on ?? shanghaiDate(new Date());
    const rule = (await rulesInForce(manager, assessorCode, day)).assessmentScheme;
    const parsed = parseAssessmentScheme(String(rule.value));
    // Versions are checked when adopted, so a stored scheme that no longer parses is a defect, not bad input.
    if (!parsed.ok) throw new Error(`The assessment scheme in force for ${assessorCode} is invalid: ${parsed.en}`);
    return {
      id: rule.source.versionId,
      provinceCode: assessorCode,
      year,
      level: 'COUNTY',
      indicators: parsed.indicators,
      isDefault: rule.source.regionCode === null,
      definedAt: null,
    };
  }
  const scheme = await manager.findOneBy(AssessmentSchemeEntity, { provinceCode: assessorCode, year });
  return scheme ? { ...scheme, isDefault: false } : defaultScheme(assessorCode, year);
}

const naturalDirection = new Map(
  DEFAULT_ASSESSMENT_INDICATORS.map((indicator) => [indicator.code, indicator.direction]),
);

/** Distinct indicators, each with a direction, weights adding up to 100 (to the hundredth of a point). */
export function checkedIndicators(input: DefineAssessmentSchemeInput['indicators']): AssessmentIndicatorDefinition[] {
  const codes = new Set(input.map((indicator) => indicator.code));
  if (codes.size !== input.length) throw badInput('An indicator is given twice', '指标重复');
  const hundredths = input.reduce((sum, indicator) => sum + Math.round(indicator.weight * 100), 0);
  if (hundredths !== ASSESSMENT_TOTAL_WEIGHT * 100) {
    throw badInput(
      `The weights add up to ${hundredths / 100}; they must add up to ${ASSESSMENT_TOTAL_WEIGHT}`,
      `权重合计为 ${hundredths / 100}，须为 ${ASSESSMENT_TOTAL_WEIGHT}`,
    );
  }
  return input.map((indicator) => ({
    code: indicator.code,
    weight: Math.round(indicator.weight * 100) / 100,
    direction: indicator.direction ?? naturalDirection.get(indicator.code) ?? 'HIGHER_IS_BETTER',
  }));
}

/** A published assessment, or one a finalised allocation was computed from, stays as it is. */
async function requireRecomputable(manager: EntityManager, assessment: AssessmentEntity | null) {
  if (!assessment) return;
  if (assessment.status === 'PUBLISHED') {
    throw conflict(
      `The ${assessment.year} assessment is published and cannot change`,
      `${assessment.year} 年度绩效评价结果已公布，不能更改`,
    );
  }
  const fixed = await manager.countBy(AllocationEntity, { assessmentId: assessment.id, status: Not('DRAFT') });
  if (fixed > 0) {
    throw conflict(
      `A finalised allocation rests on the ${assessment.year} assessment; it cannot be recomputed`,
      `已有定稿的资金分配方案依据 ${assessment.year} 年度绩效评价结果，不能重新测算`,
    );
  }
}

const lockAssessment = (manager: EntityManager, provinceCode: string, year: number) =>
  manager.findOne(AssessmentEntity, { where: { provinceCode, year }, lock: { mode: 'pessimistic_write' } });

export async function defineAssessmentScheme(
  deps: BulletinsDeps,
  principal: Principal,
  input: DefineAssessmentSchemeInput,
): Promise<SchemeView> {
  const provinceCode = requireProvincialReviewer(principal);
  const indicators = checkedIndicators(input.indicators);
  return auditedWrite(deps.dataSource, principal, async ({ manager, audit }) => {
    const assessment = await lockAssessment(manager, provinceCode, input.year);
    if (assessment?.status === 'PUBLISHED') {
      throw conflict(
        `The ${input.year} assessment is published: its scheme cannot change`,
        `${input.year} 年度绩效评价结果已公布，评价方案不能更改`,
      );
    }
    const existing = await manager.findOne(AssessmentSchemeEntity, {
      where: { provinceCode, year: input.year },
      lock: { mode: 'pessimistic_write' },
    });
    const scheme = existing ?? manager.create(AssessmentSchemeEntity, { provinceCode, year: input.year });
    const before = existing ? { level: existing.level, indicators: existing.indicators } : null;
    scheme.level = input.level ?? 'PREFECTURE';
    scheme.indicators = indicators;
    scheme.definedAt = deps.now();
    scheme.definedBy = actorOf(principal);
    const saved = await manager.save(AssessmentSchemeEntity, scheme);
    await audit({
      entityType: 'AssessmentScheme',
      entityId: saved.id,
      action: existing ? 'REDEFINE' : 'DEFINE',
      before,
      after: { provinceCode, year: input.year, level: saved.level, indicators },
    });
    return { ...saved, isDefault: false };
  });
}

/** Replaces the scores of an unpublished assessment. */
export async function storeScores(manager: EntityManager, assessmentId: string, scores: readonly RegionScore[]) {
  await manager.delete(AssessmentScoreEntity, { assessmentId });
  if (scores.length === 0) return;
  await manager.insert(
    AssessmentScoreEntity,
    scores.map((score) => ({
      assessmentId,
      regionCode: score.regionCode,
      score: score.score,
      rank: score.rank,
      recipients: score.recipients,
    })),
  );
  await manager.insert(
    AssessmentIndicatorValueEntity,
    scores.flatMap((score) =>
      score.indicators.map((indicator) => ({
        assessmentId,
        regionCode: score.regionCode,
        indicator: indicator.code,
        rawValue: indicator.raw,
        normalised: indicator.normalised,
        contribution: indicator.contribution,
      })),
    ),
  );
}

export interface ComputedAssessment {
  provinceCode: string;
  year: number;
  scheme: SchemeView;
  inputs: RegionIndicatorInputs[];
  computedAt: Date;
}

/** Scores the inputs and stores them as the (unpublished) assessment of the province and year. */
async function saveComputedAssessment(tx: AuditedTransaction, computed: ComputedAssessment) {
  const { manager, actor, audit } = tx;
  const { provinceCode, year, scheme, inputs } = computed;
  const scores = scoreRegions(scheme.indicators, inputs);
  const inputsHash = assessmentInputsHash({
    provinceCode,
    year,
    level: scheme.level,
    indicators: scheme.indicators,
    regions: inputs,
  });
  const existing = await lockAssessment(manager, provinceCode, year);
  await requireRecomputable(manager, existing);
  if (scheme.isDefault && regionLevelOf(provinceCode) === 'PROVINCE') {
    // The default becomes the year's recorded scheme, so that what was used stays on record.
    const stored = await uniqueOrConflict(
      () =>
        manager.save(
          manager.create(AssessmentSchemeEntity, {
            provinceCode,
            year,
            level: scheme.level,
            indicators: scheme.indicators,
            definedAt: computed.computedAt,
            definedBy: actor,
          }),
        ),
      `The ${year} scheme was defined meanwhile; compute again`,
      `${year} 年度评价方案刚被定义，请重新测算`,
    );
    await audit({
      entityType: 'AssessmentScheme',
      entityId: stored.id,
      action: 'DEFINE_DEFAULT',
      after: { provinceCode, year, level: scheme.level, indicators: scheme.indicators },
    });
  }
  const assessment = existing ?? manager.create(AssessmentEntity, { provinceCode, year, publishedAt: null });
  const before = existing ? { inputsHash: existing.inputsHash, computedAt: existing.computedAt } : null;
  Object.assign(assessment, {
    level: scheme.level,
    indicators: scheme.indicators,
    status: 'COMPUTED',
    inputsHash,
    computedAt: computed.computedAt,
    computedBy: actor,
    publishedBy: null,
  });
  const saved = await manager.save(AssessmentEntity, assessment);
  await storeScores(manager, saved.id, scores);
  await audit({
    entityType: 'Assessment',
    entityId: saved.id,
    action: existing ? 'RECOMPUTE' : 'COMPUTE',
    before,
    after: {
      provinceCode,
      year,
      inputsHash,
      inputs,
      scores: scores.map(({ regionCode, score, rank }) => ({ regionCode, score, rank })),
    },
  });
  return saved;
}

/**
 * Computes the year's scores from the other subgraphs, read through the gateway as the caller (so with the
 * caller's scope), and stores them with every indicator's raw value, normalised value and contribution.
 */
export async function computeAssessment(
  deps: BulletinsDeps,
  principal: Principal,
  bearerToken: string | null | undefined,
  year: number,
) {
  const provinceCode = requireAssessingReviewer(principal);
  const scheme = await schemeOf(deps.dataSource.manager, provinceCode, year, shanghaiDate(deps.now()));
  // Refuse early, before asking the gateway, when the result could not be stored anyway.
  await requireRecomputable(
    deps.dataSource.manager,
    await deps.dataSource.manager.findOneBy(AssessmentEntity, { provinceCode, year }),
  );
  const inputs = await gatherIndicatorInputs(deps.supergraph, bearerToken, provinceCode, year, scheme.level);
  return auditedWrite(deps.dataSource, principal, (tx) =>
    saveComputedAssessment(tx, { provinceCode, year, scheme, inputs, computedAt: deps.now() }),
  );
}

/** COMPUTED → PUBLISHED: the scores become public and fixed. */
export function publishAssessment(deps: BulletinsDeps, principal: Principal, year: number) {
  const provinceCode = requireAssessingReviewer(principal);
  return changeAudited(deps.dataSource, principal, {
    entityType: 'Assessment',
    action: 'PUBLISH',
    async lock(manager) {
      const assessment = await lockAssessment(manager, provinceCode, year);
      if (!assessment) {
        throw notFound(`There is no ${year} assessment: compute it first`, `尚无 ${year} 年度绩效评价结果，请先测算`);
      }
      return assessment;
    },
    state: (assessment) => ({ status: assessment.status }),
    apply(assessment, { actor }) {
      if (assessment.status !== 'COMPUTED') {
        throw conflict(`The ${year} assessment is already published`, `${year} 年度绩效评价结果已公布`);
      }
      assessment.status = 'PUBLISHED';
      assessment.publishedAt = deps.now();
      assessment.publishedBy = actor;
    },
    after: (saved) => ({ status: 'PUBLISHED', inputsHash: saved.inputsHash, publishedAt: saved.publishedAt }),
    raises: (saved) => [assessmentPublishedNotice(saved)],
  });
}
