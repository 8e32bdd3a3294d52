import { IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AllocationMethod, vocabularyCodes } from '@dibao/domain';
import { AllocationMethodEnum } from './enums.js';

@InputType({ description: "A pool to divide by the year's assessment / 新建奖补资金分配方案" })
export class CreateAllocationInput {
  @Field(() => Int, { description: 'The assessment year / 绩效评价年度' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field()
  @Length(2, 200)
  title: string;

  @Field(() => SafeIntResolver, { description: 'The pool, in fen / 资金总额（分）' })
  @IsInt()
  @Min(0)
  poolFen: number;

  @Field(() => AllocationMethodEnum)
  @IsIn(vocabularyCodes(AllocationMethod))
  method: AllocationMethod;

  @Field(() => Int, {
    nullable: true,
    description: '奖补结合: share divided by score, basis points (default 5,000) / 按绩效分配比例（万分比）',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  performanceShareBasisPoints?: number;
}

@InputType({ description: 'Changes to a draft allocation; it is recomputed / 修改分配方案草案（重新计算）' })
export class UpdateAllocationInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200)
  title?: string;

  @Field(() => SafeIntResolver, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  poolFen?: number;

  @Field(() => AllocationMethodEnum, { nullable: true })
  @IsOptional()
  @IsIn(vocabularyCodes(AllocationMethod))
  method?: AllocationMethod;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  performanceShareBasisPoints?: number;
}
