import { ArrayMaxSize, IsIn, IsOptional, Length, Matches } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';
import { Role, vocabularyCodes } from '@dibao/domain';
import { RoleEnum } from './enums.js';

const AGENCY_ID = /^[1-9]\d{5}(\d{3})?:[A-Z_]+$/;

@ObjectType('OfficialAccess', { description: "An official's roles and sign-in subject / 工作人员的角色与登录身份" })
export class OfficialAccessType {
  @Field(() => ID)
  officialId: string;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field(() => String, { nullable: true, description: 'Identity provider (issuer URL) / 身份提供方' })
  idpIssuer: string | null;

  @Field(() => String, { nullable: true, description: 'Subject at the provider / 身份提供方的用户标识' })
  idpSubject: string | null;
}

@InputType({ description: "An official's roles and sign-in subject / 设置工作人员的角色与登录身份" })
export class OfficialAccessInput {
  @Field(() => [RoleEnum])
  @ArrayMaxSize(7)
  @IsIn(vocabularyCodes(Role), { each: true })
  roles: Role[];

  @Field(() => String, { nullable: true, description: 'Issuer URL; with subject, or neither / 身份提供方' })
  @IsOptional()
  @Length(1, 255)
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: 'Subject at the provider / 用户标识' })
  @IsOptional()
  @Length(1, 255)
  subject?: string | null;
}

@ObjectType('ServiceAccount', { description: 'A county system calling with client credentials / 服务账户' })
export class ServiceAccountType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Identity provider (issuer URL) / 身份提供方' })
  idpIssuer: string;

  @Field({ description: 'Client id at the provider / 客户端标识' })
  clientId: string;

  @Field(() => ID)
  agencyId: string;

  @Field()
  regionCode: string;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field()
  active: boolean;
}

@InputType({ description: 'A new service account / 新增服务账户' })
export class NewServiceAccountInput {
  @Field()
  @Length(1, 80)
  name: string;

  @Field(() => ID, { description: 'The agency it acts for, `<region code>:<kind>` / 所代表的机构' })
  @Matches(AGENCY_ID, { message: 'agencyId must look like 630121:CIVIL_AFFAIRS' })
  agencyId: string;

  @Field()
  @Length(1, 255)
  issuer: string;

  @Field()
  @Length(1, 255)
  clientId: string;

  @Field(() => [RoleEnum], { description: 'The roles it needs only; never ADMIN / 所需角色（不得含管理员）' })
  @ArrayMaxSize(6)
  @IsIn(vocabularyCodes(Role), { each: true })
  roles: Role[];
}

@ObjectType('RevokedToken', { description: 'A revoked token id / 已吊销的令牌' })
export class RevokedTokenType {
  @Field()
  idpIssuer: string;

  @Field()
  jti: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => GraphQLISODateTime)
  revokedAt: Date;
}

@InputType({ description: 'A token id to revoke / 要吊销的令牌' })
export class RevokeTokenInput {
  @Field()
  @Length(1, 255)
  issuer: string;

  @Field({ description: "The token's jti / 令牌的 jti" })
  @Length(1, 255)
  jti: string;

  @Field(() => GraphQLISODateTime, { description: 'When the token expires (its exp) / 令牌的过期时间' })
  expiresAt: Date;
}
