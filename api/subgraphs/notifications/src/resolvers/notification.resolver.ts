import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { eventCursor, inAudience, liveEvents, requirePrincipal, type Audience } from '@dibao/server';
import { NOTIFICATION_CREATED_TOPIC } from '../config.js';
import type { NotificationsContext } from '../context.js';
import { checkedNotificationId, notificationsByIds, notificationsOf } from '../loaders.js';
import {
  NotificationAdded,
  NotificationConnection,
  NotificationType,
  notificationOf,
} from '../schema/notification.type.js';
import { markAllRead, markRead } from '../services/read-state.js';

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description: 'Your notifications, newest first; `unread: true` for the unread only / 我的通知（最新在前）',
  })
  async notifications(
    @Ctx() context: NotificationsContext,
    @Arg('unread', () => Boolean, { nullable: true }) unread?: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const principal = requirePrincipal(context);
    const page = await notificationsOf(context.dataSource, principal, { unread, first, after });
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: notificationOf(edge.node) })) };
  }

  @Mutation(() => [NotificationType], {
    description: 'Marks some of your notifications read; an id that is not yours is NOT_FOUND / 标记为已读',
  })
  async markRead(@Ctx() context: NotificationsContext, @Arg('ids', () => [ID]) ids: string[]) {
    const principal = requirePrincipal(context);
    const checked = ids.map(checkedNotificationId);
    const marked = await markRead(context.dataSource, principal, checked, context.now());
    return marked.map(notificationOf);
  }

  @Mutation(() => Int, {
    description: 'Marks all your notifications read; returns how many were unread / 全部标记为已读',
  })
  markAllRead(@Ctx() context: NotificationsContext) {
    return markAllRead(context.dataSource, requirePrincipal(context), context.now());
  }

  @Subscription(() => NotificationAdded, {
    description:
      'Your new notifications, live; `after` (a cursor it gave) replays what came while you were away / 新通知实时推送',
    subscribe: async ({ args, context }) => {
      const notifications = context as NotificationsContext;
      const principal = requirePrincipal(notifications);
      const { after } = args as { after?: string | null };
      return liveEvents(notifications.dataSource, {
        topics: [NOTIFICATION_CREATED_TOPIC],
        after: eventCursor(after),
        visible: (event) => inAudience(principal, (event.payload as { audience: Audience }).audience),
        map: async (event) => {
          const [node] = await notificationsByIds(notifications.dataSource, principal, [event.entityId!]);
          return { cursor: event.id, notification: notificationOf(node!) };
        },
      });
    },
  })
  notificationAdded(
    @Root() added: NotificationAdded,
    @Arg('after', () => String, { nullable: true }) _after?: string,
  ): NotificationAdded {
    return added;
  }
}
