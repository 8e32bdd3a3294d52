import type { NotificationEvent } from '@dibao/domain';
import type { Audience, AuditedTransaction } from '@dibao/server';
import { NOTIFICATION_CREATED_TOPIC } from '../config.js';
import { reachedRegions } from './access.js';
import { planDeliveries } from './recipients.js';

/** One notification as the fan-out (a source's notice) or the deadline job (a stage of a watch) records it. */
export interface NewNotification {
  /** Where it came from: a source subgraph, or a deadline stage; with `sourceEventId` it is recorded once. */
  source: string;
  sourceEventId: string;
  event: NotificationEvent;
  regionCode: string;
  entityType: string;
  entityId: string;
  audience: Audience;
  summary: { en: string; zh: string };
  /** When the action happened; the database's clock when absent. */
  occurredAt?: Date;
}

/**
 * Records a notification in the caller's transaction with what must commit with it: its outbound deliveries
 * (planned and queued) and the event `notificationAdded` pushes live. Returns its id.
 */
export async function recordNotification(tx: AuditedTransaction, notice: NewNotification): Promise<string> {
  const [row] = (await tx.manager.query(
    `INSERT INTO notification (source, source_event_id, event, region_code, entity_type, entity_id, audience,
                               audience_regions, summary_en, summary_zh, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce($11, now())) RETURNING id::text AS id`,
    [
      notice.source,
      notice.sourceEventId,
      notice.event,
      notice.regionCode,
      notice.entityType,
      notice.entityId,
      JSON.stringify(notice.audience),
      await reachedRegions(tx.manager, notice.audience),
      notice.summary.en,
      notice.summary.zh,
      notice.occurredAt ?? null,
    ],
  )) as Array<{ id: string }>;
  const id = row!.id;
  await planDeliveries(tx.manager, id);
  tx.raise({
    topic: NOTIFICATION_CREATED_TOPIC,
    regionCode: notice.regionCode,
    entityType: 'Notification',
    entityId: id,
    payload: { audience: notice.audience },
  });
  return id;
}
