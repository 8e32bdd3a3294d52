import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import { auditedWrite, notFound } from '@dibao/server';
import { notificationsByIds, type NotificationNode } from '../loaders.js';
import { audienceCondition } from './access.js';

/**
 * Marks some of the principal's notifications read (already read ones keep their first time). An id that is not
 * the principal's is NOT_FOUND and nothing is marked.
 */
export async function markRead(
  dataSource: DataSource,
  principal: Principal,
  ids: readonly string[],
  at: Date,
): Promise<NotificationNode[]> {
  const wanted = [...new Set(ids)];
  return auditedWrite(dataSource, principal, async (tx) => {
    const mine = await notificationsByIds(tx.manager, principal, wanted);
    if (mine.length !== wanted.length) {
      const missing = wanted.filter((id) => !mine.some((node) => node.id === id));
      throw notFound(`No such notification of yours: ${missing.join(', ')}`, `您没有这些通知：${missing.join('、')}`);
    }
    const marked = (await tx.manager.query(
      `INSERT INTO notification_read (subject, notification_id, read_at)
       SELECT $1, id, $3 FROM unnest($2::bigint[]) AS id
       ON CONFLICT DO NOTHING RETURNING notification_id::text AS id`,
      [principal.subject, wanted, at],
    )) as Array<{ id: string }>;
    if (marked.length > 0) {
      await tx.audit({
        entityType: 'NotificationRead',
        entityId: principal.subject,
        action: 'MARK_READ',
        after: { ids: marked.map((row) => row.id) },
      });
    }
    return notificationsByIds(tx.manager, principal, wanted);
  });
}

/** Marks every unread notification of the principal read; returns how many it marked. */
export async function markAllRead(dataSource: DataSource, principal: Principal, at: Date): Promise<number> {
  return auditedWrite(dataSource, principal, async (tx) => {
    const mine = audienceCondition(principal, 'n', 3);
    const marked = (await tx.manager.query(
      `INSERT INTO notification_read (subject, notification_id, read_at)
       SELECT $1, n.id, $2 FROM notification n
        WHERE ${mine.sql}
          AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.subject = $1)
       ON CONFLICT DO NOTHING RETURNING notification_id::text AS id`,
      [principal.subject, at, ...mine.parameters],
    )) as Array<{ id: string }>;
    if (marked.length > 0) {
      await tx.audit({
        entityType: 'NotificationRead',
        entityId: principal.subject,
        action: 'MARK_ALL_READ',
        after: { count: marked.length, upTo: marked.map((row) => row.id).sort((a, b) => Number(b) - Number(a))[0] },
      });
    }
    return marked.length;
  });
}
