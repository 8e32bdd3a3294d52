import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CadreLevel, vocabularyCodes } from '@dibao/domain';
import { CadreLevelEnum } from './enums.js';

const AGENCY_ID = /^[1-9]\d{5}(\d{3})?:[A-Z_]+$/;

@InputType({ description: 'A new official / 新增工作人员' })
export class NewOfficialInput {
  @Field(() => ID, { description: 'Agency id, `<region code>:<kind>` / 所属机构' })
  @Matches(AGENCY_ID, { message: 'agencyId must look like 630121:CIVIL_AFFAIRS' })
  agencyId: string;

  @Field()
  @Length(1, 40)
  name: string;

  @Field()
  @Length(1, 80)
  position: string;

  @Field()
  @Length(1, 120)
  positionEn: string;

  @Field(() => CadreLevelEnum)
  @IsIn(vocabularyCodes(CadreLevel))
  cadreLevel: CadreLevel;
}

@InputType({ description: 'Changes to an official; omitted fields stay / 修改工作人员信息' })
export class OfficialChangesInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 40)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 80)
  position?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  positionEn?: string;

  @Field(() => CadreLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(vocabularyCodes(CadreLevel))
  cadreLevel?: CadreLevel;

  @Field({ nullable: true, description: 'false when the official leaves the post / 离岗时为 false' })
  @IsOptional()
  active?: boolean;
}
