import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IncidentCategory, IncidentSeverity, IncidentStatus, ReportSection, vocabularyCodes } from '@dibao/domain';
import { IncidentCategoryEnum, IncidentSeverityEnum, IncidentStatusEnum, ReportSectionEnum } from './enums.js';
import { AnnualReportContentType } from './report-content.js';

const REGION_CODE = /^[1-9]\d{5}(\d{3})?$/;

@InputType({ description: 'A draft to save / 保存草稿' })
export class SaveAnnualReportDraftInput {
  @Field(() => ID)
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => AnnualReportContentType)
  @ValidateNested()
  content: AnnualReportContentType;
}

@InputType({ description: 'A return to the filing region / 退回报告' })
export class ReturnAnnualReportInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'Why / 退回原因' })
  @Length(2, 2000)
  reason: string;

  @Field(() => [ReportSectionEnum], {
    nullable: true,
    description: 'Only these sections need revising (default: all) / 仅需修改的部分',
  })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsIn(vocabularyCodes(ReportSection), { each: true })
  sections?: ReportSection[];
}

@InputType({ description: 'A major matter or emergency / 重大事项和突发事件报告' })
export class ReportIncidentInput {
  @Field(() => ID, { description: 'Where it happened (county or township) / 发生地' })
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field({ description: 'When it happened / 发生时间' })
  occurredAt: Date;

  @Field(() => IncidentSeverityEnum)
  @IsIn(vocabularyCodes(IncidentSeverity))
  severity: IncidentSeverity;

  @Field(() => IncidentCategoryEnum)
  @IsIn(vocabularyCodes(IncidentCategory))
  category: IncidentCategory;

  @Field()
  @Length(2, 200)
  title: string;

  @Field()
  @Length(2, 10_000)
  description: string;

  @Field({ description: 'Cause analysis / 原因分析' })
  @Length(0, 10_000)
  causeAnalysis: string;

  @Field({ description: 'Proposed rectification measures / 整改措施' })
  @Length(0, 10_000)
  rectificationMeasures: string;
}

@InputType({ description: 'A follow-up on an incident / 事件续报' })
export class UpdateIncidentInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'What happened since / 续报内容' })
  @Length(2, 10_000)
  note: string;

  @Field(() => IncidentStatusEnum, { nullable: true, description: 'New status (forward only) / 新状态' })
  @IsOptional()
  @IsIn(vocabularyCodes(IncidentStatus))
  status?: IncidentStatus;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 10_000)
  causeAnalysis?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 10_000)
  rectificationMeasures?: string;
}
