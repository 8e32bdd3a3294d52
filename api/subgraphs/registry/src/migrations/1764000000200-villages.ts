import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/**
 * Village-level units (12-digit codes) below townships: alerts of the monitoring subgraph point at villages,
 * and `region(code:)` must answer for them. Widening a varchar keeps every row and index as it is.
 */
export class RegistryVillages1764000000200 implements MigrationInterface {
  name = 'RegistryVillages1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`ALTER TABLE "${s}".region ALTER COLUMN code TYPE varchar(12)`);
    await queryRunner.query(`ALTER TABLE "${s}".region ALTER COLUMN parent_code TYPE varchar(12)`);
    await queryRunner.query(`ALTER TABLE "${s}".region DROP CONSTRAINT region_code_check`);
    await queryRunner.query(
      `ALTER TABLE "${s}".region ADD CONSTRAINT region_code_check CHECK (code ~ '^[1-9][0-9]{5}([0-9]{3}([0-9]{3})?)?$')`,
    );
    await queryRunner.query(`ALTER TABLE "${s}".region DROP CONSTRAINT region_level_check`);
    await queryRunner.query(
      `ALTER TABLE "${s}".region ADD CONSTRAINT region_level_check
         CHECK (level IN ('PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`DELETE FROM "${s}".region WHERE level = 'VILLAGE'`);
    await queryRunner.query(`ALTER TABLE "${s}".region DROP CONSTRAINT region_level_check`);
    await queryRunner.query(
      `ALTER TABLE "${s}".region ADD CONSTRAINT region_level_check
         CHECK (level IN ('PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP'))`,
    );
    await queryRunner.query(`ALTER TABLE "${s}".region DROP CONSTRAINT region_code_check`);
    await queryRunner.query(
      `ALTER TABLE "${s}".region ADD CONSTRAINT region_code_check CHECK (code ~ '^[1-9][0-9]{5}([0-9]{3})?$')`,
    );
    await queryRunner.query(`ALTER TABLE "${s}".region ALTER COLUMN parent_code TYPE varchar(9)`);
    await queryRunner.query(`ALTER TABLE "${s}".region ALTER COLUMN code TYPE varchar(9)`);
  }
}
