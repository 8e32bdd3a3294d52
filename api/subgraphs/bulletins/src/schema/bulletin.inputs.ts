import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  BulletinAudience,
  BulletinEvidenceKind,
  BulletinItemCategory,
  BulletinItemKind,
  vocabularyCodes,
} from '@dibao/domain';
import {
  BulletinAudienceEnum,
  BulletinEvidenceKindEnum,
  BulletinItemCategoryEnum,
  BulletinItemKindEnum,
} from './enums.js';

const AGENCY_ID = /^[1-9]\d{5}(\d{3})?:CIVIL_AFFAIRS$/;
const REGION_CODE = /^[1-9]\d{5}(\d{3})?$/;
const TEXT_MAX = 5000;
const BODY_MAX = 50_000;
const TITLE_EN_MAX = 300;
const SUMMARY_EN_MAX = 2000;
export const EVIDENCE_MAX = 20;

@InputType({ description: 'A new bulletin draft / 新建通报草稿' })
export class CreateBulletinDraftInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Issuing agency, `<region>:CIVIL_AFFAIRS` (default: your own) / 发文机关（默认本机关）',
  })
  @IsOptional()
  @Matches(AGENCY_ID, { message: 'issuer must be `<region code>:CIVIL_AFFAIRS`' })
  issuer?: string;

  @Field({ description: 'Title / 标题' })
  @Length(2, 200)
  title: string;

  @Field({ nullable: true, description: 'English title, if the issuer gives one / 英文标题（可选）' })
  @IsOptional()
  @MaxLength(TITLE_EN_MAX)
  titleEn?: string;

  @Field({ nullable: true, description: 'English summary, if the issuer gives one / 英文摘要（可选）' })
  @IsOptional()
  @MaxLength(SUMMARY_EN_MAX)
  summaryEn?: string;

  @Field({ description: 'Start of the period covered / 通报期间起' })
  periodFrom: Date;

  @Field({ description: 'End of the period covered / 通报期间止' })
  periodTo: Date;

  @Field(() => [BulletinAudienceEnum], { description: 'Circulated to / 主送抄送对象' })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(vocabularyCodes(BulletinAudience), { each: true })
  audience: BulletinAudience[];

  @Field({ description: 'Body text / 正文' })
  @MaxLength(BODY_MAX)
  body: string;
}

@InputType({ description: 'Changes to a draft; omitted fields keep their value / 修改通报草稿' })
export class UpdateBulletinDraftInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200)
  title?: string;

  @Field({ nullable: true, description: 'English title; an empty string removes it / 英文标题，空字符串表示删除' })
  @IsOptional()
  @MaxLength(TITLE_EN_MAX)
  titleEn?: string;

  @Field({ nullable: true, description: 'English summary; an empty string removes it / 英文摘要，空字符串表示删除' })
  @IsOptional()
  @MaxLength(SUMMARY_EN_MAX)
  summaryEn?: string;

  @Field({ nullable: true })
  @IsOptional()
  periodFrom?: Date;

  @Field({ nullable: true })
  @IsOptional()
  periodTo?: Date;

  @Field(() => [BulletinAudienceEnum], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(vocabularyCodes(BulletinAudience), { each: true })
  audience?: BulletinAudience[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(BODY_MAX)
  body?: string;
}

@InputType({
  description:
    'What the evidence names: `id` for a record (FINDING, COMPLAINT, ACCOUNTABILITY_CASE, INCIDENT, INSPECTION), ' +
    '`regionCode` and `year` for statistics (REPORTING_COMPLETENESS, REPORT_SUMMARY, COMPLAINT_STATS) / 依据引用',
})
export class BulletinEvidenceRefInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  id?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

@InputType({ description: 'Evidence behind an item / 通报依据' })
export class BulletinEvidenceInput {
  @Field(() => BulletinEvidenceKindEnum)
  @IsIn(vocabularyCodes(BulletinEvidenceKind))
  kind: BulletinEvidenceKind;

  @Field(() => BulletinEvidenceRefInput)
  @ValidateNested()
  ref: BulletinEvidenceRefInput;

  @Field({ nullable: true, description: 'What it shows (internal) / 说明（内部）' })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}

@InputType({ description: 'A commendation or criticism to add to a draft / 新增通报事项' })
export class AddBulletinItemInput {
  @Field(() => ID)
  @IsUUID()
  bulletinId: string;

  @Field(() => BulletinItemKindEnum)
  @IsIn(vocabularyCodes(BulletinItemKind))
  kind: BulletinItemKind;

  @Field(() => BulletinItemCategoryEnum)
  @IsIn(vocabularyCodes(BulletinItemCategory))
  category: BulletinItemCategory;

  @Field(() => ID, { description: 'The region commended or criticised / 被表扬或批评的地区' })
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode: string;

  @Field({ description: 'What the evidence shows (internal) / 事由摘要（内部）' })
  @MaxLength(TEXT_MAX)
  summary: string;

  @Field({ description: 'The text made public with the bulletin / 公开文本' })
  @Length(2, TEXT_MAX)
  publicText: string;

  @Field(() => [BulletinEvidenceInput], { description: 'Evidence / 依据' })
  @ArrayMaxSize(EVIDENCE_MAX)
  @ValidateNested({ each: true })
  evidence: BulletinEvidenceInput[];
}

@InputType({ description: 'Changes to an item of a draft; omitted fields keep their value / 修改通报事项' })
export class UpdateBulletinItemInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => BulletinItemKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(vocabularyCodes(BulletinItemKind))
  kind?: BulletinItemKind;

  @Field(() => BulletinItemCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(vocabularyCodes(BulletinItemCategory))
  category?: BulletinItemCategory;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'regionCode must be a GB/T 2260 code' })
  regionCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  summary?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, TEXT_MAX)
  publicText?: string;

  @Field(() => [BulletinEvidenceInput], { nullable: true, description: 'Replaces all evidence / 替换全部依据' })
  @IsOptional()
  @ArrayMaxSize(EVIDENCE_MAX)
  @ValidateNested({ each: true })
  evidence?: BulletinEvidenceInput[];
}
