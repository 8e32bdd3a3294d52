import { describe, expect, it } from 'vitest';

import {
  apportion,
  countyShares,
  loadRegions,
  NATIONAL_REPORT_YEARS,
  NATIONAL_TOTALS,
  nationalAccountability,
  nationalComplaints,
  nationalOversight,
  nationalReporting,
  provincesOf,
  type RegionSeed,
} from '../src/index.js';

const country = loadRegions('national');
const levels = (regions: readonly RegionSeed[]) => {
  const counts: Record<string, number> = {};
  for (const region of regions) counts[region.level] = (counts[region.level] ?? 0) + 1;
  return counts;
};
const inProvince = (code: string) => (region: RegionSeed) => region.code.startsWith(code.slice(0, 2));
/** Qinghai and Ningxia: a small national-shaped country. */
const two = country.filter((region) => inProvince('630000')(region) || inProvince('640000')(region));

describe('national demo generators', () => {
  it('cover every region of the country at the stated counts', () => {
    expect(levels(country)).toEqual({ PROVINCE: 31, PREFECTURE: 342, COUNTY: 2975, TOWNSHIP: 41352 });
    expect(NATIONAL_REPORT_YEARS).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('apportion splits any total exactly, in proportion', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(1_000_000, [3, 0, 7]).reduce((a, b) => a + b)).toBe(1_000_000);
    expect(apportion(1_000_000, [3, 0, 7])).toEqual([300_000, 0, 700_000]);
    const shares = countyShares(country, NATIONAL_TOTALS.complaints);
    expect(shares).toHaveLength(2975);
    expect(shares.reduce((sum, share) => sum + share.share, 0)).toBe(1_000_000);
    expect(shares.every((share) => share.share > 0)).toBe(true);
  });

  it('give each province of the country its share of the million complaints, the same on every run', () => {
    const shares = countyShares(country, NATIONAL_TOTALS.complaints);
    // The first two provinces (Beijing, Tianjin) are generated twice: a batch depends only on its province.
    const firstTwo = () => {
      const batches = [];
      for (const batch of nationalComplaints(country)) {
        batches.push(batch);
        if (batches.length === 2) break;
      }
      return batches;
    };
    const first = firstTwo();
    const again = firstTwo();
    expect(again).toEqual(first);
    for (const batch of first) {
      const expected = shares
        .filter((share) => inProvince(batch.province.code)(share.county))
        .reduce((s, c) => s + c.share, 0);
      expect(batch.data.complaints).toHaveLength(expected);
      const ids = new Set(batch.data.complaints.map((complaint) => complaint.id));
      expect(ids.size).toBe(expected);
      const years = new Set(
        batch.data.complaints.map((c) => new Date(c.receivedAt.getTime() + 8 * 3600_000).getUTCFullYear()),
      );
      expect([...years].sort()).toEqual([...NATIONAL_REPORT_YEARS]);
      // In the province, and the workflow's timestamps agree with the status (the table's checks hold them too).
      const odd = batch.data.complaints.filter(
        (complaint) =>
          !complaint.regionCode.startsWith(batch.province.code.slice(0, 2)) ||
          (complaint.status === 'CLOSED') !== (complaint.closedAt !== null) ||
          (complaint.status === 'RECEIVED') !== (complaint.acknowledgedAt === null),
      );
      expect(odd).toEqual([]);
    }
  });

  it('produce exactly 200,000 findings and 50,000 accountability cases, each case arising from a finding', () => {
    let findings = 0;
    let cases = 0;
    let inspections = 0;
    const provinces: string[] = [];
    for (const batch of nationalAccountability(country)) {
      provinces.push(batch.province.code);
      const ids = new Set(batch.oversight.findings.map((finding) => finding.id));
      const inspectionIds = new Set(batch.oversight.inspections.map((inspection) => inspection.id));
      expect(batch.oversight.findings.filter((finding) => !inspectionIds.has(finding.inspectionId))).toEqual([]);
      expect(
        batch.data.cases.filter((item) => item.origins.length !== 1 || !ids.has(item.origins[0]?.id ?? '')),
      ).toEqual([]);
      findings += batch.oversight.findings.length;
      inspections += batch.oversight.inspections.length;
      cases += batch.data.cases.length;
    }
    expect(provinces).toEqual(provincesOf(country).map((province) => province.code));
    expect(findings).toBe(NATIONAL_TOTALS.findings);
    expect(cases).toBe(NATIONAL_TOTALS.accountabilityCases);
    // Each prefecture-level unit with counties inspects them once a year.
    expect(inspections).toBeGreaterThan(300 * NATIONAL_REPORT_YEARS.length);
  });

  it('are deterministic: one province regenerates identically, and a different total changes it', () => {
    const qinghai = (total = 4000) =>
      [...nationalOversight(two, { total })].find((batch) => batch.province.code === '630000');
    const batch = qinghai();
    expect(batch?.data.findings.length).toBeGreaterThan(0);
    expect(qinghai()).toEqual(batch);
    expect(qinghai(2000)?.data.findings.length).toBeLessThan(batch?.data.findings.length ?? 0);
  });

  it('report every county and prefecture-level unit for ten years', () => {
    const reporting = nationalReporting(two);
    const units = reporting.units.length;
    expect(units).toBe(two.filter((region) => region.level === 'COUNTY' || region.level === 'PREFECTURE').length);
    const years = new Set(reporting.reports.map((report) => report.year));
    expect([...years].sort()).toEqual([...NATIONAL_REPORT_YEARS]);
    // A few county reports of each year are missing by design (with waivers); never more than a tenth.
    expect(reporting.reports.length).toBeGreaterThan(units * 10 * 0.9);
    expect(nationalReporting(two)).toEqual(reporting);
  });
});
