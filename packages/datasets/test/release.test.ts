import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildDatasets,
  changelogMarkdown,
  compareReleases,
  compareVersions,
  latestRelease,
  nextVersion,
  publishRelease,
  shanghaiDate,
  verifyRelease,
  type BuiltDataset,
  type PublishReleaseOptions,
} from '../src/index.js';
import { fixtureInput } from './fixture.js';

describe('versions', () => {
  it('numbers releases of a day in Asia/Shanghai from 1', () => {
    // 20:30 UTC on 30 June is 04:30 on 1 July in Beijing.
    const now = new Date('2025-06-30T20:30:00Z');
    expect(shanghaiDate(now)).toBe('2025-07-01');
    expect(nextVersion([], now)).toBe('2025.07.01-1');
    expect(nextVersion(['2025.06.30-1', '2025.06.30-2'], now)).toBe('2025.07.01-1');
    expect(nextVersion(['2025.07.01-1', '2025.07.01-2', '.tmp-2025.07.01-3-x', 'LATEST'], now)).toBe('2025.07.01-3');
    expect(nextVersion(['2025.07.01-9'], now)).toBe('2025.07.01-10');
  });

  it('orders versions by date and number', () => {
    expect(['2025.07.01-10', '2025.07.01-9', '2024.12.31-3'].sort(compareVersions)).toEqual([
      '2024.12.31-3',
      '2025.07.01-9',
      '2025.07.01-10',
    ]);
  });
});

describe('changelog', () => {
  const fields = [
    { name: 'id', type: 'integer' as const, title: { zh: '', en: '' }, description: { zh: '', en: '' } },
    { name: 'n', type: 'integer' as const, title: { zh: '', en: '' }, description: { zh: '', en: '' } },
  ];

  it('renders a first release, and the history below the newest entry', () => {
    const first = changelogMarkdown({
      version: '2025.07.01-1',
      date: '2025-07-01',
      changes: {
        previousVersion: null,
        datasetsAdded: [],
        datasetsRemoved: [],
        datasets: [
          {
            name: 'a',
            rowsBefore: null,
            rowsAfter: 2,
            added: 2,
            removed: 0,
            changed: 0,
            fieldsAdded: [],
            fieldsRemoved: [],
          },
        ],
      },
    });
    expect(first).toContain('## 2025.07.01-1 (2025-07-01)');
    expect(first).toContain('First release.');
    expect(first).toContain('| `a` | – | 2 | 2 | 0 | 0 |');
    const second = changelogMarkdown({
      version: '2025.07.02-1',
      date: '2025-07-02',
      changes: {
        previousVersion: '2025.07.01-1',
        datasetsAdded: ['b'],
        datasetsRemoved: ['c'],
        datasets: [
          {
            name: 'a',
            rowsBefore: 2,
            rowsAfter: 3,
            added: 1,
            removed: 0,
            changed: 1,
            fieldsAdded: ['x'],
            fieldsRemoved: [],
          },
        ],
      },
      previousChangelog: first,
    });
    expect(second.match(/^# /gm)).toHaveLength(1);
    expect(second.indexOf('## 2025.07.02-1')).toBeLessThan(second.indexOf('## 2025.07.01-1'));
    expect(second).toContain('Datasets added: `b`');
    expect(second).toContain('Datasets removed: `c`');
    expect(second).toContain('- `a`: added `x`');
  });

  it('counts rows added, removed and changed by primary key against the previous JSON', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'datasets-changelog-'));
    try {
      const dataset = (
        name: string,
        rows: Array<{ id: number; n: number | null; suppressed?: string[] }>,
      ): BuiltDataset => ({
        name: name as BuiltDataset['name'],
        title: { zh: name, en: name },
        description: { zh: name, en: name },
        fields,
        primaryKey: ['id'],
        rows,
        suppressedCells: 0,
        primaryCells: 0,
      });
      const options = (datasets: BuiltDataset[], now: string): PublishReleaseOptions => ({
        releasesDir: dir,
        datasets,
        threshold: 5,
        publisher: { zh: '青海省民政厅', en: 'Qinghai Department of Civil Affairs' },
        coverage: { years: [2024], provinces: ['630000'] },
        now: new Date(now),
      });
      await publishRelease(
        options(
          [
            dataset('regions', [
              { id: 1, n: 10 },
              { id: 2, n: 20 },
              { id: 3, n: 30 },
            ]),
            dataset('bulletins', [{ id: 1, n: 1 }]),
          ],
          '2025-07-01T01:00:00Z',
        ),
      );
      const next = [
        dataset('regions', [
          { id: 1, n: 10 },
          { id: 2, n: null, suppressed: ['n'] },
          { id: 4, n: 40 },
          { id: 5, n: 50 },
        ]),
        dataset('complaints', [{ id: 1, n: 7 }]),
      ];
      const changes = await compareReleases(await latestRelease(dir), next);
      expect(changes.datasetsAdded).toEqual(['complaints']);
      expect(changes.datasetsRemoved).toEqual(['bulletins']);
      expect(changes.datasets.find((change) => change.name === 'regions')).toEqual({
        name: 'regions',
        rowsBefore: 3,
        rowsAfter: 4,
        added: 2,
        removed: 1,
        changed: 1,
        fieldsAdded: [],
        fieldsRemoved: [],
      });
      expect(changes.datasets.find((change) => change.name === 'bulletins')).toMatchObject({
        rowsAfter: null,
        removed: 1,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('publishing a release', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'datasets-release-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const publish = (now: string, datasets = buildDatasets(fixtureInput())) =>
    publishRelease({
      releasesDir: dir,
      datasets,
      threshold: 5,
      publisher: { zh: '青海省民政厅', en: 'Qinghai Department of Civil Affairs' },
      coverage: { years: [2024], provinces: ['630000'] },
      now: new Date(now),
    });

  it('writes the release folder, then LATEST, and never touches an earlier release', async () => {
    const first = await publish('2025-07-01T01:00:00Z');
    expect(first.version).toBe('2025.07.01-1');
    expect(await verifyRelease(first.path)).toEqual([]);
    expect((await readFile(path.join(dir, 'LATEST'), 'utf8')).trim()).toBe('2025.07.01-1');
    expect(first.manifest).toMatchObject({
      previousVersion: null,
      suppressionThreshold: 5,
      suppressionMarker: 'S',
      licence: { name: 'CC-BY-4.0' },
      publisher: { en: 'Qinghai Department of Civil Affairs' },
    });
    expect(first.manifest.citation!.en).toContain('release 2025.07.01-1');
    const licence = await readFile(path.join(first.path, 'LICENSE.md'), 'utf8');
    expect(licence).toContain('CC BY 4.0');
    expect(licence).toContain(first.manifest.citation!.zh);
    const before = await readFile(path.join(first.path, 'SHA256SUMS'), 'utf8');

    const second = await publish('2025-07-01T09:00:00Z');
    expect(second.version).toBe('2025.07.01-2');
    expect(second.manifest.previousVersion).toBe('2025.07.01-1');
    expect((await readFile(path.join(dir, 'LATEST'), 'utf8')).trim()).toBe('2025.07.01-2');
    const changelog = await readFile(path.join(second.path, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('Compared with 2025.07.01-1');
    expect(changelog).toContain('| `complaints` | 140 | 140 | 0 | 0 | 0 |');
    expect(await readFile(path.join(first.path, 'SHA256SUMS'), 'utf8')).toBe(before);
    expect(await verifyRelease(first.path)).toEqual([]);

    const nextDay = await publish('2025-07-01T16:00:00Z');
    expect(nextDay.version).toBe('2025.07.02-1');
    expect((await readdir(dir)).sort()).toEqual(['2025.07.01-1', '2025.07.01-2', '2025.07.02-1', 'LATEST']);
  });

  it('leaves nothing behind when a release fails', async () => {
    const first = await publish('2025-07-01T01:00:00Z');
    const broken = buildDatasets(fixtureInput());
    // A text cell reading "S" cannot be written (it would read as withheld): the third file fails.
    broken[2]!.rows[0]!.region_name = 'S';
    await expect(publish('2025-07-01T02:00:00Z', broken)).rejects.toThrow(/withheld/);
    expect((await readdir(dir)).sort()).toEqual([first.version, 'LATEST']);
    expect((await readFile(path.join(dir, 'LATEST'), 'utf8')).trim()).toBe(first.version);
    // The next release takes the number the failed one would have had.
    expect((await publish('2025-07-01T03:00:00Z')).version).toBe('2025.07.01-2');
  });

  it('detects a file changed after publication', async () => {
    const release = await publish('2025-07-01T01:00:00Z');
    const file = path.join(release.path, 'complaints.csv');
    await writeFile(file, `${await readFile(file, 'utf8')}2099,x\n`);
    expect(await verifyRelease(release.path)).toEqual([
      'SHA256SUMS: complaints.csv mismatch',
      'release.json: checksum of complaints.csv does not match',
    ]);
  });
});
