import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { NotificationEvent, notificationEventValues } from '@dibao/domain';
import { vocabularyEnum } from '@dibao/server';
import type { EmailMode } from '../entities/index.js';

/** The notifications subgraph's vocabulary, the same enum on both sides of the supergraph. */
export const NotificationEventEnum = vocabularyEnum(
  NotificationEvent,
  'NotificationEvent',
  'What a notification tells / 通知事项',
);

export const EmailModeEnum = { OFF: 'OFF', IMMEDIATE: 'IMMEDIATE', DAILY_DIGEST: 'DAILY_DIGEST' } as const;
registerEnumType(EmailModeEnum, {
  name: 'EmailMode',
  description: 'Whether notifications are e-mailed / 邮件通知方式',
  valuesConfig: {
    OFF: { description: 'In-app only / 仅站内' },
    IMMEDIATE: { description: 'An e-mail for each notification at once / 每条通知即时发送邮件' },
    DAILY_DIGEST: { description: "One e-mail a day with the day's notifications / 每日汇总一封邮件" },
  },
});

@ObjectType('DeliveryPreferences', {
  description: 'How an official is told of notifications beyond the in-app list / 工作人员的通知接收偏好',
})
export class DeliveryPreferencesType {
  @Field(() => ID)
  officialId: string;

  @Field(() => [NotificationEventEnum], { nullable: true, description: 'Events sent; null: every event / 接收的事项' })
  events: NotificationEvent[] | null;

  @Field(() => String, { nullable: true, description: 'Where e-mails go / 邮件地址' })
  email: string | null;

  @Field(() => EmailModeEnum)
  emailMode: EmailMode;

  @Field(() => String, { nullable: true, description: 'Where each notification is POSTed / Webhook 地址' })
  webhookUrl: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The webhook signing secret, shown once: in the answer that generated it, else null / Webhook 签名密钥（仅显示一次）',
  })
  webhookSecret: string | null;
}

@InputType({ description: 'How to be told of notifications / 设置通知接收偏好' })
export class DeliveryPreferencesInput {
  @Field(() => [NotificationEventEnum], { nullable: true, description: 'Null: every event / 为空表示全部事项' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(notificationEventValues.length)
  @IsIn(notificationEventValues, { each: true })
  events?: NotificationEvent[] | null;

  @Field(() => String, { nullable: true, description: 'E-mail address; null removes it / 邮件地址' })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;

  @Field(() => EmailModeEnum)
  @IsIn(Object.keys(EmailModeEnum))
  emailMode: EmailMode;

  @Field(() => String, { nullable: true, description: 'Webhook URL (https); null removes it / Webhook 地址' })
  @IsOptional()
  @MaxLength(2000)
  webhookUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Generate a new signing secret / 重新生成签名密钥' })
  @IsOptional()
  rotateWebhookSecret?: boolean | null;
}
