import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

const CHANNELS = `'HOTLINE', 'LETTER_VISIT', 'ONLINE', 'VOLUNTEER_SUPERVISOR', 'SOCIAL_ORGANIZATION', 'MEDIA', 'REFERRAL'`;
const CATEGORIES = `'RELATIONSHIP_BASED', 'FAVOR_BASED', 'WRONGLY_INCLUDED', 'WRONGLY_EXCLUDED', 'FRAUDULENT_CLAIM',
  'EQUAL_SPLITTING', 'IRREGULAR_PROCEDURE', 'FUND_MISMANAGEMENT'`;
const REGION_CODE = (column: string) => `${column} ~ '^[1-9][0-9]{5}([0-9]{3})?$'`;

export class Complaints1764000000400 implements MigrationInterface {
  name = 'Complaints1764000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    const sql = (statement: string) => queryRunner.query(statement);
    await sql(`
      CREATE TABLE "${s}".petition_officer (
        region_code varchar(9) PRIMARY KEY CHECK (${REGION_CODE('region_code')}),
        officer_subject text NOT NULL CHECK (officer_subject <> ''),
        official_id uuid,
        designated_by jsonb NOT NULL,
        designated_at timestamptz NOT NULL
      )`);
    await sql(`
      CREATE TABLE "${s}".volunteer_supervisor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(9) NOT NULL CHECK (${REGION_CODE('region_code')}),
        name text NOT NULL CHECK (name <> ''),
        affiliation text NOT NULL,
        term_start date NOT NULL,
        term_end date NOT NULL,
        CHECK (term_end >= term_start)
      )`);
    await sql(`CREATE INDEX volunteer_supervisor_prefix ON "${s}".volunteer_supervisor (region_code text_pattern_ops)`);
    await sql(`
      CREATE TABLE "${s}".social_organization_contract (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(9) NOT NULL CHECK (${REGION_CODE('region_code')}),
        organization_name text NOT NULL CHECK (organization_name <> ''),
        contract_number text NOT NULL UNIQUE CHECK (contract_number <> ''),
        period_start date NOT NULL,
        period_end date NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        deliverables text NOT NULL CHECK (deliverables <> ''),
        CHECK (period_end >= period_start)
      )`);
    await sql(
      `CREATE INDEX social_organization_contract_prefix ON "${s}".social_organization_contract (region_code text_pattern_ops)`,
    );
    await sql(`
      CREATE TABLE "${s}".complaint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        channel text NOT NULL CHECK (channel IN (${CHANNELS})),
        received_at timestamptz NOT NULL,
        region_code varchar(9) NOT NULL CHECK (${REGION_CODE('region_code')}),
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        summary text NOT NULL CHECK (summary <> ''),
        anonymous boolean NOT NULL,
        major boolean NOT NULL DEFAULT false,
        reward_opt_in boolean NOT NULL DEFAULT false,
        volunteer_id uuid REFERENCES "${s}".volunteer_supervisor (id),
        contract_id uuid REFERENCES "${s}".social_organization_contract (id),
        received_by jsonb NOT NULL,
        owner_subject text NOT NULL CHECK (owner_subject <> ''),
        owner_agency text NOT NULL CHECK (owner_agency <> ''),
        owner_region_code varchar(9) NOT NULL CHECK (${REGION_CODE('owner_region_code')}),
        handover_to_subject text CHECK (handover_to_subject <> ''),
        handover_requested_at timestamptz,
        handover_note text,
        status text NOT NULL CHECK (status IN ('RECEIVED', 'ASSIGNED', 'INVESTIGATING', 'CONCLUDED', 'CLOSED')),
        acknowledge_due_at timestamptz NOT NULL,
        conclude_due_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        investigation_started_at timestamptz,
        concluded_at timestamptz,
        closed_at timestamptz,
        conclusion text CHECK (conclusion IN ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'UNSUBSTANTIATED')),
        findings text,
        amount_involved_fen bigint CHECK (amount_involved_fen >= 0),
        households_affected int CHECK (households_affected >= 0),
        public_feedback text,
        closure_round int NOT NULL DEFAULT 0 CHECK (closure_round >= 0),
        supervised_by_province boolean NOT NULL DEFAULT false,
        supervision_reason text,
        supervised_at timestamptz,
        supervision_due_at timestamptz,
        supervised_by jsonb,
        duplicate_of_id uuid REFERENCES "${s}".complaint (id),
        receipt_hash char(64) UNIQUE,
        personal_data_erased_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((channel = 'VOLUNTEER_SUPERVISOR') = (volunteer_id IS NOT NULL)),
        CHECK ((channel = 'SOCIAL_ORGANIZATION') = (contract_id IS NOT NULL)),
        CHECK ((handover_to_subject IS NULL) = (handover_requested_at IS NULL)),
        CHECK (handover_to_subject IS NULL OR status = 'RECEIVED'),
        CHECK ((status = 'RECEIVED') = (acknowledged_at IS NULL)),
        CHECK (status IN ('RECEIVED', 'ASSIGNED') OR investigation_started_at IS NOT NULL),
        CHECK ((status IN ('CONCLUDED', 'CLOSED')) = (concluded_at IS NOT NULL)),
        CHECK ((status IN ('CONCLUDED', 'CLOSED')) = (conclusion IS NOT NULL)),
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
        CHECK (status <> 'CLOSED' OR public_feedback IS NOT NULL),
        CHECK (acknowledge_due_at > received_at AND conclude_due_at > received_at),
        CHECK (supervised_by_province = (supervision_due_at IS NOT NULL)),
        CHECK (supervised_by_province = (supervised_at IS NOT NULL)),
        CHECK (duplicate_of_id IS NULL OR duplicate_of_id <> id),
        CHECK (personal_data_erased_at IS NULL OR (status = 'CLOSED' AND receipt_hash IS NULL))
      )`);
    await sql(`CREATE INDEX complaint_prefix ON "${s}".complaint (region_code text_pattern_ops, received_at)`);
    await sql(`CREATE INDEX complaint_received ON "${s}".complaint (received_at)`);
    await sql(`CREATE INDEX complaint_owner ON "${s}".complaint (owner_subject, status)`);
    await sql(
      `CREATE INDEX complaint_handover ON "${s}".complaint (handover_to_subject) WHERE handover_to_subject IS NOT NULL`,
    );
    await sql(
      `CREATE INDEX complaint_duplicate_of ON "${s}".complaint (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL`,
    );
    await sql(`
      CREATE TABLE "${s}".complainant_identity (
        complaint_id uuid PRIMARY KEY REFERENCES "${s}".complaint (id),
        key_id text NOT NULL CHECK (key_id <> ''),
        name_sealed text NOT NULL CHECK (name_sealed <> ''),
        contact_sealed text CHECK (contact_sealed <> '')
      )`);
    await sql(`
      CREATE TABLE "${s}".complaint_ownership_transfer (
        id bigserial PRIMARY KEY,
        complaint_id uuid NOT NULL REFERENCES "${s}".complaint (id),
        kind text NOT NULL CHECK (kind IN ('INTAKE', 'HANDOVER')),
        from_subject text,
        from_agency text,
        from_region_code varchar(9),
        to_subject text NOT NULL CHECK (to_subject <> ''),
        to_agency text NOT NULL,
        to_region_code varchar(9) NOT NULL,
        at timestamptz NOT NULL,
        reason text NOT NULL CHECK (reason <> ''),
        CHECK ((kind = 'INTAKE') = (from_subject IS NULL))
      )`);
    await sql(
      `CREATE INDEX complaint_ownership_transfer_complaint ON "${s}".complaint_ownership_transfer (complaint_id, at)`,
    );
    await sql(`
      CREATE TABLE "${s}".complaint_message (
        id bigserial PRIMARY KEY,
        complaint_id uuid NOT NULL REFERENCES "${s}".complaint (id),
        author text NOT NULL CHECK (author IN ('COMPLAINANT', 'HANDLER')),
        sent_by jsonb,
        sent_at timestamptz NOT NULL,
        key_id text,
        text_sealed text,
        CHECK ((author = 'HANDLER') = (sent_by IS NOT NULL)),
        CHECK ((text_sealed IS NULL) = (key_id IS NULL))
      )`);
    await sql(`CREATE INDEX complaint_message_complaint ON "${s}".complaint_message (complaint_id, sent_at)`);
    await sql(`
      CREATE TABLE "${s}".identity_reveal_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL REFERENCES "${s}".complaint (id),
        requested_by jsonb NOT NULL,
        requested_at timestamptz NOT NULL,
        reason text NOT NULL CHECK (length(reason) >= 2),
        status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        decided_by jsonb,
        decided_at timestamptz,
        decision_note text,
        CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        CHECK ((status = 'PENDING') = (decided_by IS NULL))
      )`);
    await sql(`CREATE INDEX identity_reveal_request_complaint ON "${s}".identity_reveal_request (complaint_id)`);
    await sql(`CREATE UNIQUE INDEX identity_reveal_request_one_pending ON "${s}".identity_reveal_request (complaint_id)
      WHERE status = 'PENDING'`);
    await sql(`
      CREATE TABLE "${s}".complaint_reward (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL UNIQUE REFERENCES "${s}".complaint (id),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        rule jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('DECIDED', 'APPROVED', 'PAID', 'REJECTED')),
        decided_by jsonb NOT NULL,
        decided_at timestamptz NOT NULL,
        approved_by jsonb,
        approved_at timestamptz,
        rejection_reason text,
        payment_reference text CHECK (payment_reference <> ''),
        paid_by jsonb,
        paid_at timestamptz,
        claimed_at timestamptz,
        CHECK ((status IN ('APPROVED', 'PAID')) = (approved_at IS NOT NULL)),
        CHECK ((status = 'PAID') = (paid_at IS NOT NULL AND payment_reference IS NOT NULL)),
        CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
        CHECK (claimed_at IS NULL OR status = 'PAID')
      )`);
    await sql(`
      CREATE TABLE "${s}".complaint_rating (
        complaint_id uuid NOT NULL REFERENCES "${s}".complaint (id),
        closure_round int NOT NULL CHECK (closure_round >= 1),
        satisfied boolean NOT NULL,
        rated_at timestamptz NOT NULL,
        key_id text,
        comment_sealed text,
        PRIMARY KEY (complaint_id, closure_round),
        CHECK ((comment_sealed IS NULL) = (key_id IS NULL))
      )`);
    await sql(`
      CREATE TABLE "${s}".complaint_appeal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        complaint_id uuid NOT NULL REFERENCES "${s}".complaint (id),
        closure_round int NOT NULL,
        review_region_code varchar(9) NOT NULL CHECK (${REGION_CODE('review_region_code')}),
        status text NOT NULL CHECK (status IN ('OPEN', 'UPHELD', 'OVERTURNED')),
        opened_at timestamptz NOT NULL,
        decided_by jsonb,
        decided_at timestamptz,
        decision_reason text,
        UNIQUE (complaint_id, closure_round),
        FOREIGN KEY (complaint_id, closure_round) REFERENCES "${s}".complaint_rating (complaint_id, closure_round),
        CHECK ((status = 'OPEN') = (decided_at IS NULL)),
        CHECK (status = 'OPEN' OR decision_reason IS NOT NULL)
      )`);
    await sql(`CREATE INDEX complaint_appeal_review ON "${s}".complaint_appeal (review_region_code, status)`);
    await sql(`
      CREATE TABLE "${s}".complaint_external_link (
        complaint_id uuid NOT NULL REFERENCES "${s}".complaint (id),
        kind text NOT NULL CHECK (kind IN ('ACCOUNTABILITY_CASE', 'OVERSIGHT_FINDING')),
        external_id text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
        linked_by jsonb NOT NULL,
        linked_at timestamptz NOT NULL,
        PRIMARY KEY (complaint_id, kind, external_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    for (const table of [
      'complaint_external_link',
      'complaint_appeal',
      'complaint_rating',
      'complaint_reward',
      'identity_reveal_request',
      'complaint_message',
      'complaint_ownership_transfer',
      'complainant_identity',
      'complaint',
      'social_organization_contract',
      'volunteer_supervisor',
      'petition_officer',
    ]) {
      await queryRunner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
