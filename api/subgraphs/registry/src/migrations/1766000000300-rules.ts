import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/**
 * Local implementing rules (实施办法): one row per adopted version of a region's own rules. Rows are never
 * changed or deleted (the trigger refuses it), so a computation for a past date always finds the rule that was
 * in force then; a region's versions take effect in the order they were adopted.
 */
export class Rules1766000000300 implements MigrationInterface {
  name = 'Rules1766000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`
      CREATE TABLE "${s}".rule_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(12) NOT NULL REFERENCES "${s}".region (code),
        version integer NOT NULL CHECK (version > 0),
        effective_from date NOT NULL,
        settings jsonb NOT NULL CHECK (jsonb_typeof(settings) = 'object'),
        basis_number text NOT NULL CHECK (basis_number <> ''),
        basis_title text NOT NULL CHECK (basis_title <> ''),
        basis_date date NOT NULL CHECK (basis_date <= effective_from),
        adopted_by_agency text NOT NULL,
        adopted_by jsonb NOT NULL,
        adopted_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_code, version),
        UNIQUE (region_code, effective_from)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "${s}".rule_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'rule versions are never changed or deleted; adopt a new version instead';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER rule_version_immutable BEFORE UPDATE OR DELETE ON "${s}".rule_version
        FOR EACH ROW EXECUTE FUNCTION "${s}".rule_version_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`DROP TABLE "${s}".rule_version`);
    await queryRunner.query(`DROP FUNCTION "${s}".rule_version_immutable()`);
  }
}
