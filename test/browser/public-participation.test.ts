import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { axeViolations, describeViolations } from './axe.js';
import { launchChromium } from './chromium.js';
import { buildAndServeSite, type SiteServer } from './site-server.js';

/*
 * Filing and following a complaint on the public site in Chromium, through the real gateway: with JavaScript
 * (proof of work solved in the page, GraphQL, the receipt shown in place with print and download) and without
 * (plain forms posting to the gateway, its confirmation page and wait, its receipt and follow-up pages); axe on
 * every new page in both states.
 */

// Read by the complaints subgraph when the hub is imported: a light proof of work and a short wait for the
// plain form; the browser does the same work at any difficulty.
process.env.COMPLAINTS_ONLINE_WORK_BITS = '12';
process.env.COMPLAINTS_ONLINE_FORM_WAIT_SECONDS = '2';

const FIXTURE_RELEASES = fileURLToPath(new URL('../fixtures/release/', import.meta.url));
const DATONG = '630121';

let hub: TestHub;
let site: SiteServer;
let browser: Browser;
let withScript: BrowserContext;
let withoutScript: BrowserContext;

beforeAll(async () => {
  const { startTestHub } = await import('../support/hub.js');
  hub = await startTestHub('browser_public_participation');
  site = await buildAndServeSite(FIXTURE_RELEASES, { SITE_API_URL: hub.gatewayUrl });
  browser = await launchChromium();
  // The gateway's pages forbid every script (CSP): axe is injected past it.
  withScript = await browser.newContext({ acceptDownloads: true, bypassCSP: true });
  withoutScript = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
}, 240_000);

afterAll(async () => {
  await withScript?.close();
  await withoutScript?.close();
  await browser?.close();
  await site?.close();
  await hub?.stop();
});

async function expectAccessible(page: Page, label: string) {
  // axe runs as a script: in the no-script context it runs in a scripted copy of the same HTML.
  let target = page;
  let copy: Page | undefined;
  if (page.context() === withoutScript) {
    copy = await withScript.newPage();
    await copy.setContent(await page.content());
    target = copy;
  }
  const violations = await axeViolations(target);
  expect(violations, `${label}: ${describeViolations(violations)}`).toEqual([]);
  await copy?.close();
}

async function fillComplaint(page: Page, summary: string) {
  await page.selectOption('#regionCode', DATONG);
  await page.selectOption('#category', 'EQUAL_SPLITTING');
  await page.fill('#summary', summary);
}

async function complaintBySummary(summary: string) {
  const rows = await hub.adminQuery<{ id: string; channel: string; owner_subject: string; status: string }>(
    `SELECT id, channel, owner_subject, status FROM complaints.complaint WHERE summary = $1`,
    [summary],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

async function closeAsOfficer(id: string, owner: string, feedback: string) {
  const token = await hub.token({ subject: owner, region: DATONG, roles: ['COMPLAINT_HANDLER'] });
  for (const step of [
    `mutation { acceptHandover(complaintId: "${id}") { status } }`,
    `mutation { startComplaintInvestigation(complaintId: "${id}") { status } }`,
    `mutation { concludeComplaint(input: { complaintId: "${id}", conclusion: PARTLY_SUBSTANTIATED, findings: "部分属实。" }) { status } }`,
    `mutation { closeComplaint(complaintId: "${id}", publicFeedback: "${feedback}") { status } }`,
  ]) {
    const answer = await hub.query(step, {}, token);
    expect(answer.errors, step).toBeUndefined();
  }
}

describe('filing online with JavaScript', () => {
  it('solves the challenge in the page, files through GraphQL and shows a printable, downloadable receipt', async () => {
    const page = await withScript.newPage();
    await page.goto(new URL('/complain/online/', site.url).href);
    await expectAccessible(page, 'online form (zh)');
    const summary = '浏览器提交：村委会把全村低保金平均分给各户。';
    await fillComplaint(page, summary);
    await page.click('#online-complaint button[type="submit"]');
    await page.locator('#receipt').waitFor({ state: 'visible', timeout: 30_000 });
    const code = (await page.locator('#receipt-code').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{5}(-[2-9A-Z]{5}){4}$/);
    // The form and what was written in it are gone from the page.
    expect(await page.locator('#online-complaint').count()).toBe(0);
    await expect(page.locator('#receipt-facts').textContent()).resolves.toContain('办结期限');
    await expectAccessible(page, 'receipt (zh)');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#receipt-download')]);
    const proof = await readFile((await download.path())!, 'utf8');
    expect(proof).toContain(code);
    expect(proof).toContain('平分低保金');

    // Printed, the receipt keeps the code and drops navigation and buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('#receipt-print').isVisible()).toBe(false);
    expect(await page.locator('#receipt-code').isVisible()).toBe(true);
    await page.close();

    const complaint = await complaintBySummary(summary);
    expect(complaint).toMatchObject({ channel: 'ONLINE', status: 'RECEIVED' });
  });

  it('follows the complaint up: status and deadlines, a reply, and a rating once closed', async () => {
    const filing = await withScript.newPage();
    await filing.goto(new URL('/en/complain/online/', site.url).href);
    await expectAccessible(filing, 'online form (en)');
    const summary = 'Filed in English: benefit money split equally in the village.';
    await fillComplaint(filing, summary);
    await filing.click('#anonymous-no');
    await filing.fill('#name', 'Test Complainant');
    await filing.click('#online-complaint button[type="submit"]');
    await filing.locator('#receipt').waitFor({ state: 'visible', timeout: 30_000 });
    const code = (await filing.locator('#receipt-code').textContent())!.trim();
    await filing.close();

    const page = await withScript.newPage();
    await page.goto(new URL('/en/complain/follow-up/', site.url).href);
    await expectAccessible(page, 'follow-up (en)');
    await page.fill('#receiptCode', code);
    await page.click('#follow-up button[type="submit"]');
    await page.locator('#progress').waitFor({ state: 'visible' });
    await expect(page.locator('#complaint-status').textContent()).resolves.toBe('Received');
    await expect(page.locator('#complaint-deadlines').textContent()).resolves.toContain('Conclude');
    expect(await page.locator('#rate').isVisible()).toBe(false);
    await page.fill('#reply-text', 'Two households in the village get nothing at all.');
    await page.click('#reply button[type="submit"]');
    await page.locator('#complaint-messages li', { hasText: 'Two households' }).waitFor();
    await page.locator('#progress-notice', { hasText: 'Your message was sent.' }).waitFor();
    await expectAccessible(page, 'progress (en)');

    const complaint = await complaintBySummary(summary);
    await closeAsOfficer(
      complaint.id,
      complaint.owner_subject,
      'Partly substantiated; the village committee was corrected.',
    );
    await page.click('#follow-up button[type="submit"]');
    await page.locator('#rate').waitFor({ state: 'visible' });
    await expect(page.locator('#complaint-feedback').textContent()).resolves.toContain('Partly substantiated');
    await page.click('#rate-no');
    await page.click('#rate button[type="submit"]');
    await page.locator('#progress-notice', { hasText: 'review by the level above' }).waitFor();
    expect(await page.locator('#rate').isVisible()).toBe(false);
    await page.close();
    const appeals = await hub.adminQuery(`SELECT status FROM complaints.complaint_appeal WHERE complaint_id = $1`, [
      complaint.id,
    ]);
    expect(appeals).toEqual([{ status: 'OPEN' }]);
  });

  it('says so when the receipt code matches nothing', async () => {
    const page = await withScript.newPage();
    await page.goto(new URL('/complain/follow-up/', site.url).href);
    await page.fill('#receiptCode', 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
    await page.click('#follow-up button[type="submit"]');
    await page.locator('#follow-up-status', { hasText: '没有与此查询码对应' }).waitFor();
    expect(await page.locator('#progress').isVisible()).toBe(false);
    await page.close();
  });
});

describe('filing online without JavaScript', () => {
  it('posts the plain form to the gateway, confirms after the wait, and follows up with form posts', async () => {
    const page = await withoutScript.newPage();
    await page.goto(new URL('/complain/online/', site.url).href);
    const summary = '无脚本提交：有干部亲属不符合条件却领取低保。';
    await fillComplaint(page, summary);
    await page.click('#online-complaint button[type="submit"]');
    await page.waitForURL(/\/public\/complaints$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('确认投诉举报内容');
    await expect(page.locator('main').textContent()).resolves.toContain(summary);
    await expectAccessible(page, 'gateway confirmation page');

    // The wait itself (confirming too early) is checked in test/e2e/public-participation.test.ts.
    await page.waitForTimeout(2100);
    await page.click('button[type="submit"]');
    await expect(page.locator('h1').textContent()).resolves.toBe('投诉举报已受理：回执');
    const code = (await page.locator('#receipt-code').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{5}(-[2-9A-Z]{5}){4}$/);
    await expectAccessible(page, 'gateway receipt page');
    expect(await complaintBySummary(summary)).toMatchObject({ channel: 'ONLINE' });

    // Follow-up from the site's page, without JavaScript: the gateway answers with the progress and forms.
    await page.goto(new URL('/complain/follow-up/', site.url).href);
    await page.fill('#receiptCode', code);
    await page.click('#follow-up button[type="submit"]');
    await page.waitForURL(/\/public\/follow-up$/);
    await expect(page.locator('#complaint-status').textContent()).resolves.toBe('已登记');
    await expectAccessible(page, 'gateway progress page');
    await page.fill('#text', '补充：涉及两户。');
    await page.click('form:has(#text) button[type="submit"]');
    await expect(page.locator('[role="status"]').textContent()).resolves.toBe('留言已发送。');
    await expect(page.locator('.thread').textContent()).resolves.toContain('补充：涉及两户。');
    await page.close();
  });
});

describe('observers filing on the site', () => {
  it('files observations with the observer key, with JavaScript and without, into the complaint flow', async () => {
    const admin = await hub.token({ region: DATONG, roles: ['ADMIN'] });
    const registered = await hub.query<any>(
      `mutation { registerVolunteerSupervisor(input: { regionCode: "${DATONG}", name: "网页监督员", affiliation: "退休教师", termStart: "2024-01-01", termEnd: "2030-12-31" }) { id } }`,
      {},
      admin,
    );
    const volunteerId = registered.data!.registerVolunteerSupervisor.id as string;
    const key = (await hub.query<any>(`mutation { issueObserverKey(volunteerId: "${volunteerId}") }`, {}, admin)).data!
      .issueObserverKey as string;
    const [village] = await hub.adminQuery<{ code: string }>(
      `SELECT code FROM registry.region WHERE level = 'VILLAGE' AND code LIKE '${DATONG}%' ORDER BY code LIMIT 1`,
    );
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    for (const context of [withScript, withoutScript]) {
      const page = await context.newPage();
      await page.goto(new URL('/complain/observers/', site.url).href);
      if (context === withScript) await expectAccessible(page, 'observer form');
      const summary = context === withScript ? '网页提交：入户发现虚报人口。' : '无脚本提交：公示栏未张贴低保名单。';
      await page.fill('#observerKey', key);
      await page.fill('#villageCode', village!.code);
      await page.fill('#observedOn', today);
      await page.selectOption('#category', 'IRREGULAR_PROCEDURE');
      await page.fill('#summary', summary);
      await page.click('#observation button[type="submit"]');
      const code = page.locator(context === withScript ? '#observation-code' : '#receipt-code');
      await code.waitFor({ state: 'visible' });
      expect((await code.textContent())!.trim()).toMatch(/^[2-9A-Z]{5}(-[2-9A-Z]{5}){4}$/);
      await expectAccessible(page, context === withScript ? 'observer receipt' : 'gateway observer receipt');
      await page.close();
      const [complaint] = await hub.adminQuery<{ channel: string; volunteer_id: string }>(
        `SELECT channel, volunteer_id FROM complaints.complaint WHERE summary LIKE $1`,
        [`%${summary}`],
      );
      expect(complaint).toEqual({ channel: 'VOLUNTEER_SUPERVISOR', volunteer_id: volunteerId });
    }
  });
});

describe('region maps', () => {
  it('draws the province’s prefectures and a prefecture’s counties, with legend and data table', async () => {
    for (const [path, parts] of [
      ['/regions/630000/', 'prefectures'],
      ['/en/regions/630100/', 'counties'],
    ] as const) {
      const page = await withScript.newPage();
      await page.goto(new URL(path, site.url).href);
      const map = page.locator('figure.region-map');
      await expect(map.locator('svg[role="img"] title').first().textContent()).resolves.toMatch(
        /低保对象人数|Recipients by/,
      );
      const rows = await map.locator('tbody tr').count();
      expect(rows, `${path}: one table row per ${parts}`).toBeGreaterThan(0);
      // Every county of a part is drawn; the province's parts also get an outline each.
      const shapes = await map.locator('path[data-code]').count();
      expect(shapes).toBeGreaterThanOrEqual(rows);
      if (parts === 'prefectures') expect(await map.locator('g[fill="none"] path').count()).toBe(rows);
      expect(await map.locator('.map-legend li').count()).toBeGreaterThan(1);
      await expectAccessible(page, `map on ${path}`);
      await page.close();
    }
  });
});

describe('public supervision on region pages', () => {
  it('lists the purchase-of-services contracts with their deliverables met', async () => {
    const page = await withScript.newPage();
    await page.goto(new URL('/regions/630100/', site.url).href);
    const section = page.locator('section[aria-labelledby="public-supervision"]');
    const row = section.locator('tbody tr', { hasText: '西宁市社会工作服务中心' });
    await expect(row.textContent()).resolves.toContain('2 / 3');
    await expect(section.locator('a[href$="service-contracts.csv"]').count()).resolves.toBe(1);
    await page.close();
  });
});

describe('the new pages are accessible in both languages', () => {
  for (const path of [
    '/complain/',
    '/en/complain/',
    '/complain/follow-up/',
    '/en/complain/online/',
    '/en/complain/observers/',
  ]) {
    it(`has no axe violations on ${path}`, async () => {
      const page = await withScript.newPage();
      const response = await page.goto(new URL(path, site.url).href);
      expect(response?.status()).toBe(200);
      await expectAccessible(page, path);
      await page.close();
    });
  }
});
