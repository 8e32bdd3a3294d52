import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@dibao/domain';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, webhookSignature } from '@dibao/notifications';
import { startTestHub, type TestHub } from '../support/hub.js';
import { ANNUAL_REPORT_CONTENT as CONTENT } from '../support/annual-report.js';

/*
 * Outbound delivery end to end: officials of the registry set their delivery preferences through the gateway, an
 * action raises a notice, and the officials its audience resolves to (active, holding a matching role, wanting the
 * event) receive it by e-mail from a real SMTP server on loopback and by signed webhook at a node:http receiver
 * on loopback (retried with backoff, dead-lettered after the last attempt); everyone else receives nothing.
 */

const SET = `mutation($officialId: ID, $preferences: DeliveryPreferencesInput!) {
  setDeliveryPreferences(officialId: $officialId, preferences: $preferences) { officialId events email emailMode webhookUrl webhookSecret } }`;
const GET = `query($officialId: ID) { deliveryPreferences(officialId: $officialId) { officialId events email emailMode } }`;
const DEAD = `query($first: Int, $after: String) { deadLetteredDeliveries(first: $first, after: $after) { totalCount
  pageInfo { hasNextPage hasPreviousPage endCursor }
  edges { cursor node { id channel status address official { id } event entityId attempts lastError } } } }`;
interface DeadPage {
  deadLetteredDeliveries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: Record<string, unknown> }>;
  };
}
const deadNodes = (page: DeadPage | null | undefined) =>
  page?.deadLetteredDeliveries.edges.map((edge) => edge.node) ?? [];
const RETRY = `mutation($id: ID!) { retryDelivery(id: $id) { id status } }`;

interface Hit {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  status: number;
}

interface Received {
  to: string[];
  mail: ParsedMail;
}

async function eventually<T>(probe: () => T | Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('notifications by e-mail through SMTP and by signed webhook', () => {
  let hub: TestHub;
  let smtp: SMTPServer;
  let receiver: Server;
  let receiverUrl: string;
  const hits: Hit[] = [];
  let downUp = false;
  const received: Received[] = [];
  const officials: Record<'reviewer' | 'picky' | 'departed' | 'reporter', { id: string; token: string }> = {} as never;
  let admin: string;
  let reporter: string;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    // The webhook receiver: /flaky fails its first two requests, /down fails until told otherwise.
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '';
        const earlier = hits.filter((hit) => hit.path === path).length;
        const status = path === '/flaky' ? (earlier < 2 ? 500 : 204) : path === '/down' ? (downUp ? 200 : 503) : 404;
        hits.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    // Three attempts: the flaky receiver gets it on the last, the one that is down ends dead-lettered.
    process.env.HUB_DELIVERY_ATTEMPTS = '3';
    // The receiver is on loopback, which the hub refuses unless the operator lists it.
    process.env.HUB_WEBHOOK_ALLOWED_HOSTS = '127.0.0.1';
    const { port } = smtp.server.address() as AddressInfo;
    process.env.HUB_SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.HUB_SMTP_FROM = 'Dibao hub <hub@dibao.test>';
    process.env.HUB_ENTITY_URL = 'https://hub.dibao.test/open/{entityType}/{entityId}';
    hub = await startTestHub('notification_email');
    admin = await hub.token({ subject: 'xining-admin', region: '630100', roles: ['ADMIN'] });
    reporter = await hub.token({ subject: 'datong-reporter', region: '630121', roles: ['REPORTER'] });
    // Four officials of Xining's civil affairs bureau, made and given their roles through the gateway.
    const roles: Record<keyof typeof officials, Role[]> = {
      reviewer: ['REVIEWER'],
      picky: ['REVIEWER'],
      departed: ['REVIEWER'],
      reporter: ['REPORTER'],
    };
    for (const [name, held] of Object.entries(roles) as Array<[keyof typeof officials, Role[]]>) {
      const created = await hub.query<{ createOfficial: { id: string } }>(
        `mutation($input: NewOfficialInput!) { createOfficial(input: $input) { id } }`,
        {
          input: {
            agencyId: '630100:CIVIL_AFFAIRS',
            name: `测试${name}`,
            position: '科员',
            positionEn: 'Clerk',
            cadreLevel: 'PREFECTURE_MANAGED',
          },
        },
        admin,
      );
      expect(created.errors).toBeUndefined();
      const id = created.data!.createOfficial.id;
      const access = await hub.query(
        `mutation($id: ID!, $access: OfficialAccessInput!) { setOfficialAccess(officialId: $id, access: $access) { roles } }`,
        { id, access: { roles: held } },
        admin,
      );
      expect(access.errors).toBeUndefined();
      officials[name] = { id, token: await hub.token({ subject: `official:${id}`, region: '630100', roles: held }) };
    }
  });
  afterAll(async () => {
    await hub?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
    delete process.env.HUB_DELIVERY_ATTEMPTS;
    delete process.env.HUB_SMTP_URL;
    delete process.env.HUB_SMTP_FROM;
    delete process.env.HUB_ENTITY_URL;
    delete process.env.HUB_WEBHOOK_ALLOWED_HOSTS;
  });

  it('lets an official set their own preferences, audited, with coded errors for bad input', async () => {
    const { reviewer, picky, departed } = officials;
    expect((await hub.query(GET, {}, reviewer.token)).data).toEqual({
      deliveryPreferences: { officialId: reviewer.id, events: null, email: null, emailMode: 'OFF' },
    });
    const set = await hub.query(
      SET,
      { preferences: { email: ' reviewer@xining.dibao.test ', emailMode: 'IMMEDIATE' } },
      reviewer.token,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data).toEqual({
      setDeliveryPreferences: {
        officialId: reviewer.id,
        events: null,
        email: 'reviewer@xining.dibao.test',
        emailMode: 'IMMEDIATE',
        webhookUrl: null,
        webhookSecret: null,
      },
    });
    for (const [preferences, code] of [
      [{ email: 'not an address', emailMode: 'IMMEDIATE' }, 'BAD_USER_INPUT'],
      [{ emailMode: 'IMMEDIATE' }, 'BAD_USER_INPUT'],
      [{ email: 'a@b.test', emailMode: 'IMMEDIATE', events: [] }, 'BAD_USER_INPUT'],
      [{ email: 'a@b.test', emailMode: 'SOMETIMES' }, 'BAD_USER_INPUT'],
      [{ emailMode: 'OFF', webhookUrl: 'ftp://files.test/in' }, 'BAD_USER_INPUT'],
      [{ emailMode: 'OFF', webhookUrl: 'http://receiver.test/in' }, 'BAD_USER_INPUT'],
      [{ emailMode: 'OFF', webhookUrl: 'https://user:pw@receiver.test/in' }, 'BAD_USER_INPUT'],
      // Only the hosts of HUB_WEBHOOK_ALLOWED_HOSTS (127.0.0.1 here): not the metadata service, not another name.
      [{ emailMode: 'OFF', webhookUrl: 'http://169.254.169.254/latest/meta-data' }, 'BAD_USER_INPUT'],
      [{ emailMode: 'OFF', webhookUrl: 'http://localhost:5432/' }, 'BAD_USER_INPUT'],
      [{ emailMode: 'OFF', webhookUrl: 'https://hooks.example.com/in' }, 'BAD_USER_INPUT'],
    ] as const) {
      const refused = await hub.query(SET, { preferences }, picky.token);
      expect(refused.errors?.[0]?.extensions?.code, JSON.stringify(preferences)).toBe(code);
    }
    // Nothing half-written: the refused official still has no preferences.
    expect((await hub.query(GET, {}, picky.token)).data).toMatchObject({ deliveryPreferences: { emailMode: 'OFF' } });
    const picked = await hub.query(
      SET,
      { preferences: { email: 'picky@xining.dibao.test', emailMode: 'IMMEDIATE', events: ['REPORT_RETURNED'] } },
      picky.token,
    );
    expect(picked.errors).toBeUndefined();
    expect(
      (
        await hub.query(
          SET,
          { preferences: { email: 'departed@xining.dibao.test', emailMode: 'IMMEDIATE' } },
          departed.token,
        )
      ).errors,
    ).toBeUndefined();
    const audits = await hub.adminQuery<{ entity_id: string; subject: string; after: unknown }>(
      `SELECT entity_id, actor->>'subject' AS subject, after FROM registry.audit_record
        WHERE entity_type = 'DeliveryPreference' ORDER BY seq`,
    );
    expect(audits).toHaveLength(3);
    expect(audits[0]).toEqual({
      entity_id: reviewer.id,
      subject: `official:${reviewer.id}`,
      after: {
        events: null,
        email: 'reviewer@xining.dibao.test',
        emailMode: 'IMMEDIATE',
        webhookUrl: null,
        webhookSecret: null,
      },
    });
  });

  it("shows and sets an official's address to an ADMIN of their agency, and to no one else", async () => {
    const { reporter: clerk, reviewer } = officials;
    const seen = await hub.query(GET, { officialId: reviewer.id }, admin);
    expect(seen.data).toMatchObject({ deliveryPreferences: { email: 'reviewer@xining.dibao.test' } });
    const set = await hub.query(
      SET,
      { officialId: clerk.id, preferences: { email: 'reporter@xining.dibao.test', emailMode: 'IMMEDIATE' } },
      admin,
    );
    expect(set.errors).toBeUndefined();
    const otherAdmin = await hub.token({ subject: 'datong-admin', region: '630121', roles: ['ADMIN'] });
    for (const token of [otherAdmin, clerk.token]) {
      expect((await hub.query(GET, { officialId: reviewer.id }, token)).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
      const refused = await hub.query(
        SET,
        { officialId: reviewer.id, preferences: { email: 'thief@evil.test', emailMode: 'IMMEDIATE' } },
        token,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await hub.query(GET, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A token that is no official of the registry has no preferences of its own.
    expect((await hub.query(GET, {}, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('e-mails a submitted report to the reviewer who wants it, and to nobody else', async () => {
    const departed = await hub.query(
      `mutation($id: ID!) { updateOfficial(id: $id, changes: { active: false }) { active } }`,
      { id: officials.departed.id },
      admin,
    );
    expect(departed.errors).toBeUndefined();
    const saved = await hub.query<{ saveAnnualReportDraft: { id: string } }>(
      `mutation($input: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $input) { id } }`,
      { input: { regionCode: '630121', year: 2026, content: CONTENT } },
      reporter,
    );
    expect(saved.errors).toBeUndefined();
    const reportId = saved.data!.saveAnnualReportDraft.id;
    const submitted = await hub.query(
      `mutation($id: ID!, $requestId: String!) { submitAnnualReport(id: $id, requestId: $requestId) { status } }`,
      { id: reportId, requestId: randomUUID() },
      reporter,
    );
    expect(submitted.errors).toBeUndefined();
    const mails = await eventually(
      () => received.filter(({ mail }) => mail.text?.includes(reportId)),
      (found) => found.length > 0,
    );
    expect(mails).toHaveLength(1);
    const [{ to, mail }] = mails as [Received];
    expect(to).toEqual(['reviewer@xining.dibao.test']);
    expect(mail.from?.text).toContain('hub@dibao.test');
    expect(mail.subject).toBe('【低保监督】年度报告已报送待审核 / Annual report submitted for review');
    expect(mail.text).toContain('待您审核');
    expect(mail.text).toContain('was submitted for your review');
    expect(mail.text).toContain(`https://hub.dibao.test/open/AnnualReport/${reportId}`);
    // Every delivery planned is sent: nobody else (the picky reviewer, the departed one, the reporter) is planned.
    const deliveries = await eventually(
      () =>
        hub.adminQuery<{ official_id: string; status: string; attempts: number }>(
          `SELECT d.official_id, d.status, d.attempts FROM notifications.delivery d
             JOIN notifications.notification n ON n.id = d.notification_id WHERE n.entity_id = $1`,
          [reportId],
        ),
      (rows) => rows.every((row) => row.status === 'SENT'),
    );
    expect(deliveries).toEqual([{ official_id: officials.reviewer.id, status: 'SENT', attempts: 1 }]);
  });

  it('POSTs a signed webhook, retried with backoff until the receiver takes it, and dead-letters a dead one', async () => {
    const { reviewer, picky } = officials;
    const hooked = await hub.query<{ setDeliveryPreferences: { webhookUrl: string; webhookSecret: string | null } }>(
      SET,
      {
        preferences: {
          email: 'reviewer@xining.dibao.test',
          emailMode: 'IMMEDIATE',
          webhookUrl: `${receiverUrl}/flaky`,
        },
      },
      reviewer.token,
    );
    expect(hooked.errors).toBeUndefined();
    const secret = hooked.data!.setDeliveryPreferences.webhookSecret!;
    expect(secret).toMatch(/^[\w-]{43}$/);
    // Shown once: neither a read nor a change that keeps the URL gives it again.
    expect(
      (
        await hub.query(
          SET.replace('mutation', 'mutation Again'),
          {
            preferences: {
              email: 'reviewer@xining.dibao.test',
              emailMode: 'IMMEDIATE',
              webhookUrl: `${receiverUrl}/flaky`,
            },
          },
          reviewer.token,
        )
      ).data,
    ).toMatchObject({ setDeliveryPreferences: { webhookUrl: `${receiverUrl}/flaky`, webhookSecret: null } });
    const down = await hub.query<{ setDeliveryPreferences: { webhookSecret: string } }>(
      SET,
      { preferences: { emailMode: 'OFF', webhookUrl: `${receiverUrl}/down` } },
      picky.token,
    );
    expect(down.errors).toBeUndefined();
    expect(down.data!.setDeliveryPreferences.webhookSecret).not.toBe(secret);
    const audits = await hub.adminQuery<{ after: string }>(
      `SELECT after::text FROM registry.audit_record WHERE entity_type = 'DeliveryPreference'`,
    );
    expect(audits.some((row) => row.after.includes(secret))).toBe(false);

    const beside = await hub.token({ subject: 'chengdong-reporter', region: '630102', roles: ['REPORTER'] });
    const saved = await hub.query<{ saveAnnualReportDraft: { id: string } }>(
      `mutation($input: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $input) { id } }`,
      { input: { regionCode: '630102', year: 2026, content: CONTENT } },
      beside,
    );
    expect(saved.errors).toBeUndefined();
    const reportId = saved.data!.saveAnnualReportDraft.id;
    const submitted = await hub.query(
      `mutation($id: ID!, $requestId: String!) { submitAnnualReport(id: $id, requestId: $requestId) { status } }`,
      { id: reportId, requestId: randomUUID() },
      beside,
    );
    expect(submitted.errors).toBeUndefined();

    const flaky = await eventually(
      () => hits.filter((hit) => hit.path === '/flaky'),
      (found) => found.length >= 3,
      40_000,
    );
    expect(flaky.map((hit) => hit.status)).toEqual([500, 500, 204]);
    for (const hit of flaky) {
      const timestamp = hit.headers[TIMESTAMP_HEADER] as string;
      expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(60);
      expect(hit.headers[SIGNATURE_HEADER]).toBe(webhookSignature(secret, timestamp, hit.body));
      // A body changed on the way, or replayed under another timestamp, no longer verifies.
      expect(hit.headers[SIGNATURE_HEADER]).not.toBe(webhookSignature(secret, String(Number(timestamp) + 1), hit.body));
      expect(JSON.parse(hit.body)).toMatchObject({
        event: 'REPORT_SUBMITTED',
        entityType: 'AnnualReport',
        entityId: reportId,
        regionCode: '630102',
        eventLabel: { zh: '年度报告已报送待审核', en: 'Annual report submitted for review' },
        link: `https://hub.dibao.test/open/AnnualReport/${reportId}`,
      });
    }
    const dead = await eventually(
      async () => (await hub.query<DeadPage>(DEAD, {}, admin)).data,
      (data) => deadNodes(data).length > 0,
      40_000,
    );
    expect(hits.filter((hit) => hit.path === '/down').map((hit) => hit.status)).toEqual([503, 503, 503]);
    expect(deadNodes(dead)).toEqual([
      {
        id: expect.any(String),
        channel: 'WEBHOOK',
        status: 'DEAD',
        address: `${receiverUrl}/down`,
        official: { id: picky.id },
        event: 'REPORT_SUBMITTED',
        entityId: reportId,
        attempts: 3,
        lastError: 'the receiver answered HTTP 503',
      },
    ]);
    const [{ id }] = deadNodes(dead) as [{ id: string }];
    // A Relay connection: counted whole, paged by cursor, newest first.
    expect(dead!.deadLetteredDeliveries.totalCount).toBe(1);
    expect(dead!.deadLetteredDeliveries.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const empty = (await hub.query<DeadPage>(DEAD, { first: 0 }, admin)).data!.deadLetteredDeliveries;
    expect(empty).toMatchObject({ totalCount: 1, edges: [], pageInfo: { hasNextPage: true } });
    const past = await hub.query<DeadPage>(DEAD, { after: dead!.deadLetteredDeliveries.pageInfo.endCursor }, admin);
    expect(past.data!.deadLetteredDeliveries).toMatchObject({ edges: [], pageInfo: { hasPreviousPage: true } });
    expect((await hub.query(DEAD, { after: 'not-a-cursor' }, admin)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const sent = await hub.adminQuery<{ official_id: string; channel: string; status: string; attempts: number }>(
      `SELECT d.official_id, d.channel, d.status, d.attempts FROM notifications.delivery d
         JOIN notifications.notification n ON n.id = d.notification_id WHERE n.entity_id = $1 ORDER BY d.id`,
      [reportId],
    );
    expect(sent).toEqual(
      expect.arrayContaining([
        { official_id: reviewer.id, channel: 'EMAIL', status: 'SENT', attempts: 1 },
        { official_id: reviewer.id, channel: 'WEBHOOK', status: 'SENT', attempts: 3 },
        { official_id: picky.id, channel: 'WEBHOOK', status: 'DEAD', attempts: 3 },
      ]),
    );
    expect(sent).toHaveLength(3);

    // Another agency's ADMIN sees none of them and cannot retry; a non-ADMIN may not ask.
    const otherAdmin = await hub.token({ subject: 'datong-admin', region: '630121', roles: ['ADMIN'] });
    expect((await hub.query<DeadPage>(DEAD, {}, otherAdmin)).data!.deadLetteredDeliveries).toMatchObject({
      totalCount: 0,
      edges: [],
    });
    expect((await hub.query(RETRY, { id }, otherAdmin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await hub.query(DEAD, {}, reviewer.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await hub.query(RETRY, { id: 'x' }, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    downUp = true;
    const retried = await hub.query(RETRY, { id }, admin);
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toEqual({ retryDelivery: { id, status: 'PENDING' } });
    const after = await eventually(
      () => hub.adminQuery<{ status: string }>(`SELECT status FROM notifications.delivery WHERE id = $1`, [id]),
      (rows) => rows[0]?.status === 'SENT',
    );
    expect(after).toEqual([{ status: 'SENT' }]);
    expect(hits.filter((hit) => hit.path === '/down').map((hit) => hit.status)).toEqual([503, 503, 503, 200]);
    const drained = (await hub.query<DeadPage>(DEAD, {}, admin)).data;
    expect(deadNodes(drained)).toEqual([]);
    expect(drained!.deadLetteredDeliveries.totalCount).toBe(0);
    expect((await hub.query(RETRY, { id }, admin)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const retryAudit = await hub.adminQuery(
      `SELECT actor->>'subject' AS subject FROM notifications.audit_record WHERE entity_type = 'Delivery'
          AND entity_id = $1 AND action = 'RETRY'`,
      [id],
    );
    expect(retryAudit).toEqual([{ subject: 'xining-admin' }]);
  });
  it('never connects to an address outside the allow-list, even through a listed name', async () => {
    const { picky } = officials;
    const port = new URL(receiverUrl).port;
    process.env.HUB_WEBHOOK_ALLOWED_HOSTS = '127.0.0.1, localhost';
    try {
      const saved = await hub.query(
        SET,
        { preferences: { emailMode: 'OFF', webhookUrl: `http://localhost:${port}/rebind` } },
        picky.token,
      );
      expect(saved.errors).toBeUndefined();
      // The operator narrows the list: `localhost` stays, its loopback address does not (what a name that
      // rebinds to an internal address looks like to the hub).
      process.env.HUB_WEBHOOK_ALLOWED_HOSTS = 'localhost';
      const beside = await hub.token({ subject: 'chengzhong-reporter', region: '630103', roles: ['REPORTER'] });
      const draft = await hub.query<{ saveAnnualReportDraft: { id: string } }>(
        `mutation($input: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $input) { id } }`,
        { input: { regionCode: '630103', year: 2026, content: CONTENT } },
        beside,
      );
      expect(draft.errors).toBeUndefined();
      const reportId = draft.data!.saveAnnualReportDraft.id;
      const submitted = await hub.query(
        `mutation($id: ID!, $requestId: String!) { submitAnnualReport(id: $id, requestId: $requestId) { status } }`,
        { id: reportId, requestId: randomUUID() },
        beside,
      );
      expect(submitted.errors).toBeUndefined();
      const failed = await eventually(
        () =>
          hub.adminQuery<{ status: string; attempts: number; last_error: string | null }>(
            `SELECT d.status, d.attempts, d.last_error FROM notifications.delivery d
               JOIN notifications.notification n ON n.id = d.notification_id
              WHERE n.entity_id = $1 AND d.official_id = $2 AND d.channel = 'WEBHOOK'`,
            [reportId, picky.id],
          ),
        (rows) => (rows[0]?.attempts ?? 0) >= 1,
      );
      expect(failed).toEqual([
        {
          status: expect.stringMatching(/^(PENDING|DEAD)$/),
          attempts: expect.any(Number),
          last_error: expect.any(String),
        },
      ]);
      expect(failed[0]!.last_error).toMatch(/refused to connect: .*loopback/);
      expect(hits.filter((hit) => hit.path === '/rebind')).toEqual([]);
    } finally {
      process.env.HUB_WEBHOOK_ALLOWED_HOSTS = '127.0.0.1';
    }
  });
});
