import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/*
 * One outbound delivery per notification, official and channel: planned in the transaction that records the
 * notification (the official resolved from the registry then), sent by a job of the queue, its outcome kept.
 * The address is copied at planning, so the record says where the message went; a delivery that failed its last
 * attempt is DEAD (dead-lettered), for an ADMIN of the official's agency to see and retry.
 */
export class Deliveries1766000000400 implements MigrationInterface {
  name = 'Deliveries1766000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = `"${schemaOf(queryRunner.connection)}"`;
    await queryRunner.query(`
      CREATE TABLE ${s}.delivery (
        id bigserial PRIMARY KEY,
        notification_id bigint NOT NULL REFERENCES ${s}.notification (id),
        official_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK')),
        address text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'SKIPPED', 'DEAD')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT delivery_once UNIQUE (notification_id, official_id, channel)
      )`);
    // One digest e-mail per official and period (the cron run's time): unique, so a run repeated sends no second.
    await queryRunner.query(`
      CREATE TABLE ${s}.digest (
        id bigserial PRIMARY KEY,
        official_id uuid NOT NULL,
        period_end timestamptz NOT NULL,
        address text NOT NULL,
        notification_ids bigint[] NOT NULL CHECK (cardinality(notification_ids) > 0),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'SKIPPED')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        CONSTRAINT digest_once UNIQUE (official_id, period_end)
      )`);
    // What an ADMIN looks through: the dead-lettered deliveries.
    await queryRunner.query(`CREATE INDEX delivery_dead ON ${s}.delivery (created_at DESC) WHERE status = 'DEAD'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${schemaOf(queryRunner.connection)}".digest`);
    await queryRunner.query(`DROP TABLE "${schemaOf(queryRunner.connection)}".delivery`);
  }
}
