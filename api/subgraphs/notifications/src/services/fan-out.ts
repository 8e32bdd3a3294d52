import type { DataSource, EntityManager } from 'typeorm';
import { outboxListenerOf, readEventsAfter, uncountedStatements, type OutboxEvent } from '@dibao/db';
import { notificationEventValues, type NotificationEvent } from '@dibao/domain';
import { auditedWrite, DEADLINE_TOPIC, isAudience, NOTIFY_TOPIC, systemActor, type Audience } from '@dibao/server';
import { FAN_OUT_POLL_MS, NOTIFY_SOURCES } from '../config.js';
import { applyDeadlineEvent, startDeadlineRunner } from './deadlines.js';
import { recordNotification } from './record-notification.js';

const BATCH = 200;
const TOPICS = [NOTIFY_TOPIC, DEADLINE_TOPIC];
const events = new Set<string>(notificationEventValues);

interface Notice {
  event: NotificationEvent;
  audience: Audience;
  summary: { en: string; zh: string };
}

/** The notice a source raised, or null for a malformed one (skipped, so it cannot hold up the events behind it). */
function noticeOf(event: OutboxEvent): Notice | null {
  const { event: code, audience, summary } = event.payload as Partial<Record<keyof Notice, unknown>>;
  const s = summary as Partial<Notice['summary']> | undefined;
  const valid =
    typeof code === 'string' &&
    events.has(code) &&
    typeof event.regionCode === 'string' &&
    typeof event.entityType === 'string' &&
    typeof event.entityId === 'string' &&
    isAudience(audience) &&
    typeof s?.en === 'string' &&
    typeof s.zh === 'string';
  return valid ? { event: code as NotificationEvent, audience, summary: s as Notice['summary'] } : null;
}

async function sourceReadable(manager: EntityManager, source: string): Promise<boolean> {
  const [row] = (await manager.query(
    `SELECT to_regclass($1) IS NOT NULL AND has_table_privilege(to_regclass($1), 'SELECT') AS readable`,
    [`"${source}".outbox_event`],
  )) as Array<{ readable: boolean | null }>;
  return row?.readable === true;
}

/**
 * Delivers the next batch of one source's `notify` events: under its cursor row, locked FOR UPDATE, so a second
 * process doing the same waits and then starts where this one ended. The notifications, their own outbox events
 * (for notificationAdded) and the moved cursor commit together. Returns how many events it read.
 */
export async function fanOutBatch(dataSource: DataSource, source: string): Promise<number> {
  return uncountedStatements(() => deliverBatch(dataSource, source));
}

function deliverBatch(dataSource: DataSource, source: string): Promise<number> {
  return auditedWrite(dataSource, systemActor('notifications-fan-out'), async (tx) => {
    const { manager } = tx;
    if (!(await sourceReadable(manager, source))) return 0;
    await manager.query(`INSERT INTO source_cursor (source) VALUES ($1) ON CONFLICT (source) DO NOTHING`, [source]);
    const [cursor] = (await manager.query(
      `SELECT last_event_id::text AS after FROM source_cursor WHERE source = $1 FOR UPDATE`,
      [source],
    )) as Array<{ after: string }>;
    const batch = await readEventsAfter(manager, {
      schema: source,
      topics: TOPICS,
      after: cursor!.after,
      limit: BATCH,
    });
    if (batch.length === 0) return 0;
    let delivered = 0;
    for (const event of batch) {
      if (event.topic === DEADLINE_TOPIC) {
        if (await applyDeadlineEvent(manager, source, event)) delivered += 1;
        continue;
      }
      const notice = noticeOf(event);
      if (!notice) continue;
      await recordNotification(tx, {
        source,
        sourceEventId: event.id,
        event: notice.event,
        regionCode: event.regionCode!,
        entityType: event.entityType!,
        entityId: event.entityId!,
        audience: notice.audience,
        summary: notice.summary,
        occurredAt: event.occurredAt,
      });
      delivered += 1;
    }
    const last = batch[batch.length - 1]!.id;
    await manager.query(`UPDATE source_cursor SET last_event_id = $2, updated_at = now() WHERE source = $1`, [
      source,
      last,
    ]);
    await tx.audit({
      entityType: 'SourceCursor',
      entityId: source,
      action: 'FAN_OUT',
      before: { after: cursor!.after },
      after: { after: last, read: batch.length, delivered },
    });
    return batch.length;
  });
}

/** Delivers everything a source has committed so far. */
export async function drainSource(dataSource: DataSource, source: string): Promise<number> {
  let total = 0;
  for (let read = await fanOutBatch(dataSource, source); read > 0; read = await fanOutBatch(dataSource, source)) {
    total += read;
  }
  return total;
}

export interface FanOut {
  stop(): Promise<void>;
}

/** What a hub process runs for notifications beside requests: the fan-out loop and the deadline job runner. */
export async function startNotificationWork(dataSource: DataSource, log: (line: string) => void): Promise<FanOut> {
  const fanOut = await startFanOut(dataSource, log);
  const runner = await startDeadlineRunner(dataSource, log);
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= Promise.all([fanOut.stop(), runner.stop()]).then(() => undefined);
      return stopping;
    },
  };
}

/**
 * The fan-out loop of a hub process: woken by each source's NOTIFY (at commit), and every FAN_OUT_POLL_MS in any
 * case. Any number of processes may run it at once: the cursor lock makes each event delivered once.
 */
export async function startFanOut(
  dataSource: DataSource,
  log: (line: string) => void,
  sources: readonly string[] = NOTIFY_SOURCES,
): Promise<FanOut> {
  let stopped = false;
  let wake: (() => void) | undefined;
  let rung = true;
  const ring = () => {
    rung = true;
    wake?.();
  };
  const unsubscribers = await Promise.all(
    sources.flatMap((source) => TOPICS.map((topic) => outboxListenerOf(dataSource, source).subscribe(topic, ring))),
  );
  const loop = (async () => {
    while (!stopped) {
      if (!rung) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, FAN_OUT_POLL_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
      rung = false;
      for (const source of sources) {
        if (stopped) break;
        try {
          await drainSource(dataSource, source);
        } catch (error) {
          if (!stopped) log(`notifications: fan-out of ${source} failed, retrying: ${(error as Error).message}`);
        }
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      wake?.();
      await loop;
    },
  };
}
