import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/*
 * The codes are written out rather than taken from the domain vocabularies: a migration states what the
 * database held at the time it ran, and a later vocabulary change needs a migration of its own.
 */
const list = (codes: readonly string[]) => codes.map((code) => `'${code}'`).join(', ');
const AGENCY_KINDS = [
  'CIVIL_AFFAIRS',
  'GOVERNMENT',
  'ORGANIZATION_DEPARTMENT',
  'DISCIPLINE_INSPECTION',
  'HR_SOCIAL_SECURITY',
  'FINANCE',
  'AUDIT',
];
const INSPECTION_PARTNERS = ['FINANCE', 'AUDIT'];
const INSPECTION_TOPICS = ['POLICY_IMPLEMENTATION', 'RECIPIENT_IDENTIFICATION', 'FUND_MANAGEMENT'];
const INSPECTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'REPORTED', 'CLOSED'];
const REPORT_RECIPIENTS = ['SAME_LEVEL_GOVERNMENT', 'SUPERIOR_DEPARTMENT'];
const PROBLEM_CATEGORIES = [
  'RELATIONSHIP_BASED',
  'FAVOR_BASED',
  'WRONGLY_INCLUDED',
  'WRONGLY_EXCLUDED',
  'FRAUDULENT_CLAIM',
  'EQUAL_SPLITTING',
  'IRREGULAR_PROCEDURE',
  'FUND_MISMANAGEMENT',
];
const SEVERITIES = ['MINOR', 'MAJOR', 'SEVERE'];
const RECTIFICATION_STATUSES = ['OPEN', 'RECTIFYING', 'REPORTED_FIXED', 'VERIFIED', 'CLOSED_NOT_FIXED'];
const EVENT_KINDS = [
  'PLAN_SET',
  'PROGRESS',
  'REPORTED_FIXED',
  'RECHECK_PASSED',
  'RECHECK_FAILED',
  'CLOSED_NOT_FIXED',
  'REOPENED',
];

const REGION_CODE = `'^[1-9][0-9]{5}([0-9]{3})?$'`;
const AGENCY_ID = `'^[1-9][0-9]{5}([0-9]{3})?:[A-Z_]+$'`;

export class Oversight1764000000300 implements MigrationInterface {
  name = 'Oversight1764000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    const sql = (statement: string) => queryRunner.query(statement);
    await sql(`
      CREATE TABLE "${s}".inspection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
        organiser_region_code varchar(9) NOT NULL CHECK (organiser_region_code ~ ${REGION_CODE}),
        organiser_kind text NOT NULL CHECK (organiser_kind IN (${list(AGENCY_KINDS)})),
        partner_kinds text[] NOT NULL DEFAULT '{}'
          CHECK (partner_kinds <@ ARRAY[${list(INSPECTION_PARTNERS)}]::text[]),
        topics text[] NOT NULL
          CHECK (cardinality(topics) >= 1 AND topics <@ ARRAY[${list(INSPECTION_TOPICS)}]::text[]),
        target_codes text[] NOT NULL CHECK (cardinality(target_codes) >= 1),
        target_prefixes text[] NOT NULL CHECK (cardinality(target_prefixes) = cardinality(target_codes)),
        period_start timestamptz NOT NULL,
        period_end timestamptz NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        team jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(team) = 'array'),
        status text NOT NULL CHECK (status IN (${list(INSPECTION_STATUSES)})),
        conclusion text,
        planned_by jsonb NOT NULL,
        planned_at timestamptz NOT NULL,
        started_at timestamptz,
        reported_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_end >= period_start),
        CHECK ((status = 'PLANNED') = (started_at IS NULL)),
        CHECK ((status IN ('REPORTED', 'CLOSED')) = (reported_at IS NOT NULL AND conclusion IS NOT NULL)),
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
      )`);
    await sql(`CREATE INDEX inspection_organiser ON "${s}".inspection (organiser_region_code text_pattern_ops, year)`);
    await sql(`CREATE INDEX inspection_year ON "${s}".inspection (year, status)`);
    await sql(`
      CREATE TABLE "${s}".inspection_distribution (
        inspection_id uuid NOT NULL REFERENCES "${s}".inspection (id),
        recipient text NOT NULL CHECK (recipient IN (${list(REPORT_RECIPIENTS)})),
        agency_id text NOT NULL CHECK (agency_id ~ ${AGENCY_ID}),
        distributed_at timestamptz NOT NULL,
        distributed_by jsonb NOT NULL,
        PRIMARY KEY (inspection_id, recipient)
      )`);
    await sql(`CREATE INDEX inspection_distribution_agency ON "${s}".inspection_distribution (agency_id)`);
    await sql(`
      CREATE TABLE "${s}".finding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inspection_id uuid NOT NULL REFERENCES "${s}".inspection (id),
        region_code varchar(9) NOT NULL CHECK (region_code ~ ${REGION_CODE}),
        county_code varchar(6) NOT NULL CHECK (left(region_code, 6) = county_code),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        category text NOT NULL CHECK (category IN (${list(PROBLEM_CATEGORIES)})),
        severity text NOT NULL CHECK (severity IN (${list(SEVERITIES)})),
        households_affected int NOT NULL CHECK (households_affected >= 0),
        amount_involved_fen bigint NOT NULL CHECK (amount_involved_fen >= 0),
        description text NOT NULL CHECK (description <> ''),
        responsible_agency_id text CHECK (responsible_agency_id ~ ${AGENCY_ID}),
        responsible_official_id uuid,
        found_by jsonb NOT NULL,
        found_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN (${list(RECTIFICATION_STATUSES)})),
        measures text,
        deadline timestamptz,
        reopened_count int NOT NULL DEFAULT 0 CHECK (reopened_count >= 0),
        funds_recovered_fen bigint NOT NULL DEFAULT 0 CHECK (funds_recovered_fen >= 0),
        households_removed int NOT NULL DEFAULT 0 CHECK (households_removed >= 0),
        households_added int NOT NULL DEFAULT 0 CHECK (households_added >= 0),
        reported_fixed_at timestamptz,
        verified_at timestamptz,
        verified_by jsonb,
        closed_at timestamptz,
        closed_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((measures IS NULL) = (deadline IS NULL)),
        CHECK (status IN ('OPEN', 'CLOSED_NOT_FIXED') OR deadline IS NOT NULL),
        CHECK (status <> 'REPORTED_FIXED' OR reported_fixed_at IS NOT NULL),
        CHECK ((status = 'VERIFIED') = (verified_at IS NOT NULL AND verified_by IS NOT NULL)),
        CHECK ((status = 'CLOSED_NOT_FIXED') = (closed_at IS NOT NULL AND closed_reason IS NOT NULL))
      )`);
    await sql(`CREATE INDEX finding_prefix ON "${s}".finding (region_code text_pattern_ops, year)`);
    await sql(`CREATE INDEX finding_inspection ON "${s}".finding (inspection_id)`);
    await sql(`CREATE INDEX finding_deadline ON "${s}".finding (status, deadline)`);
    await sql(`
      CREATE TABLE "${s}".rectification_event (
        id bigserial PRIMARY KEY,
        finding_id uuid NOT NULL REFERENCES "${s}".finding (id),
        at timestamptz NOT NULL,
        kind text NOT NULL CHECK (kind IN (${list(EVENT_KINDS)})),
        note text NOT NULL CHECK (note <> ''),
        evidence text[] NOT NULL DEFAULT '{}',
        deadline timestamptz,
        funds_recovered_fen bigint NOT NULL DEFAULT 0 CHECK (funds_recovered_fen >= 0),
        households_removed int NOT NULL DEFAULT 0 CHECK (households_removed >= 0),
        households_added int NOT NULL DEFAULT 0 CHECK (households_added >= 0),
        status_after text NOT NULL CHECK (status_after IN (${list(RECTIFICATION_STATUSES)})),
        recorded_by jsonb NOT NULL,
        CHECK ((kind = 'PLAN_SET') = (deadline IS NOT NULL))
      )`);
    await sql(`CREATE INDEX rectification_event_finding ON "${s}".rectification_event (finding_id, at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    for (const table of ['rectification_event', 'finding', 'inspection_distribution', 'inspection']) {
      await queryRunner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
