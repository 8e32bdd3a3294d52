import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/**
 * A complaint opened from a monitoring alert (channel REFERRAL) names the alert: the idempotency key of the
 * referral, so that a referral sent again gets the complaint already opened and never a second one.
 */
export class MonitoringReferrals1767000000400 implements MigrationInterface {
  name = 'MonitoringReferrals1767000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`ALTER TABLE "${s}".complaint ADD COLUMN source_alert_id uuid NULL UNIQUE
      CHECK (source_alert_id IS NULL OR channel = 'REFERRAL')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`ALTER TABLE "${s}".complaint DROP COLUMN source_alert_id`);
  }
}
