import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/**
 * A prefecture assesses its counties and divides its own pool among them: the assessing region of an assessment
 * and of an allocation (the column keeps its name, province_code) may now be a prefecture. Schemes defined in
 * this table stay the province's; a prefecture's is its local rule assessmentScheme.
 */
export class PrefectureAssessment1766000000900 implements MigrationInterface {
  name = 'PrefectureAssessment1766000000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    for (const table of ['assessment', 'allocation']) {
      await queryRunner.query(`
        ALTER TABLE "${s}".${table}
          DROP CONSTRAINT ${table}_province_code_check,
          ADD CONSTRAINT ${table}_province_code_check CHECK (province_code ~ '^[1-9][0-9][0-9]{2}00$')`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    for (const table of ['assessment', 'allocation']) {
      await queryRunner.query(`
        ALTER TABLE "${s}".${table}
          DROP CONSTRAINT ${table}_province_code_check,
          ADD CONSTRAINT ${table}_province_code_check CHECK (province_code ~ '^[1-9][0-9]0000$')`);
    }
  }
}
