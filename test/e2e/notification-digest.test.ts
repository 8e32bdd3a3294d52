import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSubgraphDataSources } from '@dibao/hub';
import { startDeadlineRunner } from '@dibao/notifications';
import { startTestHub, type TestHub } from '../support/hub.js';
import { ANNUAL_REPORT_CONTENT as CONTENT } from '../support/annual-report.js';

/*
 * The daily digest end to end: an official who chose DAILY_DIGEST gets no e-mail per notification but one e-mail
 * gathering the period's notifications, from the queue's cron item, which runs once per period although two
 * runners (the hub's and a second process's) serve the queue. The schedule runs every minute here.
 */

async function eventually<T>(probe: () => T | Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the daily digest', () => {
  let hub: TestHub;
  let smtp: SMTPServer;
  let second: DataSource;
  const runners: Array<{ stop(): Promise<void> }> = [];
  const received: Array<{ to: string[]; mail: ParsedMail }> = [];
  const ids: Record<'digest' | 'reporter', string> = { digest: '', reporter: '' };

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
    process.env.HUB_SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    process.env.HUB_DIGEST_CRON = '* * * * *';
    hub = await startTestHub('notification_digest');
    const admin = await hub.token({ subject: 'xining-admin', region: '630100', roles: ['ADMIN'] });
    for (const [name, role] of [
      ['digest', 'REVIEWER'],
      ['reporter', 'REPORTER'],
    ] as const) {
      const created = await hub.query<{ createOfficial: { id: string } }>(
        `mutation($input: NewOfficialInput!) { createOfficial(input: $input) { id } }`,
        {
          input: {
            agencyId: '630100:CIVIL_AFFAIRS',
            name: `汇总${name}`,
            position: '科员',
            positionEn: 'Clerk',
            cadreLevel: 'PREFECTURE_MANAGED',
          },
        },
        admin,
      );
      const id = created.data!.createOfficial.id;
      ids[name] = id;
      expect(
        (
          await hub.query(
            `mutation($id: ID!, $access: OfficialAccessInput!) { setOfficialAccess(officialId: $id, access: $access) { roles } }`,
            { id, access: { roles: [role] } },
            admin,
          )
        ).errors,
      ).toBeUndefined();
      const set = await hub.query(
        `mutation($p: DeliveryPreferencesInput!) { setDeliveryPreferences(preferences: $p) { emailMode } }`,
        { p: { email: `${name}@xining.dibao.test`, emailMode: 'DAILY_DIGEST' } },
        await hub.token({ subject: `official:${id}`, region: '630100', roles: [role] }),
      );
      expect(set.errors).toBeUndefined();
    }
    // A second process's runner on the same queue.
    second = (await openSubgraphDataSources(hub.databaseUrl, new Set(['notifications']), () => undefined)).get(
      'notifications',
    )!;
    runners.push(await startDeadlineRunner(second, () => undefined, { pollInterval: 300 }));
  });
  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    await second?.destroy();
    await hub?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    delete process.env.HUB_SMTP_URL;
    delete process.env.HUB_DIGEST_CRON;
  });

  it("gathers the period's notifications into one e-mail, once across two runners", { timeout: 180_000 }, async () => {
    const reports: string[] = [];
    for (const region of ['630121', '630102']) {
      const token = await hub.token({ subject: `reporter-${region}`, region, roles: ['REPORTER'] });
      const saved = await hub.query<{ saveAnnualReportDraft: { id: string } }>(
        `mutation($input: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $input) { id } }`,
        { input: { regionCode: region, year: 2026, content: CONTENT } },
        token,
      );
      expect(saved.errors).toBeUndefined();
      reports.push(saved.data!.saveAnnualReportDraft.id);
      const submitted = await hub.query(
        `mutation($id: ID!, $requestId: String!) { submitAnnualReport(id: $id, requestId: $requestId) { status } }`,
        { id: saved.data!.saveAnnualReportDraft.id, requestId: randomUUID() },
        token,
      );
      expect(submitted.errors).toBeUndefined();
    }
    await eventually(
      () =>
        hub.adminQuery<{ count: string }>(
          `SELECT count(*) FROM notifications.notification WHERE entity_id = ANY($1::text[])`,
          [reports],
        ),
      (rows) => rows[0]?.count === '2',
    );
    const both = new Date();
    // The first period that ends after both notifications were recorded.
    const digests = await eventually(
      () =>
        hub.adminQuery<{ id: string; official_id: string; period_end: Date; status: string; items: number }>(
          `SELECT id::text, official_id, period_end, status, cardinality(notification_ids) AS items
             FROM notifications.digest WHERE period_end > $1 ORDER BY period_end`,
          [both],
        ),
      (rows) => rows.some((row) => row.status === 'SENT'),
      100_000,
    );
    const [digest] = digests;
    expect(digest).toMatchObject({ official_id: ids.digest, status: 'SENT', items: 2 });
    const mails = received.filter(({ mail }) => mail.subject?.includes('Daily digest'));
    const mail = mails.find(({ mail }) => reports.every((id) => mail.text?.includes(id)));
    expect(mail?.to).toEqual(['digest@xining.dibao.test']);
    expect(mail!.mail.subject).toBe('【低保监督】每日通知汇总 / Daily digest (2)');
    expect(mail!.mail.text).toContain('年度报告已报送待审核');
    expect(mail!.mail.text).toContain('Annual report submitted for review');
    // Nobody had an e-mail per notification, and the reporter (not in the audience) no digest at all.
    expect(received.filter(({ mail }) => !mail.subject?.includes('Daily digest'))).toEqual([]);
    expect(received.some(({ to }) => to.includes('reporter@xining.dibao.test'))).toBe(false);
    // Once per period across both runners: one planning run per period, one e-mail per digest.
    const plans = await hub.adminQuery<{ period: string; runs: string }>(
      `SELECT entity_id AS period, count(*)::text AS runs FROM notifications.audit_record
        WHERE entity_type = 'Digest' AND action = 'PLAN' GROUP BY entity_id`,
    );
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((plan) => plan.runs === '1')).toBe(true);
    const sent = await hub.adminQuery<{ count: string }>(
      `SELECT count(*)::text FROM notifications.digest WHERE status = 'SENT'`,
    );
    expect(mails).toHaveLength(Number(sent[0]!.count));
  });
});
