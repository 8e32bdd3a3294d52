import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/**
 * A bulletin's English title and summary, for the English pages of the public site. Optional: an issuer that
 * gives none publishes in Chinese only, and the site says so.
 */
export class BulletinEnglish1764000000800 implements MigrationInterface {
  name = 'BulletinEnglish1764000000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`
      ALTER TABLE "${s}".bulletin
        ADD COLUMN title_en text CHECK (title_en IS NULL OR length(btrim(title_en)) BETWEEN 2 AND 300),
        ADD COLUMN summary_en text CHECK (summary_en IS NULL OR length(btrim(summary_en)) BETWEEN 1 AND 2000)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`ALTER TABLE "${s}".bulletin DROP COLUMN title_en, DROP COLUMN summary_en`);
  }
}
