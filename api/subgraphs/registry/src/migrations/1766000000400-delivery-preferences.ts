import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/*
 * How an official wants to be told, kept with the official: which events (null: every event), and whether to be
 * sent an e-mail of each at once or one e-mail a day (the digest), and a webhook (URL, and the secret its requests are signed with). The notifications subgraph reads this table (a shared read, its role only) to
 * resolve an audience to officials; in-app delivery needs no preference.
 */
export class DeliveryPreferences1766000000400 implements MigrationInterface {
  name = 'DeliveryPreferences1766000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`
      CREATE TABLE "${s}".delivery_preference (
        official_id uuid PRIMARY KEY REFERENCES "${s}".official (id) ON DELETE CASCADE,
        events text[] CHECK (cardinality(events) > 0),
        email text CHECK (length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
        email_mode text NOT NULL DEFAULT 'OFF' CHECK (email_mode IN ('OFF', 'IMMEDIATE', 'DAILY_DIGEST')),
        webhook_url text CHECK (length(webhook_url) <= 2000 AND webhook_url ~ '^https?://'),
        webhook_secret text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (email_mode = 'OFF' OR email IS NOT NULL),
        CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${schemaOf(queryRunner.connection)}".delivery_preference`);
  }
}
