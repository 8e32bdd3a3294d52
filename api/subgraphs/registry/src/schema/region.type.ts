import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { RegionLevel } from '@dibao/domain';
import { ConnectionType } from '@dibao/server';
import { RegionLevelEnum } from './enums.js';

@Directive('@key(fields: "code")')
@ObjectType('Region', { description: 'An administrative region (GB/T 2260) / 行政区划' })
export class RegionType {
  @Field(() => ID, { description: 'GB/T 2260 code; 9 digits for township-level units, 12 for villages / 区划代码' })
  code: string;

  @Field({ description: 'Official Chinese name / 名称' })
  name: string;

  @Field({ description: 'Name in pinyin / 英文（拼音）名称' })
  nameEn: string;

  @Field(() => RegionLevelEnum)
  level: RegionLevel;

  @Field(() => ID, { nullable: true, description: 'Code of the enclosing region / 上级区划代码' })
  parentCode: string | null;
}

export const RegionConnection = ConnectionType(RegionType, 'Region');
