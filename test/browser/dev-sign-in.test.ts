import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphNames } from '@dibao/gateway';
import {
  GRAPHIQL_TOKEN_COOKIE,
  loadDemoData,
  startDevIdentity,
  startHubRuntime,
  type DevIdentity,
  type HubRuntime,
} from '@dibao/hub';
import { freshDatabase } from '../support/database.js';
import { axeViolations } from './axe.js';
import { launchChromium } from './chromium.js';

/*
 * The newcomer's path with `pnpm start`'s development identity provider: open /auth/sign-in, sign in with a
 * demo account in the browser, land in GraphiQL with the token, and run a query as that official.
 */

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let database: Awaited<ReturnType<typeof freshDatabase>>;
let identity: DevIdentity;
let runtime: HubRuntime;
let hubUrl: string;
let examples: Awaited<ReturnType<DevIdentity['grantDemoAccounts']>>;

beforeAll(async () => {
  database = await freshDatabase('dev_sign_in');
  const hubPort = await freePort();
  hubUrl = `http://127.0.0.1:${hubPort}`;
  identity = await startDevIdentity({ host: '127.0.0.1', port: 0, hubUrl });
  runtime = await startHubRuntime({
    databaseUrl: database.url,
    services: new Set(['gateway', ...subgraphNames]),
    host: '127.0.0.1',
    hubPort,
    subgraphPorts: {},
    subgraphUrls: {},
    gatewaySecret: randomBytes(32).toString('base64url'),
    jwtSecret: randomBytes(32).toString('base64url'),
    production: false,
    oidc: identity.oidc,
    gatewayRoutes: identity.routes,
    graphiqlTokenCookie: GRAPHIQL_TOKEN_COOKIE,
    log: () => undefined,
  });
  await loadDemoData(runtime.dataSources, 'qinghai', () => undefined);
  examples = await identity.grantDemoAccounts(runtime.dataSources.get('registry')!);
}, 180_000);

afterAll(async () => {
  await runtime?.stop();
  await identity?.stop();
  await database?.drop();
});

describe('development sign-in', () => {
  it('takes a demo official from the login page into GraphiQL with their token', async () => {
    const reporter = examples.find((example) => example.login === 'civil-affairs.630102');
    expect(reporter?.roles).toEqual(['REPORTER']);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${hubUrl}/auth/sign-in`);
      await page.fill('input[name=login]', 'civil-affairs.630102');
      await page.fill('input[name=password]', 'any');
      await page.click('button[type=submit]');
      await page.waitForSelector('button[type=submit]');
      await Promise.all([page.waitForURL(`${hubUrl}/graphql`), page.click('button[type=submit]')]);
      // GraphiQL's page carries the official's token as its default Authorization header.
      const html = await page.content();
      expect(html).toContain('Bearer ');
      const token = /Bearer ([\w.-]+)/.exec(html)![1]!;
      // With it, the official's registry principal answers.
      const response = await page.evaluate(
        async ([url, bearer]) =>
          (
            await fetch(url!, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
              body: JSON.stringify({ query: '{ me { agency regionCode roles } }' }),
            })
          ).json(),
        [`${hubUrl}/graphql`, token],
      );
      expect(response).toEqual({
        data: { me: { agency: 'CIVIL_AFFAIRS', regionCode: '630102', roles: ['REPORTER'] } },
      });
    } finally {
      await browser.close();
    }
  });

  it('opens GraphiQL with the example operations of the official’s role, ready to run', async () => {
    const browser = await launchChromium();
    try {
      const signIn = async (login: string) => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${hubUrl}/auth/sign-in`);
        await page.fill('input[name=login]', login);
        await page.fill('input[name=password]', 'any');
        await page.click('button[type=submit]');
        await page.waitForSelector('button[type=submit]');
        await Promise.all([page.waitForURL(`${hubUrl}/graphql`), page.click('button[type=submit]')]);
        await page.locator('.graphiql-execute-button').waitFor({ state: 'visible', timeout: 30_000 });
        return page;
      };
      const tabsOf = async (page: Awaited<ReturnType<typeof signIn>>) =>
        (await page.locator('.graphiql-tab').allInnerTexts()).map((text) => text.trim());
      // Opens a tab and runs it. GraphiQL settles the operation to run a moment after the editor shows the tab
      // (until then it still names the previous tab's), so a run too soon is repeated until the answer comes.
      const runTab = async (page: Awaited<ReturnType<typeof signIn>>, title: string, field: string, answer: string) => {
        // A plain click event: a pointer press on a tab may start dragging it (the tabs can be reordered).
        await page.locator(`.graphiql-tab-button[title="${title}"]`).dispatchEvent('click');
        await expect.poll(() => page.locator('.graphiql-query-editor').innerText()).toContain(`${field}(`);
        await expect
          .poll(
            async () => {
              await page.locator('.graphiql-execute-button').click();
              return page
                .locator('.graphiql-response')
                .getByText(answer)
                .first()
                .waitFor({ timeout: 3_000 })
                .then(
                  () => true,
                  () => false,
                );
            },
            { timeout: 30_000, interval: 500 },
          )
          .toBe(true);
      };

      // A county reporter: their annual report and its submission.
      const reporter = await signIn('civil-affairs.630102');
      await expect
        .poll(() => tabsOf(reporter), { timeout: 30_000 })
        .toEqual(['Me', 'AnnualReport', 'SubmitAnnualReport']);
      // Run with the official's token and region: the county's own report of last year.
      await runTab(reporter, 'AnnualReport', 'annualReport', '"regionCode": "630102"');

      // A prefecture's civil affairs bureau, reviewer and inspector: the queue of submitted reports, the
      // findings of its inspections and the monitoring alerts of its region.
      const reviewer = await signIn('civil-affairs.630100');
      await expect
        .poll(() => tabsOf(reviewer), { timeout: 30_000 })
        .toEqual(['Me', 'ReviewQueue', 'ReturnAnnualReport', 'Findings', 'Alerts']);
      await runTab(reviewer, 'Findings', 'findings', '"totalCount"');
      await expect(reviewer.locator('.graphiql-response').innerText()).resolves.not.toContain('"errors"');
      // A government's complaint handler: the complaints they own.
      const handler = await signIn('government.630102');
      await expect
        .poll(() => tabsOf(handler), { timeout: 30_000 })
        .toEqual(['Me', 'OwnedComplaints', 'ProposedHandovers']);
    } finally {
      await browser.close();
    }
  });

  it('refuses a login that is no demo account', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${hubUrl}/auth/sign-in`);
      await page.fill('input[name=login]', 'nobody.630102');
      await page.fill('input[name=password]', 'any');
      await page.click('button[type=submit]');
      await page.waitForLoadState();
      // The provider does not sign in an account it does not know: the browser never reaches the hub.
      expect(page.url().startsWith(identity.oidc.issuer)).toBe(true);
      const alert = page.getByRole('alert');
      await expect(alert.innerText()).resolves.toContain('没有这个演示账号');
      await expect(alert.innerText()).resolves.toContain('No demo account has this login');
      await expect(page.inputValue('input[name=login]')).resolves.toBe('nobody.630102');
    } finally {
      await browser.close();
    }
  });

  it('lists the demo officials on a sign-in page of the hub, in Chinese and English, accessible', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${hubUrl}/auth/sign-in`);
      await expect(page.locator('h1').innerText()).resolves.toContain('低保监督检查平台');
      const examplesTable = page.locator('table').first();
      // One account of each set of roles, each with its name, agency and roles in both languages.
      for (const example of examples) {
        const row = examplesTable.locator('tr', { hasText: example.login });
        await expect(row.innerText()).resolves.toContain(example.name);
      }
      const reporter = examplesTable.locator('tr', { hasText: 'civil-affairs.630102' });
      await expect(reporter.innerText()).resolves.toMatch(
        /城东区民政部门[\s\S]*Civil affairs[\s\S]*填报人员[\s\S]*Reporter/,
      );
      // Every demo account is offered to the login field.
      await expect(page.locator('#demo-logins option').count()).resolves.toBeGreaterThan(examples.length);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
