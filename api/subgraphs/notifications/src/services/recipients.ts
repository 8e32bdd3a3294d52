import type { EntityManager } from 'typeorm';
import { COMPANION_SCHEMAS } from '@dibao/db';
import { roleValues } from '@dibao/domain';
import { audienceMatch } from './access.js';

/*
 * Outbound recipients are the registry's officials, not token holders: the audience a source declared (within the
 * entity's read rule) is matched against each active official's agency, region, roles and subject, as they stand in
 * the registry now, read through the notifications role's shared read of those tables. An official who left
 * (inactive), holds no role, or chose another event or no e-mail gets nothing; ADMIN holds every role, as in-app.
 */

export const EMAIL_TASK = 'deliver-email';

/** The subject an official's token carries (the registry's sign-in prefix). */
const OFFICIAL_SUBJECT = `'official:' || o.id::text`;

/**
 * Plans the e-mails of one notification and schedules a job for each, in the caller's transaction (the one that
 * records the notification), so a delivery exists exactly when its notification does. Returns how many.
 */
export async function planDeliveries(manager: EntityManager, notificationId: string): Promise<number> {
  const roles = `CASE WHEN 'ADMIN' = ANY(x.roles) THEN $2::text[] ELSE x.roles END`;
  const rows = (await manager.query(
    `INSERT INTO delivery (notification_id, official_id, channel, address)
     SELECT n.id, o.id, 'EMAIL', p.email
       FROM notification n
       JOIN registry.official o ON o.active
       JOIN registry.agency a ON a.id = o.agency_id
       JOIN registry.official_access x ON x.official_id = o.id AND cardinality(x.roles) > 0
       JOIN registry.delivery_preference p ON p.official_id = o.id
      WHERE n.id = $1
        AND p.email_mode = 'IMMEDIATE' AND p.email IS NOT NULL
        AND (p.events IS NULL OR n.event = ANY(p.events))
        AND ${audienceMatch('n', { region: 'a.region_code', agency: 'a.kind', roles, subject: OFFICIAL_SUBJECT })}
     ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING
     RETURNING id::text AS id`,
    [notificationId, [...roleValues]],
  )) as Array<{ id: string }>;
  for (const { id } of rows) {
    await manager.query(`SELECT "${COMPANION_SCHEMAS.notifications!}".add_job($1, $2::json, job_key => $3, max_attempts => 8)`, [
      EMAIL_TASK,
      JSON.stringify({ deliveryId: id }),
      `email:${id}`,
    ]);
  }
  return rows.length;
}
