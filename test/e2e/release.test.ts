import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUDIT_CHECKPOINTS_FILE,
  AUDIT_PUBLIC_KEY_FILE,
  MISSING_VALUES,
  VERIFY_CHECKPOINTS_WITH_NODE,
  verifyCheckpointWithOpenssl,
  verifyRelease,
  type AuditCheckpointsFile,
  type DatasetJson,
  type ReleaseManifest,
} from '@dibao/datasets';
import { checkpointPrivateKey, checkpointPublicKeyPem } from '@dibao/db';
import { subgraphNames } from '@dibao/gateway';
import { startTestHub, type TestHub } from '../support/hub.js';
import {
  demoPersonalData,
  filesBelow,
  makeRelease,
  readCsv,
  scanForPersonalData,
  TEST_CHECKPOINT_KEY,
  type TestRelease,
} from '../support/release.js';

// The official Frictionless libraries are CommonJS without type declarations.
const require = createRequire(import.meta.url);
const { Package } = require('datapackage') as {
  Package: { load(descriptor: string): Promise<{ valid: boolean; errors: Error[]; descriptor: DataPackage }> };
};
const { Table } = require('tableschema') as {
  Table: {
    load(
      source: string,
      options: { schema: unknown; bom?: boolean },
    ): Promise<{ headers: string[] | null; read(options: { forceCast: boolean }): Promise<unknown[]> }>;
  };
};

interface DataPackage {
  name: string;
  version: string;
  licenses: Array<{ name: string }>;
  resources: Array<{
    name: string;
    path: string;
    hash: string;
    encoding: string;
    format: string;
    mediatype: string;
    schema: { fields: Array<{ name: string; type: string }>; missingValues: string[]; primaryKey?: string[] };
  }>;
}

/** A day in Beijing: the version date is the Asia/Shanghai date, whatever the clock of the machine. */
const NOW = new Date('2025-06-30T20:30:00Z');

describe('pnpm release: a versioned, privacy-safe release from the hub', () => {
  let hub: TestHub;
  let first: TestRelease;
  const lines: string[] = [];

  beforeAll(async () => {
    // The monitoring demo at a twentieth of its households: rosters, detection and alerts through the real
    // import path, so that the release reads real Region.alertStats.
    process.env.MONITORING_PSEUDONYM_KEY ??= 'e2e-release-pseudonym-key-0123456789abcdef';
    process.env.HUB_DEMO_MONITORING_SCALE = '0.05';
    hub = await startTestHub('e2e_release');
    first = await makeRelease(hub, undefined, { now: NOW, log: (line) => lines.push(line) });
  }, 180_000);
  afterAll(async () => {
    await hub?.stop();
    if (first) await rm(first.dataDir, { recursive: true, force: true });
  });

  const file = (name: string) => path.join(first.path, name);
  const manifest = () => first.manifest;

  it('writes the layout of the contract under releases/<version>, and LATEST', async () => {
    expect(first.version).toBe('2025.07.01-1');
    expect(first.path).toBe(path.join(first.dataDir, 'releases', '2025.07.01-1'));
    expect((await readFile(path.join(first.releasesDir, 'LATEST'), 'utf8')).trim()).toBe(first.version);
    const names = manifest().datasets.map((dataset) => dataset.name);
    expect(names).toEqual([
      'regions',
      'reporting-completeness',
      'report-figures',
      'inspection-findings',
      'complaints',
      'accountability',
      'bulletin-items',
      'bulletins',
      'assessments',
      'allocations',
      'monitoring-alerts',
      'local-rules',
      'local-rule-versions',
      'service-contracts',
    ]);
    expect(await filesBelow(first.path)).toEqual(
      [
        ...names.flatMap((name) => [`${name}.csv`, `${name}.json`]),
        'datapackage.json',
        'release.json',
        'SHA256SUMS',
        'CHANGELOG.md',
        'LICENSE.md',
        'audit-checkpoints.json',
        'audit-public-key.pem',
      ].sort(),
    );
    expect(await filesBelow(first.releasesDir)).toEqual(
      ['LATEST', ...(await filesBelow(first.path)).map((name) => `${first.version}/${name}`)].sort(),
    );
    expect(manifest()).toMatchObject({
      version: first.version,
      previousVersion: null,
      suppressionThreshold: 5,
      suppressionMarker: 'S',
      licence: { name: 'CC-BY-4.0' },
      coverage: { years: [2021, 2022, 2023, 2024, 2025], provinces: ['630000'] },
    });
    expect(manifest().citation?.zh).toContain(first.version);
    expect(await readFile(file('LICENSE.md'), 'utf8')).toContain(`release ${first.version}`);
    // Progress per dataset.
    for (const name of names) expect(lines.some((line) => line.startsWith(`${name}: `))).toBe(true);
  });

  it('has regions, statistics and published documents from every subgraph', async () => {
    const rowsOf = (name: string) => manifest().datasets.find((dataset) => dataset.name === name)!.rows;
    expect(rowsOf('regions')).toBe(1 + 8 + 45);
    expect(rowsOf('report-figures')).toBe(5 * 54);
    expect(rowsOf('reporting-completeness')).toBe(5 * 9);
    expect(rowsOf('bulletins')).toBeGreaterThan(0);
    expect(rowsOf('bulletin-items')).toBeGreaterThan(rowsOf('bulletins'));
    expect(rowsOf('assessments')).toBeGreaterThan(0);
    expect(rowsOf('allocations')).toBeGreaterThan(0);
    const items = await readCsv(file('bulletin-items.csv'));
    const story = items.find((item) => item.document_number === '青民发〔2025〕3号' && item.kind === 'CRITICISM');
    expect(story).toMatchObject({ region_code: '630121', region_name: '大通回族土族自治县' });
    // Haidong's own assessment of its counties and its allocation among them, beside the province's.
    const assessments = await readCsv(file('assessments.csv'));
    const haidong = assessments.filter((row) => row.assessor_code === '630200' && row.year === '2024');
    expect(haidong.length).toBeGreaterThan(1);
    expect(haidong.every((row) => row.parent_code === '630200' && row.region_level === 'COUNTY')).toBe(true);
    expect(haidong.every((row) => row.weight_report_validation_issues === '')).toBe(true);
    expect(haidong[0]?.weight_rectification_on_time).toBe('30');
    expect(assessments.some((row) => row.assessor_code === '630000' && row.region_code === '630200')).toBe(true);
    const lines = (await readCsv(file('allocations.csv'))).filter(
      (row) => row.assessor_code === '630200' && row.year === '2024',
    );
    expect(lines.map((row) => row.region_code).sort()).toEqual(haidong.map((row) => row.region_code).sort());
    expect(lines.reduce((sum, row) => sum + Number(row.amount_fen), 0)).toBe(Number(lines[0]!.pool_fen));
    const complaints = await readCsv(file('complaints.csv'));
    const province2024 = complaints.find(
      (row) => row.year === '2024' && row.region_code === '630000' && row.dimension === 'total',
    );
    const stats = await hub.query<{ region: { complaintStats: { received: number } } }>(
      `{ region(code: "630000") { complaintStats(year: 2024) { received } } }`,
      {},
      await hub.token({ region: '630000', roles: ['COMPLAINT_HANDLER'] }),
    );
    expect(Number(province2024!.complaints)).toBe(stats.data!.region.complaintStats.received);
  });

  it("publishes each region's rules in force on the release day and every version with its legal basis", async () => {
    const inForce = await readCsv(file('local-rules.csv'));
    const rule = (region: string, key: string) => inForce.find((row) => row.region_code === region && row.rule === key);
    // 1 July 2025 in Beijing: the province's rules of 2021; Xining's and Datong's own take effect in 2026.
    expect(rule('630121', 'complaintConcludeDays')).toMatchObject({
      as_of: '2025-07-01',
      value: '60',
      fixed: 'true',
      own: 'false',
      source_region_code: '630000',
      source_version: '1',
    });
    expect(rule('630000', 'rewardsOffered')).toMatchObject({ value: 'true', own: 'true' });
    // Haidong's scheme for its counties (from 2024); its counties, which assess nobody, inherit it.
    expect(rule('630200', 'assessmentScheme')).toMatchObject({
      value:
        'REPORT_TIMELINESS:30,RECTIFICATION_ON_TIME:30,COMPLAINTS_CLOSED_ON_TIME:25,ACCOUNTABILITY_FOLLOW_THROUGH:15',
      own: 'true',
    });
    expect(rule('630100', 'assessmentScheme')).toMatchObject({ own: 'false', source_region_code: '' });
    expect(new Set(inForce.map((row) => row.region_code)).size).toBe(1 + 8 + 45);
    const versions = await readCsv(file('local-rule-versions.csv'));
    expect(versions.filter((row) => row.region_code === '630121')).toEqual([
      expect.objectContaining({
        version: '1',
        effective_from: '2026-01-01',
        basis_number: '大民发〔2025〕19号',
        adopted_by: '630121:CIVIL_AFFAIRS',
        rule: 'annualReportDeadlineCounty',
        value: '12-10',
      }),
      expect.objectContaining({ version: '1', rule: 'complaintAcknowledgeDays', value: '2' }),
    ]);
    expect(versions.filter((row) => row.region_code === '630000')).toHaveLength(19);
  });

  it('publishes the monitoring alerts of each region and rule as Region.alertStats counts them', async () => {
    const alerts = await readCsv(file('monitoring-alerts.csv'));
    const years = [...new Set(alerts.map((row) => row.year))];
    expect(years.length).toBeGreaterThan(0);
    const year = Number(years.at(-1));
    const stats = await hub.query<{ region: { alertStats: Array<{ rule: string; raised: number }> } }>(
      `query($year: Int!) { region(code: "630000") { alertStats(year: $year) { rule raised } } }`,
      { year },
      await hub.token({ region: '630000', agency: 'CIVIL_AFFAIRS', roles: ['VIEWER'] }),
    );
    const byRule = new Map(stats.data!.region.alertStats.map((entry) => [entry.rule, entry.raised]));
    const province = alerts.filter((row) => row.year === String(year) && row.region_code === '630000');
    expect(province.length).toBe(1 + byRule.size);
    let total = 0;
    for (const row of province.filter((candidate) => candidate.rule !== 'ALL')) {
      const raised = byRule.get(row.rule ?? '') ?? 0;
      total += raised;
      // Small counts are withheld; every other figure is the API's.
      if (row.raised !== 'S') expect(Number(row.raised), row.rule).toBe(raised);
      else expect(raised).toBeLessThan(5);
    }
    expect(total).toBeGreaterThan(0);
    expect(province.find((row) => row.rule === 'ALL')!.raised).toBe(String(total));
    // Every county of the province has a row per rule, zeros included.
    expect(alerts.filter((row) => row.year === String(year)).length).toBe(54 * (1 + byRule.size));
  });

  it('marks each region-year provisional from its accepted and expected county reports', async () => {
    const figures = await readCsv(file('report-figures.csv'));
    const wrong = figures.filter(
      (row) => row.provisional !== String(Number(row.reports_included) < Number(row.reports_expected)),
    );
    expect(wrong).toEqual([]);
    // Some region-years are complete, others (the open year, counties that never filed) are not.
    expect(figures.filter((row) => row.provisional === 'true').length).toBeGreaterThan(0);
    expect(figures.filter((row) => row.provisional === 'false').length).toBeGreaterThan(0);
    // The province expects every county's report, whatever has been accepted so far.
    const province = figures.filter((row) => row.region_code === '630000');
    expect(new Set(province.map((row) => row.reports_expected))).toEqual(new Set(['45']));
  });

  it('carries the English title and summary of the bulletins whose issuer gave them', async () => {
    const bulletins = await readCsv(file('bulletins.csv'));
    const english = bulletins.filter((row) => row.title_en !== '');
    expect(english.length).toBeGreaterThan(0);
    expect(english.length).toBeLessThan(bulletins.length);
    for (const row of english) expect(row.summary_en).not.toBe('');
  });

  it('validates datapackage.json against the Data Package schema', async () => {
    const dataPackage = await Package.load(file('datapackage.json'));
    expect(dataPackage.errors).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    const descriptor = dataPackage.descriptor;
    expect(descriptor).toMatchObject({ version: first.version, licenses: [{ name: 'CC-BY-4.0' }] });
    expect(descriptor.resources).toHaveLength(manifest().datasets.length);
    for (const resource of descriptor.resources) {
      const dataset = manifest().datasets.find((candidate) => candidate.name === resource.name)!;
      expect(resource).toMatchObject({
        path: `${resource.name}.csv`,
        format: 'csv',
        encoding: 'utf-8',
        mediatype: 'text/csv',
        hash: `sha256:${dataset.sha256.csv}`,
      });
      expect(resource.schema.missingValues).toEqual([...MISSING_VALUES]);
      expect(resource.schema.fields.map((field) => field.name)).toEqual(dataset.fields.map((field) => field.name));
    }
  });

  it('validates every CSV against its Table Schema, S read as a missing value', async () => {
    const { resources } = JSON.parse(await readFile(file('datapackage.json'), 'utf8')) as DataPackage;
    for (const resource of resources) {
      const table = await Table.load(file(resource.path), { schema: resource.schema, bom: true });
      const rows = await table.read({ forceCast: true });
      const errors = rows.filter((row): row is Error => row instanceof Error);
      expect(errors.map((error) => `${resource.name}: ${error.message}`)).toEqual([]);
      expect(table.headers).toEqual(resource.schema.fields.map((field) => field.name));
      expect(rows).toHaveLength(manifest().datasets.find((dataset) => dataset.name === resource.name)!.rows);
    }
  });

  it('verifies its checksums', async () => {
    expect(await verifyRelease(first.path)).toEqual([]);
    const sums = await readFile(file('SHA256SUMS'), 'utf8');
    expect(sums.trim().split('\n')).toHaveLength((await filesBelow(first.path)).length - 1);
    // The coreutils tool agrees, where there is one.
    const sha256sum = await promisify(execFile)('sha256sum', ['--check', '--strict', 'SHA256SUMS'], {
      cwd: first.path,
    }).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
    if (sha256sum) expect(sha256sum.stdout).not.toMatch(/FAILED/);
  });

  it('publishes a signed checkpoint of every audit chain, verifiable with the commands the site prints', async () => {
    const published = JSON.parse(await readFile(file(AUDIT_CHECKPOINTS_FILE), 'utf8')) as AuditCheckpointsFile;
    expect(published.publicKey).toBe(await readFile(file(AUDIT_PUBLIC_KEY_FILE), 'utf8'));
    expect(published.publicKey).toBe(checkpointPublicKeyPem(checkpointPrivateKey(TEST_CHECKPOINT_KEY.privateKey)));
    expect(published.checkpoints.map((checkpoint) => checkpoint.schema)).toEqual([...subgraphNames].sort());
    for (const checkpoint of published.checkpoints) {
      // The demo import wrote records in every chain; the checkpoint names the newest with its hash.
      const [head] = (await hub.runtime.dataSources
        .get(checkpoint.schema)!
        .query(`SELECT seq::text AS seq, hash FROM audit_record ORDER BY audit_record.seq DESC LIMIT 1`)) as Array<{
        seq: string;
        hash: string;
      }>;
      expect({ seq: checkpoint.seq, hash: checkpoint.headHash }).toEqual(head);
    }

    // A journalist's copy of the two files, checked with Node and with OpenSSL as the site says.
    const copy = await mkdtemp(path.join(tmpdir(), 'dibao-checkpoints-'));
    for (const name of [AUDIT_CHECKPOINTS_FILE, AUDIT_PUBLIC_KEY_FILE])
      await copyFile(file(name), path.join(copy, name));
    const shell = (command: string) => promisify(execFile)('sh', ['-c', command], { cwd: copy });
    const node = await shell(VERIFY_CHECKPOINTS_WITH_NODE);
    expect(node.stdout.trim().split('\n')).toEqual(
      published.checkpoints.map(
        (checkpoint) =>
          `OK     schema=${checkpoint.schema} seq=${checkpoint.seq} head=${checkpoint.headHash} time=${checkpoint.signedAt}`,
      ),
    );
    const openssl = await shell(verifyCheckpointWithOpenssl(2).join(' && '));
    expect(openssl.stdout).toContain('Signature Verified Successfully');

    // A forged checkpoint (a shorter chain claimed) fails both.
    const forged = structuredClone(published);
    forged.checkpoints[2]!.message = forged.checkpoints[2]!.message.replace(/seq=\d+/, 'seq=1');
    await writeFile(path.join(copy, AUDIT_CHECKPOINTS_FILE), JSON.stringify(forged));
    expect((await shell(VERIFY_CHECKPOINTS_WITH_NODE)).stdout.split('\n')[2]).toMatch(/^FORGED schema=\S+ seq=1 /);
    await expect(shell(verifyCheckpointWithOpenssl(2).join(' && '))).rejects.toMatchObject({
      stdout: expect.stringContaining('Signature Verification Failure'),
    });
    await rm(copy, { recursive: true, force: true });
  });

  it('has a release.json that matches the files', async () => {
    const onDisk = JSON.parse(await readFile(file('release.json'), 'utf8')) as ReleaseManifest;
    expect(onDisk).toEqual(manifest());
    expect(onDisk.files).toEqual(await filesBelow(first.path));
    for (const dataset of onDisk.datasets) {
      const csv = await readCsv(file(dataset.files.csv));
      const json = JSON.parse(await readFile(file(dataset.files.json), 'utf8')) as DatasetJson;
      expect(csv).toHaveLength(dataset.rows);
      expect(json).toMatchObject({ name: dataset.name, version: first.version });
      expect(json.rows).toHaveLength(dataset.rows);
      const suppressed = json.rows.reduce((sum, row) => sum + (row.suppressed?.length ?? 0), 0);
      expect(suppressed).toBe(dataset.suppressedCells);
      const marked = csv.reduce((sum, row) => sum + Object.values(row).filter((value) => value === 'S').length, 0);
      expect(marked).toBe(dataset.suppressedCells);
      // Same rows in both files: a withheld cell is S in CSV and null, listed, in JSON.
      json.rows.forEach((row, index) => {
        for (const name of row.suppressed ?? []) {
          expect(row[name]).toBeNull();
          expect(csv[index]![name]).toBe('S');
        }
      });
      expect((await readFile(file(dataset.files.csv))).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
  });

  it('holds no personal data: no complainant, no contact, no ID or phone number, no official’s name', async () => {
    const personal = demoPersonalData();
    expect(personal.complainantNames.length).toBeGreaterThan(50);
    expect(personal.contacts.length).toBeGreaterThan(50);
    // Officials are named only where a published bulletin names them; the demo's bulletins name regions.
    const hits = await scanForPersonalData(first.releasesDir, {
      names: [...personal.complainantNames, ...personal.officialNames],
      contacts: personal.contacts,
    });
    expect(hits).toEqual([]);
  });

  it('shows person counts under 5 only as S', async () => {
    for (const dataset of manifest().datasets) {
      const personFields = dataset.fields.filter((field) => field.personCount).map((field) => field.name);
      if (personFields.length === 0) continue;
      for (const row of await readCsv(file(dataset.files.csv))) {
        for (const name of personFields) {
          const cell = row[name]!;
          if (cell === 'S' || cell === '') continue;
          const value = Number(cell);
          expect(value === 0 || value >= 5, `${dataset.name} ${name} = ${cell}`).toBe(true);
        }
      }
    }
    expect(manifest().datasets.find((dataset) => dataset.name === 'complaints')!.suppressedCells).toBeGreaterThan(0);
  });

  it('never leaves a single withheld cell among a region and its children', async () => {
    for (const dataset of manifest().datasets) {
      const personFields = dataset.fields.filter((field) => field.personCount).map((field) => field.name);
      if (personFields.length === 0 || !dataset.fields.some((field) => field.name === 'parent_code')) continue;
      const rows = await readCsv(file(dataset.files.csv));
      const groupOf = (row: Record<string, string>) =>
        (dataset.primaryKey ?? [])
          .filter((key) => key !== 'region_code')
          .map((key) => row[key])
          .join('|');
      const byRegion = new Map(rows.map((row) => [`${groupOf(row)}|${row.region_code}`, row]));
      const children = new Map<string, Array<Record<string, string>>>();
      for (const row of rows) {
        const parentKey = `${groupOf(row)}|${row.parent_code}`;
        if (byRegion.has(parentKey)) children.set(parentKey, [...(children.get(parentKey) ?? []), row]);
      }
      for (const [parentKey, list] of children) {
        const parent = byRegion.get(parentKey)!;
        for (const name of personFields) {
          const withheld = [parent, ...list].filter((row) => row[name] === 'S').length;
          expect(withheld, `${dataset.name} ${parentKey} ${name}`).not.toBe(1);
        }
      }
    }
  });

  it('makes a second release of the day as -2, with a changelog against the first, leaving the first alone', async () => {
    const firstSums = await readFile(file('SHA256SUMS'), 'utf8');
    const second = await makeRelease(hub, first.dataDir, {
      now: new Date(NOW.getTime() + 3_600_000),
      years: [2023, 2024, 2025],
    });
    expect(second.version).toBe('2025.07.01-2');
    expect(second.manifest.previousVersion).toBe(first.version);
    expect((await readFile(path.join(first.releasesDir, 'LATEST'), 'utf8')).trim()).toBe(second.version);
    const changelog = await readFile(path.join(second.path, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## ${second.version}`);
    expect(changelog).toContain(`Compared with ${first.version}`);
    // Two years fewer: their rows are removed, the rest unchanged; the first release's entry follows.
    const figures = changelog.split('\n').find((line) => line.startsWith('| `report-figures`'));
    expect(figures).toBe('| `report-figures` | 270 | 162 | 0 | 108 | 0 |');
    expect(changelog.indexOf(`## ${first.version}`)).toBeGreaterThan(changelog.indexOf(`## ${second.version}`));
    // The earlier release is untouched and still intact.
    expect(await readFile(file('SHA256SUMS'), 'utf8')).toBe(firstSums);
    expect(await verifyRelease(first.path)).toEqual([]);
    expect(await verifyRelease(second.path)).toEqual([]);
  });
});
