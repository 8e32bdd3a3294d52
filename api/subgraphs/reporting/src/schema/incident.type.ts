import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { IncidentCategory, IncidentSeverity, IncidentStatus } from '@dibao/domain';
import { ConnectionType } from '@dibao/server';
import { IncidentCategoryEnum, IncidentSeverityEnum, IncidentStatusEnum } from './enums.js';

@Directive('@key(fields: "id")')
@ObjectType('Incident', { description: 'A major matter or emergency / 重大事项和突发事件' })
export class IncidentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Where it happened / 发生地' })
  regionCode: string;

  @Field(() => ID, { description: 'The bureau that reported it / 报告单位' })
  reportedByRegionCode: string;

  @Field()
  occurredAt: Date;

  @Field()
  reportedAt: Date;

  @Field(() => IncidentSeverityEnum)
  severity: IncidentSeverity;

  @Field(() => IncidentCategoryEnum)
  category: IncidentCategory;

  @Field(() => IncidentStatusEnum)
  status: IncidentStatus;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field({ description: 'Cause analysis / 原因分析' })
  causeAnalysis: string;

  @Field({ description: 'Rectification measures / 整改措施' })
  rectificationMeasures: string;
}

export const IncidentConnection = ConnectionType(IncidentType, 'Incident');

@ObjectType('IncidentUpdate', { description: 'A follow-up report / 续报' })
export class IncidentUpdateType {
  @Field()
  at: Date;

  @Field()
  note: string;

  @Field(() => IncidentStatusEnum)
  status: IncidentStatus;

  @Field({ description: 'Who recorded it (token subject) / 记录人' })
  recordedBy: string;
}
