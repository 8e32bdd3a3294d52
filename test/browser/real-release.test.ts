import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_PUBLIC_KEY_FILE } from '@dibao/datasets';
import { axeViolations, describeViolations } from './axe.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { demoPersonalData, makeRelease, scanForPersonalData, type TestRelease } from '../support/release.js';
import { launchChromium } from './chromium.js';
import { subgraphNames } from '@dibao/gateway';
import { buildAndServeSite, type SiteServer } from './site-server.js';

/** The whole publishing path on the demo data: hub → release → static site → browser. */
describe('the site built from a real release of the demo hub', () => {
  let hub: TestHub;
  let release: TestRelease;
  let site: SiteServer;

  beforeAll(async () => {
    hub = await startTestHub('site_real_release');
    release = await makeRelease(hub);
    site = await buildAndServeSite(release.releasesDir);
  }, 240_000);

  afterAll(async () => {
    await site?.close();
    await hub?.stop();
  });

  it('holds no personal data in any built file', async () => {
    const { complainantNames, contacts } = demoPersonalData();
    expect(complainantNames.length).toBeGreaterThan(10);
    const hits = await scanForPersonalData(site.outDir, { names: complainantNames, contacts });
    // Pagefind's own scripts carry their author's address in a licence comment: vendor code, not our data.
    const ours = hits.filter(
      (hit) => !(hit.kind === 'e-mail address' && /^pagefind\/pagefind[\w-]*\.js$/.test(hit.file)),
    );
    expect(ours).toEqual([]);
  });

  it("shows Datong's page and the story bulletin from the release", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}regions/630121/`);
      expect(await page.locator('h1').innerText()).toContain('大通');
      await page.goto(`${site.url}bulletins/2025-3/`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('青民发〔2025〕3号');
      expect(text).toContain('大通');
      const csv = await page.request.get(`${site.url}data/latest/complaints.csv`);
      expect(csv.status()).toBe(200);
      expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(release.version).toMatch(/^\d{4}\.\d{2}\.\d{2}-1$/);

      // Official English names from the seed's rule, not raw pinyin.
      await page.goto(`${site.url}en/regions/630121/`);
      expect(await page.locator('h1').innerText()).toBe('Datong Hui and Tu Autonomous County');
      await page.goto(`${site.url}en/regions/632200/`);
      expect(await page.locator('h1').innerText()).toBe('Haibei Tibetan Autonomous Prefecture');
      // The demo's open year has county reports still outstanding: the home page says so on its cards.
      await page.goto(`${site.url}en/`);
      expect(await page.locator('#provisional-headline').innerText()).toMatch(/\d+ of 45 county reports/);
      // Some demo bulletins are issued with English, others in Chinese only.
      await page.goto(`${site.url}en/bulletins/`);
      const archive = await page.locator('main').innerText();
      expect(archive).toContain('Bulletin on the');
      expect(archive).toContain('Chinese only');
    } finally {
      await browser.close();
    }
  });

  it('maps the province’s prefectures and a prefecture’s counties from the boundaries, and lists the contracts', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}regions/630000/`);
      const map = page.locator('figure.region-map');
      // Eight prefectures, each outlined over its counties; every county of the boundary data drawn.
      expect(await map.locator('tbody tr').count()).toBe(8);
      expect(await map.locator('g[fill="none"] path').count()).toBe(8);
      expect(await map.locator('path[data-code]').count()).toBe(44);
      // On the province's map every county takes its prefecture's figure.
      expect(await map.locator('path[data-code][fill^="url("]').count()).toBe(0);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      // On Haixi's, the source's 海西州直辖 area (no region today) is the only county without a figure.
      await page.goto(`${site.url}regions/632800/`);
      const hatched = page.locator('figure.region-map path[data-code][fill^="url("]');
      expect(await hatched.evaluateAll((paths) => paths.map((path) => path.getAttribute('data-code')))).toEqual([
        '632825',
      ]);
      await page.goto(`${site.url}en/regions/630100/`);
      expect(await page.locator('figure.region-map path[data-code]').count()).toBe(7);
      // A county without a figure in the year (not yet reported, withheld) is hatched, and only such a county.
      const figures = await page.locator('figure.region-map tbody td').allInnerTexts();
      expect(figures).toHaveLength(7);
      const withoutFigure = figures.filter((text) => !/\d/.test(text)).length;
      expect(await page.locator('figure.region-map path[data-code][fill^="url("]').count()).toBe(withoutFigure);
      expect(withoutFigure).toBeLessThan(7);
      // The demo's contracts are published and shown under their prefecture.
      const contracts = await page.request.get(`${site.url}data/latest/service-contracts.csv`);
      expect(contracts.status()).toBe(200);
      const firstContract = (await contracts.text()).split('\n')[1]!.split(',');
      await page.goto(`${site.url}regions/${firstContract[2]}/`);
      const section = page.locator('section[aria-labelledby="public-supervision"]');
      expect(await section.locator('tbody tr').count()).toBeGreaterThan(0);
      await expect(section.innerText()).resolves.toContain(firstContract[0]!);
    } finally {
      await browser.close();
    }
  });

  it('publishes the audit checkpoints with the public key and how to verify them, in both languages', async () => {
    const publicKey = await readFile(path.join(release.path, AUDIT_PUBLIC_KEY_FILE), 'utf8');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      for (const [prefix, heading] of [
        ['', '审计记录校验点'],
        ['en/', 'Audit checkpoints'],
      ] as const) {
        await page.goto(`${site.url}${prefix}downloads/`);
        await page.locator(`main a[href="/${prefix}downloads/audit/"]`).click();
        expect(await page.locator('h1').innerText()).toBe(heading);
        expect((await page.locator('#audit-public-key').innerText()).trim()).toBe(publicKey.trim());
        expect(await page.locator('#audit-checkpoints-caption').locator('xpath=..').locator('tbody tr').count()).toBe(
          subgraphNames.length,
        );
        expect(await page.locator('main pre code').first().innerText()).toContain('audit-checkpoints.json');
        for (const anchor of await page.locator('main a[href^="/data/"]').all()) {
          const href = (await anchor.getAttribute('href')) ?? '';
          expect((await page.request.get(new URL(href, site.url).href)).status(), href).toBe(200);
        }
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
      }
    } finally {
      await browser.close();
    }
  });
});
