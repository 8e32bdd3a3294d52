import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/**
 * The roster loses its index of household heads. Profiled on the import: keeping a B-tree on the 64-character
 * pseudonym current took more than half of PostgreSQL's time per copied row (random keys); a hash index still
 * cost most of a plain COPY's time again. No query needs it: every rule that looks at heads reads the whole
 * month's partition anyway (the same person anywhere in the month; register entries joined by hash), and the
 * evidence of duplicates comes from one join with that scan.
 */
export class RosterHeadIndex1768000001100 implements MigrationInterface {
  name = 'RosterHeadIndex1768000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "${schemaOf(queryRunner.connection)}".roster_head`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`CREATE INDEX roster_head ON "${s}".roster (head_pseudonym)`);
  }
}
