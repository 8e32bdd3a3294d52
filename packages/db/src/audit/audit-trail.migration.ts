import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '../data-source.js';

/**
 * Shared by every subgraph's migration list: creates the audit table in the data source's own schema, with
 * triggers that refuse UPDATE, DELETE and TRUNCATE so the chain can only grow.
 */
export class AuditTrail1764000000000 implements MigrationInterface {
  name = 'AuditTrail1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner.connection);
    await queryRunner.query(`
      CREATE TABLE "${schema}".audit_record (
        seq bigint PRIMARY KEY,
        recorded_at timestamptz NOT NULL,
        actor jsonb NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        action text NOT NULL,
        before jsonb,
        after jsonb,
        previous_hash char(64) NOT NULL,
        hash char(64) NOT NULL UNIQUE
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_record_entity ON "${schema}".audit_record (entity_type, entity_id, seq)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "${schema}".audit_record_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit records are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON "${schema}".audit_record
      FOR EACH ROW EXECUTE FUNCTION "${schema}".audit_record_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON "${schema}".audit_record
      FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".audit_record_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner.connection);
    await queryRunner.query(`DROP TABLE "${schema}".audit_record`);
    await queryRunner.query(`DROP FUNCTION "${schema}".audit_record_refuse_change()`);
  }
}
