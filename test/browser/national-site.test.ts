import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNationalDemo } from '@dibao/hub';
import { loadRegions } from '@dibao/seed';
import { startTestHub, type TestHub } from '../support/hub.js';
import { makeRelease, type TestRelease } from '../support/release.js';
import { launchChromium } from './chromium.js';
import { buildAndServeSite, type SiteServer } from './site-server.js';

/*
 * A national deployment's site says so: built from a real release of a national-shaped hub (the national
 * demo's generators and COPY load on two provinces, Qinghai and Ningxia), it is titled after the country,
 * its home page lists the provinces (not one province's figures as the headline), and each province has
 * its page with its regions.
 */
describe('the site of a national deployment (two provinces)', () => {
  let hub: TestHub;
  let release: TestRelease;
  let site: SiteServer;

  beforeAll(async () => {
    const regions = loadRegions('national').filter((region) => /^6[34]/.test(region.code));
    hub = await startTestHub('national_site', {
      demo: (dataSources) =>
        loadNationalDemo(dataSources, () => undefined, {
          regions,
          totals: { complaints: 2000, findings: 500, accountabilityCases: 100 },
        }),
    });
    release = await makeRelease(hub, undefined, { years: [2024, 2025] });
    site = await buildAndServeSite(release.releasesDir);
  }, 300_000);

  afterAll(async () => {
    await site?.close();
    await hub?.stop();
  });

  it('releases both provinces', () => {
    expect(release.manifest.coverage?.provinces).toEqual(['630000', '640000']);
  });

  it('is titled after the country and lists its provinces, in both languages', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(site.url);
      expect(await page.title()).toBe('全国最低生活保障监督公开');
      expect(await page.locator('h1').innerText()).toBe('全国城乡最低生活保障监督公开');
      const provinces = page.locator('#provinces-heading + p + ul a');
      expect(await provinces.allInnerTexts()).toEqual(['青海省', '宁夏回族自治区']);
      // No one province's figures head a national site.
      expect(await page.locator('#headline-heading').count()).toBe(0);

      await page.goto(`${site.url}en/`);
      expect(await page.title()).toBe('China Dibao Oversight');
      expect(await page.locator('.site-name').innerText()).toBe('China Dibao Oversight');
      expect(await page.locator('#provinces-heading + p + ul a').allInnerTexts()).toEqual([
        'Qinghai',
        'Ningxia Hui Autonomous Region',
      ]);

      // Each province's page, with its prefecture-level regions, under the country's name.
      await page.goto(`${site.url}regions/640000/`);
      expect(await page.locator('h1').innerText()).toContain('宁夏');
      expect(await page.title()).toContain('全国最低生活保障监督公开');
      expect(await page.locator('main').innerText()).toContain('银川市');
    } finally {
      await browser.close();
    }
  });
});
