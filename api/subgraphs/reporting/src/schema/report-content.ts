import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ProblemCategory, vocabularyCodes } from '@dibao/domain';
import { ProblemCategoryEnum } from './enums.js';

/*
 * type-graphql turns nested inputs into instances of these classes, so class-validator checks nested sections.
 * Each section is one class declared as both output and input type, so the figures a client writes and reads
 * are the same by construction. Money is integer fen (SafeInt: whole numbers up to 2^53); standards are fen per
 * person per month.
 */

const NARRATIVE_MAX = 5000;
const COUNT_MAX = 100_000_000;
const FEN_MAX = Number.MAX_SAFE_INTEGER;

@ObjectType('PolicySection', { description: '(a) Policy implementation / 低保政策落实情况' })
@InputType('PolicySectionInput')
export class PolicySection {
  @Field(() => SafeIntResolver, { description: 'Urban standard, fen per person per month / 城市低保标准（分/人·月）' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  urbanStandardFen: number;

  @Field(() => SafeIntResolver, { description: 'Rural standard, fen per person per month / 农村低保标准（分/人·月）' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  ruralStandardFen: number;

  @Field(() => Int, { description: 'Urban recipient households / 城市低保户数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  urbanHouseholds: number;

  @Field(() => Int, { description: 'Urban recipients / 城市低保人数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  urbanPersons: number;

  @Field(() => Int, { description: 'Rural recipient households / 农村低保户数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  ruralHouseholds: number;

  @Field(() => Int, { description: 'Rural recipients / 农村低保人数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  ruralPersons: number;

  @Field(() => Int, { description: 'Applications received / 受理申请数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  applications: number;

  @Field(() => Int, { description: 'Applications approved / 审批通过数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  approvals: number;

  @Field(() => Int, { description: 'Applications rejected / 不予批准数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  rejections: number;

  @Field(() => Int, { description: 'Households that left the programme / 退出户数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  exits: number;

  @Field({ description: 'Recipients publicised as required / 是否按规定公示' })
  @IsBoolean()
  publicityDone: boolean;

  @Field({ description: 'Narrative / 文字说明' })
  @MaxLength(NARRATIVE_MAX)
  narrative: string;
}

@ObjectType('ManagementSection', { description: '(b) Management and operation / 低保工作管理运行情况' })
@InputType('ManagementSectionInput')
export class ManagementSection {
  @Field(() => Float, { description: 'Average days from application to decision / 平均审核审批天数' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(365)
  averageReviewDays: number;

  @Field(() => Int, { description: 'Household visits / 入户调查数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  householdVisits: number;

  @Field(() => Int, { description: 'Dynamic reviews of recipients / 动态复核数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  dynamicReviews: number;

  @Field(() => Int, { description: 'Staff working on dibao / 低保工作人员数' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  staff: number;

  @Field({ description: 'Narrative / 文字说明' })
  @MaxLength(NARRATIVE_MAX)
  narrative: string;
}

@ObjectType('FundsSection', { description: '(c) Raising and use of funds, in fen / 资金筹集使用情况（分）' })
@InputType('FundsSectionInput')
export class FundsSection {
  @Field(() => SafeIntResolver, { description: 'Raised from the central government / 中央资金' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  raisedCentralFen: number;

  @Field(() => SafeIntResolver, { description: 'Raised from the province / 省级资金' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  raisedProvincialFen: number;

  @Field(() => SafeIntResolver, { description: 'Raised from the prefecture / 市州级资金' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  raisedPrefectureFen: number;

  @Field(() => SafeIntResolver, { description: 'Raised from the county / 县级资金' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  raisedCountyFen: number;

  @Field(() => SafeIntResolver, { description: 'Carried over from the previous year / 上年结转' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  carryOverFen: number;

  @Field(() => SafeIntResolver, { description: 'Disbursed to recipients / 发放金额' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  disbursedFen: number;

  @Field(() => SafeIntResolver, { description: 'Balance at year end / 年末结余' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  balanceFen: number;

  @Field(() => SafeIntResolver, { description: 'Paid through bank accounts / 社会化发放金额' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  paidViaBankFen: number;

  @Field({ description: 'Narrative / 文字说明' })
  @MaxLength(NARRATIVE_MAX)
  narrative: string;
}

@ObjectType('EmergenciesSection', { description: '(d) Major emergencies handled / 重大突发事件处置情况' })
@InputType('EmergenciesSectionInput')
export class EmergenciesSection {
  @Field(() => Int, { description: 'Emergencies handled / 处置事件数' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  handled: number;

  @Field(() => [String], { description: 'Ids of the incident reports concerned / 关联的事件报告' })
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  incidentIds: string[];

  @Field({ description: 'Narrative / 文字说明' })
  @MaxLength(NARRATIVE_MAX)
  narrative: string;
}

@ObjectType('ProblemCount', { description: 'Problems found in one category / 某类问题数量' })
@InputType('ProblemCountInput')
export class ProblemCount {
  @Field(() => ProblemCategoryEnum)
  @IsIn(vocabularyCodes(ProblemCategory))
  category: ProblemCategory;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  count: number;
}

@ObjectType('SupervisionSection', { description: '(e) Supervision and inspection / 监督检查情况' })
@InputType('SupervisionSectionInput')
export class SupervisionSection {
  @Field(() => Int, { description: 'Inspections run / 开展检查次数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  inspections: number;

  @Field(() => [ProblemCount], { description: 'Problems found, by category / 发现问题（按类别）' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  problemsFound: ProblemCount[];

  @Field(() => Int, { description: 'Problems rectified / 已整改问题数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  problemsRectified: number;

  @Field(() => Int, { description: 'Complaints received / 受理投诉举报数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  complaintsReceived: number;

  @Field(() => Int, { description: 'Complaints closed / 办结投诉举报数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  complaintsClosed: number;

  @Field(() => Int, { description: 'People held accountable / 被问责人数' })
  @IsInt()
  @Min(0)
  @Max(COUNT_MAX)
  peopleHeldAccountable: number;

  @Field({ description: 'Narrative / 文字说明' })
  @MaxLength(NARRATIVE_MAX)
  narrative: string;
}

@ObjectType('AnnualReportContent', { description: 'The five sections / 报告五部分内容' })
@InputType('AnnualReportContentInput', { description: 'Sections to save; omitted sections keep their content' })
export class AnnualReportContentType {
  @Field(() => PolicySection, { nullable: true })
  @IsOptional()
  @ValidateNested()
  policy?: PolicySection | null;

  @Field(() => ManagementSection, { nullable: true })
  @IsOptional()
  @ValidateNested()
  management?: ManagementSection | null;

  @Field(() => FundsSection, { nullable: true })
  @IsOptional()
  @ValidateNested()
  funds?: FundsSection | null;

  @Field(() => EmergenciesSection, { nullable: true })
  @IsOptional()
  @ValidateNested()
  emergencies?: EmergenciesSection | null;

  @Field(() => SupervisionSection, { nullable: true })
  @IsOptional()
  @ValidateNested()
  supervision?: SupervisionSection | null;
}
