import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { NotificationEvent } from '@dibao/domain';
import { ConnectionType, Label, labelFor, vocabularyEnum } from '@dibao/server';
import type { NotificationNode } from '../loaders.js';

export const NotificationEventEnum = vocabularyEnum(
  NotificationEvent,
  'NotificationEvent',
  'What a notification tells / 通知事项',
);

/** Region is owned by the registry; a notification opens its region by key. */
@Directive('@key(fields: "code")')
@ObjectType('Region')
export class RegionRef {
  @Field(() => ID)
  code: string;
}

/** Monitoring's alert, opened by key through the supergraph with monitoring's own scope check. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Alert')
export class AlertRef {
  @Field(() => ID)
  id: string;
}

@ObjectType('Notification', {
  description:
    'Something that needs you, raised by the action that caused it; never more than you may read of its entity / 通知',
})
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationEventEnum)
  event: NotificationEvent;

  @Field(() => Label, { description: 'What happened, in both languages / 事项名称' })
  eventLabel(): Label {
    return labelFor(NotificationEvent, this.event);
  }

  @Field(() => Label, { description: 'One line about the entity, without personal data / 摘要' })
  summary: Label;

  @Field(() => RegionRef, { description: 'The region of the entity / 所涉地区' })
  region: RegionRef;

  @Field({ description: 'The kind of entity: AnnualReport, Incident, DeadlineException, Alert… / 所涉对象类型' })
  entityType: string;

  @Field(() => ID, { description: 'Its id, to open it with the query for that kind / 所涉对象编号' })
  entityId: string;

  @Field(() => AlertRef, { nullable: true, description: 'The alert, for ALERT_RAISED / 所涉预警' })
  alert: AlertRef | null;

  @Field({ description: 'When the action happened / 发生时间' })
  occurredAt: Date;

  @Field({ description: 'Whether you have read it / 是否已读' })
  read: boolean;

  @Field(() => Date, { nullable: true, description: 'When you read it / 阅读时间' })
  readAt: Date | null;
}

export const NotificationConnection = ConnectionType(NotificationType, 'Notification');

@ObjectType('NotificationAdded', { description: 'A new notification, live / 新通知' })
export class NotificationAdded {
  @Field({ description: 'Subscribe again with this as `after` to receive what came meanwhile / 续订游标' })
  cursor: string;

  @Field(() => NotificationType)
  notification: NotificationType;
}

/** The GraphQL shape of a notification node. */
export function notificationOf(node: NotificationNode): NotificationType {
  return Object.assign(new NotificationType(), {
    id: node.id,
    event: node.event,
    summary: { en: node.summaryEn, zh: node.summaryZh },
    region: { code: node.regionCode },
    entityType: node.entityType,
    entityId: node.entityId,
    alert: node.entityType === 'Alert' ? { id: node.entityId } : null,
    occurredAt: node.occurredAt,
    read: node.readAt !== null,
    readAt: node.readAt,
  });
}
