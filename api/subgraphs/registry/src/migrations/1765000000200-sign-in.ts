import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/** Sign-in through an OpenID provider: officials' roles and subjects, service accounts, revoked token ids. */
export class SignIn1765000000200 implements MigrationInterface {
  name = 'SignIn1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    // The role vocabulary as of this migration (a later role needs a migration that widens the checks).
    const roles = `'VIEWER', 'REPORTER', 'REVIEWER', 'INSPECTOR', 'COMPLAINT_HANDLER', 'DISCIPLINE_OFFICER', 'ADMIN'`;
    await queryRunner.query(`
      CREATE TABLE "${s}".official_access (
        official_id uuid PRIMARY KEY REFERENCES "${s}".official (id) ON DELETE CASCADE,
        roles text[] NOT NULL CHECK (roles <@ ARRAY[${roles}]::text[]),
        idp_issuer text,
        idp_subject text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((idp_issuer IS NULL) = (idp_subject IS NULL)),
        UNIQUE (idp_issuer, idp_subject)
      )`);
    await queryRunner.query(`
      CREATE TABLE "${s}".service_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (name <> ''),
        idp_issuer text NOT NULL,
        client_id text NOT NULL CHECK (client_id <> ''),
        agency_id text NOT NULL REFERENCES "${s}".agency (id),
        region_code varchar(9) NOT NULL REFERENCES "${s}".region (code),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[${roles}]::text[]
          AND NOT ('ADMIN' = ANY (roles))),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (idp_issuer, client_id),
        CHECK (starts_with(agency_id, region_code || ':'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "${s}".revoked_token (
        idp_issuer text NOT NULL,
        jti text NOT NULL CHECK (jti <> ''),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idp_issuer, jti)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`DROP TABLE "${s}".revoked_token, "${s}".service_account, "${s}".official_access`);
  }
}
