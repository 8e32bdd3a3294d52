import type { DataSource } from 'typeorm';
import { latestEventId, outboxListenerOf, readEventsAfter, type OutboxEvent } from '@dibao/db';
import { badInput } from './errors.js';

/*
 * The hub's one push channel, as a subgraph's subscription resolver sees it: an async iterable of committed outbox
 * events of some topics, filtered by what the subscriber may read, resumable after a cursor. A subgraph declares a
 * subscription in a few lines:
 *
 *   @Subscription(() => AlertEvent, { subscribe: ({ args, context }) =>
 *     liveEvents(dataSource, { topics: ['alert.raised'], after: args.after,
 *       visible: (event) => inScope(context.principal, event.regionCode),
 *       map: (event) => ({ cursor: event.id, alert: ... }) }) })
 *   alertRaised(@Root() event: AlertEvent, @Arg('under') under: string, @Arg('after', { nullable: true }) after?: string) {
 *     return event;
 *   }
 */

export interface LiveEventsOptions<T> {
  topics: readonly string[];
  /** The cursor of the last event the client saw: events committed after it are replayed first. */
  after?: string | null;
  /** Whether the subscriber may see this event (scope, need-to-know); events it may not see are skipped. */
  visible(event: OutboxEvent): boolean | Promise<boolean>;
  /** The subscription's payload for a visible event (its cursor should be `event.id`). */
  map(event: OutboxEvent): T | Promise<T>;
}

const CURSOR = /^\d{1,19}$/;

/** Checks a client's cursor (an event id); refuses anything else as BAD_USER_INPUT. */
export function eventCursor(after: string | null | undefined): string | null {
  if (after === undefined || after === null || after === '') return null;
  if (!CURSOR.test(after)) throw badInput('The cursor is not one this subscription gave out', '游标不是本订阅给出的');
  return after;
}

/** A wake-up that remembers being rung while nobody waited, so no notification falls between read and wait. */
class Doorbell {
  private rung = false;
  private waiting: (() => void) | undefined;
  ring = () => {
    this.rung = true;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  };
  wait(): Promise<void> {
    if (this.rung) {
      this.rung = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting = () => {
        this.rung = false;
        resolve();
      };
    });
  }
  /** Wakes a pending wait without an event (the subscriber went away). */
  cancel(): void {
    this.ring();
  }
}

/**
 * Events of `topics` committed after the cursor (or after subscribing, without one), live, in commit order.
 * Resolves once it listens, so a subscription is established before its first event can commit.
 */
export async function liveEvents<T>(
  dataSource: DataSource,
  options: LiveEventsOptions<T>,
): Promise<AsyncIterableIterator<T>> {
  const after = eventCursor(options.after);
  const doorbell = new Doorbell();
  let unsubscribe: (() => void) | undefined;
  let done = false;
  let cursor: string | undefined;
  const buffered: T[] = [];

  const start = async () => {
    // Listen before reading the newest id, so an event committed in between is read, not missed.
    const unsubscribers = await Promise.all(
      options.topics.map((topic) => outboxListenerOf(dataSource).subscribe(topic, doorbell.ring)),
    );
    unsubscribe = () => unsubscribers.forEach((stop) => stop());
    cursor = after ?? (await latestEventId(dataSource));
  };

  await start();

  const next = async (): Promise<IteratorResult<T>> => {
    for (;;) {
      if (done) return { done: true, value: undefined };
      const ready = buffered.shift();
      if (ready !== undefined) return { done: false, value: ready };
      const events = await readEventsAfter(dataSource, { topics: options.topics, after: cursor! });
      for (const event of events) {
        cursor = event.id;
        if (await options.visible(event)) buffered.push(await options.map(event));
      }
      if (events.length === 0) await doorbell.wait();
    }
  };

  const finish = async (): Promise<IteratorResult<T>> => {
    done = true;
    unsubscribe?.();
    doorbell.cancel();
    return { done: true, value: undefined };
  };

  const iterator: AsyncIterableIterator<T> = {
    next,
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
