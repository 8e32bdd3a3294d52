import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/*
 * The roster is partitioned by month and each month by county: one table a county-month. An import loads its
 * county-month into a fresh table (created in the import's transaction, so COPY FREEZE applies, and with no index
 * to keep current), then swaps it into the month's tree in the same transaction: the old county-month table is
 * dropped and the new one attached. Readers see the old rows or the new ones, never a mix; the swap takes an
 * ACCESS EXCLUSIVE lock on the month's table for the few milliseconds between it and the commit.
 *
 * No index: a query of a county or of a month prunes to its tables, and every rule reads whole county-months.
 * The file id left the rows (the file of a county-month is in roster_file; nothing read it per row), and the
 * pseudonyms are stored as their 32 bytes (bytea) rather than 64 hex characters, in the roster and the registers:
 * narrower rows to write and to join; readers that show one encode it as hex, as before.
 *
 * The run-time role may not create tables (least privilege): the three functions below are SECURITY DEFINER,
 * owned by the schema's owner, and do only this: make a month's table, make a county-month's load table (the
 * caller may INSERT into it until the swap), swap it in.
 */
const FUNCTIONS = (s: string) => `
  CREATE FUNCTION "${s}".roster_month_partition(p_month date) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
  DECLARE
    name text := 'roster_' || to_char(p_month, 'YYYY_MM');
  BEGIN
    IF p_month IS NULL OR p_month <> date_trunc('month', p_month)::date THEN
      RAISE EXCEPTION 'roster_month_partition: % is not the first day of a month', p_month;
    END IF;
    -- Two imports of one new month (other counties) would both create it: one at a time.
    PERFORM pg_advisory_xact_lock(hashtext('roster-month:' || name));
    IF to_regclass(format('%I.%I', '${s}', name)) IS NULL THEN
      EXECUTE format('CREATE TABLE %I.%I PARTITION OF %I.roster FOR VALUES FROM (%L) TO (%L) PARTITION BY LIST (county_code)',
        '${s}', name, '${s}', p_month, (p_month + interval '1 month')::date);
    END IF;
    RETURN name;
  END $fn$;

  CREATE FUNCTION "${s}".roster_load_table(p_month date, p_county text) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
  DECLARE
    name text := 'roster_' || to_char(p_month, 'YYYY_MM') || '_' || p_county || '_next';
  BEGIN
    IF p_county !~ '^[0-9]{6}$' THEN
      RAISE EXCEPTION 'roster_load_table: % is not a county code', p_county;
    END IF;
    IF to_regclass(format('%I.%I', '${s}', 'roster_' || to_char(p_month, 'YYYY_MM'))) IS NULL THEN
      RAISE EXCEPTION 'roster_load_table: the month % has no table (call roster_month_partition first)', p_month;
    END IF;
    -- The CHECK is the partition's constraint: ATTACH then needs no scan to prove it.
    EXECUTE format('CREATE TABLE %I.%I (LIKE %I.roster INCLUDING CONSTRAINTS, CHECK (month = %L::date AND county_code = %L))',
      '${s}', name, '${s}', p_month, p_county);
    IF session_user <> current_user THEN
      EXECUTE format('GRANT INSERT ON %I.%I TO %I', '${s}', name, session_user);
    END IF;
    RETURN format('%I.%I', '${s}', name);
  END $fn$;

  CREATE FUNCTION "${s}".roster_swap(p_month date, p_county text) RETURNS int
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
  DECLARE
    month_table text := 'roster_' || to_char(p_month, 'YYYY_MM');
    name text := month_table || '_' || p_county;
    replaced int := 0;
  BEGIN
    IF to_regclass(format('%I.%I', '${s}', name || '_next')) IS NULL THEN
      RAISE EXCEPTION 'roster_swap: no load table for % %', p_month, p_county;
    END IF;
    -- The month's readers wait from here to the commit; taken first so that no lock is upgraded midway.
    EXECUTE format('LOCK TABLE %I.%I IN ACCESS EXCLUSIVE MODE', '${s}', month_table);
    IF to_regclass(format('%I.%I', '${s}', name)) IS NOT NULL THEN
      EXECUTE format('SELECT count(*)::int FROM %I.%I', '${s}', name) INTO replaced;
      EXECUTE format('DROP TABLE %I.%I', '${s}', name);
    END IF;
    IF session_user <> current_user THEN
      EXECUTE format('REVOKE ALL ON %I.%I FROM %I', '${s}', name || '_next', session_user);
    END IF;
    EXECUTE format('ALTER TABLE %I.%I RENAME TO %I', '${s}', name || '_next', name);
    EXECUTE format('ALTER TABLE %I.%I ATTACH PARTITION %I.%I FOR VALUES IN (%L)',
      '${s}', month_table, '${s}', name, p_county);
    RETURN replaced;
  END $fn$;

  REVOKE ALL ON FUNCTION "${s}".roster_month_partition(date) FROM PUBLIC;
  REVOKE ALL ON FUNCTION "${s}".roster_load_table(date, text) FROM PUBLIC;
  REVOKE ALL ON FUNCTION "${s}".roster_swap(date, text) FROM PUBLIC;
`;

const COLUMNS =
  'month, county_code, township_code, village_code, village_name, household_id, head_pseudonym, household_size, amount_fen, area, bank_paid';

export class RosterCountyPartitions1769000001100 implements MigrationInterface {
  name = 'RosterCountyPartitions1769000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    const sql = (statement: string, parameters?: unknown[]) => queryRunner.query(statement, parameters);
    await sql(`ALTER TABLE "${s}".roster RENAME TO roster_by_month`);
    // The old partitions' names are the new month tables' names: out of the way first.
    const parts = (await sql(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = $1::regclass`,
      [`"${s}".roster_by_month`],
    )) as Array<{ name: string }>;
    for (const { name } of parts) await sql(`ALTER TABLE "${s}".${name} RENAME TO ${name}_by_month`);
    await sql(`
      CREATE TABLE "${s}".roster (
        month date NOT NULL,
        county_code char(6) NOT NULL,
        township_code char(9) NOT NULL,
        village_code char(12) NULL,
        village_name text NOT NULL,
        household_id text NOT NULL,
        head_pseudonym bytea NOT NULL CHECK (length(head_pseudonym) = 32),
        household_size smallint NOT NULL,
        amount_fen bigint NOT NULL,
        area text NOT NULL,
        bank_paid boolean NOT NULL
      ) PARTITION BY RANGE (month)`);
    await sql(`ALTER TABLE "${s}".register_entry ALTER COLUMN pseudonym TYPE bytea USING decode(pseudonym, 'hex'),
      ADD CONSTRAINT register_entry_pseudonym_length CHECK (length(pseudonym) = 32)`);
    await sql(FUNCTIONS(s));
    // The rows of every county-month go the way of an import: a load table, then the swap.
    const pairs = (await sql(
      `SELECT DISTINCT month::text AS month, county_code::text AS county FROM "${s}".roster_by_month ORDER BY 1, 2`,
    )) as Array<{ month: string; county: string }>;
    for (const { month, county } of pairs) {
      await sql(`SELECT "${s}".roster_month_partition($1::date)`, [month]);
      const [{ t }] = (await sql(`SELECT "${s}".roster_load_table($1::date, $2) AS t`, [month, county])) as [
        { t: string },
      ];
      await sql(
        `INSERT INTO ${t} (${COLUMNS}) SELECT ${COLUMNS.replace('head_pseudonym', "decode(head_pseudonym, 'hex')")} FROM "${s}".roster_by_month WHERE month = $1::date AND county_code = $2`,
        [month, county],
      );
      await sql(`SELECT "${s}".roster_swap($1::date, $2)`, [month, county]);
    }
    await sql(`DROP TABLE "${s}".roster_by_month`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    const sql = (statement: string) => queryRunner.query(statement);
    for (const fn of ['roster_swap(date, text)', 'roster_load_table(date, text)', 'roster_month_partition(date)']) {
      await sql(`DROP FUNCTION "${s}".${fn}`);
    }
    await sql(`ALTER TABLE "${s}".roster RENAME TO roster_by_county`);
    await sql(`
      CREATE TABLE "${s}".roster (
        month date NOT NULL, county_code char(6) NOT NULL, township_code char(9) NOT NULL, village_code char(12) NULL,
        village_name text NOT NULL, household_id text NOT NULL, head_pseudonym char(64) NOT NULL,
        household_size smallint NOT NULL, amount_fen bigint NOT NULL, area text NOT NULL, bank_paid boolean NOT NULL,
        file_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000'
      ) PARTITION BY RANGE (month)`);
    await sql(`CREATE TABLE "${s}".roster_default PARTITION OF "${s}".roster DEFAULT`);
    await sql(`CREATE INDEX roster_county ON "${s}".roster (county_code, month)`);
    await sql(
      `INSERT INTO "${s}".roster (${COLUMNS}) SELECT ${COLUMNS.replace('head_pseudonym', "encode(head_pseudonym, 'hex')")} FROM "${s}".roster_by_county`,
    );
    await sql(`ALTER TABLE "${s}".register_entry DROP CONSTRAINT register_entry_pseudonym_length,
      ALTER COLUMN pseudonym TYPE char(64) USING encode(pseudonym, 'hex')`);
    await sql(`DROP TABLE "${s}".roster_by_county CASCADE`);
  }
}
