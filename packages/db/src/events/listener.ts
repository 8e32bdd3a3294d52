import pg from 'pg';
import type { DataSource } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox.js';

type Wake = () => void;

/** How long to wait before connecting again after the listening connection broke. */
const RECONNECT_DELAY_MS = 1000;

/**
 * One LISTEN connection per data source (so per subgraph and process), shared by all of its subscribers. A
 * notification only wakes the subscribers of its schema and topic, who then read the outbox after their own
 * cursor; after a reconnect every subscriber is woken, so a notification lost while the connection was down
 * costs nothing. Works across processes: whichever process commits the event, PostgreSQL notifies them all.
 */
export class OutboxListener {
  private readonly subscribers = new Map<string, Set<Wake>>();
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly schema: string,
    private readonly connectionOptions: pg.ClientConfig,
  ) {}

  /** Calls `wake` whenever an event of `topic` may have committed; returns the unsubscribe function. */
  async subscribe(topic: string, wake: Wake): Promise<() => void> {
    let set = this.subscribers.get(topic);
    if (!set) this.subscribers.set(topic, (set = new Set()));
    set.add(wake);
    await this.ensureConnected();
    return () => {
      set.delete(wake);
      if (set.size === 0) this.subscribers.delete(topic);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private wakeAll(): void {
    for (const set of this.subscribers.values()) for (const wake of set) wake();
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.connectionOptions);
    client.on('notification', (message) => {
      if (!message.payload) return;
      const { schema, topic } = JSON.parse(message.payload) as { schema: string; topic: string };
      if (schema !== this.schema) return;
      for (const wake of this.subscribers.get(topic) ?? []) wake();
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.client = client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    if (this.closed) return;
    const retry = () => {
      if (this.closed || this.subscribers.size === 0) return;
      this.ensureConnected().then(
        () => this.wakeAll(),
        () => setTimeout(retry, RECONNECT_DELAY_MS).unref(),
      );
    };
    setTimeout(retry, RECONNECT_DELAY_MS).unref();
  }
}

const listeners = new WeakMap<DataSource, Map<string, OutboxListener>>();

/**
 * The shared listener of a data source for the events of one schema's outbox (its own by default; the
 * notifications subgraph listens to each source's), connecting as the same role with the same settings as its pool.
 */
export function outboxListenerOf(dataSource: DataSource, schema?: string): OutboxListener {
  let bySchema = listeners.get(dataSource);
  if (!bySchema) listeners.set(dataSource, (bySchema = new Map()));
  const watched = schema ?? (dataSource.options as { schema?: string }).schema ?? 'public';
  let listener = bySchema.get(watched);
  if (!listener) {
    const pool = (dataSource.driver as unknown as { master: { options: pg.ClientConfig } }).master;
    listener = new OutboxListener(watched, { ...pool.options });
    bySchema.set(watched, listener);
  }
  return listener;
}

/** Closes the listeners of a data source (when the subgraph stops). */
export async function closeOutboxListener(dataSource: DataSource): Promise<void> {
  await Promise.all([...(listeners.get(dataSource)?.values() ?? [])].map((listener) => listener.close()));
  listeners.delete(dataSource);
}
