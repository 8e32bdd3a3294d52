import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@dibao/db';

/**
 * The monitoring thresholds become rule values of the regions' implementing rules (registry.rule_version, keys
 * `monitoring.RULE.parameter`), effective-dated like every rule. The old per-region overrides applied to every
 * month, so each one is written into every version its region already has (the one write the immutability
 * trigger is lifted for: the values the hub applied on those dates do not change) or, for a region without
 * versions, into a first version in force since 1970-01-01 whose basis says it was carried over. The override
 * table is then dropped: the rule versions are the one source.
 */
export class ThresholdsAsRules1770000001100 implements MigrationInterface {
  name = 'ThresholdsAsRules1770000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    const overrides = (await queryRunner.query(`
      SELECT t.region_code,
             jsonb_object_agg('monitoring.' || t.rule || '.' || p.key, jsonb_build_object('value', p.value, 'fixed', false))
               AS settings,
             max(t.updated_at) AS updated_at,
             (array_agg(t.updated_by ORDER BY t.updated_at DESC))[1] AS updated_by,
             EXISTS (SELECT 1 FROM registry.region r WHERE r.code = t.region_code) AS known
        FROM "${s}".rule_threshold t, jsonb_each(t.parameters) p
       GROUP BY t.region_code ORDER BY t.region_code`)) as Array<{
      region_code: string;
      settings: Record<string, unknown>;
      updated_at: Date;
      updated_by: unknown;
      known: boolean;
    }>;
    const unknown = overrides.filter((row) => !row.known).map((row) => row.region_code);
    if (unknown.length > 0) {
      // Refused rather than dropped: a threshold in force must not vanish silently.
      throw new Error(`Monitoring thresholds of regions the registry does not know: ${unknown.join(', ')}`);
    }
    if (overrides.length > 0) {
      await queryRunner.query('ALTER TABLE registry.rule_version DISABLE TRIGGER rule_version_immutable');
      for (const row of overrides) {
        const merged = (await queryRunner.query(
          'UPDATE registry.rule_version SET settings = settings || $2::jsonb WHERE region_code = $1 RETURNING id',
          [row.region_code, JSON.stringify(row.settings)],
        )) as [unknown[], number];
        if (merged[1] > 0) continue;
        await queryRunner.query(
          `INSERT INTO registry.rule_version (region_code, version, effective_from, settings, basis_number, basis_title,
             basis_date, adopted_by_agency, adopted_by, adopted_at)
           VALUES ($1, 1, '1970-01-01', $2::jsonb, '监测阈值迁移', $3, '1970-01-01', $4, $5::jsonb, $6)`,
          [
            row.region_code,
            JSON.stringify(row.settings),
            '原按地区设置的监测规则阈值（无文件依据，迁移时转为规则版本）/ Monitoring thresholds set before they were rule versions (no document; carried over)',
            `${row.region_code}:CIVIL_AFFAIRS`,
            JSON.stringify(row.updated_by),
            row.updated_at,
          ],
        );
      }
      await queryRunner.query('ALTER TABLE registry.rule_version ENABLE TRIGGER rule_version_immutable');
    }
    await queryRunner.query(`DROP TABLE "${s}".rule_threshold`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    // The table comes back empty: the thresholds stay in the rule versions.
    await queryRunner.query(`
      CREATE TABLE "${s}".rule_threshold (
        region_code varchar(9) NOT NULL,
        rule text NOT NULL,
        parameters jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by jsonb NOT NULL,
        PRIMARY KEY (region_code, rule)
      )`);
  }
}
