import type { DataSource } from 'typeorm';
import { auditedWrite, systemActor } from '@dibao/server';
import { sendEmail, smtpSettings, type DeliveryRow, type SmtpSettings } from './email.js';
import { postWebhook } from './webhook.js';

/*
 * The job of one delivery (e-mail or webhook): sends it unless it was sent already, then marks it SENT with an
 * audit record. A failed attempt keeps its error on the row and throws, so graphile-worker retries it with its
 * exponential backoff; the last attempt's failure marks it DEAD (dead-lettered) instead, for an ADMIN to retry.
 */

export interface Attempt {
  attempts: number;
  maxAttempts: number;
}

export async function runDeliveryJob(
  dataSource: DataSource,
  deliveryId: string,
  attempt: Attempt,
  settings: SmtpSettings | null = smtpSettings(),
): Promise<'sent' | 'skipped' | 'failed' | 'dead'> {
  // The webhook secret is read now, from the registry (a rotated secret signs the next attempt).
  const [row] = (await dataSource.query(
    `SELECT d.id::text AS id, d.notification_id::text AS notification_id, d.channel, d.status, d.address,
            p.webhook_secret, n.event, n.entity_type, n.entity_id, n.region_code, n.summary_en, n.summary_zh,
            n.occurred_at
       FROM delivery d JOIN notification n ON n.id = d.notification_id
       LEFT JOIN registry.delivery_preference p ON p.official_id = d.official_id
      WHERE d.id = $1`,
    [deliveryId],
  )) as DeliveryRow[];
  if (!row || row.status !== 'PENDING') return 'skipped';
  const actor = systemActor(`notifications-${row.channel.toLowerCase()}`);
  if (row.channel === 'EMAIL' && !settings) {
    await auditedWrite(dataSource, actor, async (tx) => {
      await tx.manager.query(`UPDATE delivery SET status = 'SKIPPED', last_error = $2 WHERE id = $1`, [
        deliveryId,
        'no SMTP server configured (HUB_SMTP_URL or HUB_SMTP_HOST)',
      ]);
      await tx.audit({ entityType: 'Delivery', entityId: deliveryId, action: 'SKIP', after: { channel: row.channel } });
    });
    return 'skipped';
  }
  try {
    if (row.channel === 'EMAIL') await sendEmail(settings!, row);
    else await postWebhook(row, settings?.entityUrl ?? process.env.HUB_ENTITY_URL ?? null);
  } catch (error) {
    const message = (error as Error).message.slice(0, 500);
    const dead = attempt.attempts >= attempt.maxAttempts;
    await auditedWrite(dataSource, actor, async (tx) => {
      await tx.manager.query(
        `UPDATE delivery SET attempts = attempts + 1, last_error = $2,
                status = CASE WHEN $3 THEN 'DEAD' ELSE status END WHERE id = $1`,
        [deliveryId, message, dead],
      );
      if (dead) {
        await tx.audit({
          entityType: 'Delivery',
          entityId: deliveryId,
          action: 'DEAD_LETTER',
          after: { channel: row.channel, attempts: attempt.attempts, error: message },
        });
      }
    });
    if (dead) return 'dead';
    throw error;
  }
  await auditedWrite(dataSource, actor, async (tx) => {
    await tx.manager.query(
      `UPDATE delivery SET status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`,
      [deliveryId],
    );
    await tx.audit({ entityType: 'Delivery', entityId: deliveryId, action: 'SEND', after: { channel: row.channel } });
  });
  return 'sent';
}
