import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { AssessmentIndicator, AssessmentStatus, IndicatorDirection } from '@dibao/domain';
import { Label } from '@dibao/server';
import { AssessmentIndicatorEnum, AssessmentStatusEnum, IndicatorDirectionEnum, RegionLevelEnum } from './enums.js';
import { RegionRef } from './region.type.js';

@ObjectType('AssessmentIndicatorWeight', { description: 'An indicator of a scheme and its weight / 评价指标及权重' })
export class AssessmentIndicatorWeightType {
  @Field(() => AssessmentIndicatorEnum)
  code: AssessmentIndicator;

  @Field(() => Label)
  label: Label;

  @Field(() => Float, { description: 'Points it is worth; a scheme has 100 in all / 分值（合计 100）' })
  weight: number;

  @Field(() => IndicatorDirectionEnum)
  direction: IndicatorDirection;

  @Field(() => Label)
  directionLabel: Label;
}

@ObjectType('AssessmentScheme', {
  description: "A province's performance assessment scheme for one year / 年度低保工作绩效评价方案（指标、权重、方向）",
})
export class AssessmentSchemeType {
  @Field(() => ID, { nullable: true, description: 'Null while the default scheme is in force / 未定义时为空' })
  id: string | null;

  @Field(() => RegionRef, { description: 'The assessing province / 评价省份' })
  province: RegionRef;

  @Field(() => Int)
  year: number;

  @Field(() => RegionLevelEnum, { description: 'Level of the regions assessed / 被评价地区级别' })
  level: 'PREFECTURE' | 'COUNTY';

  @Field(() => [AssessmentIndicatorWeightType])
  indicators: AssessmentIndicatorWeightType[];

  @Field({ description: 'True when nothing was defined and the default applies / 是否默认方案' })
  isDefault: boolean;

  @Field(() => Date, { nullable: true })
  definedAt: Date | null;
}

@ObjectType('Assessment', {
  description: "The performance scores of a province's regions for one year; public once PUBLISHED / 年度绩效评价结果",
})
export class AssessmentType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  year: number;

  @Field(() => RegionLevelEnum, { description: 'Level of the regions assessed / 被评价地区级别' })
  level: 'PREFECTURE' | 'COUNTY';

  @Field(() => AssessmentStatusEnum)
  status: AssessmentStatus;

  @Field(() => [AssessmentIndicatorWeightType], { description: 'The scheme it was computed by / 适用的评价方案' })
  indicators: AssessmentIndicatorWeightType[];

  @Field({
    description:
      'SHA-256 of the scheme and every input: recomputing on the same data gives the same hash and scores / 输入数据指纹',
  })
  inputsHash: string;

  @Field()
  computedAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType('AssessmentIndicatorScore', {
  description: "One indicator's part in a region's score / 单项指标得分",
})
export class AssessmentIndicatorScoreType {
  @Field(() => AssessmentIndicatorEnum)
  code: AssessmentIndicator;

  @Field(() => Label)
  label: Label;

  @Field(() => Float)
  weight: number;

  @Field(() => IndicatorDirectionEnum)
  direction: IndicatorDirection;

  @Field(() => Float, {
    nullable: true,
    description: 'The measured value; null when there was nothing to measure / 原始值（无数据时为空）',
  })
  rawValue: number | null;

  @Field(() => Float, { description: 'Min-max normalised, 0 worst to 1 best / 标准化值（0—1）' })
  normalisedValue: number;

  @Field(() => Float, { description: 'Points earned: weight × normalised value / 得分' })
  contribution: number;
}

@ObjectType('AssessmentScore', { description: "A region's score and rank / 地区绩效得分与排名" })
export class AssessmentScoreType {
  @Field(() => ID)
  regionCode: string;

  @Field(() => Float, { description: 'Points out of 100 / 总分（百分制）' })
  score: number;

  @Field(() => Int, { description: '1 is best; equal scores share a rank / 排名（同分同名次）' })
  rank: number;

  @Field(() => Int, { nullable: true, description: 'Recipients (persons) / 保障人数' })
  recipients: number | null;
}
