import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/** The filing deadlines reporting stamps for the notifications' job queue (see ReportDeadlineEntity). */
export class ReportDeadlines1766000000500 implements MigrationInterface {
  name = 'ReportDeadlines1766000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`
      CREATE TABLE "${s}".report_deadline (
        region_code varchar(9) NOT NULL REFERENCES "${s}".reporting_unit (region_code),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        due_at timestamptz NOT NULL,
        stamped_at timestamptz NOT NULL,
        met_at timestamptz,
        PRIMARY KEY (region_code, year)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${schemaOf(queryRunner.connection)}".report_deadline`);
  }
}
