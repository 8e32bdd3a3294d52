import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { outboundPolicy, pinnedLookup, refusedOutboundUrl } from '@dibao/server';
import { labelOf, NotificationEvent } from '@dibao/domain';
import type { DeliveryRow } from './email.js';

/*
 * Signed webhooks: the notification POSTed as JSON, with `X-Dibao-Timestamp` (Unix seconds) and
 * `X-Dibao-Signature: sha256=<hex>`, the HMAC-SHA-256 with the official's secret over `<timestamp>.<body>`, so a
 * receiver checks both that the body is ours and that it is fresh (a replayed request carries an old timestamp).
 * Any status but 2xx, a timeout or a refused connection fails the attempt; the queue retries with backoff.
 */

export const SIGNATURE_HEADER = 'x-dibao-signature';
export const TIMESTAMP_HEADER = 'x-dibao-timestamp';
const TIMEOUT_MS = 10_000;

/** The signature of a body sent at a timestamp (what a receiver recomputes). */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The JSON body: the notification's own fields, both languages, never more than the in-app notification. */
export function webhookBody(row: DeliveryRow, entityUrl: string | null): string {
  return JSON.stringify({
    deliveryId: row.id,
    notificationId: row.notification_id,
    event: row.event,
    eventLabel: { zh: labelOf(NotificationEvent, row.event, 'zh'), en: labelOf(NotificationEvent, row.event, 'en') },
    summary: { zh: row.summary_zh, en: row.summary_en },
    regionCode: row.region_code,
    entityType: row.entity_type,
    entityId: row.entity_id,
    occurredAt: row.occurred_at.toISOString(),
    link:
      entityUrl
        ?.replaceAll('{entityType}', encodeURIComponent(row.entity_type))
        .replaceAll('{entityId}', encodeURIComponent(row.entity_id)) ?? null,
  });
}

/**
 * POSTs one delivery; throws on anything but a 2xx answer. The address is checked again against the outbound
 * policy (it may have changed since the URL was saved) and the connection resolves the host through
 * `pinnedLookup`, so it reaches only addresses the policy allows. Redirects are not followed (a 3xx fails).
 */
export async function postWebhook(row: DeliveryRow, entityUrl: string | null): Promise<void> {
  if (!row.webhook_secret) throw new Error('the official has no webhook secret any more');
  const policy = outboundPolicy();
  const refusal = refusedOutboundUrl(row.address, policy);
  if (refusal) throw new Error(`the webhook URL is refused: ${refusal}`);
  const body = webhookBody(row, entityUrl);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const url = new URL(row.address);
  const status = await new Promise<number>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'user-agent': 'dibao-hub-webhook',
        'x-dibao-delivery': row.id,
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: webhookSignature(row.webhook_secret!, timestamp, body),
      },
      lookup: pinnedLookup(policy),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    // Only the status matters: the answer's body is not read (nor left to time out later).
    request.on('response', (response) => {
      resolve(response.statusCode ?? 0);
      response.destroy();
    });
    request.on('error', (error) =>
      reject(error.name === 'AbortError' ? new Error(`no answer within ${TIMEOUT_MS / 1000} s`) : error),
    );
    request.end(body);
  });
  if (status < 200 || status > 299) throw new Error(`the receiver answered HTTP ${status}`);
}
