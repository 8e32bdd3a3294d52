import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe.js';
import { launchChromium } from './chromium.js';
import { buildAndServeSite, type SiteServer } from './site-server.js';

/*
 * The public site in Chromium, built from the hand-made fixture release: the journeys a reader takes (home,
 * a county, a bulletin, the other language, search, a download) and an axe-core check of every page type in
 * both languages.
 */

const FIXTURE_RELEASES = fileURLToPath(new URL('../fixtures/release/', import.meta.url));
const DATONG = '630121';

let site: SiteServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await buildAndServeSite(FIXTURE_RELEASES);
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(new URL(path, site.url).href);
  expect(response?.status(), `GET ${path}`).toBe(200);
  return page;
}

describe('reading the site', () => {
  it('opens the home page in Chinese with the latest headline figures and bulletins', async () => {
    const page = await open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.title()).resolves.toContain('青海省最低生活保障监督公开');
    expect(await page.locator('h1').count()).toBe(1);
    await expect(page.locator('#headline-heading').textContent()).resolves.toContain('2025');
    const figures = await page.locator('dl.figures').textContent();
    expect(figures).toContain('低保对象人数');
    expect(figures).toContain('38,720');
    await expect(page.locator('a[href="/bulletins/2025-3/"]').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('shows a county page with its figures, suppressed complaint counts and the criticism naming it', async () => {
    const page = await open(`/regions/${DATONG}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('大通回族土族自治县');
    await expect(page.locator('nav.breadcrumbs').textContent()).resolves.toContain('西宁市');
    const complaints = await page.locator('#complaints-channel').locator('xpath=ancestor::table').textContent();
    expect(complaints).toContain('全省社会救助服务热线');
    // Datong's 2023 volunteer-supervisor count (1) is withheld.
    expect(complaints).toContain('<5');
    await expect(page.locator('#suppression-note').textContent()).resolves.toContain('<5');
    const items = await page.locator('section[aria-labelledby="items"]').textContent();
    expect(items).toContain('通报批评');
    expect(items).toContain('青民发〔2025〕3号');
    // The figures over the years and the monitoring alerts by rule.
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(2);
    await page.close();
  });

  it('finds bulletin 青民发〔2025〕3号 in the archive and shows its items', async () => {
    const page = await open('/bulletins/');
    await page.getByRole('link', { name: '青民发〔2025〕3号' }).click();
    await page.waitForURL(/\/bulletins\/2025-3\/$/);
    const main = await page.locator('main').textContent();
    expect(main).toContain('青民发〔2025〕3号');
    expect(main).toContain('青海省民政厅');
    expect(main).toContain('2025年3月18日');
    const items = page.locator('ol.items > li');
    expect(await items.count()).toBe(2);
    await expect(items.nth(0).textContent()).resolves.toMatch(/通报批评[\s\S]*大通回族土族自治县/);
    await expect(items.nth(1).textContent()).resolves.toMatch(/通报表扬[\s\S]*海东市/);
    await page.close();
  });

  it('switches to English and back on the same page', async () => {
    const page = await open(`/regions/${DATONG}/`);
    await page.locator('a.language-switch').click();
    await page.waitForURL(new RegExp(`/en/regions/${DATONG}/$`));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Datong Hui and Tu Autonomous County');
    await expect(page.locator('#complaints-channel').textContent()).resolves.toContain(
      'complaints registered, by channel',
    );
    await page.locator('a.language-switch').click();
    await page.waitForURL(new RegExp(`127\\.0\\.0\\.1:\\d+/regions/${DATONG}/$`));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.close();
  });

  it('filters commendations and criticisms with plain links (no JavaScript)', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(new URL('/bulletins/items/', site.url).href);
    await page.locator('nav[aria-labelledby="filter-year"]').getByRole('link', { name: '2025年' }).click();
    await page.locator('nav[aria-labelledby="filter-kind"]').getByRole('link', { name: '通报批评' }).click();
    await page.waitForURL(/\/bulletins\/items\/2025\/criticism\/$/);
    const items = page.locator('ol.items > li');
    expect(await items.count()).toBe(1);
    await expect(items.first().textContent()).resolves.toContain('大通回族土族自治县');
    await noScript.close();
  });

  it('searches in Chinese: 大通 finds the Datong county page', async () => {
    const page = await open('/search/');
    const input = page.locator('#search input[type="text"], #search input[type="search"]').first();
    await input.fill('大通');
    const result = page.locator(`#search a[href$="/regions/${DATONG}/"]`).first();
    await result.waitFor({ timeout: 15_000 });
    // The same through Pagefind's API, passed as a string so that vitest leaves the dynamic import alone.
    const urls = await page.evaluate<string[]>(
      `import('/pagefind/pagefind.js').then(async (pagefind) => {
         const search = await pagefind.search('大通');
         const data = await Promise.all(search.results.map((result) => result.data()));
         return data.map((entry) => entry.url);
       })`,
    );
    expect(urls).toContain(`/regions/${DATONG}/`);
    await page.close();
  });

  it('searches in English on the English pages', async () => {
    const page = await open('/en/search/');
    await page.locator('#search input').first().fill('Datong');
    await page.locator(`#search a[href$="/en/regions/${DATONG}/"]`).first().waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('downloads the CSV a chart was drawn from: UTF-8 with BOM, header row, checksum of the release', async () => {
    const page = await open('/statistics/');
    const link = page.locator('#chart-complaints-caption').locator('xpath=..').locator('a[download]').first();
    const href = await link.getAttribute('href');
    expect(href).toBe(`/data/${site.version}/complaints.csv`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = await download.path();
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split(/\r?\n/)[0]).toBe(
      'year,region_code,region_name,region_name_en,region_level,parent_code,dimension,value,value_zh,value_en,complaints',
    );
    const response = await page.request.get(new URL(href!, site.url).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    // The journalist's check: the file matches the release's SHA256SUMS.
    const sums = await (await page.request.get(new URL(`/data/${site.version}/SHA256SUMS`, site.url).href)).text();
    const digest = createHash('sha256').update(bytes).digest('hex');
    expect(sums).toContain(`${digest}  complaints.csv`);
    // The stable URL serves the same file.
    const latest = await page.request.get(new URL('/data/latest/complaints.csv', site.url).href);
    expect(Buffer.from(await latest.body()).equals(bytes)).toBe(true);
    await page.close();
  });

  it('draws every chart as SVG with a title, a description, a data table and the file it came from', async () => {
    for (const path of ['/statistics/', '/en/statistics/', `/regions/${DATONG}/`]) {
      const page = await open(path);
      const charts = await page.locator('figure.chart').all();
      expect(charts.length, path).toBeGreaterThan(0);
      for (const chart of charts) {
        const svg = chart.locator('svg[role="img"]');
        // A chart with nothing to show says so and has no table of nothing; it still names its file.
        const empty = (await chart.locator('.chart-empty').count()) === 1;
        if ((await svg.count()) === 1) {
          const labelledBy = (await svg.getAttribute('aria-labelledby'))?.split(' ') ?? [];
          expect(labelledBy).toHaveLength(2);
          expect(await chart.locator(`title#${labelledBy[0]}`).count()).toBe(1);
          expect(await chart.locator(`desc#${labelledBy[1]}`).count()).toBe(1);
        }
        expect(await chart.locator('table caption').count(), path).toBe(empty ? 0 : 1);
        const csv = await chart.locator('a[href$=".csv"]').first().getAttribute('href');
        expect(csv).toMatch(new RegExp(`^/data/${site.version.replaceAll('.', '\\.')}/[a-z-]+\\.csv$`));
        expect(await chart.locator('a[href$=".json"]').count()).toBeGreaterThan(0);
      }
      await page.close();
    }
  });

  it('keeps every earlier release downloadable', async () => {
    const page = await open('/downloads/releases/');
    const anchors = await page.locator('main a[href^="/data/"]').all();
    const links = await Promise.all(anchors.map(async (anchor) => (await anchor.getAttribute('href')) ?? ''));
    expect(links).toContain('/data/2024.12.20-1/CHANGELOG.md');
    for (const href of links) {
      const response = await page.request.get(new URL(href, site.url).href);
      expect(response.status(), href).toBe(200);
    }
    await page.close();
  });

  it('fits a phone screen without sideways scrolling of the page', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await phone.newPage();
    await page.goto(new URL(`/regions/${DATONG}/`, site.url).href);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});

describe('honest figures: coverage, sources, empty charts, English', () => {
  it('marks the provisional year on every home card that adds it up, with its coverage', async () => {
    const page = await open('/');
    await expect(page.locator('#provisional-headline').textContent()).resolves.toContain('3/4 县级报告');
    expect(await page.locator('#provisional-headline').isVisible()).toBe(true);
    const cards = page.locator('dl.figures > div');
    const provisional = await page.locator('dl.figures .provisional-tag').allTextContents();
    // Recipients, funds, complaints and accountability come from the reports; the on-time rate does not.
    expect(provisional).toHaveLength(4);
    for (const tag of provisional) expect(tag).toContain('暂定：3/4 县级报告');
    const onTime = cards.filter({ hasText: '年度报告按时报送率' });
    expect(await onTime.locator('.provisional-tag').count()).toBe(0);
    const english = await open('/en/');
    await expect(english.locator('#provisional-headline').textContent()).resolves.toContain('3 of 4 county reports');
    await expect(english.locator('dl.figures .provisional-tag').first().textContent()).resolves.toContain(
      'Provisional: 3 of 4 county reports',
    );
    await page.close();
    await english.close();
  });

  it('never draws a provisional year like a complete one: hollow points, dotted lines, hatched bars, a legend', async () => {
    const page = await open('/en/statistics/');
    const recipients = page.locator('figure.chart').filter({ has: page.locator('#chart-province-recipients-caption') });
    // Two series, each with one provisional point (2025) and one dotted segment reaching it.
    expect(await recipients.locator('svg circle[data-provisional]').count()).toBe(2);
    expect(await recipients.locator('svg path[data-provisional]').count()).toBe(2);
    expect(await recipients.locator('.provisional-note').isVisible()).toBe(true);
    await expect(recipients.locator('.provisional-note').textContent()).resolves.toContain(
      '2025: 3 of 4 county reports',
    );
    await expect(recipients.locator('tbody tr').last().locator('th').textContent()).resolves.toContain(
      '2025 (provisional: 3 of 4 county reports)',
    );
    const disbursed = page.locator('figure.chart').filter({ has: page.locator('#chart-disbursed-caption') });
    expect(await disbursed.locator('svg rect[data-provisional]').count()).toBe(1);
    await expect(disbursed.locator('tbody').textContent()).resolves.toContain(
      'Haidong (provisional: 1 of 2 county reports)',
    );
    await expect(page.locator('#provisional-year').textContent()).resolves.toContain('provisional (3 of 4');
    await page.close();
  });

  it('names complaint figures by their source: annual reports on the home page, the register on statistics', async () => {
    const home = await open('/en/');
    await expect(home.locator('dl.figures').textContent()).resolves.toContain('Complaints received (annual reports)');
    const statistics = await open('/statistics/');
    await expect(statistics.locator('#s-complaints').textContent()).resolves.toContain('投诉举报登记件数');
    await expect(
      statistics.locator('section[aria-labelledby="s-complaints"] .source-note').textContent(),
    ).resolves.toContain('年度报告所报受理投诉举报');
    const dictionary = await open('/en/downloads/report-figures/');
    await expect(dictionary.locator('main').textContent()).resolves.toContain('Complaints received (annual reports)');
    await home.close();
    await statistics.close();
    await dictionary.close();
  });

  it('says a chart has nothing to show instead of drawing empty axes', async () => {
    for (const [path, words] of [
      ['/statistics/', '没有可显示的数据'],
      ['/en/statistics/', 'nothing to show'],
    ] as const) {
      const page = await open(path);
      const sanctions = page.locator('section[aria-labelledby="s-sanctions"] figure.chart');
      expect(await sanctions.locator('svg').count(), path).toBe(0);
      expect(await sanctions.locator('.chart-empty').isVisible(), path).toBe(true);
      await expect(sanctions.locator('.chart-empty').textContent()).resolves.toContain(words);
      await page.close();
    }
  });

  it('leads a county page with a summary and folds its tables of zeros away', async () => {
    const page = await open('/regions/630102/');
    await expect(page.locator('main h2').first().textContent()).resolves.toContain('概况');
    await expect(page.locator('section[aria-labelledby="summary"]').textContent()).resolves.toContain('3,010');
    const folded = page.locator('section[aria-labelledby="accountability"] details.folded');
    expect(await folded.count()).toBe(3);
    const first = folded.first();
    expect(await first.locator('table').isVisible()).toBe(false);
    await expect(first.locator('summary').textContent()).resolves.toContain('各项均为零');
    await first.locator('summary').click();
    expect(await first.locator('table').isVisible()).toBe(true);
    // A table with figures in it stays open.
    expect(await page.locator('section[aria-labelledby="complaints"] details').count()).toBe(0);
    const pingan = await open('/en/regions/630203/');
    await expect(pingan.locator('#provisional-summary').textContent()).resolves.toContain('0 of 1 county report');
    await page.close();
    await pingan.close();
  });

  it('shows a bulletin in English where the issuer gave it, and marks the others Chinese only', async () => {
    const english = await open('/en/bulletins/2025-3/');
    await expect(english.locator('h1').textContent()).resolves.toBe(
      'Bulletin on the 2024 supervision and inspection of dibao work in Qinghai',
    );
    await expect(english.locator('.bulletin-summary').textContent()).resolves.toContain('Datong Hui and Tu');
    expect(await english.locator('.chinese-only').count()).toBe(0);
    const chinese = await open('/en/bulletins/2025-9/');
    await expect(chinese.locator('h1 [lang="zh-CN"]').first().textContent()).resolves.toContain('青海省民政厅');
    await expect(chinese.locator('h1 .chinese-only').textContent()).resolves.toContain('Chinese only');
    const archive = await open('/en/bulletins/');
    expect(await archive.locator('main table .chinese-only').count()).toBe(2);
    await expect(archive.locator('main table').first().textContent()).resolves.toContain(
      'Bulletin on the 2024 supervision and inspection of dibao work in Qinghai',
    );
    // The Chinese pages show the Chinese title and no marker.
    const zh = await open('/bulletins/2025-9/');
    expect(await zh.locator('.chinese-only').count()).toBe(0);
    for (const page of [english, chinese, archive, zh]) await page.close();
  });
});

describe('monitoring alerts', () => {
  it("shows a county's alerts by rule with a chart, a table and suppressed small counts, in both languages", async () => {
    const page = await open(`/regions/${DATONG}/`);
    const table = await page.locator('#table-alerts').locator('xpath=ancestor::table').textContent();
    expect(table).toContain('2025年');
    expect(table).toContain('平分低保金');
    // Datong's 2025 equal splitting: 14 raised, 6 confirmed; dismissed withheld (2, and what would reveal it).
    const equal = await page
      .locator('#table-alerts')
      .locator('xpath=ancestor::table')
      .locator('tr', { hasText: '平分低保金' })
      .textContent();
    expect(equal).toContain('14');
    expect(equal).toContain('<5');
    expect(await page.locator('#chart-alerts-caption').count()).toBe(1);
    const link = page.locator('#chart-alerts-caption').locator('xpath=..').locator('a[download]').first();
    expect(await link.getAttribute('href')).toBe(`/data/${site.version}/monitoring-alerts.csv`);
    await page.close();
    const english = await open(`/en/regions/${DATONG}/`);
    await expect(english.locator('#alerts').textContent()).resolves.toBe('Dynamic monitoring alerts');
    const tableEn = await english.locator('#table-alerts').locator('xpath=ancestor::table').textContent();
    expect(tableEn).toContain('Equal splitting of benefits');
    expect(tableEn).toContain('All rules');
    await english.close();
  });

  it("shows the province's alerts on the statistics page", async () => {
    const page = await open('/statistics/');
    await expect(page.locator('#s-alerts').textContent()).resolves.toBe('动态监测预警');
    const table = await page.locator('#table-alerts').locator('xpath=ancestor::table').textContent();
    expect(table).toContain('全部规则合计');
    // The province's 2025 total: the counties' 16 + 38 + 21 + 14 raised.
    expect(
      await page.locator('#table-alerts').locator('xpath=ancestor::table').locator('tfoot').textContent(),
    ).toContain('89');
    await page.close();
  });
});

describe('local rules', () => {
  it("shows a county's rules in force with where each comes from, in both languages", async () => {
    const page = await open(`/regions/${DATONG}/`);
    await expect(page.locator('#local-rules').textContent()).resolves.toBe('本地规则');
    const table = page.locator('#local-rules-caption').locator('xpath=ancestor::table');
    await expect(page.locator('#local-rules-caption').textContent()).resolves.toContain('2025年11月30日');
    // Datong's own 45 days from July 2025, within the province's fixed 60; the annual deadline is the province's.
    const conclude = await table.locator('tr', { hasText: '投诉举报办结时限' }).textContent();
    expect(conclude).toContain('45 天');
    expect(conclude).toContain('本级规定（第1版）');
    const deadline = await table.locator('tr', { hasText: '县级年度报告报送截止日' }).textContent();
    expect(deadline).toContain('12月15日');
    expect(deadline).toContain('沿用青海省（第1版）');
    expect(deadline).toContain('不得放宽');
    const baseline = await table.locator('tr', { hasText: '购买服务年度预算' }).textContent();
    expect(baseline).toContain('全国基准');
    await page.close();

    const english = await open(`/en/regions/${DATONG}/`);
    const tableEn = await english.locator('#local-rules-caption').locator('xpath=ancestor::table');
    const concludeEn = await tableEn.locator('tr', { hasText: 'Days to conclude a complaint' }).textContent();
    expect(concludeEn).toContain('45 days');
    expect(concludeEn).toContain('Own rule (version 1)');
    expect(await tableEn.locator('tr', { hasText: 'Rewarded tip-offs offered' }).textContent()).toContain('Yes');
    await english.close();
  });

  it('lists every version with its legal basis on the rules page, newest first, with its downloads', async () => {
    const page = await open('/rules/');
    await expect(page.locator('h1').textContent()).resolves.toBe('各地低保监督规则（实施办法）');
    const rows = page.locator('#history-caption').locator('xpath=ancestor::table').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const newest = await rows.first().textContent();
    expect(newest).toContain('2025年7月1日');
    expect(newest).toContain('大民发〔2025〕11号');
    expect(newest).toContain('投诉举报办结时限：45 天');
    expect(await rows.nth(1).textContent()).toContain('青民发〔2020〕86号');
    expect(await page.locator(`a[href="/data/${site.version}/local-rule-versions.csv"]`).count()).toBe(1);
    await page.close();
    const english = await open('/en/rules/');
    expect(await english.locator('nav a[aria-current="page"]').textContent()).toBe('Local rules');
    await english.close();
  });
});

describe("a prefecture's own assessment of its counties", () => {
  it('shows it on the prefecture page in both languages, and keeps it off the province statistics', async () => {
    const page = await open('/regions/630200/');
    const section = page.locator('section[aria-labelledby="county-assessment"]');
    await expect(section.locator('h2').textContent()).resolves.toBe('海东市对所辖县（区）的2024年低保工作绩效评价');
    const rows = await section
      .locator('#county-assessment-caption')
      .locator('xpath=..')
      .locator('tbody tr')
      .allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('平安区');
    expect(rows[0]).toContain('88');
    const allocation = await section.locator('#county-allocation-1').locator('xpath=..').textContent();
    expect(allocation).toContain('30.00 万元');
    expect(allocation).toContain('17.66 万元');
    await page.close();

    const english = await open('/en/regions/630200/');
    await expect(english.locator('#county-assessment').textContent()).resolves.toContain(
      'its assessment of its counties, 2024',
    );
    await english.close();
    // Xining published none: no such section.
    const xining = await open('/regions/630100/');
    expect(await xining.locator('#county-assessment').count()).toBe(0);
    await xining.close();

    const statistics = await open('/statistics/');
    const table = await statistics.locator('#assessments-caption').locator('xpath=..').textContent();
    expect(table).toContain('海东市');
    expect(table).not.toContain('平安区');
    await statistics.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA and best practices)', () => {
  const PAGES = [
    ['home', ''],
    ['items list', 'bulletins/items/'],
    ['filtered items', 'bulletins/items/2025/criticism/'],
    ['bulletin archive', 'bulletins/'],
    ['bulletin', 'bulletins/2025-3/'],
    ['regions', 'regions/'],
    ['province', 'regions/630000/'],
    ['county', `regions/${DATONG}/`],
    ['prefecture with its assessment of its counties', 'regions/630200/'],
    ['county with folded tables', 'regions/630102/'],
    ['county with a provisional year', 'regions/630203/'],
    ['bulletin in Chinese only', 'bulletins/2025-9/'],
    ['statistics', 'statistics/'],
    ['downloads', 'downloads/'],
    ['dataset', 'downloads/complaints/'],
    ['monitoring dataset', 'downloads/monitoring-alerts/'],
    ['local rules', 'rules/'],
    ['local rules dataset', 'downloads/local-rule-versions/'],
    ['releases', 'downloads/releases/'],
    ['how to complain', 'complain/'],
    ['online complaint (no gateway configured)', 'complain/online/'],
    ['follow-up (no gateway configured)', 'complain/follow-up/'],
    ['observer filing (no gateway configured)', 'complain/observers/'],
    ['about', 'about/'],
    ['search', 'search/'],
  ] as const;

  for (const prefix of ['', 'en/']) {
    for (const [name, path] of PAGES) {
      it(`${name} (${prefix ? 'en' : 'zh-CN'}) has no violations`, async () => {
        const page = await open(`/${prefix}${path}`);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        await page.close();
      });
    }
  }

  it('search with results shown has no violations', async () => {
    const page = await open('/search/');
    await page.locator('#search input').first().fill('大通');
    await page.locator(`#search a[href$="/regions/${DATONG}/"]`).first().waitFor({ timeout: 15_000 });
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('every page has a lang, a title, a skip link, landmarks and one h1', async () => {
    for (const prefix of ['', 'en/']) {
      for (const [, path] of PAGES) {
        const page = await open(`/${prefix}${path}`);
        const url = `/${prefix}${path}`;
        expect(await page.getAttribute('html', 'lang'), url).toBe(prefix ? 'en' : 'zh-CN');
        expect((await page.title()).length, url).toBeGreaterThan(0);
        expect(await page.locator('a.skip-link[href="#main"]').count(), url).toBe(1);
        for (const landmark of ['header', 'nav', 'main#main', 'footer']) {
          expect(await page.locator(landmark).count(), `${url} ${landmark}`).toBeGreaterThan(0);
        }
        expect(await page.locator('h1').count(), url).toBe(1);
        await page.close();
      }
    }
  });
});
