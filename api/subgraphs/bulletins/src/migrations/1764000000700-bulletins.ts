import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/*
 * The codes are written out rather than taken from the domain vocabularies: a migration states what the
 * database held when it ran, and a later vocabulary change needs a migration of its own.
 */
const list = (codes: readonly string[]) => codes.map((code) => `'${code}'`).join(', ');
const BULLETIN_STATUSES = ['DRAFT', 'ISSUED', 'PUBLISHED'];
const AUDIENCES = ['PREFECTURE_CIVIL_AFFAIRS', 'PROVINCIAL_GOVERNMENT', 'PREFECTURE_GOVERNMENTS'];
const COMMENDATIONS = ['INNOVATION', 'ADVANCED_EXPERIENCE', 'OUTSTANDING_PERFORMANCE'];
const CRITICISMS = ['POOR_PROGRESS', 'UNTIMELY_RELIEF', 'MAJOR_LIABILITY_INCIDENT'];
const REGION_YEAR_EVIDENCE = ['REPORTING_COMPLETENESS', 'REPORT_SUMMARY', 'COMPLAINT_STATS'];
const RECORD_EVIDENCE = ['FINDING', 'COMPLAINT', 'ACCOUNTABILITY_CASE', 'INCIDENT', 'INSPECTION'];
const INDICATORS = [
  'REPORT_TIMELINESS',
  'REPORT_VALIDATION_ISSUES',
  'FINDINGS_PER_10K_RECIPIENTS',
  'RECTIFICATION_ON_TIME',
  'COMPLAINTS_CLOSED_ON_TIME',
  'ACCOUNTABILITY_FOLLOW_THROUGH',
];
const LEVELS = ['PREFECTURE', 'COUNTY'];
const ASSESSMENT_STATUSES = ['COMPUTED', 'PUBLISHED'];
const ALLOCATION_METHODS = ['REWARD_IN_LIEU_OF_SUBSIDY', 'REWARD_COMBINED_WITH_SUBSIDY'];
const ALLOCATION_STATUSES = ['DRAFT', 'FINALISED', 'PUBLISHED'];

const REGION_CODE = `'^[1-9][0-9]{5}([0-9]{3})?$'`;
const PROVINCE_CODE = `'^[1-9][0-9]0000$'`;

export class Bulletins1764000000700 implements MigrationInterface {
  name = 'Bulletins1764000000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    const sql = (statement: string) => queryRunner.query(statement);

    await sql(`
      CREATE TABLE "${s}".document_prefix (
        issuer_id text PRIMARY KEY CHECK (issuer_id ~ '^[1-9][0-9]{5}([0-9]{3})?:CIVIL_AFFAIRS$'),
        prefix text NOT NULL CHECK (length(prefix) BETWEEN 1 AND 20 AND prefix !~ '[〔〕\\s]'),
        updated_at timestamptz NOT NULL,
        updated_by jsonb NOT NULL
      )`);
    await sql(`
      CREATE TABLE "${s}".document_counter (
        issuer_id text NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        last_serial int NOT NULL CHECK (last_serial >= 1),
        PRIMARY KEY (issuer_id, year)
      )`);

    await sql(`
      CREATE TABLE "${s}".bulletin (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        issuer_id text NOT NULL,
        issuer_region_code varchar(9) NOT NULL CHECK (issuer_region_code ~ ${REGION_CODE}),
        issuer_prefix text NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
        period_from timestamptz NOT NULL,
        period_to timestamptz NOT NULL,
        audience text[] NOT NULL
          CHECK (cardinality(audience) >= 1 AND audience <@ ARRAY[${list(AUDIENCES)}]::text[]),
        status text NOT NULL CHECK (status IN (${list(BULLETIN_STATUSES)})),
        body text NOT NULL,
        document_prefix text,
        document_year int CHECK (document_year BETWEEN 2000 AND 2100),
        document_serial int CHECK (document_serial >= 1),
        created_at timestamptz NOT NULL,
        created_by jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        issued_at timestamptz,
        issued_by jsonb,
        published_at timestamptz,
        published_by jsonb,
        CHECK (issuer_id = issuer_region_code || ':CIVIL_AFFAIRS'),
        CHECK (starts_with(issuer_region_code, issuer_prefix)),
        CHECK (period_to >= period_from),
        CHECK ((status = 'DRAFT') = (issued_at IS NULL)),
        CHECK ((status = 'DRAFT') = (document_serial IS NULL)),
        CHECK ((document_prefix IS NULL) = (document_serial IS NULL) AND (document_year IS NULL) = (document_serial IS NULL)),
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
        CHECK (published_at IS NULL OR published_at >= issued_at),
        UNIQUE (issuer_id, document_year, document_serial)
      )`);
    await sql(`CREATE INDEX bulletin_issuer ON "${s}".bulletin (issuer_region_code text_pattern_ops, status)`);
    await sql(`CREATE INDEX bulletin_published ON "${s}".bulletin (document_year, status)`);

    await sql(`
      CREATE TABLE "${s}".bulletin_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bulletin_id uuid NOT NULL REFERENCES "${s}".bulletin (id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 1),
        kind text NOT NULL CHECK (kind IN ('COMMENDATION', 'CRITICISM')),
        category text NOT NULL,
        region_code varchar(9) NOT NULL CHECK (region_code ~ ${REGION_CODE}),
        summary text NOT NULL CHECK (length(summary) <= 5000),
        public_text text NOT NULL CHECK (length(public_text) BETWEEN 2 AND 5000),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (
          (kind = 'COMMENDATION' AND category IN (${list(COMMENDATIONS)})) OR
          (kind = 'CRITICISM' AND category IN (${list(CRITICISMS)}))
        ),
        UNIQUE (bulletin_id, position)
      )`);
    await sql(`CREATE INDEX bulletin_item_region ON "${s}".bulletin_item (region_code text_pattern_ops, kind)`);

    await sql(`
      CREATE TABLE "${s}".bulletin_evidence (
        item_id uuid NOT NULL REFERENCES "${s}".bulletin_item (id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 1),
        kind text NOT NULL CHECK (kind IN (${list([...REGION_YEAR_EVIDENCE, ...RECORD_EVIDENCE])})),
        ref_id text CHECK (length(ref_id) BETWEEN 1 AND 100),
        region_code varchar(9) CHECK (region_code ~ ${REGION_CODE}),
        year int CHECK (year BETWEEN 2000 AND 2100),
        note text CHECK (length(note) <= 2000),
        PRIMARY KEY (item_id, position),
        CHECK (
          (kind IN (${list(REGION_YEAR_EVIDENCE)}) AND ref_id IS NULL AND region_code IS NOT NULL AND year IS NOT NULL) OR
          (kind IN (${list(RECORD_EVIDENCE)}) AND ref_id IS NOT NULL AND region_code IS NULL AND year IS NULL)
        )
      )`);
    await sql(`CREATE INDEX bulletin_evidence_ref ON "${s}".bulletin_evidence (kind, ref_id)`);

    // Once issued, a bulletin's content is the document that went out: only publication may still change it.
    await sql(`
      CREATE FUNCTION "${s}".bulletin_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'an issued bulletin cannot be deleted' USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status <> 'DRAFT' AND (
          (NEW.issuer_id, NEW.title, NEW.period_from, NEW.period_to, NEW.audience, NEW.body, NEW.document_prefix,
           NEW.document_year, NEW.document_serial, NEW.issued_at)
          IS DISTINCT FROM
          (OLD.issuer_id, OLD.title, OLD.period_from, OLD.period_to, OLD.audience, OLD.body, OLD.document_prefix,
           OLD.document_year, OLD.document_serial, OLD.issued_at)
          OR (OLD.status = 'PUBLISHED' AND NEW.status <> 'PUBLISHED')
        ) THEN
          RAISE EXCEPTION 'an issued bulletin cannot change' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await sql(`
      CREATE TRIGGER bulletin_freeze BEFORE UPDATE OR DELETE ON "${s}".bulletin
      FOR EACH ROW EXECUTE FUNCTION "${s}".bulletin_freeze()`);
    await sql(`
      CREATE FUNCTION "${s}".bulletin_item_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        item_bulletin uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.bulletin_id ELSE NEW.bulletin_id END;
        bulletin_status text;
      BEGIN
        SELECT status INTO bulletin_status FROM "${s}".bulletin WHERE id = item_bulletin;
        IF bulletin_status IS NOT NULL AND bulletin_status <> 'DRAFT' THEN
          RAISE EXCEPTION 'items of an issued bulletin cannot change' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await sql(`
      CREATE TRIGGER bulletin_item_freeze BEFORE INSERT OR UPDATE OR DELETE ON "${s}".bulletin_item
      FOR EACH ROW EXECUTE FUNCTION "${s}".bulletin_item_freeze()`);
    await sql(`
      CREATE FUNCTION "${s}".bulletin_evidence_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        evidence_item uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.item_id ELSE NEW.item_id END;
        bulletin_status text;
      BEGIN
        SELECT b.status INTO bulletin_status
          FROM "${s}".bulletin_item i JOIN "${s}".bulletin b ON b.id = i.bulletin_id WHERE i.id = evidence_item;
        IF bulletin_status IS NOT NULL AND bulletin_status <> 'DRAFT' THEN
          RAISE EXCEPTION 'evidence of an issued bulletin cannot change' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await sql(`
      CREATE TRIGGER bulletin_evidence_freeze BEFORE INSERT OR UPDATE OR DELETE ON "${s}".bulletin_evidence
      FOR EACH ROW EXECUTE FUNCTION "${s}".bulletin_evidence_freeze()`);

    await sql(`
      CREATE TABLE "${s}".assessment_scheme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        province_code varchar(9) NOT NULL CHECK (province_code ~ ${PROVINCE_CODE}),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        level text NOT NULL CHECK (level IN (${list(LEVELS)})),
        indicators jsonb NOT NULL CHECK (jsonb_typeof(indicators) = 'array' AND jsonb_array_length(indicators) >= 1),
        defined_at timestamptz NOT NULL,
        defined_by jsonb NOT NULL,
        UNIQUE (province_code, year)
      )`);
    await sql(`
      CREATE TABLE "${s}".assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        province_code varchar(9) NOT NULL CHECK (province_code ~ ${PROVINCE_CODE}),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        level text NOT NULL CHECK (level IN (${list(LEVELS)})),
        indicators jsonb NOT NULL CHECK (jsonb_typeof(indicators) = 'array' AND jsonb_array_length(indicators) >= 1),
        status text NOT NULL CHECK (status IN (${list(ASSESSMENT_STATUSES)})),
        inputs_hash char(64) NOT NULL CHECK (inputs_hash ~ '^[0-9a-f]{64}$'),
        computed_at timestamptz NOT NULL,
        computed_by jsonb NOT NULL,
        published_at timestamptz,
        published_by jsonb,
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
        UNIQUE (province_code, year)
      )`);
    await sql(`
      CREATE TABLE "${s}".assessment_score (
        assessment_id uuid NOT NULL REFERENCES "${s}".assessment (id),
        region_code varchar(9) NOT NULL CHECK (region_code ~ ${REGION_CODE}),
        score numeric(12, 6) NOT NULL CHECK (score >= 0 AND score <= 100),
        rank int NOT NULL CHECK (rank >= 1),
        recipients int CHECK (recipients >= 0),
        PRIMARY KEY (assessment_id, region_code)
      )`);
    await sql(`CREATE INDEX assessment_score_region ON "${s}".assessment_score (region_code text_pattern_ops)`);
    await sql(`
      CREATE TABLE "${s}".assessment_indicator_value (
        assessment_id uuid NOT NULL,
        region_code varchar(9) NOT NULL,
        indicator text NOT NULL CHECK (indicator IN (${list(INDICATORS)})),
        raw_value numeric,
        normalised numeric(9, 6) NOT NULL CHECK (normalised >= 0 AND normalised <= 1),
        contribution numeric(12, 6) NOT NULL CHECK (contribution >= 0),
        PRIMARY KEY (assessment_id, region_code, indicator),
        FOREIGN KEY (assessment_id, region_code) REFERENCES "${s}".assessment_score (assessment_id, region_code)
          ON DELETE CASCADE
      )`);
    // A published assessment's scores are what was announced: they cannot change or go.
    await sql(`
      CREATE FUNCTION "${s}".assessment_score_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parent uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.assessment_id ELSE NEW.assessment_id END;
        parent_status text;
      BEGIN
        SELECT status INTO parent_status FROM "${s}".assessment WHERE id = parent;
        IF parent_status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'scores of a published assessment cannot change' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    for (const table of ['assessment_score', 'assessment_indicator_value']) {
      await sql(`
        CREATE TRIGGER ${table}_freeze BEFORE INSERT OR UPDATE OR DELETE ON "${s}".${table}
        FOR EACH ROW EXECUTE FUNCTION "${s}".assessment_score_freeze()`);
    }

    await sql(`
      CREATE TABLE "${s}".allocation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        province_code varchar(9) NOT NULL CHECK (province_code ~ ${PROVINCE_CODE}),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        assessment_id uuid NOT NULL REFERENCES "${s}".assessment (id),
        assessment_hash char(64) NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
        pool_fen bigint NOT NULL CHECK (pool_fen >= 0),
        method text NOT NULL CHECK (method IN (${list(ALLOCATION_METHODS)})),
        performance_share_bp int NOT NULL CHECK (performance_share_bp BETWEEN 0 AND 10000),
        status text NOT NULL CHECK (status IN (${list(ALLOCATION_STATUSES)})),
        created_at timestamptz NOT NULL,
        created_by jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        finalised_at timestamptz,
        finalised_by jsonb,
        published_at timestamptz,
        published_by jsonb,
        CHECK (method <> 'REWARD_IN_LIEU_OF_SUBSIDY' OR performance_share_bp = 10000),
        CHECK ((status = 'DRAFT') = (finalised_at IS NULL)),
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      )`);
    await sql(`CREATE INDEX allocation_year ON "${s}".allocation (province_code, year)`);
    await sql(`
      CREATE TABLE "${s}".allocation_line (
        allocation_id uuid NOT NULL REFERENCES "${s}".allocation (id),
        region_code varchar(9) NOT NULL CHECK (region_code ~ ${REGION_CODE}),
        score numeric(12, 6) NOT NULL CHECK (score >= 0),
        recipients int NOT NULL CHECK (recipients >= 0),
        base_fen bigint NOT NULL CHECK (base_fen >= 0),
        performance_fen bigint NOT NULL CHECK (performance_fen >= 0),
        amount_fen bigint NOT NULL,
        CHECK (amount_fen = base_fen + performance_fen),
        PRIMARY KEY (allocation_id, region_code)
      )`);
    // A finalised allocation is immutable, down to the database: amounts, pool, method and share stay as they are.
    await sql(`
      CREATE FUNCTION "${s}".allocation_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'a finalised allocation cannot be deleted' USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status <> 'DRAFT' AND (
          (NEW.assessment_id, NEW.assessment_hash, NEW.title, NEW.pool_fen, NEW.method, NEW.performance_share_bp,
           NEW.finalised_at)
          IS DISTINCT FROM
          (OLD.assessment_id, OLD.assessment_hash, OLD.title, OLD.pool_fen, OLD.method, OLD.performance_share_bp,
           OLD.finalised_at)
          OR NEW.status = 'DRAFT' OR (OLD.status = 'PUBLISHED' AND NEW.status <> 'PUBLISHED')
        ) THEN
          RAISE EXCEPTION 'a finalised allocation cannot change' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await sql(`
      CREATE TRIGGER allocation_freeze BEFORE UPDATE OR DELETE ON "${s}".allocation
      FOR EACH ROW EXECUTE FUNCTION "${s}".allocation_freeze()`);
    await sql(`
      CREATE FUNCTION "${s}".allocation_line_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parent uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.allocation_id ELSE NEW.allocation_id END;
        parent_status text;
      BEGIN
        SELECT status INTO parent_status FROM "${s}".allocation WHERE id = parent;
        IF parent_status IS NOT NULL AND parent_status <> 'DRAFT' THEN
          RAISE EXCEPTION 'lines of a finalised allocation cannot change' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await sql(`
      CREATE TRIGGER allocation_line_freeze BEFORE INSERT OR UPDATE OR DELETE ON "${s}".allocation_line
      FOR EACH ROW EXECUTE FUNCTION "${s}".allocation_line_freeze()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    for (const table of [
      'allocation_line',
      'allocation',
      'assessment_indicator_value',
      'assessment_score',
      'assessment',
      'assessment_scheme',
      'bulletin_evidence',
      'bulletin_item',
      'bulletin',
      'document_counter',
      'document_prefix',
    ]) {
      await queryRunner.query(`DROP TABLE "${s}".${table}`);
    }
    for (const fn of [
      'allocation_line_freeze',
      'allocation_freeze',
      'assessment_score_freeze',
      'bulletin_evidence_freeze',
      'bulletin_item_freeze',
      'bulletin_freeze',
    ]) {
      await queryRunner.query(`DROP FUNCTION "${s}".${fn}()`);
    }
  }
}
