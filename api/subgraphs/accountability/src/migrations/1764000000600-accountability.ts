import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

const VIOLATIONS = `'ABUSE_OF_POWER', 'NEGLECT_OF_DUTY', 'FAVOURITISM_MALPRACTICE', 'DERELICTION',
  'RESPONSIBILITY_NOT_FULFILLED', 'SUPERVISION_FAILURE'`;
const SANCTIONS = `'NONE', 'CRITICISM_EDUCATION', 'ADMONISHMENT', 'WARNING', 'DEMERIT', 'MAJOR_DEMERIT', 'DEMOTION',
  'DISMISSAL_FROM_POST', 'EXPULSION'`;
const AGENCY_KINDS = `'CIVIL_AFFAIRS', 'GOVERNMENT', 'ORGANIZATION_DEPARTMENT', 'DISCIPLINE_INSPECTION',
  'HR_SOCIAL_SECURITY', 'FINANCE', 'AUDIT'`;
const AGENCY_ID = `'^[0-9]{6}([0-9]{3})?:[A-Z_]+$'`;

export class Accountability1764000000600 implements MigrationInterface {
  name = 'Accountability1764000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    const sql = (statement: string) => queryRunner.query(statement);
    await sql(`
      CREATE TABLE "${s}".accountability_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(9) NOT NULL,
        managing_region_code varchar(9) NOT NULL CHECK (length(managing_region_code) = 6),
        subject_kind text NOT NULL CHECK (subject_kind IN ('OFFICIAL', 'UNIT')),
        subject_official_id uuid,
        subject_name text NOT NULL CHECK (subject_name <> ''),
        subject_position text,
        subject_cadre_level text CHECK (subject_cadre_level IN ('PROVINCE_MANAGED', 'PREFECTURE_MANAGED', 'COUNTY_MANAGED')),
        subject_agency_id text CHECK (subject_agency_id ~ ${AGENCY_ID}),
        violation text NOT NULL CHECK (violation IN (${VIOLATIONS})),
        facts text NOT NULL CHECK (facts <> ''),
        status text NOT NULL CHECK (status IN ('OPENED', 'INVESTIGATING', 'DECIDED', 'CLOSED')),
        opened_on date NOT NULL,
        opening_agency_id text NOT NULL,
        opened_at timestamptz NOT NULL,
        opened_by jsonb NOT NULL,
        investigation_started_at timestamptz,
        decided_at timestamptz,
        closed_at timestamptz,
        closing_note text,
        CHECK (
          (subject_kind = 'OFFICIAL' AND subject_cadre_level IS NOT NULL AND subject_agency_id IS NULL)
          OR (subject_kind = 'UNIT' AND subject_cadre_level IS NULL AND subject_official_id IS NULL
              AND subject_position IS NULL AND subject_agency_id LIKE region_code || ':%')
        ),
        CHECK (opening_agency_id IN (managing_region_code || ':DISCIPLINE_INSPECTION',
                                     managing_region_code || ':ORGANIZATION_DEPARTMENT')),
        CHECK ((status = 'OPENED') = (investigation_started_at IS NULL)),
        CHECK ((status IN ('DECIDED', 'CLOSED')) = (decided_at IS NOT NULL)),
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
        CHECK (closing_note IS NULL OR status = 'CLOSED')
      )`);
    await sql(
      `CREATE INDEX accountability_case_prefix ON "${s}".accountability_case (region_code text_pattern_ops, opened_on)`,
    );
    await sql(`CREATE INDEX accountability_case_managing ON "${s}".accountability_case (managing_region_code, status)`);
    await sql(`
      CREATE TABLE "${s}".case_origin (
        case_id uuid NOT NULL REFERENCES "${s}".accountability_case (id),
        kind text NOT NULL CHECK (kind IN ('FINDING', 'COMPLAINT', 'INCIDENT', 'INSPECTION')),
        origin_id text NOT NULL CHECK (origin_id ~ '^[A-Za-z0-9][A-Za-z0-9:._-]{0,99}$'),
        linked_at timestamptz NOT NULL,
        linked_by jsonb NOT NULL,
        PRIMARY KEY (case_id, kind, origin_id)
      )`);
    await sql(`CREATE INDEX case_origin_by_origin ON "${s}".case_origin (kind, origin_id)`);
    await sql(`
      CREATE TABLE "${s}".case_decision (
        case_id uuid PRIMARY KEY REFERENCES "${s}".accountability_case (id),
        decided_on date NOT NULL,
        deciding_agency_id text NOT NULL CHECK (deciding_agency_id ~ ${AGENCY_ID}),
        summary text NOT NULL CHECK (summary <> ''),
        recorded_at timestamptz NOT NULL,
        recorded_by jsonb NOT NULL
      )`);
    await sql(`
      CREATE TABLE "${s}".case_sanction (
        case_id uuid NOT NULL REFERENCES "${s}".case_decision (case_id),
        track text NOT NULL CHECK (track IN ('PARTY', 'GOVERNMENT')),
        sanction text NOT NULL CHECK (sanction IN (${SANCTIONS})),
        PRIMARY KEY (case_id, track),
        CHECK (NOT (track = 'PARTY' AND sanction IN ('DEMERIT', 'MAJOR_DEMERIT', 'DEMOTION')))
      )`);
    await sql(`
      CREATE TABLE "${s}".joint_meeting (
        region_code varchar(9) PRIMARY KEY CHECK (length(region_code) = 6),
        name text NOT NULL CHECK (name <> ''),
        member_kinds text[] NOT NULL CHECK (
          member_kinds <@ ARRAY[${AGENCY_KINDS}]::text[]
          AND member_kinds @> ARRAY['ORGANIZATION_DEPARTMENT', 'DISCIPLINE_INSPECTION']::text[]
          AND NOT ('CIVIL_AFFAIRS' = ANY (member_kinds))
        ),
        established_on date NOT NULL
      )`);
    await sql(`
      CREATE TABLE "${s}".joint_meeting_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(9) NOT NULL REFERENCES "${s}".joint_meeting (region_code),
        held_on date NOT NULL,
        agenda text[] NOT NULL CHECK (cardinality(agenda) >= 1),
        minutes text NOT NULL CHECK (minutes <> ''),
        recorded_at timestamptz NOT NULL,
        recorded_by jsonb NOT NULL
      )`);
    await sql(`CREATE INDEX joint_meeting_session_region ON "${s}".joint_meeting_session (region_code, held_on)`);
    await sql(`
      CREATE TABLE "${s}".joint_meeting_attendee (
        session_id uuid NOT NULL REFERENCES "${s}".joint_meeting_session (id),
        position int NOT NULL CHECK (position >= 0),
        agency_id text NOT NULL CHECK (agency_id ~ ${AGENCY_ID}),
        name text NOT NULL CHECK (name <> ''),
        PRIMARY KEY (session_id, position)
      )`);
    await sql(`
      CREATE TABLE "${s}".joint_meeting_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES "${s}".joint_meeting_session (id),
        position int NOT NULL CHECK (position >= 0),
        text text NOT NULL CHECK (text <> ''),
        UNIQUE (session_id, position)
      )`);
    await sql(`
      CREATE TABLE "${s}".joint_meeting_decision_case (
        decision_id uuid NOT NULL REFERENCES "${s}".joint_meeting_decision (id),
        case_id uuid NOT NULL REFERENCES "${s}".accountability_case (id),
        PRIMARY KEY (decision_id, case_id)
      )`);
    await sql(`CREATE INDEX joint_meeting_decision_case_case ON "${s}".joint_meeting_decision_case (case_id)`);
    await sql(`
      CREATE TABLE "${s}".joint_meeting_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES "${s}".joint_meeting_session (id),
        position int NOT NULL CHECK (position >= 0),
        owner_agency_id text NOT NULL CHECK (owner_agency_id ~ ${AGENCY_ID}),
        description text NOT NULL CHECK (description <> ''),
        deadline date NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'DONE')),
        completed_on date,
        completion_note text,
        completed_by jsonb,
        UNIQUE (session_id, position),
        CHECK ((status = 'DONE') = (completed_on IS NOT NULL)),
        CHECK ((status = 'DONE') = (completion_note IS NOT NULL))
      )`);
    await sql(`CREATE INDEX joint_meeting_task_open ON "${s}".joint_meeting_task (status, deadline)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    for (const table of [
      'joint_meeting_task',
      'joint_meeting_decision_case',
      'joint_meeting_decision',
      'joint_meeting_attendee',
      'joint_meeting_session',
      'joint_meeting',
      'case_sanction',
      'case_decision',
      'case_origin',
      'accountability_case',
    ]) {
      await queryRunner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
