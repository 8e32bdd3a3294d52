import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsBoolean, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Label } from '@dibao/server';

@ObjectType('RuleSource', { description: 'Where a rule value comes from / 规则值的来源' })
export class RuleSourceType {
  @Field(() => ID, {
    nullable: true,
    description: 'Region whose version set it; null for the national baseline / 制定地区',
  })
  regionCode: string | null;

  @Field(() => ID, { nullable: true, description: 'The version / 版本 ID' })
  versionId: string | null;

  @Field(() => Int, { nullable: true, description: "Number of that region's version / 版本号" })
  version: number | null;
}

@ObjectType('RuleInForce', { description: 'One rule as it stands for a region on a day / 现行规则值' })
export class RuleInForceType {
  @Field({ description: 'Rule key, e.g. complaintConcludeDays / 规则键' })
  key: string;

  @Field(() => Label, { description: 'What the rule is / 规则名称' })
  label: Label;

  @Field(() => Label, { nullable: true, description: 'Unit of the value / 单位' })
  unit: Label | null;

  @Field({ description: 'INTEGER, BOOLEAN or MONTH_DAY / 取值类型' })
  kind: string;

  @Field({ description: 'AT_MOST (lower is stricter), BY_DATE (earlier is stricter) or FREE / 约束方向' })
  bound: string;

  @Field({ description: 'The value as text: 60, true, 12-15 / 规则值' })
  value: string;

  @Field({ description: 'Fixed as a bound for the levels below / 是否为下级不得放宽的上限' })
  fixed: boolean;

  @Field({ description: "Set by the region's own version (not inherited) / 是否本级自定" })
  own: boolean;

  @Field(() => RuleSourceType, { description: 'Where the value comes from / 来源' })
  source: RuleSourceType;

  @Field(() => RuleSourceType, {
    nullable: true,
    description: "A stricter bound fixed above that replaces the region's own value / 取代本级值的上级上限",
  })
  overriddenBy: RuleSourceType | null;
}

@ObjectType('RuleBasis', { description: 'The legal basis of a version / 制定依据' })
export class RuleBasisType {
  @Field({ description: 'Document number, e.g. 青民发〔2026〕12号 / 文号' })
  documentNumber: string;

  @Field({ description: 'Title / 文件标题' })
  title: string;

  @Field(() => LocalDateResolver, { description: 'Date of the document / 印发日期' })
  date: string;
}

@ObjectType('RuleSetting', { description: 'A value a version sets itself / 本版本设定的规则值' })
export class RuleSettingType {
  @Field()
  key: string;

  @Field()
  value: string;

  @Field()
  fixed: boolean;
}

@ObjectType('RuleVersion', { description: "One adopted version of a region's own rules / 实施办法的一个版本" })
export class RuleVersionType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Region / 地区' })
  regionCode: string;

  @Field(() => Int, { description: 'Version number in the region / 版本号' })
  version: number;

  @Field(() => LocalDateResolver, { description: 'First day in force (Asia/Shanghai) / 生效日期' })
  effectiveFrom: string;

  @Field(() => RuleBasisType, { description: 'Legal basis / 制定依据' })
  basis: RuleBasisType;

  @Field(() => ID, { description: 'The adopting agency, <region>:<KIND> / 制定机关' })
  adoptedByAgency: string;

  @Field({ description: 'When it was adopted / 录入时间' })
  adoptedAt: Date;

  @Field(() => [RuleSettingType], { description: 'Values set by this version; the rest is inherited / 本版设定' })
  settings: RuleSettingType[];
}

// An entity, so that the monitoring subgraph adds the thresholds it keeps to the same rule set.
@Directive('@key(fields: "regionCode on")')
@ObjectType('RuleSet', { description: 'The rules in force for a region on a day / 某日现行的地方规则' })
export class RuleSetType {
  @Field(() => ID)
  regionCode: string;

  @Field(() => LocalDateResolver, { description: 'The day asked about / 日期' })
  on: string;

  @Field(() => RuleVersionType, {
    nullable: true,
    description: "The region's own version in force, if any / 本级现行版本",
  })
  ownVersion: RuleVersionType | null;

  @Field(() => [RuleInForceType], { description: 'Every rule, own or inherited / 全部规则' })
  rules: RuleInForceType[];
}

@InputType('RuleSettingInput', { description: 'One value of a new version / 新版本中的一项规则' })
export class RuleSettingInput {
  @Field({ description: 'Rule key (a monitoring threshold: monitoring.RULE.parameter) / 规则键' })
  @Matches(/^(monitoring\.[A-Z_]{1,40}\.)?[a-zA-Z]{1,60}$/, { message: 'key must be a rule key' })
  key: string;

  @Field({
    description:
      'The value as text: 60, true, 12-15, or a scheme REPORT_TIMELINESS:40,COMPLAINTS_CLOSED_ON_TIME:60 / 规则值',
  })
  // Long enough for an assessment scheme naming every indicator.
  @Length(1, 400)
  value: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Fix it as a bound the levels below may tighten but not loosen (default false) / 下级不得放宽',
  })
  @IsOptional()
  @IsBoolean()
  fixed?: boolean | null;
}

@InputType('AdoptRuleVersionInput', { description: "A new version of a region's own rules / 新的实施办法版本" })
export class AdoptRuleVersionInput {
  @Field(() => ID, { description: 'Province, prefecture or county / 地区' })
  regionCode: string;

  @Field(() => LocalDateResolver, { description: 'First day in force, today or later / 生效日期（不早于今日）' })
  effectiveFrom: string;

  @Field({ description: 'Document number of the legal basis / 文号' })
  @Length(2, 100)
  documentNumber: string;

  @Field({ description: 'Title of the document / 文件标题' })
  @Length(2, 300)
  title: string;

  @Field(() => LocalDateResolver, { description: 'Date of the document / 印发日期' })
  documentDate: string;

  @Field(() => [RuleSettingInput], {
    description: "The region's own values from that day; any rule left out is inherited / 本级设定，未列者沿用上级",
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  settings: RuleSettingInput[];
}
