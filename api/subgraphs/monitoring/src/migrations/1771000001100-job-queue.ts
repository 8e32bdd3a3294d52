import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropJobQueue, installJobQueue } from '@dibao/db';

/** The job queue (graphile-worker) of the daily process rules, in `monitoring_jobs`. */
export class JobQueue1771000001100 implements MigrationInterface {
  name = 'JobQueue1771000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await installJobQueue(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropJobQueue(queryRunner);
  }
}
