import type { EntityManager } from 'typeorm';
import { jobSchemaOf } from '@dibao/db';
import { roleValues } from '@dibao/domain';
import { audienceMatch } from './access.js';

/*
 * Outbound recipients are the registry's officials, not token holders: the audience a source declared (within the
 * entity's read rule) is matched against each active official's agency, region, roles and subject, as they stand in
 * the registry now, read through the notifications role's shared read of those tables. An official who left
 * (inactive), holds no role, or chose other events or no channel gets nothing; ADMIN holds every role, as in-app.
 */

export const EMAIL_TASK = 'deliver-email';
export const WEBHOOK_TASK = 'deliver-webhook';
export type Channel = 'EMAIL' | 'WEBHOOK';
export const taskOf = (channel: Channel) => (channel === 'EMAIL' ? EMAIL_TASK : WEBHOOK_TASK);

/** How many times a delivery is tried before it is dead-lettered (HUB_DELIVERY_ATTEMPTS, 6 by default). */
export function deliveryAttempts(env: NodeJS.ProcessEnv = process.env): number {
  const attempts = Number(env.HUB_DELIVERY_ATTEMPTS || 6);
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 25) {
    throw new Error(`HUB_DELIVERY_ATTEMPTS must be 1 to 25, got ${env.HUB_DELIVERY_ATTEMPTS}`);
  }
  return attempts;
}

/** The subject an official's token carries (the registry's sign-in prefix). */
const OFFICIAL_SUBJECT = `'official:' || o.id::text`;

/** Schedules the job of a delivery (graphile-worker retries it with exponential backoff up to the attempts). */
export async function scheduleDelivery(manager: EntityManager, id: string, channel: Channel): Promise<void> {
  await manager.query(
    `SELECT "${jobSchemaOf('notifications')}".add_job($1, $2::json, job_key => $3, max_attempts => $4)`,
    [taskOf(channel), JSON.stringify({ deliveryId: id }), `delivery:${id}`, deliveryAttempts()],
  );
}

/**
 * Plans the e-mails and webhooks of one notification and schedules a job for each, in the caller's transaction
 * (the one that records the notification), so a delivery exists exactly when its notification does.
 */
export async function planDeliveries(manager: EntityManager, notificationId: string): Promise<number> {
  const roles = `CASE WHEN 'ADMIN' = ANY(x.roles) THEN $2::text[] ELSE x.roles END`;
  const rows = (await manager.query(
    `WITH recipient AS (
       SELECT n.id AS notification_id, o.id AS official_id, p.email, p.email_mode, p.webhook_url
         FROM notification n
         JOIN registry.official o ON o.active
         JOIN registry.agency a ON a.id = o.agency_id
         JOIN registry.official_access x ON x.official_id = o.id AND cardinality(x.roles) > 0
         JOIN registry.delivery_preference p ON p.official_id = o.id
        WHERE n.id = $1
          AND (p.events IS NULL OR n.event = ANY(p.events))
          AND ${audienceMatch('n', { region: 'a.region_code', agency: 'a.kind', roles, subject: OFFICIAL_SUBJECT })})
     INSERT INTO delivery (notification_id, official_id, channel, address)
     SELECT notification_id, official_id, 'EMAIL', email FROM recipient WHERE email_mode = 'IMMEDIATE'
     UNION ALL
     SELECT notification_id, official_id, 'WEBHOOK', webhook_url FROM recipient WHERE webhook_url IS NOT NULL
     ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING
     RETURNING id::text AS id, channel`,
    [notificationId, [...roleValues]],
  )) as Array<{ id: string; channel: Channel }>;
  for (const { id, channel } of rows) await scheduleDelivery(manager, id, channel);
  return rows.length;
}
