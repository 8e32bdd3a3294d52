import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type {
  AccountabilityCaseDisclosure,
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
  AccountabilityCaseDisclosureEnum,
  AccountabilityCaseStatusEnum,
  AccountabilityOriginKindEnum,
  AccountabilitySubjectKindEnum,
  AccountabilityViolationEnum,
  CadreLevelEnum,
  DisciplineTrackEnum,
  SanctionEnum,
} from './enums.js';
import { ComplaintRef, FindingRef, IncidentRef, InspectionRef } from './references.type.js';

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
    description: "The registry's id of the official, when known (confidential) / 登记系统中的工作人员 ID（保密）",
  })
  subjectOfficialId: string | null;

  @Field(() => AccountabilityCaseDisclosureEnum, {
    description:
      'How much of the case you read: the confidential fields are null in a SUMMARY / 可见范围（摘要不含保密内容）',
  })
  disclosure: AccountabilityCaseDisclosure;

  @Field(() => String, {
    nullable: true,
    description:
      'The subject as the case file names them (confidential: null in a SUMMARY) / 案卷记载的问责对象名称（保密）',
  })
  subjectName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Post of the official when the case was opened (confidential) / 立案时职务（保密）',
  })
  subjectPosition: string | null;

  @Field(() => CadreLevelEnum, {
    nullable: true,
    description: "The official's cadre level when the case was opened (snapshot) / 立案时的干部管理权限",
  })
  subjectCadreLevel: CadreLevel | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit held to account, `<region>:<KIND>` (confidential) / 被问责单位（保密）',
  })
  subjectAgencyId: string | null;

  @Field(() => AccountabilityViolationEnum, { description: 'What the subject is held to account for / 追责事由' })
  violation: AccountabilityViolation;

  @Field(() => String, {
    nullable: true,
    description: 'Facts established or alleged (confidential: null in a SUMMARY) / 主要事实（保密）',
  })
  facts: string | null;

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

  @Field(() => String, {
    nullable: true,
    description: 'How the decision was carried out (confidential) / 结案说明（保密）',
  })
  closingNote: string | null;
}

export const AccountabilityCaseConnection = ConnectionType(AccountabilityCaseType, 'AccountabilityCase');

@ObjectType('AccountabilityCaseOrigin', {
  description: 'A record of another subgraph the case arises from, opening as that record / 案件来源（跨子图记录）',
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

  @Field(() => FindingRef, { nullable: true, description: 'The finding (oversight) / 督察发现问题' })
  finding: FindingRef | null;

  @Field(() => ComplaintRef, { nullable: true, description: 'The complaint (complaints) / 投诉举报' })
  complaint: ComplaintRef | null;

  @Field(() => IncidentRef, { nullable: true, description: 'The incident (reporting) / 重大事项和突发事件' })
  incident: IncidentRef | null;

  @Field(() => InspectionRef, { nullable: true, description: 'The special inspection (oversight) / 专项督察' })
  inspection: InspectionRef | null;
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

  @Field(() => String, {
    nullable: true,
    description: 'Summary of the decision (confidential: null in a SUMMARY) / 决定摘要（保密）',
  })
  summary: string | null;

  @Field({ description: 'When it was recorded / 记录时间' })
  recordedAt: Date;
}
