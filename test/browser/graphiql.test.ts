import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';
import { launchChromium } from './chromium.js';

/*
 * GraphiQL as a developer without internet meets it: every request that leaves the machine is blocked, and the
 * editor must still render and run a query (it used to load its scripts from a CDN and stay blank).
 */

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

let hub: TestHub;
let browser: Browser;
let context: BrowserContext;
const blocked: string[] = [];

beforeAll(async () => {
  hub = await startTestHub('browser_graphiql');
  browser = await launchChromium();
  context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !LOOPBACK.has(url.hostname)) {
      blocked.push(url.href);
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await hub?.stop();
});

describe('GraphiQL offline', () => {
  it('renders the editor and runs a query with every non-loopback request blocked', async () => {
    const page = await context.newPage();
    const query = '{ region(code: "630000") { name } }';
    const response = await page.goto(`${hub.gatewayUrl}?query=${encodeURIComponent(query)}`, {
      waitUntil: 'load',
    });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/text\/html/);
    await expect(page.title()).resolves.not.toMatch(/__TITLE__/);

    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 30_000 });
    await expect(page.locator('.graphiql-query-editor').innerText()).resolves.toContain('630000');
    await run.click();
    await page.locator('.graphiql-response').getByText('青海省').waitFor({ timeout: 30_000 });
    expect(blocked).toEqual([]);
  });
});
