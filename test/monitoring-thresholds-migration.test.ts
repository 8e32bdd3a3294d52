import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource, type MigrationInterface } from 'typeorm';
import { createMonitoringSubgraph } from '@dibao/monitoring';
import { registry as registryModule } from '@dibao/registry';
import { rulesInForce } from '@dibao/db';
import { freshDatabase, subgraphDataSource } from './support/database.js';
import { putRuleVersion } from './support/rules.js';

/*
 * The migration that turns the old per-region threshold overrides into rule versions: the table is put back as
 * it was (the migration's down), filled with overrides, and the migration run again as the administrator.
 */
describe('monitoring thresholds migrated into rule versions', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let registry: DataSource;
  let monitoring: DataSource;
  let admin: DataSource;
  const module = createMonitoringSubgraph();
  // The thresholds migration among monitoring's migrations (found by name).
  const Thresholds = (module.migrations as Array<new () => MigrationInterface>).find(
    (Migration) => new Migration().name === 'ThresholdsAsRules1770000001100',
  )!;
  const migration = new Thresholds();

  beforeAll(async () => {
    database = await freshDatabase('thresholds_migration');
    registry = await subgraphDataSource(database.url, {
      schema: registryModule.name,
      entities: registryModule.entities,
      migrations: registryModule.migrations,
    });
    monitoring = await subgraphDataSource(database.url, {
      schema: module.name,
      entities: module.entities,
      migrations: module.migrations,
    });
    admin = await new DataSource({ type: 'postgres', url: database.url, schema: module.name }).initialize();
  });
  afterAll(async () => {
    await Promise.all([registry?.destroy(), monitoring?.destroy(), admin?.destroy()]);
    await database?.drop();
  });

  it('writes each override into its region’s versions, or a first version, and drops the table', async () => {
    expect(migration.name).toBe('ThresholdsAsRules1770000001100');
    // Xining (630100) has no version; Chengdong (630102) has one from 2026 setting a complaint limit.
    await putRuleVersion(registry, {
      regionCode: '630102',
      effectiveFrom: '2026-01-01',
      settings: { complaintConcludeDays: { value: 30, fixed: false } },
    });
    const runner = admin.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.query(
        `INSERT INTO monitoring.rule_threshold (region_code, rule, parameters, updated_at, updated_by) VALUES
           ('630100', 'ABOVE_STANDARD', '{"tolerance": 1}', '2025-03-01T00:00:00Z', '{"kind":"user","subject":"x"}'),
           ('630100', 'EQUAL_SPLITTING', '{"share": 0.7, "minSizes": 3}', '2025-04-01T00:00:00Z', '{"kind":"user","subject":"y"}'),
           ('630102', 'OVERDUE_REPORT', '{"graceDays": 5}', '2025-05-01T00:00:00Z', '{"kind":"user","subject":"z"}')`,
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const [table] = (await admin.query(`SELECT to_regclass('monitoring.rule_threshold') AS t`)) as Array<{
      t: string | null;
    }>;
    expect(table?.t).toBeNull();
    const versions = (await admin.query(
      `SELECT region_code, version, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, settings, basis_number
         FROM registry.rule_version ORDER BY region_code, version`,
    )) as Array<Record<string, unknown>>;
    expect(versions).toEqual([
      {
        region_code: '630100',
        version: 1,
        effective_from: '1970-01-01',
        settings: {
          'monitoring.ABOVE_STANDARD.tolerance': { value: 1, fixed: false },
          'monitoring.EQUAL_SPLITTING.share': { value: 0.7, fixed: false },
          'monitoring.EQUAL_SPLITTING.minSizes': { value: 3, fixed: false },
        },
        basis_number: '监测阈值迁移',
      },
      {
        region_code: '630102',
        version: 1,
        effective_from: '2026-01-01',
        settings: {
          complaintConcludeDays: { value: 30, fixed: false },
          'monitoring.OVERDUE_REPORT.graceDays': { value: 5, fixed: false },
        },
        basis_number: 'TEST〔2025〕1号',
      },
    ]);
    // The trigger is back: versions are immutable again.
    await expect(admin.query(`UPDATE registry.rule_version SET settings = '{}'`)).rejects.toThrow(/never changed/);
    // What monitoring now reads: the county inherits Xining's values and keeps its own from its version's day.
    const inForce = await rulesInForce(monitoring, '630102', '2026-02-01');
    expect(inForce['monitoring.ABOVE_STANDARD.tolerance']).toMatchObject({
      value: 1,
      source: { regionCode: '630100' },
    });
    expect(inForce['monitoring.OVERDUE_REPORT.graceDays']).toMatchObject({
      value: 5,
      source: { regionCode: '630102' },
    });
  });
});
