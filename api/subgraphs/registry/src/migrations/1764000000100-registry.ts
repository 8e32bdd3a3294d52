import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

export class Registry1764000000100 implements MigrationInterface {
  name = 'Registry1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`
      CREATE TABLE "${s}".region (
        code varchar(9) PRIMARY KEY CHECK (code ~ '^[1-9][0-9]{5}([0-9]{3})?$'),
        name text NOT NULL CHECK (name <> ''),
        name_en text NOT NULL,
        level text NOT NULL CHECK (level IN ('PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP')),
        parent_code varchar(9) REFERENCES "${s}".region (code),
        CHECK ((level = 'PROVINCE') = (parent_code IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX region_parent ON "${s}".region (parent_code, code)`);
    // Subtree filters are `code LIKE prefix%`: text_pattern_ops lets them use an index.
    await queryRunner.query(`CREATE INDEX region_code_prefix ON "${s}".region (code text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX region_level ON "${s}".region (level, code)`);
    await queryRunner.query(`
      CREATE TABLE "${s}".agency (
        id text PRIMARY KEY,
        region_code varchar(9) NOT NULL REFERENCES "${s}".region (code),
        kind text NOT NULL CHECK (kind IN ('CIVIL_AFFAIRS', 'GOVERNMENT', 'ORGANIZATION_DEPARTMENT',
          'DISCIPLINE_INSPECTION', 'HR_SOCIAL_SECURITY', 'FINANCE', 'AUDIT')),
        name text NOT NULL CHECK (name <> ''),
        name_en text NOT NULL,
        UNIQUE (region_code, kind),
        CHECK (id = region_code || ':' || kind)
      )`);
    await queryRunner.query(`
      CREATE TABLE "${s}".official (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id text NOT NULL REFERENCES "${s}".agency (id),
        region_code varchar(9) NOT NULL REFERENCES "${s}".region (code),
        name text NOT NULL CHECK (name <> ''),
        position text NOT NULL CHECK (position <> ''),
        position_en text NOT NULL,
        cadre_level text NOT NULL CHECK (cadre_level IN ('PROVINCE_MANAGED', 'PREFECTURE_MANAGED', 'COUNTY_MANAGED')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_with(agency_id, region_code || ':'))
      )`);
    await queryRunner.query(`CREATE INDEX official_agency ON "${s}".official (agency_id, name)`);
    await queryRunner.query(`CREATE INDEX official_region ON "${s}".official (region_code text_pattern_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`DROP TABLE "${s}".official`);
    await queryRunner.query(`DROP TABLE "${s}".agency`);
    await queryRunner.query(`DROP TABLE "${s}".region`);
  }
}
