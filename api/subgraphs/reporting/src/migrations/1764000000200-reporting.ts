import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

export class Reporting1764000000200 implements MigrationInterface {
  name = 'Reporting1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    const sql = (statement: string) => queryRunner.query(statement);
    await sql(`
      CREATE TABLE "${s}".reporting_unit (
        region_code varchar(9) PRIMARY KEY,
        level text NOT NULL CHECK (level IN ('PREFECTURE', 'COUNTY')),
        parent_code varchar(9) NOT NULL
      )`);
    await sql(`CREATE INDEX reporting_unit_prefix ON "${s}".reporting_unit (region_code text_pattern_ops)`);
    await sql(`
      CREATE TABLE "${s}".annual_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(9) NOT NULL REFERENCES "${s}".reporting_unit (region_code),
        level text NOT NULL CHECK (level IN ('PREFECTURE', 'COUNTY')),
        parent_code varchar(9) NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
        current_version int NOT NULL CHECK (current_version >= 1),
        content jsonb NOT NULL,
        late boolean NOT NULL DEFAULT false,
        first_submitted_at timestamptz,
        last_submitted_at timestamptz,
        accepted_at timestamptz,
        returned_reason text,
        returned_sections text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (region_code, year),
        CHECK ((status = 'ACCEPTED') = (accepted_at IS NOT NULL)),
        CHECK (status = 'DRAFT' OR first_submitted_at IS NOT NULL),
        CHECK (status <> 'RETURNED' OR returned_reason IS NOT NULL)
      )`);
    await sql(`CREATE INDEX annual_report_prefix ON "${s}".annual_report (region_code text_pattern_ops, year)`);
    await sql(`CREATE INDEX annual_report_year ON "${s}".annual_report (year, status)`);
    await sql(`
      CREATE TABLE "${s}".annual_report_version (
        report_id uuid NOT NULL REFERENCES "${s}".annual_report (id),
        version int NOT NULL,
        content jsonb NOT NULL,
        status text NOT NULL,
        saved_at timestamptz NOT NULL,
        saved_by jsonb NOT NULL,
        PRIMARY KEY (report_id, version)
      )`);
    await sql(`
      CREATE TABLE "${s}".report_waiver (
        region_code varchar(9) NOT NULL REFERENCES "${s}".reporting_unit (region_code),
        year int NOT NULL,
        reason text NOT NULL CHECK (reason <> ''),
        granted_by jsonb NOT NULL,
        granted_at timestamptz NOT NULL,
        PRIMARY KEY (region_code, year)
      )`);
    await sql(`
      CREATE TABLE "${s}".deadline_exception (
        region_code varchar(9) NOT NULL REFERENCES "${s}".reporting_unit (region_code),
        year int NOT NULL,
        until timestamptz NOT NULL,
        reason text NOT NULL CHECK (reason <> ''),
        granted_by jsonb NOT NULL,
        granted_at timestamptz NOT NULL,
        PRIMARY KEY (region_code, year)
      )`);
    await sql(`
      CREATE TABLE "${s}".submission_request (
        request_id text PRIMARY KEY CHECK (length(request_id) BETWEEN 8 AND 200),
        report_id uuid NOT NULL REFERENCES "${s}".annual_report (id),
        version int NOT NULL,
        submitted_at timestamptz NOT NULL
      )`);
    await sql(`
      CREATE TABLE "${s}".incident (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(9) NOT NULL,
        reported_by_region_code varchar(9) NOT NULL,
        occurred_at timestamptz NOT NULL,
        reported_at timestamptz NOT NULL,
        severity text NOT NULL CHECK (severity IN ('GENERAL', 'MAJOR', 'SERIOUS', 'CRITICAL')),
        category text NOT NULL,
        status text NOT NULL CHECK (status IN ('REPORTED', 'UNDER_REVIEW', 'RECTIFYING', 'CLOSED')),
        title text NOT NULL CHECK (title <> ''),
        description text NOT NULL,
        cause_analysis text NOT NULL,
        rectification_measures text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (reported_at >= occurred_at)
      )`);
    await sql(`CREATE INDEX incident_prefix ON "${s}".incident (region_code text_pattern_ops, occurred_at)`);
    await sql(`
      CREATE TABLE "${s}".incident_update (
        id bigserial PRIMARY KEY,
        incident_id uuid NOT NULL REFERENCES "${s}".incident (id),
        at timestamptz NOT NULL,
        note text NOT NULL CHECK (note <> ''),
        status text NOT NULL,
        recorded_by jsonb NOT NULL
      )`);
    await sql(`CREATE INDEX incident_update_incident ON "${s}".incident_update (incident_id, at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    for (const table of [
      'incident_update',
      'incident',
      'submission_request',
      'deadline_exception',
      'report_waiver',
      'annual_report_version',
      'annual_report',
      'reporting_unit',
    ]) {
      await queryRunner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
