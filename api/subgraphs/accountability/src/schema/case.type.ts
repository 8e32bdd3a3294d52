import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type {
  AccountabilityCaseStatus,
  AccountabilityOriginKind,
  AccountabilitySubjectKind,
  AccountabilityViolation,
  CadreLevel,
  DisciplineTrack,
  Sanction,
} from '@dibao/domain';
import { ConnectionType, Label } from '@dibao/server';
import {
  AccountabilityCaseStatusEnum,
  AccountabilityOriginKindEnum,
  AccountabilitySubjectKindEnum,
  AccountabilityViolationEnum,
  CadreLevelEnum,
  DisciplineTrackEnum,
  SanctionEnum,
} from './enums.js';

@Directive('@key(fields: "id")')
@ObjectType('AccountabilityCase', {
  description: 'A case holding an official or a unit to account (责任追究案件) / 问责案件',
})
export class AccountabilityCaseType {
  @Field(() => ID, { description: 'Case id / 案件 ID' })
  id: string;

  @Field(() => AccountabilityCaseStatusEnum, { description: 'Where the case stands / 案件状态' })
  status: AccountabilityCaseStatus;

  @Field(() => AccountabilitySubjectKindEnum, { description: 'An official or a unit / 问责对象类别' })
  subjectKind: AccountabilitySubjectKind;

  @Field(() => ID, {
    nullable: true,
    description: "The registry's id of the official, when known / 登记系统中的工作人员 ID",
  })
  subjectOfficialId: string | null;

  @Field({ description: 'The subject as the case file names them / 案卷记载的问责对象名称' })
  subjectName: string;

  @Field(() => String, { nullable: true, description: 'Post of the official when the case was opened / 立案时职务' })
  subjectPosition: string | null;

  @Field(() => CadreLevelEnum, {
    nullable: true,
    description: "The official's cadre level when the case was opened (snapshot) / 立案时的干部管理权限",
  })
  subjectCadreLevel: CadreLevel | null;

  @Field(() => ID, { nullable: true, description: 'The unit held to account, `<region>:<KIND>` / 被问责单位' })
  subjectAgencyId: string | null;

  @Field(() => AccountabilityViolationEnum, { description: 'What the subject is held to account for / 追责事由' })
  violation: AccountabilityViolation;

  @Field({ description: 'Facts established or alleged / 主要事实' })
  facts: string;

  @Field(() => LocalDateResolver, { description: 'Date the case was opened / 立案日期' })
  openedOn: string;

  @Field(() => ID, { description: 'The competent body that opened the case / 立案机关' })
  openingAgencyId: string;

  @Field({ description: 'When the case was recorded / 立案记录时间' })
  openedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the investigation began / 开始调查时间' })
  investigationStartedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the decision was recorded / 处理决定记录时间' })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the case was closed / 结案时间' })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'How the decision was carried out / 结案说明' })
  closingNote: string | null;
}

export const AccountabilityCaseConnection = ConnectionType(AccountabilityCaseType, 'AccountabilityCase');

@ObjectType('AccountabilityCaseOrigin', {
  description: 'A record of another subgraph the case arises from, by id / 案件来源（跨子图记录）',
})
export class AccountabilityCaseOriginType {
  @Field(() => AccountabilityOriginKindEnum, { description: 'Kind of record / 来源类别' })
  kind: AccountabilityOriginKind;

  @Field(() => ID, { description: 'Id of the finding, complaint, incident or inspection / 来源记录 ID' })
  id: string;

  @Field(() => Label, { description: 'Kind of record in both languages / 来源类别名称' })
  label: Label;

  @Field({ description: 'When it was linked / 关联时间' })
  linkedAt: Date;
}

@ObjectType('AccountabilitySanction', { description: 'The sanction on one discipline track / 某一类处分' })
export class AccountabilitySanctionType {
  @Field(() => DisciplineTrackEnum, { description: 'Party discipline or government sanction / 处分类别' })
  track: DisciplineTrack;

  @Field(() => SanctionEnum, { description: 'The sanction / 处分种类' })
  sanction: Sanction;
}

@ObjectType('AccountabilityDecision', { description: 'The decision on a case / 处理决定' })
export class AccountabilityDecisionType {
  @Field(() => LocalDateResolver, { description: 'Date of the decision / 决定日期' })
  decidedOn: string;

  @Field(() => ID, { description: 'The competent body that decided, `<region>:<KIND>` / 决定机关' })
  decidingAgencyId: string;

  @Field({ description: 'Summary of the decision / 决定摘要' })
  summary: string;

  @Field({ description: 'When it was recorded / 记录时间' })
  recordedAt: Date;
}
