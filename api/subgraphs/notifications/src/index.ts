// Decorator metadata (type-graphql, TypeORM) needs the polyfill before any decorated class loads.
import 'reflect-metadata';
import { buildSubgraph, type SubgraphModule } from '@dibao/server';
import { NotificationsContext } from './context.js';
import { notificationsEntities } from './entities/index.js';
import { notificationsMigrations } from './migrations/index.js';
import { DeliveryResolver } from './resolvers/delivery.resolver.js';
import { NotificationResolver } from './resolvers/notification.resolver.js';
import { startNotificationWork } from './services/fan-out.js';

export interface NotificationsOptions {
  now?: () => Date;
}

/**
 * Notifications for every subgraph: the `notify` events each source raises with its actions are fanned out to
 * their audiences, read in-app (`notifications`, `markRead`, `markAllRead`) and pushed live (`notificationAdded`).
 */
export function createNotificationsSubgraph(options: NotificationsOptions = {}): SubgraphModule<NotificationsContext> {
  const now = options.now ?? (() => new Date());
  return {
    name: 'notifications',
    entities: notificationsEntities,
    migrations: notificationsMigrations,
    createContext: (dataSource) => new NotificationsContext(dataSource, now),
    background: (dataSource, log) => startNotificationWork(dataSource, log),
    buildSchema: () =>
      buildSubgraph({
        resolvers: [NotificationResolver, DeliveryResolver],
        referenceResolvers: {
          Region: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
        },
      }),
  };
}

export const notifications = createNotificationsSubgraph();

export { NotificationsContext } from './context.js';
export { NOTIFY_SOURCES, NOTIFICATION_CREATED_TOPIC } from './config.js';
export { fanOutBatch, drainSource, startFanOut, startNotificationWork, type FanOut } from './services/fan-out.js';
export { startDeadlineRunner, runDeadlineJob, JOB_SCHEMA } from './services/deadlines.js';
export { mailOf, smtpSettings, type SmtpSettings } from './services/email.js';
export { runDeliveryJob } from './services/delivery.js';
export { webhookSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './services/webhook.js';
export { planDeliveries } from './services/recipients.js';
export { planDigests, runDigestJob, digestCrontab } from './services/digest.js';
