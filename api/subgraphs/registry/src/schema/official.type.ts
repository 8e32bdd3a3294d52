import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { CadreLevel } from '@dibao/domain';
import { ConnectionType } from '@dibao/server';
import { CadreLevelEnum } from './enums.js';

@Directive('@key(fields: "id")')
@ObjectType('Official', { description: 'An official of an agency / 工作人员' })
export class OfficialType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Name / 姓名' })
  name: string;

  @Field({ description: 'Post / 职务' })
  position: string;

  @Field({ description: 'Post in English / 职务（英文）' })
  positionEn: string;

  @Field(() => CadreLevelEnum, { description: 'Who manages this official as a cadre / 干部管理权限' })
  cadreLevel: CadreLevel;

  @Field({ description: 'Still in post / 是否在职' })
  active: boolean;

  @Field(() => ID)
  agencyId: string;

  @Field(() => ID)
  regionCode: string;
}

export const OfficialConnection = ConnectionType(OfficialType, 'Official');
