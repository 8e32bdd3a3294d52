import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

const CATEGORIES = `'RELATIONSHIP_BASED', 'FAVOR_BASED', 'WRONGLY_INCLUDED', 'WRONGLY_EXCLUDED', 'FRAUDULENT_CLAIM',
  'EQUAL_SPLITTING', 'IRREGULAR_PROCEDURE', 'FUND_MISMANAGEMENT'`;

/**
 * Public participation: spent challenges of online submissions (single use across processes), observers' keys
 * of volunteer supervisors and contracted organisations, their observations (each one a complaint), and the
 * deliverables of purchase-of-services contracts.
 */
export class PublicParticipation1768000000400 implements MigrationInterface {
  name = 'PublicParticipation1768000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    const sql = (statement: string) => queryRunner.query(statement);
    await sql(`
      CREATE TABLE "${s}".spent_challenge (
        token_hash char(64) PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
    await sql(`CREATE INDEX spent_challenge_expiry ON "${s}".spent_challenge (expires_at)`);
    for (const table of ['volunteer_supervisor', 'social_organization_contract']) {
      await sql(`ALTER TABLE "${s}".${table} ADD COLUMN observer_key_hash char(64) UNIQUE`);
    }
    await sql(`
      CREATE TABLE "${s}".supervision_observation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL UNIQUE REFERENCES "${s}".complaint (id),
        volunteer_id uuid REFERENCES "${s}".volunteer_supervisor (id),
        contract_id uuid REFERENCES "${s}".social_organization_contract (id),
        village_code varchar(12) NOT NULL CHECK (village_code ~ '^[1-9][0-9]{11}$'),
        observed_on date NOT NULL,
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        filed_at timestamptz NOT NULL,
        CHECK ((volunteer_id IS NULL) <> (contract_id IS NULL))
      )`);
    await sql(`CREATE INDEX supervision_observation_volunteer ON "${s}".supervision_observation (volunteer_id)`);
    await sql(`CREATE INDEX supervision_observation_contract ON "${s}".supervision_observation (contract_id)`);
    await sql(`
      CREATE TABLE "${s}".contract_deliverable (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES "${s}".social_organization_contract (id),
        description text NOT NULL CHECK (description <> ''),
        due_on date NOT NULL,
        target_observations integer CHECK (target_observations > 0),
        met boolean,
        assessed_at timestamptz,
        assessed_by jsonb,
        assessment_note text,
        CHECK ((met IS NULL) = (assessed_at IS NULL))
      )`);
    await sql(`CREATE INDEX contract_deliverable_contract ON "${s}".contract_deliverable (contract_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`DROP TABLE "${s}".contract_deliverable`);
    await queryRunner.query(`DROP TABLE "${s}".supervision_observation`);
    for (const table of ['volunteer_supervisor', 'social_organization_contract']) {
      await queryRunner.query(`ALTER TABLE "${s}".${table} DROP COLUMN observer_key_hash`);
    }
    await queryRunner.query(`DROP TABLE "${s}".spent_challenge`);
  }
}
