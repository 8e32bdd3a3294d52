import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ComplaintChannel, ComplaintConclusion, ProblemCategory, vocabularyCodes } from '@dibao/domain';
import { ComplaintChannelEnum, ComplaintConclusionEnum, ProblemCategoryEnum } from './enums.js';

const REGION_CODE = /^[1-9]\d{5}(\d{3})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FEN_MAX = Number.MAX_SAFE_INTEGER;

@InputType('ComplainantInput', {
  description: 'Who complains; encrypted before storage, never shown to handlers / 投诉举报人信息（加密存储）',
})
export class ComplainantInput {
  @Field()
  @Length(1, 100)
  name: string;

  @Field(() => String, { nullable: true, description: 'Phone or address / 联系方式' })
  @IsOptional()
  @Length(1, 200)
  contact?: string | null;
}

@InputType('MonitoringReferralInput', {
  description: 'A monitoring alert referred to complaint handling, opened as a REFERRAL / 动态监测预警转办',
})
export class MonitoringReferralInput {
  @Field(() => ID, { description: 'The monitoring alert; one complaint per alert / 来源预警' })
  @IsUUID()
  alertId: string;

  @Field(() => ID, { description: 'The county or township it is about / 被反映地区' })
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field(() => ProblemCategoryEnum)
  @IsIn(vocabularyCodes(ProblemCategory))
  category: ProblemCategory;

  @Field({ description: 'What the alert found, pseudonymous / 预警事项（化名）' })
  @Length(5, 5000)
  summary: string;

  @Field({ defaultValue: false, description: 'A major matter: provincial supervision from the start / 重大事项' })
  @IsBoolean()
  major: boolean;
}

@InputType('ReceiveComplaintInput', { description: 'A complaint as first received / 受理登记投诉举报' })
export class ReceiveComplaintInput {
  @Field(() => ComplaintChannelEnum)
  @IsIn(vocabularyCodes(ComplaintChannel))
  channel: ComplaintChannel;

  @Field(() => Date, {
    nullable: true,
    description: 'When it arrived, if before now (a letter) / 收到时间（默认为当前时间）',
  })
  @IsOptional()
  receivedAt?: Date | null;

  @Field(() => ID, { description: 'The county or township it is about / 被反映地区' })
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field(() => ProblemCategoryEnum)
  @IsIn(vocabularyCodes(ProblemCategory))
  category: ProblemCategory;

  @Field({ description: 'What it is about, without the complainant’s identity / 反映事项（不得含举报人身份信息）' })
  @Length(5, 5000)
  summary: string;

  @Field(() => ComplainantInput, { nullable: true, description: 'Omit for an anonymous complaint / 匿名时不填' })
  @IsOptional()
  @ValidateNested()
  complainant?: ComplainantInput | null;

  @Field({ defaultValue: false, description: 'A major matter: provincial supervision from the start / 重大事项' })
  @IsBoolean()
  major: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      "Households the complainant says are concerned; from the region's threshold on the complaint is major / 反映涉及户数",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  householdsConcerned?: number | null;

  @Field({ defaultValue: false, description: 'Reward wanted if substantiated / 申请举报奖励' })
  @IsBoolean()
  rewardOptIn: boolean;

  @Field(() => ID, { nullable: true, description: 'For VOLUNTEER_SUPERVISOR: who reports / 义务监督员' })
  @IsOptional()
  @IsUUID()
  volunteerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For SOCIAL_ORGANIZATION: under which contract / 购买服务合同' })
  @IsOptional()
  @IsUUID()
  contractId?: string | null;
}

@InputType('ConcludeComplaintInput', { description: 'The outcome of the investigation / 核查结论' })
export class ConcludeComplaintInput {
  @Field(() => ID)
  @IsUUID()
  complaintId: string;

  @Field(() => ComplaintConclusionEnum)
  @IsIn(vocabularyCodes(ComplaintConclusion))
  conclusion: ComplaintConclusion;

  @Field({ description: 'What the investigation found (internal) / 核查情况' })
  @Length(5, 10_000)
  findings: string;

  @Field(() => SafeIntResolver, { defaultValue: 0, description: 'Money involved, fen / 涉及金额（分）' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  amountInvolvedFen: number;

  @Field(() => Int, { nullable: true, description: 'Households affected / 涉及户数' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  householdsAffected?: number | null;
}

@InputType('VolunteerSupervisorInput', { description: 'A volunteer supervisor’s appointment / 义务监督员聘任' })
export class VolunteerSupervisorInput {
  @Field(() => ID)
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field()
  @Length(1, 100)
  name: string;

  @Field({ description: 'Who they are in the community / 身份' })
  @Length(0, 200)
  affiliation: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(ISO_DATE, { message: 'termStart must be YYYY-MM-DD' })
  termStart: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(ISO_DATE, { message: 'termEnd must be YYYY-MM-DD' })
  termEnd: string;
}

@InputType('SocialOrganizationContractInput', { description: 'A purchase-of-services contract / 政府购买服务合同' })
export class SocialOrganizationContractInput {
  @Field(() => ID)
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field()
  @Length(2, 200)
  organizationName: string;

  @Field()
  @Length(2, 100)
  contractNumber: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(ISO_DATE, { message: 'periodStart must be YYYY-MM-DD' })
  periodStart: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(ISO_DATE, { message: 'periodEnd must be YYYY-MM-DD' })
  periodEnd: string;

  @Field(() => SafeIntResolver, { description: 'Contract amount, fen / 合同金额（分）' })
  @IsInt()
  @Min(0)
  @Max(FEN_MAX)
  amountFen: number;

  @Field({ description: 'What it must deliver / 服务内容及成果要求' })
  @Length(2, 5000)
  deliverables: string;
}

@InputType('OnlineComplaintInput', {
  description: 'A complaint filed by the public on the site / 网上投诉举报（公众自行填写）',
})
export class OnlineComplaintInput {
  @Field(() => ID, { description: 'The county or township it is about / 被反映的县或乡镇' })
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field(() => ProblemCategoryEnum)
  @IsIn(vocabularyCodes(ProblemCategory))
  category: ProblemCategory;

  @Field({ description: 'What happened, without your own name / 反映事项（请勿填写本人身份信息）' })
  @Length(10, 5000)
  summary: string;

  @Field(() => ComplainantInput, { nullable: true, description: 'Omit to stay anonymous / 匿名时不填' })
  @IsOptional()
  @ValidateNested()
  complainant?: ComplainantInput | null;

  @Field({ defaultValue: false, description: 'Reward wanted if substantiated / 申请举报奖励' })
  @IsBoolean()
  rewardOptIn: boolean;
}

@InputType('ChallengeProofInput', {
  description: 'The challenge from complaintChallenge, and for the WORK lane its solution / 提交验证',
})
export class ChallengeProofInput {
  @Field()
  @Length(1, 1000)
  token: string;

  @Field(() => String, {
    nullable: true,
    description: 'WORK lane: a string whose SHA-256 with the token starts with the zero bits asked / 工作量证明',
  })
  @IsOptional()
  @Length(1, 64)
  solution?: string | null;
}

@InputType('SupervisionObservationInput', {
  description: 'What a volunteer supervisor or contracted organisation saw / 义务监督员或社会组织的监督记录',
})
export class SupervisionObservationInput {
  @Field(() => ID, { description: 'The village or community (12 digits) / 村（社区）代码' })
  @Matches(/^[1-9]\d{11}$/, { message: 'villageCode must be a 12-digit village code' })
  villageCode: string;

  @Field({ description: 'The day it was seen, YYYY-MM-DD / 发现日期' })
  @Matches(ISO_DATE, { message: 'observedOn must be YYYY-MM-DD' })
  observedOn: string;

  @Field(() => ProblemCategoryEnum)
  @IsIn(vocabularyCodes(ProblemCategory))
  category: ProblemCategory;

  @Field({ description: 'What was seen / 发现的情况' })
  @Length(10, 5000)
  summary: string;
}

@InputType('ContractDeliverableInput', { description: 'A deliverable of a contract / 购买服务合同的交付事项' })
export class ContractDeliverableInput {
  @Field()
  @Length(2, 500)
  description: string;

  @Field({ description: 'Due date, YYYY-MM-DD / 交付期限' })
  @Matches(ISO_DATE, { message: 'dueOn must be YYYY-MM-DD' })
  dueOn: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Met when this many observations are filed by the due date / 须提交的监督记录数',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  targetObservations?: number | null;
}
