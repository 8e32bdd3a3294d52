import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/*
 * The codes are written out rather than taken from the code: a migration states what the database held when
 * it ran, and a later vocabulary change needs a migration of its own.
 */
const list = (codes: readonly string[]) => codes.map((code) => `'${code}'`).join(', ');
const FILE_KINDS = ['ROSTER', 'REGISTER', 'STANDARDS'];
const REGISTER_KINDS = [
  'DECEASED',
  'OFFICIAL',
  'OFFICIAL_RELATIVE',
  'VEHICLE_OWNER',
  'PROPERTY_OWNER',
  'BUSINESS_OWNER',
];
const RULES = [
  'EQUAL_SPLITTING',
  'DUPLICATE_PERSON',
  'ABOVE_STANDARD',
  'REGISTER_MATCH',
  'ABRUPT_CHANGE',
  'OVERDUE_REPORT',
  'OVERDUE_RECTIFICATION',
  'OVERDUE_COMPLAINT',
];
const STATUSES = ['OPEN', 'ACKNOWLEDGED', 'REFERRED', 'CLOSED', 'DISMISSED'];
const REGION_CODE = `'^[1-9][0-9]{5}([0-9]{3})?$'`;

/**
 * Roster partitions are created here, one a month over a fixed span, plus a default partition: the run-time role
 * may not create tables (least privilege), and a month outside the span still lands in the default.
 */
export const FIRST_PARTITION_MONTH = '2020-01';
export const LAST_PARTITION_MONTH = '2030-12';

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return months;
}

export class Monitoring1764000001100 implements MigrationInterface {
  name = 'Monitoring1764000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    const sql = (statement: string) => queryRunner.query(statement);

    await sql(`
      CREATE TABLE "${s}".roster_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN (${list(FILE_KINDS)})),
        checksum char(64) NOT NULL UNIQUE,
        county_code char(6) NULL,
        month date NULL,
        rows int NOT NULL CHECK (rows >= 0),
        imported_at timestamptz NOT NULL DEFAULT now(),
        imported_by jsonb NOT NULL
      )`);

    // No foreign keys on the roster: a county-month is replaced by delete + COPY, and checks cost at COPY rate.
    await sql(`
      CREATE TABLE "${s}".roster (
        month date NOT NULL,
        county_code char(6) NOT NULL,
        township_code char(9) NOT NULL,
        village_code char(12) NULL,
        village_name text NOT NULL,
        household_id text NOT NULL,
        head_pseudonym char(64) NOT NULL,
        household_size smallint NOT NULL,
        amount_fen bigint NOT NULL,
        area text NOT NULL,
        bank_paid boolean NOT NULL,
        file_id uuid NOT NULL
      ) PARTITION BY RANGE (month)`);
    for (const month of monthsBetween(FIRST_PARTITION_MONTH, LAST_PARTITION_MONTH)) {
      const name = `roster_${month.replace('-', '_')}`;
      await sql(`
        CREATE TABLE "${s}".${name} PARTITION OF "${s}".roster
          FOR VALUES FROM ('${month}-01') TO (('${month}-01'::date + interval '1 month')::date)`);
    }
    await sql(`CREATE TABLE "${s}".roster_default PARTITION OF "${s}".roster DEFAULT`);
    // Created on the parent, so every partition gets them: replacement by county, duplicate heads by person.
    await sql(`CREATE INDEX roster_county ON "${s}".roster (county_code, month)`);
    await sql(`CREATE INDEX roster_head ON "${s}".roster (head_pseudonym)`);

    await sql(`
      CREATE TABLE "${s}".register_entry (
        pseudonym char(64) NOT NULL,
        kind text NOT NULL CHECK (kind IN (${list(REGISTER_KINDS)})),
        since date NOT NULL,
        source text NOT NULL,
        file_id uuid NOT NULL REFERENCES "${s}".roster_file (id) DEFERRABLE INITIALLY DEFERRED
      )`);
    await sql(`CREATE INDEX register_entry_pseudonym ON "${s}".register_entry (pseudonym)`);

    await sql(`
      CREATE TABLE "${s}".standard (
        county_code char(6) NOT NULL,
        area text NOT NULL CHECK (area IN ('URBAN', 'RURAL')),
        from_month date NOT NULL,
        standard_fen bigint NOT NULL CHECK (standard_fen >= 0),
        file_id uuid NOT NULL REFERENCES "${s}".roster_file (id) DEFERRABLE INITIALLY DEFERRED,
        PRIMARY KEY (county_code, area, from_month)
      )`);

    await sql(`
      CREATE TABLE "${s}".rule_threshold (
        region_code varchar(9) NOT NULL CHECK (region_code ~ ${REGION_CODE}),
        rule text NOT NULL CHECK (rule IN (${list(RULES)})),
        parameters jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by jsonb NOT NULL,
        PRIMARY KEY (region_code, rule)
      )`);

    await sql(`
      CREATE TABLE "${s}".alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        fingerprint text NOT NULL UNIQUE,
        rule text NOT NULL CHECK (rule IN (${list(RULES)})),
        region_code varchar(9) NOT NULL CHECK (region_code ~ ${REGION_CODE}),
        month date NOT NULL,
        severity text NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
        explanation_zh text NOT NULL,
        explanation_en text NOT NULL,
        figures jsonb NOT NULL,
        evidence jsonb NOT NULL,
        status text NOT NULL CHECK (status IN (${list(STATUSES)})) DEFAULT 'OPEN',
        dismiss_reason text NULL,
        referral_kind text NULL CHECK (referral_kind IN ('FINDING', 'COMPLAINT')),
        referral_id uuid NULL,
        raised_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((status = 'DISMISSED') = (dismiss_reason IS NOT NULL))
      )`);
    await sql(`CREATE INDEX alert_region ON "${s}".alert (region_code text_pattern_ops, month)`);
    await sql(`CREATE INDEX alert_month_rule ON "${s}".alert (month, rule)`);

    await sql(`
      CREATE TABLE "${s}".alert_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alert_id uuid NOT NULL REFERENCES "${s}".alert (id),
        from_status text NULL,
        to_status text NOT NULL,
        reason text NULL,
        at timestamptz NOT NULL,
        actor jsonb NOT NULL
      )`);
    await sql(`CREATE INDEX alert_event_alert ON "${s}".alert_event (alert_id, at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    for (const table of [
      'alert_event',
      'alert',
      'rule_threshold',
      'standard',
      'register_entry',
      'roster',
      'roster_file',
    ]) {
      await queryRunner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
