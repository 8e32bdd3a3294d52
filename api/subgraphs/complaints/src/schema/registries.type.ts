import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '@dibao/server';
import { RegionRef } from './region.type.js';

@ObjectType('PetitionOfficer', {
  description: 'The designated person for dibao petitions of a region (专人负责) / 低保信访专人',
})
export class PetitionOfficerType {
  @Field(() => RegionRef)
  region: RegionRef;

  @Field({ description: 'Token subject of the officer / 用户标识' })
  officerSubject: string;

  @Field(() => ID, { nullable: true, description: "The registry's Official id, when known / 干部档案 ID" })
  officialId: string | null;

  @Field()
  designatedAt: Date;
}

@ObjectType('VolunteerSupervisor', { description: 'A volunteer supervisor (义务监督员) / 义务监督员' })
export class VolunteerSupervisorType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  regionCode: string;

  @Field({ description: 'Name, published with the appointment / 姓名（随聘任公布）' })
  name: string;

  @Field({ description: 'Who they are in the community / 身份' })
  affiliation: string;

  @Field({ description: 'First day of the term (YYYY-MM-DD) / 聘期开始' })
  termStart: string;

  @Field({ description: 'Last day of the term (YYYY-MM-DD) / 聘期结束' })
  termEnd: string;
}

@ObjectType('SocialOrganizationContract', {
  description: 'A social organisation engaged by purchase of services / 政府购买服务社会组织合同',
})
export class SocialOrganizationContractType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  regionCode: string;

  @Field({ description: 'Organisation / 社会组织名称' })
  organizationName: string;

  @Field({ description: 'Contract number / 合同编号' })
  contractNumber: string;

  @Field({ description: 'Period start (YYYY-MM-DD) / 服务期开始' })
  periodStart: string;

  @Field({ description: 'Period end (YYYY-MM-DD) / 服务期结束' })
  periodEnd: string;

  @Field(() => SafeIntResolver, { description: 'Contract amount, fen / 合同金额（分）' })
  amountFen: number;

  @Field({ description: 'What it must deliver / 服务内容及成果要求' })
  deliverables: string;
}

export const VolunteerSupervisorConnection = ConnectionType(VolunteerSupervisorType, 'VolunteerSupervisor');
export const SocialOrganizationContractConnection = ConnectionType(
  SocialOrganizationContractType,
  'SocialOrganizationContract',
);
