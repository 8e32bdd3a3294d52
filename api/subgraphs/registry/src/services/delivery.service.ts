import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { NotificationEvent } from '@dibao/domain';
import { badInput, changeAudited, forbidden, notFound, refusedOutboundUrl } from '@dibao/server';
import { AgencyEntity, DeliveryPreferenceEntity, OfficialEntity, type EmailMode } from '../entities/index.js';
import { checkedOfficialId } from './official.service.js';
import { OFFICIAL_SUBJECT_PREFIX } from './sign-in.service.js';

/*
 * An official's delivery preferences: the official sets their own; an ADMIN of the official's agency sees and
 * sets them too (an address that bounces must be mendable without the official). Nobody else, not even an ADMIN
 * above: an address is personal data.
 */

export interface DeliveryPreferences {
  officialId: string;
  events: NotificationEvent[] | null;
  email: string | null;
  emailMode: EmailMode;
  webhookUrl: string | null;
  /** Only in the answer of the change that generated it. */
  webhookSecret: string | null;
}

export interface DeliveryPreferencesChange {
  events?: NotificationEvent[] | null;
  email?: string | null;
  emailMode: EmailMode;
  webhookUrl?: string | null;
  rotateWebhookSecret?: boolean | null;
}

// Deliberately plain (RFC 5321 lengths, one @, a dotted domain, no spaces): the SMTP server is the real judge.
const EMAIL = /^[^\s@"<>,;]{1,64}@(?=.{1,253}$)[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** The official the caller names, or the caller's own record (an official's token: `official:<id>`). */
function targetOf(principal: Principal, officialId: string | null | undefined): string {
  if (officialId != null) return checkedOfficialId(officialId);
  if (!principal.subject?.startsWith(OFFICIAL_SUBJECT_PREFIX)) {
    throw forbidden(
      'Only an official of the registry has delivery preferences; name one with officialId',
      '只有名录中的工作人员有通知接收偏好；请以 officialId 指定',
    );
  }
  return checkedOfficialId(principal.subject.slice(OFFICIAL_SUBJECT_PREFIX.length));
}

async function officialFor(manager: EntityManager, principal: Principal, officialId: string, lock: boolean) {
  const official = await manager.findOne(OfficialEntity, {
    where: { id: officialId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  const self = principal.subject === `${OFFICIAL_SUBJECT_PREFIX}${officialId}`;
  if (official && !self) {
    const agency = await manager.findOneByOrFail(AgencyEntity, { id: official.agencyId });
    const admin =
      principal.roles.includes('ADMIN') && principal.agency === agency.kind && principal.region === agency.regionCode;
    if (admin) return official;
  }
  if (!official || !self) {
    // Not told apart from a missing official: whether an id exists is no business of a stranger.
    throw notFound(`Official ${officialId} is not one you manage`, `工作人员 ${officialId} 不在您的管理范围内`);
  }
  return official;
}

const view = (
  officialId: string,
  row: DeliveryPreferenceEntity | null,
  newSecret: string | null = null,
): DeliveryPreferences => ({
  officialId,
  events: row?.events ?? null,
  email: row?.email ?? null,
  emailMode: row?.emailMode ?? 'OFF',
  webhookUrl: row?.webhookUrl ?? null,
  webhookSecret: newSecret,
});

/** An absolute http(s) URL without credentials whose host the outbound policy lets the hub reach. */
function checkedWebhookUrl(value: string | null | undefined): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  const refusal = refusedOutboundUrl(trimmed);
  if (refusal) {
    throw badInput(
      `"${value}" is no webhook URL the hub may call (${refusal}): give an https URL of a public host (or of a host in HUB_WEBHOOK_ALLOWED_HOSTS), without credentials`,
      `“${value}”不是平台可调用的 Webhook 地址：须为公网主机、不含凭据的 https 地址（或 HUB_WEBHOOK_ALLOWED_HOSTS 所列主机）`,
    );
  }
  return new URL(trimmed).toString();
}

export async function deliveryPreferences(
  dataSource: DataSource,
  principal: Principal,
  officialId?: string | null,
): Promise<DeliveryPreferences> {
  const id = targetOf(principal, officialId);
  await officialFor(dataSource.manager, principal, id, false);
  return view(id, await dataSource.manager.findOneBy(DeliveryPreferenceEntity, { officialId: id }));
}

function checkedEmail(email: string | null | undefined): string | null {
  if (email == null) return null;
  const trimmed = email.trim();
  if (!EMAIL.test(trimmed)) {
    throw badInput(`"${email}" is not an e-mail address`, `“${email}”不是有效的邮件地址`);
  }
  return trimmed;
}

/** Sets an official's preferences (their own, or as ADMIN of their agency), audited with before and after. */
export async function setDeliveryPreferences(
  dataSource: DataSource,
  principal: Principal,
  officialId: string | null | undefined,
  change: DeliveryPreferencesChange,
): Promise<DeliveryPreferences> {
  const id = targetOf(principal, officialId);
  const email = checkedEmail(change.email);
  if (change.emailMode !== 'OFF' && !email) {
    throw badInput('Give an e-mail address to be sent e-mails', '接收邮件须提供邮件地址');
  }
  const webhookUrl = checkedWebhookUrl(change.webhookUrl);
  let newSecret: string | null = null;
  if (change.events && change.events.length === 0) {
    throw badInput('Name at least one event, or none for every event', '请至少选择一个事项，或不选以接收全部事项');
  }
  const saved = await changeAudited(dataSource, principal, {
    entityType: 'DeliveryPreference',
    action: 'UPDATE',
    entityId: () => id,
    async lock(manager) {
      await officialFor(manager, principal, id, true);
      return (
        (await manager.findOneBy(DeliveryPreferenceEntity, { officialId: id })) ??
        manager.create(DeliveryPreferenceEntity, { officialId: id, events: null, email: null, emailMode: 'OFF' })
      );
    },
    // The secret never enters the audit trail; that it changed does.
    state: ({ events, email, emailMode, webhookUrl, webhookSecret }) => ({
      events,
      email,
      emailMode,
      webhookUrl,
      webhookSecret: webhookSecret ? createHash('sha256').update(webhookSecret).digest('hex').slice(0, 12) : null,
    }),
    apply(row) {
      row.events = change.events ? [...new Set(change.events)] : null;
      row.email = email;
      row.emailMode = change.emailMode;
      row.webhookUrl = webhookUrl;
      if (!webhookUrl) row.webhookSecret = null;
      else if (!row.webhookSecret || change.rotateWebhookSecret) {
        newSecret = randomBytes(32).toString('base64url');
        row.webhookSecret = newSecret;
      }
    },
  });
  return view(id, saved, newSecret);
}
