import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/*
 * A notification is one source event for its audience (regions, agency kinds, roles, as the source declared it);
 * who has read it is kept per principal (the token's subject). `audience_regions` lists the principals' regions
 * the audience reaches, so "mine" is an indexed array match. One cursor row per source outbox: fan-out locks it,
 * so several hub processes never deliver an event twice.
 */
export class Notifications1766000000000 implements MigrationInterface {
  name = 'Notifications1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = `"${schemaOf(queryRunner.connection)}"`;
    await queryRunner.query(`
      CREATE TABLE ${s}.notification (
        id bigserial PRIMARY KEY,
        source text NOT NULL,
        source_event_id bigint NOT NULL,
        event text NOT NULL,
        region_code varchar(12) NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        audience jsonb NOT NULL,
        audience_regions varchar(12)[] NOT NULL,
        summary_en text NOT NULL,
        summary_zh text NOT NULL,
        occurred_at timestamptz NOT NULL,
        delivered_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_once UNIQUE (source, source_event_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX notification_audience_regions ON ${s}.notification USING gin (audience_regions)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${s}.notification_read (
        subject text NOT NULL,
        notification_id bigint NOT NULL REFERENCES ${s}.notification (id),
        read_at timestamptz NOT NULL,
        PRIMARY KEY (subject, notification_id)
      )`);
    // A deadline as its source stamped it; the job queue reminds before it and tells when it passes unmet.
    await queryRunner.query(`
      CREATE TABLE ${s}.deadline_watch (
        id bigserial PRIMARY KEY,
        source text NOT NULL,
        kind text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        region_code varchar(12) NOT NULL,
        due_at timestamptz NOT NULL,
        remind_at timestamptz NOT NULL,
        audience jsonb NOT NULL,
        summary_en text NOT NULL,
        summary_zh text NOT NULL,
        met_at timestamptz,
        reminded_at timestamptz,
        overdue_told_at timestamptz,
        CONSTRAINT deadline_watch_once UNIQUE (source, kind, entity_type, entity_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.source_cursor (
        source text PRIMARY KEY,
        last_event_id bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = `"${schemaOf(queryRunner.connection)}"`;
    await queryRunner.query(`DROP TABLE ${s}.notification_read`);
    await queryRunner.query(`DROP TABLE ${s}.notification`);
    await queryRunner.query(`DROP TABLE ${s}.source_cursor`);
    await queryRunner.query(`DROP TABLE ${s}.deadline_watch`);
  }
}
