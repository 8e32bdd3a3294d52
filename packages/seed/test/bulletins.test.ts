import {
  ASSESSMENT_TOTAL_WEIGHT,
  BULLETIN_CATEGORY_KIND,
  isRegionYearEvidence,
  isWithinRegion,
  type BulletinStatus,
} from '@dibao/domain';
import { describe, expect, it } from 'vitest';

import { demoBulletins, demoReporting, loadRegions, type BulletinSeed } from '../src/index.js';

const regions = loadRegions();
const reporting = demoReporting(regions);
const data = demoBulletins(regions, reporting);
const numbered = (bulletin: BulletinSeed) => bulletin.documentSerial !== null;

describe('demoBulletins', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(demoBulletins(regions, reporting)).toEqual(data);
    const other = demoBulletins(regions, reporting, { seed: 7 });
    expect(other.bulletins.map((bulletin) => bulletin.id)).not.toEqual(data.bulletins.map((bulletin) => bulletin.id));
  });

  it('has a document prefix for every civil affairs bureau, from its short name', () => {
    const prefixOf = new Map(data.documentPrefixes.map((entry) => [entry.issuerId, entry.prefix]));
    expect(prefixOf.get('630000:CIVIL_AFFAIRS')).toBe('青民发');
    expect(prefixOf.get('630100:CIVIL_AFFAIRS')).toBe('西宁民发');
    expect(prefixOf.get('630121:CIVIL_AFFAIRS')).toBe('大通民发');
    expect(prefixOf.get('632800:CIVIL_AFFAIRS')).toBe('海西民发');
    expect(data.documentPrefixes).toHaveLength(1 + 8 + 45);
  });

  it('covers three years, every status, and numbers documents 1, 2, 3… per issuer and year without gaps', () => {
    const years = new Set(data.bulletins.flatMap((bulletin) => bulletin.documentYear ?? []));
    expect([...years].sort()).toEqual([2023, 2024, 2025]);
    const statuses = new Set<BulletinStatus>(data.bulletins.map((bulletin) => bulletin.status));
    expect([...statuses].sort()).toEqual(['DRAFT', 'ISSUED', 'PUBLISHED']);
    for (const year of years) {
      const serials = data.bulletins
        .filter((bulletin) => bulletin.documentYear === year)
        .sort((a, b) => (a.issuedAt as Date).getTime() - (b.issuedAt as Date).getTime())
        .map((bulletin) => bulletin.documentSerial);
      expect(serials, String(year)).toEqual(serials.map((_, index) => index + 1));
    }
    for (const bulletin of data.bulletins) {
      expect(numbered(bulletin), bulletin.title).toBe(bulletin.status !== 'DRAFT');
      expect(bulletin.issuedAt === null, bulletin.title).toBe(bulletin.status === 'DRAFT');
      expect(bulletin.publishedAt === null, bulletin.title).toBe(bulletin.status !== 'PUBLISHED');
      expect(bulletin.issuedAt?.getTime() ?? Infinity, bulletin.title).toBeGreaterThan(bulletin.createdAt.getTime());
      expect(bulletin.publishedAt?.getTime() ?? Infinity, bulletin.title).toBeGreaterThan(
        bulletin.issuedAt?.getTime() ?? -Infinity,
      );
      expect(bulletin.periodTo.getTime()).toBeGreaterThanOrEqual(bulletin.periodFrom.getTime());
    }
  });

  it('tells the story: 青民发〔2025〕3号 criticises Datong and commends a practice of Haidong, issued then published', () => {
    const story = data.bulletins.find((bulletin) => bulletin.documentYear === 2025 && bulletin.documentSerial === 3);
    expect(story?.issuerId).toBe('630000:CIVIL_AFFAIRS');
    expect(story?.status).toBe('PUBLISHED');
    expect(story?.audience).toContain('PREFECTURE_CIVIL_AFFAIRS');
    const datong = story?.items.find((item) => item.regionCode === '630121');
    expect(datong).toMatchObject({ kind: 'CRITICISM', category: 'POOR_PROGRESS' });
    expect(datong?.publicText).toContain('大通县');
    expect(datong?.evidence).toContainEqual(
      expect.objectContaining({ kind: 'REPORT_SUMMARY', ref: { regionCode: '630121', year: 2025 } }),
    );
    const haidong = story?.items.find((item) => item.regionCode === '630200');
    expect(haidong).toMatchObject({ kind: 'COMMENDATION', category: 'INNOVATION' });
    expect(haidong?.publicText).toContain('海东市');
  });

  it('draws items from the evidence: consistent kinds, regions of the province, well-formed references', () => {
    const ids = new Set<string>();
    for (const bulletin of data.bulletins) {
      expect(bulletin.items.length, bulletin.title).toBeGreaterThan(0);
      for (const item of bulletin.items) {
        expect(BULLETIN_CATEGORY_KIND[item.category]).toBe(item.kind);
        expect(isWithinRegion(item.regionCode, '630000')).toBe(true);
        expect(item.publicText.length).toBeGreaterThan(10);
        expect(item.evidence.length).toBeGreaterThan(0);
        for (const evidence of item.evidence) {
          if (isRegionYearEvidence(evidence.kind)) {
            expect(evidence.ref.id).toBeUndefined();
            expect(isWithinRegion(evidence.ref.regionCode as string, '630000')).toBe(true);
          } else {
            expect(evidence.ref.id).toMatch(/^[0-9a-f-]{36}$/);
          }
        }
        ids.add(item.id);
      }
    }
    const incidentIds = new Set(reporting.incidents.map((incident) => incident.id));
    const cited = data.bulletins.flatMap((bulletin) =>
      bulletin.items.flatMap((item) => item.evidence.filter((evidence) => evidence.kind === 'INCIDENT')),
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const evidence of cited) expect(incidentIds.has(evidence.ref.id as string)).toBe(true);
    expect(ids.size).toBe(data.bulletins.reduce((total, bulletin) => total + bulletin.items.length, 0));
    const kinds = new Set(data.bulletins.flatMap((bulletin) => bulletin.items.map((item) => item.category)));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
  });

  it('criticises late and missing reports of the year before', () => {
    const march2025 = data.bulletins.find(
      (bulletin) => bulletin.documentYear === 2025 && bulletin.documentSerial === 1,
    );
    for (const item of march2025?.items.filter((entry) => entry.kind === 'CRITICISM') ?? []) {
      const report = reporting.reports.find((entry) => entry.regionCode === item.regionCode && entry.year === 2024);
      expect(report === undefined || report.late || report.firstSubmittedAt === null, item.regionCode).toBe(true);
    }
  });

  it('cites the other demos when given their records', () => {
    const finding = { id: '00000000-0000-4000-8000-0000000000f1', regionCode: '630121101', year: 2025 };
    const complaint = { id: '00000000-0000-4000-8000-0000000000c1', regionCode: '630121', year: 2025 };
    const withSources = demoBulletins(regions, reporting, {
      sources: { findings: [finding], complaints: [complaint] },
    });
    const story = withSources.bulletins.find(
      (bulletin) => bulletin.documentYear === 2025 && bulletin.documentSerial === 3,
    );
    const datong = story?.items.find((item) => item.regionCode === '630121');
    expect(datong?.evidence).toContainEqual(expect.objectContaining({ kind: 'FINDING', ref: { id: finding.id } }));
    expect(datong?.evidence).toContainEqual(expect.objectContaining({ kind: 'COMPLAINT', ref: { id: complaint.id } }));
  });

  it('assesses the eight prefectures each year, with one allocation', () => {
    const provincial = data.assessments.filter((assessment) => assessment.provinceCode === '630000');
    expect(provincial.map((assessment) => assessment.year)).toEqual([2023, 2024, 2025]);
    for (const assessment of provincial) {
      expect(assessment.indicators.reduce((total, indicator) => total + indicator.weight, 0)).toBe(
        ASSESSMENT_TOTAL_WEIGHT,
      );
      expect(assessment.regions.map((region) => region.regionCode)).toEqual([
        '630100',
        '630200',
        '632200',
        '632300',
        '632500',
        '632600',
        '632700',
        '632800',
      ]);
      for (const region of assessment.regions) {
        const timeliness = region.raw.REPORT_TIMELINESS;
        expect(timeliness).toBeGreaterThanOrEqual(0);
        expect(timeliness).toBeLessThanOrEqual(1);
        const figures = Object.values(region.raw).filter((value) => value !== null);
        expect(figures.length).toBeGreaterThan(0);
        for (const value of figures) expect(Number.isFinite(value)).toBe(true);
      }
      expect(assessment.allocations).toHaveLength(1);
      expect(assessment.allocations[0]?.poolFen).toBeGreaterThan(0);
    }
    const open = provincial.at(-1);
    expect(open?.publishedAt).toBeNull();
    expect(open?.allocations[0]).toMatchObject({ method: 'REWARD_IN_LIEU_OF_SUBSIDY', status: 'FINALISED' });
    expect(provincial[0]?.allocations[0]).toMatchObject({ status: 'PUBLISHED' });
  });

  it('has Haidong assess its counties by its own scheme for the settled years it was in force, published', () => {
    const haidong = data.assessments.filter((assessment) => assessment.provinceCode === '630200');
    expect(haidong.map((assessment) => assessment.year)).toEqual([2023, 2024]);
    const counties = regions.filter((region) => region.parentCode === '630200').map((region) => region.code);
    for (const assessment of haidong) {
      expect(assessment.level).toBe('COUNTY');
      expect(assessment.indicators.map((indicator) => `${indicator.code}:${indicator.weight}`).join(',')).toBe(
        'REPORT_TIMELINESS:30,RECTIFICATION_ON_TIME:30,COMPLAINTS_CLOSED_ON_TIME:25,ACCOUNTABILITY_FOLLOW_THROUGH:15',
      );
      expect(assessment.regions.map((region) => region.regionCode)).toEqual(counties);
      expect(assessment.publishedAt).not.toBeNull();
      expect(assessment.computedAt.toISOString() >= '2024-01-01').toBe(true);
      expect(assessment.allocations).toEqual([
        expect.objectContaining({ status: 'PUBLISHED', method: 'REWARD_IN_LIEU_OF_SUBSIDY' }),
      ]);
    }
  });
});
