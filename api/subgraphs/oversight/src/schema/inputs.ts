import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  FindingSeverity,
  InspectionPartner,
  InspectionTeamRole,
  InspectionTopic,
  ProblemCategory,
  vocabularyCodes,
} from '@dibao/domain';
import {
  FindingSeverityEnum,
  InspectionPartnerEnum,
  InspectionTeamRoleEnum,
  InspectionTopicEnum,
  ProblemCategoryEnum,
} from './enums.js';

const REGION_CODE = /^[1-9]\d{5}(\d{3})?$/;
const AGENCY_ID = /^[1-9]\d{5}(\d{3})?:[A-Z_]+$/;
const COUNT_MAX = 10_000_000;
const FEN_MAX = Number.MAX_SAFE_INTEGER;
const TEXT_MAX = 10_000;
const EVIDENCE_LINK = { require_protocol: true, protocols: ['http', 'https'], require_tld: false };

@InputType('InspectionTeamMemberInput', { description: 'A member of the inspection team / 督察组成员' })
export class InspectionTeamMemberInput {
  @Field({ description: 'Name / 姓名' })
  @Length(1, 50)
  name: string;

  @Field(() => InspectionTeamRoleEnum, { description: 'Leader or member / 组长或组员' })
  @IsIn(vocabularyCodes(InspectionTeamRole))
  role: InspectionTeamRole;

  @Field(() => ID, { nullable: true, description: 'Registry agency id `<region code>:<kind>` / 所在单位' })
  @IsOptional()
  @Matches(AGENCY_ID, { message: 'agencyId must be `<region code>:<kind>`' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Registry official id / 人员档案 ID' })
  @IsOptional()
  @IsUUID()
  officialId?: string | null;
}

@InputType({
  description:
    "A special inspection to plan; the organiser is the caller's own agency and region / 计划专项督察（组织单位为本单位）",
})
export class PlanInspectionInput {
  @Field({ description: 'Title / 督察名称' })
  @Length(2, 200)
  title: string;

  @Field(() => [InspectionPartnerEnum], {
    nullable: true,
    description: 'Same-level agencies organising it jointly / 联合督察的同级部门',
  })
  @IsOptional()
  @ArrayUnique()
  @IsIn(vocabularyCodes(InspectionPartner), { each: true })
  partners?: InspectionPartner[] | null;

  @Field(() => [InspectionTopicEnum], { description: 'What it inspects / 督察内容' })
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(vocabularyCodes(InspectionTopic), { each: true })
  topics: InspectionTopic[];

  @Field(() => [ID], { description: "Regions inspected, below the organiser's region / 被督察地区" })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(REGION_CODE, { each: true, message: 'targetRegionCodes must be GB/T 2260 codes' })
  targetRegionCodes: string[];

  @Field({ description: 'Start of the inspection period / 督察开始时间' })
  periodStart: Date;

  @Field({ description: 'End of the inspection period / 督察结束时间' })
  periodEnd: Date;

  @Field(() => [InspectionTeamMemberInput], { description: 'The team, with exactly one leader / 督察组（一名组长）' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  team: InspectionTeamMemberInput[];
}

@InputType({ description: 'A problem an inspection found / 记录督察发现的问题' })
export class RecordFindingInput {
  @Field(() => ID, { description: 'The inspection under way / 所属督察' })
  @IsUUID()
  inspectionId: string;

  @Field(() => ID, { description: "County or township, within the inspection's targets / 问题所在县或乡镇" })
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field(() => ProblemCategoryEnum, { description: 'Problem category / 问题类别' })
  @IsIn(vocabularyCodes(ProblemCategory))
  category: ProblemCategory;

  @Field(() => FindingSeverityEnum, { description: 'Severity / 严重程度' })
  @IsIn(vocabularyCodes(FindingSeverity))
  severity: FindingSeverity;

  @Field(() => Int, { description: 'Households affected / 涉及户数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  householdsAffected: number;

  @Field(() => SafeIntResolver, { description: 'Amount involved, in fen / 涉及金额（分）' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  amountInvolvedFen: number;

  @Field({ description: 'What was found / 问题描述' })
  @Length(2, TEXT_MAX)
  description: string;

  @Field(() => ID, { nullable: true, description: 'Responsible agency `<region code>:<kind>`, when known / 责任单位' })
  @IsOptional()
  @Matches(AGENCY_ID, { message: 'responsibleAgencyId must be `<region code>:<kind>`' })
  responsibleAgencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Responsible official (registry id), when known / 责任人' })
  @IsOptional()
  @IsUUID()
  responsibleOfficialId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required measures, to set the plan at once / 整改要求（可同时提出）',
  })
  @IsOptional()
  @Length(2, TEXT_MAX)
  measures?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Rectification deadline, with the measures; the region's default period for the severity when left out / 整改期限（不填则按本地规则的默认期限）",
  })
  @IsOptional()
  deadline?: Date | null;
}

@InputType({
  description: 'A problem a monitoring alert points at, referred to oversight by an inspector / 动态监测预警移交的问题',
})
export class RecordMonitoringFindingInput {
  @Field(() => ID, { description: 'The monitoring alert; one finding per alert / 来源预警' })
  @IsUUID()
  alertId: string;

  @Field(() => ID, { description: 'County or township, within your scope / 问题所在县或乡镇' })
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field(() => ProblemCategoryEnum, { description: 'Problem category / 问题类别' })
  @IsIn(vocabularyCodes(ProblemCategory))
  category: ProblemCategory;

  @Field(() => FindingSeverityEnum, { description: 'Severity / 严重程度' })
  @IsIn(vocabularyCodes(FindingSeverity))
  severity: FindingSeverity;

  @Field(() => Int, { description: 'Households affected / 涉及户数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  householdsAffected: number;

  @Field(() => SafeIntResolver, { description: 'Amount involved, in fen / 涉及金额（分）' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  amountInvolvedFen: number;

  @Field({ description: 'What the alert found / 问题描述' })
  @Length(2, TEXT_MAX)
  description: string;
}

@InputType({ description: 'Required measures and deadline of a rectification / 整改要求与期限' })
export class SetRectificationPlanInput {
  @Field(() => ID, { description: 'The finding / 问题编号' })
  @IsUUID()
  findingId: string;

  @Field({ description: 'Required measures / 整改要求' })
  @Length(2, TEXT_MAX)
  measures: string;

  @Field(() => Date, {
    nullable: true,
    description:
      "Deadline, in the future; the region's default period for the severity when left out / 整改期限（不填则按本地规则的默认期限）",
  })
  @IsOptional()
  deadline?: Date | null;
}

@InputType({ description: "The county's report of rectification progress / 整改进展报告" })
export class RecordRectificationProgressInput {
  @Field(() => ID, { description: 'The finding / 问题编号' })
  @IsUUID()
  findingId: string;

  @Field({ description: 'What was done / 整改进展' })
  @Length(2, TEXT_MAX)
  note: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Links to evidence (http or https); at least one when claiming it fixed / 佐证材料链接',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUrl(EVIDENCE_LINK, { each: true, message: 'evidence must be http(s) links' })
  evidence?: string[] | null;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'Funds recovered in this step, in fen / 追回资金（分）',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  fundsRecoveredFen?: number | null;

  @Field(() => Int, { nullable: true, description: 'Wrongly included households removed (错保清退) / 清退户数' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  householdsRemoved?: number | null;

  @Field(() => Int, { nullable: true, description: 'Wrongly excluded households added (漏保纳入) / 纳入户数' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  householdsAdded?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The county reports the problem fixed / 报告整改完成' })
  @IsOptional()
  @IsBoolean()
  claimFixed?: boolean | null;
}

@InputType({ description: 'An independent re-check of a rectification reported fixed / 整改复核' })
export class RecheckFindingInput {
  @Field(() => ID, { description: 'The finding / 问题编号' })
  @IsUUID()
  findingId: string;

  @Field({ description: 'True: fixed (VERIFIED); false: not fixed, back to RECTIFYING / 是否整改到位' })
  @IsBoolean()
  verified: boolean;

  @Field({ description: 'What the re-check found / 复核意见' })
  @Length(2, TEXT_MAX)
  note: string;

  @Field(() => [String], { nullable: true, description: 'Links to evidence / 佐证材料链接' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUrl(EVIDENCE_LINK, { each: true, message: 'evidence must be http(s) links' })
  evidence?: string[] | null;
}
