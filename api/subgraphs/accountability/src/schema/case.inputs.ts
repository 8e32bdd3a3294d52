import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import {
  AccountabilityOriginKind,
  AccountabilitySubjectKind,
  AccountabilityViolation,
  CadreLevel,
  DisciplineTrack,
  Sanction,
  vocabularyCodes,
} from '@dibao/domain';
import {
  AccountabilityOriginKindEnum,
  AccountabilitySubjectKindEnum,
  AccountabilityViolationEnum,
  CadreLevelEnum,
  DisciplineTrackEnum,
  SanctionEnum,
} from './enums.js';

export const REGION_CODE = /^[1-9]\d{5}(\d{3})?$/;
export const AGENCY_ID = /^[1-9]\d{5}(\d{3})?:[A-Z_]+$/;
export const ORIGIN_ID = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,99}$/;

@InputType('AccountabilitySubjectInput', {
  description:
    'The subject of a case as the case file has it: an official (region, cadre level, name) or a unit (agency id) / 问责对象',
})
export class AccountabilitySubjectInput {
  @Field(() => AccountabilitySubjectKindEnum, { description: 'An official or a unit / 问责对象类别' })
  @IsIn(vocabularyCodes(AccountabilitySubjectKind))
  kind: AccountabilitySubjectKind;

  @Field(() => ID, { nullable: true, description: "Official: the registry's id, when known / 工作人员 ID" })
  @IsOptional()
  @IsUUID()
  officialId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name as the case file has it (needed to open a case) / 姓名或单位名称',
  })
  @IsOptional()
  @Length(1, 100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Official: post when the case is opened / 职务' })
  @IsOptional()
  @Length(1, 200)
  position?: string | null;

  @Field(() => ID, { nullable: true, description: 'Official: the region of the post / 岗位所在区划' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode?: string | null;

  @Field(() => CadreLevelEnum, { nullable: true, description: 'Official: who manages them as a cadre / 干部管理权限' })
  @IsOptional()
  @IsIn(vocabularyCodes(CadreLevel))
  cadreLevel?: CadreLevel | null;

  @Field(() => ID, { nullable: true, description: 'Unit: the agency, `<region>:<KIND>` / 被问责单位' })
  @IsOptional()
  @Matches(AGENCY_ID, { message: 'agencyId must be <region code>:<KIND>' })
  agencyId?: string | null;
}

@InputType('AccountabilityOriginInput', { description: 'A record a case arises from / 案件来源' })
export class AccountabilityOriginInput {
  @Field(() => AccountabilityOriginKindEnum, { description: 'Kind of record / 来源类别' })
  @IsIn(vocabularyCodes(AccountabilityOriginKind))
  kind: AccountabilityOriginKind;

  @Field(() => ID, { description: 'Its id in the subgraph that owns it / 来源记录 ID' })
  @Matches(ORIGIN_ID, { message: 'id must be 1–100 letters, digits or :._-' })
  id: string;
}

@InputType('OpenAccountabilityCaseInput', { description: 'A case to open / 立案' })
export class OpenAccountabilityCaseInput {
  @Field(() => AccountabilitySubjectInput, { description: 'Who is held to account / 问责对象' })
  @ValidateNested()
  subject: AccountabilitySubjectInput;

  @Field(() => AccountabilityViolationEnum, { description: 'What for / 追责事由' })
  @IsIn(vocabularyCodes(AccountabilityViolation))
  violation: AccountabilityViolation;

  @Field({ description: 'Facts / 主要事实' })
  @Length(2, 10_000)
  facts: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of opening (default: today) / 立案日期' })
  @IsOptional()
  openedOn?: string | null;

  @Field(() => [AccountabilityOriginInput], { nullable: true, description: 'Where it comes from / 案件来源' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  origins?: AccountabilityOriginInput[] | null;
}

@InputType('AccountabilitySanctionInput', { description: 'The sanction on one track / 某一类处分' })
export class AccountabilitySanctionInput {
  @Field(() => DisciplineTrackEnum, { description: 'Party discipline or government sanction / 处分类别' })
  @IsIn(vocabularyCodes(DisciplineTrack))
  track: DisciplineTrack;

  @Field(() => SanctionEnum, { description: 'The sanction / 处分种类' })
  @IsIn(vocabularyCodes(Sanction))
  sanction: Sanction;
}

@InputType('DecideAccountabilityCaseInput', { description: 'The decision on a case under investigation / 处理决定' })
export class DecideAccountabilityCaseInput {
  @Field(() => ID, { description: 'The case, under investigation / 案件 ID' })
  @IsUUID()
  id: string;

  @Field(() => [AccountabilitySanctionInput], {
    description: 'One sanction per discipline track (party, government), at least one / 处分，每类至多一项',
  })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  sanctions: AccountabilitySanctionInput[];

  @Field(() => LocalDateResolver, { description: 'Date of the decision / 决定日期' })
  decidedOn: string;

  @Field(() => ID, {
    nullable: true,
    description: "The deciding competent body (default: the caller's agency) / 决定机关（默认为当前机构）",
  })
  @IsOptional()
  @Matches(AGENCY_ID, { message: 'decidingAgencyId must be <region code>:<KIND>' })
  decidingAgencyId?: string | null;

  @Field({ description: 'Summary of the decision / 决定摘要' })
  @Length(2, 10_000)
  summary: string;
}
