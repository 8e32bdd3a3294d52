import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropJobQueue, installJobQueue } from '@dibao/db';

/** The job queue (graphile-worker) of deadlines, deliveries and digests, in `notifications_jobs`. */
export class JobQueue1766000000100 implements MigrationInterface {
  name = 'JobQueue1766000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await installJobQueue(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropJobQueue(queryRunner);
  }
}
