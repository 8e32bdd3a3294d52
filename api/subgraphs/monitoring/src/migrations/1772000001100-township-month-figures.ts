import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/*
 * Each township's monthly figures by area (households, persons, funds), kept beside the roster: what ABRUPT_CHANGE
 * compares over thirteen months and what `Region.monitoring` shows. Read from the roster itself, they cost a scan
 * of thirteen months of every county (260 million rows for the country); kept here they are a few thousand rows a
 * month. They are written where a county-month enters the roster, inside `roster_swap`, from the table being
 * swapped in (small and just written), so every writer of the roster keeps them and they are never out of step:
 * the old `roster_swap` becomes `roster_attach`, and the new one attaches and then summarises.
 */
export class TownshipMonthFigures1772000001100 implements MigrationInterface {
  name = 'TownshipMonthFigures1772000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`
      CREATE TABLE "${s}".township_month (
        month date NOT NULL,
        county_code char(6) NOT NULL,
        township_code char(9) NOT NULL,
        area text NOT NULL,
        households int NOT NULL,
        persons int NOT NULL,
        funds_fen bigint NOT NULL,
        PRIMARY KEY (month, county_code, township_code, area)
      );

      ALTER FUNCTION "${s}".roster_swap(date, text) RENAME TO roster_attach;

      CREATE FUNCTION "${s}".roster_summarize(p_month date, p_county text) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
      BEGIN
        DELETE FROM "${s}".township_month WHERE month = p_month AND county_code = p_county;
        EXECUTE format($q$INSERT INTO "${s}".township_month
            (month, county_code, township_code, area, households, persons, funds_fen)
          SELECT %L::date, %L, township_code, area, count(*), sum(household_size), sum(amount_fen)
            FROM %I.%I GROUP BY township_code, area$q$,
          p_month, p_county, '${s}', 'roster_' || to_char(p_month, 'YYYY_MM') || '_' || p_county);
      END $fn$;

      CREATE FUNCTION "${s}".roster_swap(p_month date, p_county text) RETURNS int
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
      DECLARE
        replaced int;
      BEGIN
        replaced := "${s}".roster_attach(p_month, p_county);
        PERFORM "${s}".roster_summarize(p_month, p_county);
        RETURN replaced;
      END $fn$;

      REVOKE ALL ON FUNCTION "${s}".roster_attach(date, text) FROM PUBLIC;
      REVOKE ALL ON FUNCTION "${s}".roster_summarize(date, text) FROM PUBLIC;
      REVOKE ALL ON FUNCTION "${s}".roster_swap(date, text) FROM PUBLIC;

      INSERT INTO "${s}".township_month (month, county_code, township_code, area, households, persons, funds_fen)
      SELECT month, county_code, township_code, area, count(*), sum(household_size), sum(amount_fen)
        FROM "${s}".roster GROUP BY month, county_code, township_code, area;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`
      DROP FUNCTION "${s}".roster_swap(date, text);
      DROP FUNCTION "${s}".roster_summarize(date, text);
      ALTER FUNCTION "${s}".roster_attach(date, text) RENAME TO roster_swap;
      DROP TABLE "${s}".township_month;
    `);
  }
}
