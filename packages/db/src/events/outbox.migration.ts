import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '../data-source.js';
import { OUTBOX_CHANNEL } from './outbox.js';

/**
 * Shared by every subgraph's migration list, like the audit trail: the outbox of events in the data source's own
 * schema. A row is written in the transaction of the change that causes it; its trigger NOTIFYs the hub's one
 * channel, which PostgreSQL delivers to every listening process only when that transaction commits.
 */
export class EventOutbox1765000000000 implements MigrationInterface {
  name = 'EventOutbox1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner.connection);
    await queryRunner.query(`
      CREATE TABLE "${schema}".outbox_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        topic text NOT NULL,
        region_code text,
        entity_type text,
        entity_id text,
        payload jsonb NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX outbox_event_topic ON "${schema}".outbox_event (topic, id)`);
    await queryRunner.query(`
      CREATE FUNCTION "${schema}".outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${OUTBOX_CHANNEL}', json_build_object('schema', TG_TABLE_SCHEMA, 'topic', NEW.topic, 'id', NEW.id)::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_event_notify AFTER INSERT ON "${schema}".outbox_event
      FOR EACH ROW EXECUTE FUNCTION "${schema}".outbox_event_notify()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner.connection);
    await queryRunner.query(`DROP TABLE "${schema}".outbox_event`);
    await queryRunner.query(`DROP FUNCTION "${schema}".outbox_event_notify()`);
  }
}
