import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { NotificationEvent } from '@dibao/domain';
import { badInput, decodeCursor, keysetConnection, pageSize, type Connection, type PageRequest } from '@dibao/server';
import { audienceCondition } from './services/access.js';

/** A notification as one principal sees it (their own read state). */
export interface NotificationNode {
  id: string;
  event: NotificationEvent;
  regionCode: string;
  entityType: string;
  entityId: string;
  summaryEn: string;
  summaryZh: string;
  occurredAt: Date;
  readAt: Date | null;
}

interface Row {
  id: string;
  event: NotificationEvent;
  region_code: string;
  entity_type: string;
  entity_id: string;
  summary_en: string;
  summary_zh: string;
  occurred_at: Date;
  read_at: Date | null;
}

const nodeOf = (row: Row): NotificationNode => ({
  id: row.id,
  event: row.event,
  regionCode: row.region_code,
  entityType: row.entity_type,
  entityId: row.entity_id,
  summaryEn: row.summary_en,
  summaryZh: row.summary_zh,
  occurredAt: row.occurred_at,
  readAt: row.read_at,
});

const COLUMNS = `n.id::text AS id, n.event, n.region_code, n.entity_type, n.entity_id, n.summary_en, n.summary_zh,
  n.occurred_at, r.read_at`;

/** Notification ids are the decimal bigint keys, never anything else. */
export function checkedNotificationId(id: string): string {
  if (!/^[1-9]\d{0,18}$/.test(id)) throw badInput(`Not a notification id: ${id}`, `不是通知编号：${id}`);
  return id;
}

/** The principal's notifications, newest first, optionally only the unread ones. */
export async function notificationsOf(
  dataSource: DataSource,
  principal: Principal,
  options: PageRequest & { unread?: boolean | null },
): Promise<Connection<NotificationNode>> {
  const size = pageSize(options.first);
  const mine = audienceCondition(principal, 'n', 2);
  const where = `${mine.sql}${options.unread ? ' AND r.read_at IS NULL' : ''}`;
  const from = `FROM notification n LEFT JOIN notification_read r ON r.notification_id = n.id AND r.subject = $1`;
  const parameters = [principal.subject, ...mine.parameters];
  const [{ count }] = (await dataSource.query(`SELECT count(*)::int AS count ${from} WHERE ${where}`, parameters)) as [
    { count: number },
  ];
  const after = options.after ? checkedNotificationId(decodeCursor(options.after)) : null;
  // One row past the page, even for `first: 0`: it only says whether there is a next page.
  const rows = (await dataSource.query(
    `SELECT ${COLUMNS} ${from} WHERE ${where} ${after ? `AND n.id < $${parameters.length + 1}::bigint` : ''}
      ORDER BY n.id DESC LIMIT ${size + 1}`,
    after ? [...parameters, after] : parameters,
  )) as Row[];
  return keysetConnection(rows.map(nodeOf), size, (node) => node.id, count, Boolean(after));
}

/** Notifications by id that are the principal's (others are left out: they are not theirs to know of). */
export async function notificationsByIds(
  manager: DataSource | EntityManager,
  principal: Principal,
  ids: readonly string[],
): Promise<NotificationNode[]> {
  if (ids.length === 0) return [];
  const mine = audienceCondition(principal, 'n', 3);
  const rows = (await manager.query(
    `SELECT ${COLUMNS} FROM notification n
       LEFT JOIN notification_read r ON r.notification_id = n.id AND r.subject = $1
      WHERE n.id = ANY($2::bigint[]) AND ${mine.sql} ORDER BY n.id DESC`,
    [principal.subject, ids, ...mine.parameters],
  )) as Row[];
  return rows.map(nodeOf);
}
