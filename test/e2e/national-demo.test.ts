import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { verifyAuditChain } from '@dibao/db';
import { subgraphNames } from '@dibao/gateway';
import { loadNationalDemo, openSubgraphDataSources } from '@dibao/hub';
import { loadRegions, NATIONAL_ROSTER_MONTH, type RegionSeed } from '@dibao/seed';
import { freshDatabase } from '../support/database.js';

/*
 * The national demo's load path (generators → each subgraph's import → COPY) on a national-shaped country of
 * two provinces and small totals: every table's constraints accept the copied rows, the counts are the
 * stated ones, and each batch leaves BULK_IMPORT audit records with checksums in a chain that verifies.
 */

const two: RegionSeed[] = loadRegions('national').filter(
  (region) => region.code.startsWith('63') || region.code.startsWith('64'),
);
const totals = { complaints: 3000, findings: 800, accountabilityCases: 200 };
// A twentieth of each county's households: the month of rosters stays small.
const monitoring = { householdScale: 0.05, pseudonymKey: 'national-demo-test-key-0123456789abcdef' };

let database: Awaited<ReturnType<typeof freshDatabase>>;
let dataSources: Map<string, DataSource>;
const lines: string[] = [];

const count = async (subgraph: string, sql: string): Promise<number> => {
  const [row] = (await dataSources.get(subgraph)?.query(sql)) as [{ n: number }];
  return row.n;
};

beforeAll(async () => {
  database = await freshDatabase('national_demo');
  dataSources = await openSubgraphDataSources(database.url, new Set(subgraphNames), () => undefined);
  await loadNationalDemo(dataSources, (line) => lines.push(line), { regions: two, totals, monitoring });
});

afterAll(async () => {
  for (const dataSource of dataSources?.values() ?? []) await dataSource.destroy();
  await database?.drop();
});

describe('HUB_DEMO=national load (two provinces)', () => {
  it('writes the stated numbers of rows into every subgraph, and says how long it took', async () => {
    expect(await count('registry', `SELECT count(*)::int AS n FROM region`)).toBe(two.length);
    expect(await count('registry', `SELECT count(*)::int AS n FROM region WHERE level = 'PROVINCE'`)).toBe(2);
    expect(await count('complaints', `SELECT count(*)::int AS n FROM complaint`)).toBe(totals.complaints);
    expect(await count('oversight', `SELECT count(*)::int AS n FROM finding`)).toBe(totals.findings);
    expect(await count('accountability', `SELECT count(*)::int AS n FROM accountability_case`)).toBe(
      totals.accountabilityCases,
    );
    expect(await count('reporting', `SELECT count(DISTINCT year)::int AS n FROM annual_report`)).toBe(10);
    expect(await count('bulletins', `SELECT count(DISTINCT left(issuer_id, 2))::int AS n FROM bulletin`)).toBe(2);
    // Every case arises from a finding that was loaded.
    const findingIds = new Set(
      ((await dataSources.get('oversight')?.query(`SELECT id FROM finding`)) as Array<{ id: string }>).map((r) => r.id),
    );
    const origins = (await dataSources.get('accountability')?.query(`SELECT origin_id FROM case_origin`)) as Array<{
      origin_id: string;
    }>;
    expect(origins.length).toBe(totals.accountabilityCases);
    expect(origins.filter((origin) => !findingIds.has(origin.origin_id))).toEqual([]);
    expect(lines.some((line) => /^\s+complaints: \[2\/2\] 640000 Ningxia/.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/^National demo ready in \d+\.\d s$/);
  });

  it("loads a month of every county's roster through the monitoring import, and detects over it", async () => {
    const month = `${NATIONAL_ROSTER_MONTH}-01`;
    const counties = two.filter((region) => region.level === 'COUNTY').map((region) => region.code);
    const files = (await dataSources
      .get('monitoring')
      ?.query(
        `SELECT county_code, to_char(month, 'YYYY-MM-DD') AS month, rows FROM roster_file WHERE kind = 'ROSTER'`,
      )) as Array<{ county_code: string; month: string; rows: number }>;
    // Every roster is one county's, of the one month, each county once; both provinces have theirs.
    expect(new Set(files.map((file) => file.month))).toEqual(new Set([month]));
    expect(files.every((file) => counties.includes(file.county_code))).toBe(true);
    expect(new Set(files.map((file) => file.county_code)).size).toBe(files.length);
    expect(new Set(files.map((file) => file.county_code.slice(0, 2)))).toEqual(new Set(['63', '64']));
    // The township figures the swap keeps add up to the roster's rows, file by file.
    const households = await count('monitoring', `SELECT sum(households)::int AS n FROM township_month`);
    expect(households).toBe(files.reduce((sum, file) => sum + file.rows, 0));
    expect(await count('monitoring', `SELECT count(*)::int AS n FROM roster`)).toBe(households);
    expect(lines.some((line) => /^\s+monitoring: \[2\/2\] 640000 Ningxia[^:]*: rosters of /.test(line))).toBe(true);
    expect(
      lines.some((line) => /^\s+monitoring: detection over the country's \d{4}-\d{2}: \d+ alerts/.test(line)),
    ).toBe(true);
  });

  it('audits each copied batch with its checksum, and every chain verifies', async () => {
    const records = (await dataSources
      .get('complaints')
      ?.query(`SELECT entity_type, after FROM audit_record WHERE action = 'BULK_IMPORT' ORDER BY seq`)) as Array<{
      entity_type: string;
      after: { batch: string; rows: number; bytes: number; sha256: string };
    }>;
    const complaintBatches = records.filter((record) => record.entity_type === 'complaint');
    expect(complaintBatches.map((record) => record.after.batch)).toEqual(['complaints 630000', 'complaints 640000']);
    expect(complaintBatches.reduce((sum, record) => sum + record.after.rows, 0)).toBe(totals.complaints);
    for (const record of complaintBatches) expect(record.after.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const name of subgraphNames) {
      const dataSource = dataSources.get(name) as DataSource;
      const schema = (dataSource.options as { schema?: string }).schema ?? name;
      const verification = await verifyAuditChain(dataSource, schema);
      expect(verification.ok, `${name}: ${JSON.stringify(verification.firstBroken)}`).toBe(true);
    }
  });
});
