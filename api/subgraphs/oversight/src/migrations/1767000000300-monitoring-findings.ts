import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

const REGION_CODE = `'^[1-9][0-9]{5}([0-9]{3})?$'`;

/**
 * Findings that did not come from an inspection visit: a monitoring alert referred to oversight. Such a finding
 * names its source alert (the idempotency key of the referral: one finding per alert) and the region whose
 * inspectors oversee its rectification (for an inspection's findings, the organiser's region).
 */
export class MonitoringFindings1767000000300 implements MigrationInterface {
  name = 'MonitoringFindings1767000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    const sql = (statement: string) => queryRunner.query(statement);
    await sql(`ALTER TABLE "${s}".finding ALTER COLUMN inspection_id DROP NOT NULL`);
    await sql(`
      ALTER TABLE "${s}".finding
        ADD COLUMN source text NOT NULL DEFAULT 'INSPECTION' CHECK (source IN ('INSPECTION', 'MONITORING')),
        ADD COLUMN source_alert_id uuid NULL UNIQUE,
        ADD COLUMN overseer_region_code varchar(9) NULL CHECK (overseer_region_code ~ ${REGION_CODE}),
        ADD CONSTRAINT finding_source_inspection CHECK ((source = 'INSPECTION') = (inspection_id IS NOT NULL)),
        ADD CONSTRAINT finding_source_monitoring
          CHECK ((source = 'MONITORING') = (source_alert_id IS NOT NULL AND overseer_region_code IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`DELETE FROM "${s}".rectification_event WHERE finding_id IN
      (SELECT id FROM "${s}".finding WHERE source = 'MONITORING')`);
    await queryRunner.query(`DELETE FROM "${s}".finding WHERE source = 'MONITORING'`);
    await queryRunner.query(`ALTER TABLE "${s}".finding DROP CONSTRAINT finding_source_monitoring,
      DROP CONSTRAINT finding_source_inspection, DROP COLUMN overseer_region_code, DROP COLUMN source_alert_id,
      DROP COLUMN source`);
    await queryRunner.query(`ALTER TABLE "${s}".finding ALTER COLUMN inspection_id SET NOT NULL`);
  }
}
