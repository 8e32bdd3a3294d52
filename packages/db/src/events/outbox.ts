import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

/** The one NOTIFY channel of the hub: a wake-up only; the outbox table is the truth. */
export const OUTBOX_CHANNEL = 'dibao_outbox';

/** An event to commit with the change that causes it. */
export interface OutboxEntry {
  /** What happened, e.g. `alert.raised`, `notification.created`; subscriptions read one topic each. */
  topic: string;
  /** The region the event belongs to, for scope checks of its readers. */
  regionCode?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  payload: Record<string, unknown>;
}

/** An event as committed: its id is the cursor a subscriber resumes after. */
export interface OutboxEvent extends OutboxEntry {
  id: string;
  occurredAt: Date;
}

const lockKeyOf = (schema: string): string =>
  BigInt.asIntN(
    64,
    BigInt(`0x${createHash('sha256').update(`outbox:${schema}`).digest('hex').slice(0, 16)}`),
  ).toString();

const schemaOfManager = (manager: EntityManager): string =>
  (manager.connection.options as { schema?: string }).schema ?? 'public';

/**
 * Appends an event inside an open transaction. Writers of one schema's outbox take a transaction-level lock
 * first, so ids are handed out in commit order: a reader that has seen id n never later finds a smaller id
 * committed behind it (which plain sequences allow), and "everything after my cursor" is exact.
 */
export async function appendEvent(manager: EntityManager, entry: OutboxEntry): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('an outbox event needs the transaction of its change');
  const schema = schemaOfManager(manager);
  await manager.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKeyOf(schema)]);
  await manager.query(
    `INSERT INTO "${schema}".outbox_event (topic, region_code, entity_type, entity_id, payload) VALUES ($1, $2, $3, $4, $5)`,
    [entry.topic, entry.regionCode ?? null, entry.entityType ?? null, entry.entityId ?? null, entry.payload],
  );
}

interface OutboxRow {
  id: string;
  occurred_at: Date;
  topic: string;
  region_code: string | null;
  entity_type: string | null;
  entity_id: string | null;
  payload: Record<string, unknown>;
}

const eventOf = (row: OutboxRow): OutboxEvent => ({
  id: String(row.id),
  occurredAt: row.occurred_at,
  topic: row.topic,
  regionCode: row.region_code,
  entityType: row.entity_type,
  entityId: row.entity_id,
  payload: row.payload,
});

const ownSchemaOf = (dataSource: DataSource | EntityManager): string =>
  'connection' in dataSource
    ? schemaOfManager(dataSource)
    : ((dataSource.options as { schema?: string }).schema ?? 'public');

/**
 * Events of `topics` after the cursor `after` (exclusive), oldest first. `schema` reads another subgraph's
 * outbox (the notifications subgraph reads each source's; its role holds SELECT on those outboxes only).
 */
export async function readEventsAfter(
  dataSource: DataSource | EntityManager,
  options: { topics: readonly string[]; after: string; limit?: number; schema?: string },
): Promise<OutboxEvent[]> {
  const schema = options.schema ?? ownSchemaOf(dataSource);
  const rows = (await dataSource.query(
    `SELECT id, occurred_at, topic, region_code, entity_type, entity_id, payload FROM "${schema}".outbox_event
      WHERE topic = ANY($1) AND id > $2::bigint ORDER BY id LIMIT $3`,
    [options.topics, options.after, options.limit ?? 200],
  )) as OutboxRow[];
  return rows.map(eventOf);
}

/** The id of the newest committed event (0 when none): a subscriber without a cursor starts after it. */
export async function latestEventId(dataSource: DataSource | EntityManager, schema?: string): Promise<string> {
  schema ??= ownSchemaOf(dataSource);
  const [row] = (await dataSource.query(
    `SELECT coalesce(max(id), 0)::text AS id FROM "${schema}".outbox_event`,
  )) as Array<{
    id: string;
  }>;
  return row?.id ?? '0';
}
