import { Field, Float, Int, ObjectType } from 'type-graphql';
import { RegionLevelEnum } from './enums.js';
import { RegionRef } from './region.type.js';

@ObjectType('OverdueFiling', {
  description: 'A report not submitted by its deadline, and not waived / 逾期未报送的年度报告',
})
export class OverdueFiling {
  @Field(() => RegionRef)
  region: RegionRef;

  @Field({ description: 'Its deadline, a granted extension included / 截止时间（含延期）' })
  deadline: Date;

  @Field(() => Int, { description: 'Days past the deadline, a day begun counting as one / 逾期天数' })
  daysOverdue: number;
}

@ObjectType('LevelCompleteness', { description: 'Filing of one level below a region / 某一级别的报送情况' })
export class LevelCompleteness {
  @Field(() => RegionLevelEnum)
  level: 'PREFECTURE' | 'COUNTY';

  @Field(() => Int, { description: 'Regions that must file / 应报数' })
  expected: number;

  @Field(() => Int, { description: 'Submitted by the deadline / 按时报送数' })
  submittedOnTime: number;

  @Field(() => Int, { description: 'Submitted after the deadline / 逾期报送数' })
  submittedLate: number;

  @Field(() => Int, { description: 'Not submitted / 未报数' })
  missing: number;

  @Field(() => Int, { description: 'Accepted by the reviewer / 已审核通过数' })
  accepted: number;

  @Field(() => Int, { description: 'Missing but waived / 已免报数' })
  waived: number;

  @Field(() => Float, { description: 'Submitted ÷ expected / 报送率' })
  submissionRate: number;

  @Field(() => Float, { description: 'Submitted on time ÷ expected / 及时率' })
  onTimeRate: number;

  @Field(() => [RegionRef], { description: 'Regions that have not submitted / 未报送的地区' })
  missingRegions: RegionRef[];

  @Field(() => [OverdueFiling], {
    description: 'Reports past their deadline now, neither submitted nor waived / 当前逾期未报送（未免报）',
  })
  overdue: OverdueFiling[];

  @Field(() => [RegionRef], { description: 'Regions that submitted late / 逾期报送的地区' })
  lateRegions: RegionRef[];
}

@ObjectType('ReportingCompleteness', {
  description: 'Completeness and timeliness of annual reports / 年度报告报送完整性与及时性',
})
export class ReportingCompleteness {
  @Field(() => RegionRef)
  under: RegionRef;

  @Field(() => Int)
  year: number;

  @Field(() => [LevelCompleteness])
  levels: LevelCompleteness[];
}
