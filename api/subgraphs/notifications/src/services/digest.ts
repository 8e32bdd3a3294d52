import type { DataSource } from 'typeorm';
import { jobSchemaOf } from '@dibao/db';
import { labelOf, NotificationEvent, roleValues } from '@dibao/domain';
import { auditedWrite, systemActor } from '@dibao/server';
import { audienceMatch } from './access.js';
import { sendMailText, smtpSettings, type SmtpSettings } from './email.js';

/*
 * The daily digest: a graphile-worker cron item (HUB_DIGEST_CRON, 08:00 Beijing time by default) gathers, per
 * official who chose DAILY_DIGEST, the notifications of the 24 hours before the run that their audience rule
 * gives them (the same match as immediate delivery), into one digest row, then one job per row sends it. The cron
 * item runs once per period across every runner (graphile-worker's own guarantee), and the row is unique per
 * official and period, so a repeated run sends nobody a second digest.
 */

export const DIGEST_CRON_TASK = 'daily-digest';
export const DIGEST_TASK = 'deliver-digest';

/** The crontab line of the digest (graphile-worker's format; its clock is UTC: 00:00 UTC is 08:00 Beijing). */
export function digestCrontab(env: NodeJS.ProcessEnv = process.env): string {
  const schedule = env.HUB_DIGEST_CRON || '0 0 * * *';
  if (schedule.trim().split(/\s+/).length !== 5) throw new Error(`HUB_DIGEST_CRON is no cron schedule: ${schedule}`);
  return `${schedule.trim()} ${DIGEST_CRON_TASK} ?max=3`;
}

/** Plans the digests of the period ending at `periodEnd` and schedules a job for each; returns how many. */
export async function planDigests(dataSource: DataSource, periodEnd: Date): Promise<number> {
  const roles = `CASE WHEN 'ADMIN' = ANY(x.roles) THEN $2::text[] ELSE x.roles END`;
  return auditedWrite(dataSource, systemActor('notifications-digest'), async (tx) => {
    const rows = (await tx.manager.query(
      `INSERT INTO digest (official_id, period_end, address, notification_ids)
       SELECT o.id, $1, p.email, array_agg(n.id ORDER BY n.id)
         FROM registry.official o
         JOIN registry.agency a ON a.id = o.agency_id
         JOIN registry.official_access x ON x.official_id = o.id AND cardinality(x.roles) > 0
         JOIN registry.delivery_preference p ON p.official_id = o.id
         JOIN notification n ON n.delivered_at >= $1::timestamptz - interval '24 hours' AND n.delivered_at < $1
          AND (p.events IS NULL OR n.event = ANY(p.events))
          AND ${audienceMatch('n', { region: 'a.region_code', agency: 'a.kind', roles, subject: `'official:' || o.id::text` })}
        WHERE o.active AND p.email_mode = 'DAILY_DIGEST' AND p.email IS NOT NULL
        GROUP BY o.id, p.email
       ON CONFLICT ON CONSTRAINT digest_once DO NOTHING
       RETURNING id::text AS id`,
      [periodEnd, [...roleValues]],
    )) as Array<{ id: string }>;
    for (const { id } of rows) {
      await tx.manager.query(
        `SELECT "${jobSchemaOf('notifications')}".add_job($1, $2::json, job_key => $3, max_attempts => 8)`,
        [DIGEST_TASK, JSON.stringify({ digestId: id }), `digest:${id}`],
      );
    }
    await tx.audit({
      entityType: 'Digest',
      entityId: periodEnd.toISOString(),
      action: 'PLAN',
      after: { digests: rows.length },
    });
    return rows.length;
  });
}

interface DigestRow {
  address: string;
  status: string;
  period_end: Date;
}
interface ItemRow {
  event: NotificationEvent;
  summary_en: string;
  summary_zh: string;
  entity_type: string;
  entity_id: string;
  region_code: string;
}

const beijing = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** Sends one digest: every notification of it, Chinese then English, with links when HUB_ENTITY_URL is set. */
export async function runDigestJob(
  dataSource: DataSource,
  digestId: string,
  settings: SmtpSettings | null = smtpSettings(),
): Promise<'sent' | 'skipped'> {
  const [digest] = (await dataSource.query(`SELECT address, status, period_end FROM digest WHERE id = $1`, [
    digestId,
  ])) as DigestRow[];
  if (!digest || digest.status !== 'PENDING') return 'skipped';
  const actor = systemActor('notifications-digest');
  if (!settings) {
    await dataSource.query(
      `UPDATE digest SET status = 'SKIPPED', last_error = 'no SMTP server configured' WHERE id = $1`,
      [digestId],
    );
    return 'skipped';
  }
  const items = (await dataSource.query(
    `SELECT n.event, n.summary_en, n.summary_zh, n.entity_type, n.entity_id, n.region_code
       FROM digest d JOIN notification n ON n.id = ANY(d.notification_ids) WHERE d.id = $1 ORDER BY n.id`,
    [digestId],
  )) as ItemRow[];
  const link = (item: ItemRow) =>
    settings.entityUrl
      ?.replaceAll('{entityType}', encodeURIComponent(item.entity_type))
      .replaceAll('{entityId}', encodeURIComponent(item.entity_id)) ?? `${item.entity_type} ${item.entity_id}`;
  const until = beijing(digest.period_end);
  const text = [
    `截至 ${until}（北京时间）的 24 小时内，您有 ${items.length} 条通知：`,
    ...items.map(
      (item, i) =>
        `${i + 1}. ${labelOf(NotificationEvent, item.event, 'zh')}：${item.summary_zh}（${item.region_code}）${link(item)}`,
    ),
    '',
    `${items.length} notification(s) in the 24 hours up to ${until} (Beijing time):`,
    ...items.map(
      (item, i) =>
        `${i + 1}. ${labelOf(NotificationEvent, item.event, 'en')}: ${item.summary_en} (${item.region_code}) ${link(item)}`,
    ),
  ].join('\n');
  try {
    await sendMailText(settings, digest.address, `【低保监督】每日通知汇总 / Daily digest (${items.length})`, text);
  } catch (error) {
    await dataSource.query(`UPDATE digest SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
      digestId,
      (error as Error).message.slice(0, 500),
    ]);
    throw error;
  }
  await auditedWrite(dataSource, actor, async (tx) => {
    await tx.manager.query(
      `UPDATE digest SET status = 'SENT', attempts = attempts + 1, sent_at = now() WHERE id = $1`,
      [digestId],
    );
    await tx.audit({ entityType: 'Digest', entityId: digestId, action: 'SEND', after: { items: items.length } });
  });
  return 'sent';
}
