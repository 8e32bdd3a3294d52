import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { NotificationEvent } from '@dibao/domain';

export type EmailMode = 'OFF' | 'IMMEDIATE' | 'DAILY_DIGEST';

/** How an official wants to be told of notifications beyond the in-app list (table delivery_preference). */
@Entity({ name: 'delivery_preference' })
export class DeliveryPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', name: 'official_id' })
  officialId: string;

  /** The events to send; null: every event. */
  @Column({ type: 'text', array: true, nullable: true })
  events: NotificationEvent[] | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', name: 'email_mode', default: 'OFF' })
  emailMode: EmailMode;

  /** Where each notification is POSTed, signed with the secret (null: no webhook). */
  @Column({ type: 'text', name: 'webhook_url', nullable: true })
  webhookUrl: string | null;

  @Column({ type: 'text', name: 'webhook_secret', nullable: true })
  webhookSecret: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
