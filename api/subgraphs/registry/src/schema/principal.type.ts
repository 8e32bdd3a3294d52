import { Field, ObjectType } from 'type-graphql';
import type { AgencyKind, Role } from '@dibao/domain';
import { AgencyKindEnum, RoleEnum } from './enums.js';

@ObjectType('Principal', { description: 'The caller, as the verified token says / 当前调用者' })
export class PrincipalType {
  @Field({ description: 'Token subject / 令牌主体' })
  subject: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => AgencyKindEnum)
  agency: AgencyKind;

  @Field({ description: 'Region code whose subtree is the scope / 管辖区划代码' })
  regionCode: string;

  @Field(() => [RoleEnum])
  roles: Role[];
}
