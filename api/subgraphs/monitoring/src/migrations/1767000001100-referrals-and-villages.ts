import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/**
 * Alerts may point at a village (12-digit code), and a referred alert keeps when it was referred and how the
 * case it was referred to was settled: the ground truth of each rule's hit rate.
 */
export class ReferralsAndVillages1767000001100 implements MigrationInterface {
  name = 'ReferralsAndVillages1767000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`ALTER TABLE "${s}".alert DROP CONSTRAINT alert_region_code_check`);
    await queryRunner.query(`ALTER TABLE "${s}".alert ALTER COLUMN region_code TYPE varchar(12),
      ADD CONSTRAINT alert_region_code_check CHECK (region_code ~ '^[1-9][0-9]{5}([0-9]{3}([0-9]{3})?)?$'),
      ADD COLUMN referred_at timestamptz NULL,
      ADD COLUMN referral_outcome text NULL CHECK (referral_outcome IN ('SUBSTANTIATED', 'NOT_SUBSTANTIATED')),
      ADD CONSTRAINT alert_referral CHECK ((referral_kind IS NULL) = (referral_id IS NULL)
        AND (referral_id IS NULL) = (referred_at IS NULL)),
      ADD CONSTRAINT alert_referred CHECK (status <> 'REFERRED' OR referral_id IS NOT NULL),
      ADD CONSTRAINT alert_outcome CHECK (referral_outcome IS NULL OR (status = 'CLOSED' AND referral_id IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`DELETE FROM "${s}".alert_event WHERE alert_id IN
      (SELECT id FROM "${s}".alert WHERE length(region_code) = 12)`);
    await queryRunner.query(`DELETE FROM "${s}".alert WHERE length(region_code) = 12`);
    await queryRunner.query(`ALTER TABLE "${s}".alert DROP CONSTRAINT alert_outcome, DROP CONSTRAINT alert_referred,
      DROP CONSTRAINT alert_referral, DROP COLUMN referral_outcome, DROP COLUMN referred_at,
      DROP CONSTRAINT alert_region_code_check`);
    await queryRunner.query(`ALTER TABLE "${s}".alert ALTER COLUMN region_code TYPE varchar(9),
      ADD CONSTRAINT alert_region_code_check CHECK (region_code ~ '^[1-9][0-9]{5}([0-9]{3})?$')`);
  }
}
