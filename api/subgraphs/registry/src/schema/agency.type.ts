import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { AgencyKind } from '@dibao/domain';
import { AgencyKindEnum } from './enums.js';

@Directive('@key(fields: "id")')
@ObjectType('Agency', { description: 'An agency of a region / 机构' })
export class AgencyType {
  @Field(() => ID, { description: '`<region code>:<kind>`' })
  id: string;

  @Field(() => AgencyKindEnum)
  kind: AgencyKind;

  @Field({ description: 'Chinese name / 名称' })
  name: string;

  @Field({ description: 'English name / 英文名称' })
  nameEn: string;

  @Field(() => ID)
  regionCode: string;
}
