import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { NotificationEvent } from '@dibao/domain';
import { ConnectionType } from '@dibao/server';
import { NotificationEventEnum } from './notification.type.js';

export const DeliveryChannelEnum = { EMAIL: 'EMAIL', WEBHOOK: 'WEBHOOK' } as const;
registerEnumType(DeliveryChannelEnum, {
  name: 'DeliveryChannel',
  description: 'An outbound channel / 外发渠道',
  valuesConfig: { EMAIL: { description: 'E-mail / 邮件' }, WEBHOOK: { description: 'Signed webhook / 签名 Webhook' } },
});

export const DeliveryStatusEnum = { PENDING: 'PENDING', SENT: 'SENT', SKIPPED: 'SKIPPED', DEAD: 'DEAD' } as const;
registerEnumType(DeliveryStatusEnum, {
  name: 'DeliveryStatus',
  description: 'Where a delivery stands / 外发状态',
  valuesConfig: {
    PENDING: { description: 'Being tried / 发送中' },
    SENT: { description: 'Delivered / 已送达' },
    SKIPPED: { description: 'Not sent: the channel is not configured / 未发送（渠道未配置）' },
    DEAD: { description: 'Failed its last attempt / 多次失败，已转入死信' },
  },
});

/** The registry's official, opened by key. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Official')
export class OfficialRef {
  @Field(() => ID)
  id: string;
}

@ObjectType('Delivery', { description: 'A notification sent to an official by e-mail or webhook / 通知外发记录' })
export class DeliveryType {
  @Field(() => ID)
  id: string;

  @Field(() => DeliveryChannelEnum)
  channel: keyof typeof DeliveryChannelEnum;

  @Field(() => DeliveryStatusEnum)
  status: keyof typeof DeliveryStatusEnum;

  @Field({ description: 'The address or URL it went to / 发送地址' })
  address: string;

  @Field(() => OfficialRef, { description: 'The recipient / 接收人' })
  official: OfficialRef;

  @Field(() => NotificationEventEnum, { description: 'What the notification told / 通知事项' })
  event: NotificationEvent;

  @Field({ description: 'The kind of entity / 所涉对象类型' })
  entityType: string;

  @Field(() => ID, { description: 'Its id / 所涉对象编号' })
  entityId: string;

  @Field(() => Int, { description: 'Attempts made / 已尝试次数' })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed / 最近一次失败原因' })
  lastError: string | null;

  @Field({ description: 'When it was planned / 创建时间' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was delivered / 送达时间' })
  sentAt: Date | null;
}

export const DeliveryConnection = ConnectionType(DeliveryType, 'Delivery');
