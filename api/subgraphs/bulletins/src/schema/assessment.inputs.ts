import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { AssessmentIndicator, IndicatorDirection, vocabularyCodes } from '@dibao/domain';
import { AssessmentIndicatorEnum, IndicatorDirectionEnum, RegionLevelEnum } from './enums.js';

@InputType({ description: 'An indicator and its weight / 评价指标及权重' })
export class AssessmentIndicatorInput {
  @Field(() => AssessmentIndicatorEnum)
  @IsIn(vocabularyCodes(AssessmentIndicator))
  code: AssessmentIndicator;

  @Field(() => Float, { description: 'Points, up to two decimals; all weights add up to 100 / 分值' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(100)
  weight: number;

  @Field(() => IndicatorDirectionEnum, {
    nullable: true,
    description: "Default: the indicator's natural direction / 默认取指标的自然方向",
  })
  @IsOptional()
  @IsIn(vocabularyCodes(IndicatorDirection))
  direction?: IndicatorDirection;
}

@InputType({ description: "A year's assessment scheme / 年度绩效评价方案" })
export class DefineAssessmentSchemeInput {
  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => RegionLevelEnum, { nullable: true, description: 'PREFECTURE (default) or COUNTY / 被评价地区级别' })
  @IsOptional()
  @IsIn(['PREFECTURE', 'COUNTY'], { message: 'level must be PREFECTURE or COUNTY' })
  level?: 'PREFECTURE' | 'COUNTY';

  @Field(() => [AssessmentIndicatorInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  indicators: AssessmentIndicatorInput[];
}
