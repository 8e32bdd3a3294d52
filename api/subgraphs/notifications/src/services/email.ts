import nodemailer, { type Transporter } from 'nodemailer';
import { labelOf, NotificationEvent } from '@dibao/domain';

/*
 * E-mail through SMTP (nodemailer), configured by the environment: HUB_SMTP_URL (smtp[s]://user:password@host:port)
 * or HUB_SMTP_HOST with HUB_SMTP_PORT, HUB_SMTP_USER, HUB_SMTP_PASSWORD; HUB_SMTP_FROM is the sender. A message
 * carries what the in-app notification does (its event and summary, both languages, which never name a
 * complainant) and a link to the entity when HUB_ENTITY_URL gives the template ({entityType}, {entityId}).
 */

export interface SmtpSettings {
  transport: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
  from: string;
  entityUrl: string | null;
}

/** The SMTP settings of the environment, or null when none is configured (e-mails are then skipped, and said so). */
export function smtpSettings(env: NodeJS.ProcessEnv = process.env): SmtpSettings | null {
  const from = env.HUB_SMTP_FROM || '低保监督平台 Dibao oversight hub <no-reply@localhost>';
  const entityUrl = env.HUB_ENTITY_URL || null;
  if (env.HUB_SMTP_URL) return { transport: env.HUB_SMTP_URL, from, entityUrl };
  if (!env.HUB_SMTP_HOST) return null;
  const port = Number(env.HUB_SMTP_PORT || 587);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) throw new Error(`HUB_SMTP_PORT is no port: ${port}`);
  return {
    transport: {
      host: env.HUB_SMTP_HOST,
      port,
      secure: port === 465,
      ...(env.HUB_SMTP_USER ? { auth: { user: env.HUB_SMTP_USER, pass: env.HUB_SMTP_PASSWORD ?? '' } } : {}),
    },
    from,
    entityUrl,
  };
}

export interface DeliveryRow {
  id: string;
  notification_id: string;
  channel: 'EMAIL' | 'WEBHOOK';
  status: string;
  address: string;
  webhook_secret: string | null;
  event: NotificationEvent;
  entity_type: string;
  entity_id: string;
  region_code: string;
  summary_en: string;
  summary_zh: string;
  occurred_at: Date;
}

export interface Mail {
  subject: string;
  text: string;
}

/** The message of one notification: Chinese first, then English; only the notification's own fields. */
export function mailOf(row: DeliveryRow, entityUrl: string | null): Mail {
  const zh = labelOf(NotificationEvent, row.event, 'zh');
  const en = labelOf(NotificationEvent, row.event, 'en');
  const link = entityUrl
    ?.replaceAll('{entityType}', encodeURIComponent(row.entity_type))
    .replaceAll('{entityId}', encodeURIComponent(row.entity_id));
  const at = new Date(row.occurred_at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  const text = [
    `${zh}`,
    `${row.summary_zh}`,
    `地区：${row.region_code}，时间：${at}（北京时间）`,
    link ? `查看：${link}` : `对象：${row.entity_type} ${row.entity_id}`,
    '',
    `${en}`,
    `${row.summary_en}`,
    `Region: ${row.region_code}  Time: ${at} (Beijing time)`,
    link ? `Open: ${link}` : `Entity: ${row.entity_type} ${row.entity_id}`,
    '',
    '此邮件由低保监督平台按您的通知偏好发送。 Sent by the dibao oversight hub as your delivery preferences ask.',
  ].join('\n');
  return { subject: `【低保监督】${zh} / ${en}`, text };
}

const transports = new Map<string, Transporter>();
function transporterFor(settings: SmtpSettings): Transporter {
  const key = JSON.stringify(settings.transport);
  let transporter = transports.get(key);
  if (!transporter) {
    transporter = nodemailer.createTransport(settings.transport);
    transports.set(key, transporter);
  }
  return transporter;
}

/** Sends the e-mail of one delivery; throws when the SMTP server refuses it. */
export async function sendEmail(settings: SmtpSettings, row: DeliveryRow): Promise<void> {
  await transporterFor(settings).sendMail({ from: settings.from, to: row.address, ...mailOf(row, settings.entityUrl) });
}

/** Sends a text e-mail to one address. */
export async function sendMailText(settings: SmtpSettings, to: string, subject: string, text: string): Promise<void> {
  await transporterFor(settings).sendMail({ from: settings.from, to, subject, text });
}

/** Closes the pooled SMTP connections (a stopping process). */
export function closeTransports(): void {
  for (const transporter of transports.values()) transporter.close();
  transports.clear();
}
