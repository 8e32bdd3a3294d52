import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AssessmentIndicator, AssessmentStatus } from '@dibao/domain';
import { forbidden, Label, labelFor, requirePrincipal, checkedYear } from '@dibao/server';
import type { BulletinsContext } from '../context.js';
import type { AssessmentEntity, AssessmentScoreEntity } from '../entities/index.js';
import { pairKey } from '../loaders.js';
import { DefineAssessmentSchemeInput } from '../schema/assessment.inputs.js';
import {
  AssessmentIndicatorScoreType,
  AssessmentIndicatorWeightType,
  AssessmentSchemeType,
  AssessmentScoreType,
  AssessmentType,
} from '../schema/assessment.type.js';
import { RegionRef, regionRef } from '../schema/region.type.js';
import { readsWithinProvince } from '../services/access.js';
import { computeAssessment, defineAssessmentScheme, publishAssessment } from '../services/assessment.service.js';
import { assessorArgument, provinceArgument } from './arguments.js';
import { indicatorWeightView, schemeView } from './views.js';

/** Performance assessment (绩效评价): schemes, computation through the supergraph, publication. */
@Resolver(() => AssessmentType)
export class AssessmentResolver {
  @Authorized()
  @Query(() => AssessmentSchemeType, {
    description: "The year's scheme (the default while none is defined) / 年度绩效评价方案",
  })
  async assessmentScheme(
    @Arg('year', () => Int) year: number,
    @Ctx() context: BulletinsContext,
    @Arg('province', () => ID, { nullable: true, description: 'Default: your province / 默认本省' }) province?: string,
  ) {
    const provinceCode = provinceArgument(context, province);
    if (!readsWithinProvince(requirePrincipal(context), provinceCode)) {
      throw forbidden(`Province ${provinceCode} is outside your scope`, `${provinceCode} 不在您的管辖范围内`);
    }
    return schemeView(await context.loaders.schemeOfYear(provinceCode, checkedYear(year)));
  }

  @Query(() => AssessmentType, {
    nullable: true,
    description:
      'The assessment of a year by a province (of its prefectures or counties) or a prefecture (of its counties): public once published; before that for officials of the assessing region and above, each seeing the scores within their scope / 年度绩效评价结果',
  })
  assessment(
    @Arg('year', () => Int) year: number,
    @Ctx() context: BulletinsContext,
    @Arg('province', () => ID, { nullable: true, description: 'Default: your province / 默认本省' }) province?: string,
    @Arg('assessor', () => ID, {
      nullable: true,
      description:
        'The assessing region: a province, or a prefecture for its assessment of its counties; overrides province / 评价主体（省或市州）',
    })
    assessor?: string,
  ) {
    return context.loaders.assessmentOf.load(pairKey(assessorArgument(context, province, assessor), checkedYear(year)));
  }

  @Authorized('REVIEWER')
  @Mutation(() => AssessmentSchemeType, {
    description: "Define the year's indicators, weights (100 in all) and directions / 制定年度绩效评价方案",
  })
  async defineAssessmentScheme(@Arg('input') input: DefineAssessmentSchemeInput, @Ctx() context: BulletinsContext) {
    return schemeView(await defineAssessmentScheme(context.deps, requirePrincipal(context), input));
  }

  @Authorized('REVIEWER')
  @Mutation(() => AssessmentType, {
    description:
      "Compute the year's scores from reports, inspections, complaints and cases, read through the gateway as you / 测算年度绩效得分",
  })
  computeAssessment(@Arg('year', () => Int) year: number, @Ctx() context: BulletinsContext) {
    return computeAssessment(context.deps, requirePrincipal(context), context.bearerToken, checkedYear(year));
  }

  @Authorized('REVIEWER')
  @Mutation(() => AssessmentType, {
    description: "Publish the year's scores; they are fixed from then on / 公布绩效评价结果",
  })
  publishAssessment(@Arg('year', () => Int) year: number, @Ctx() context: BulletinsContext) {
    return publishAssessment(context.deps, requirePrincipal(context), checkedYear(year));
  }

  @FieldResolver(() => RegionRef, {
    description: 'The assessing region: a province, or a prefecture assessing its counties / 评价主体',
  })
  province(@Root() assessment: AssessmentEntity): RegionRef {
    return regionRef(assessment.provinceCode);
  }

  @FieldResolver(() => Label)
  statusLabel(@Root() assessment: AssessmentEntity): Label {
    return labelFor(AssessmentStatus, assessment.status);
  }

  @FieldResolver(() => [AssessmentIndicatorWeightType], { description: 'The scheme it was computed by / 评价方案' })
  indicators(@Root() assessment: AssessmentEntity): AssessmentIndicatorWeightType[] {
    return assessment.indicators.map(indicatorWeightView);
  }

  @FieldResolver(() => [AssessmentScoreType], {
    description: 'Scores, best first; before publication only those within your scope / 各地区得分（排名顺序）',
  })
  scores(@Root() assessment: AssessmentEntity, @Ctx() { loaders }: BulletinsContext) {
    return loaders.scoresOf.load(assessment.id);
  }
}

@Resolver(() => AssessmentScoreType)
export class AssessmentScoreResolver {
  @FieldResolver(() => RegionRef)
  region(@Root() score: AssessmentScoreEntity): RegionRef {
    return regionRef(score.regionCode);
  }

  @FieldResolver(() => AssessmentType, { nullable: true })
  assessment(@Root() score: AssessmentScoreEntity, @Ctx() { loaders }: BulletinsContext) {
    return loaders.assessmentById.load(score.assessmentId);
  }

  @FieldResolver(() => [AssessmentIndicatorScoreType], {
    description: "Each indicator's raw value, normalised value and points, in the scheme's order / 分项得分",
  })
  async indicators(
    @Root() score: AssessmentScoreEntity,
    @Ctx() { loaders }: BulletinsContext,
  ): Promise<AssessmentIndicatorScoreType[]> {
    const [assessment, values] = await Promise.all([
      loaders.assessmentById.load(score.assessmentId),
      loaders.indicatorValuesOf.load(pairKey(score.assessmentId, score.regionCode)),
    ]);
    const valueOf = new Map(values.map((value) => [value.indicator, value]));
    return (assessment?.indicators ?? []).flatMap((indicator) => {
      const value = valueOf.get(indicator.code);
      return value
        ? [
            {
              code: indicator.code,
              label: labelFor(AssessmentIndicator, indicator.code),
              weight: indicator.weight,
              direction: indicator.direction,
              rawValue: value.rawValue,
              normalisedValue: value.normalised,
              contribution: value.contribution,
            },
          ]
        : [];
    });
  }
}
