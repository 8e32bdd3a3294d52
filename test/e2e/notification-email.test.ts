import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';

/*
 * Outbound e-mail end to end: officials of the registry set their delivery preferences through the gateway, an
 * action raises a notice, and the officials its audience resolves to (active, holding a matching role, wanting the
 * event by e-mail) receive it from a real SMTP server on loopback; everyone else receives nothing.
 */

const CONTENT = {
  policy: {
    urbanStandardFen: 82_000,
    ruralStandardFen: 56_000,
    urbanHouseholds: 500,
    urbanPersons: 1_100,
    ruralHouseholds: 6_000,
    ruralPersons: 14_000,
    applications: 900,
    approvals: 700,
    rejections: 150,
    exits: 400,
    publicityDone: true,
    narrative: '全面落实低保政策。',
  },
  management: { averageReviewDays: 10, householdVisits: 5_000, dynamicReviews: 6_000, staff: 20, narrative: '' },
  funds: {
    raisedCentralFen: 5_000_000_000,
    raisedProvincialFen: 700_000_000,
    raisedPrefectureFen: 200_000_000,
    raisedCountyFen: 100_000_000,
    carryOverFen: 0,
    disbursedFen: 5_900_000_000,
    balanceFen: 100_000_000,
    paidViaBankFen: 5_900_000_000,
    narrative: '',
  },
  emergencies: { handled: 0, incidentIds: [], narrative: '' },
  supervision: {
    inspections: 6,
    problemsFound: [{ category: 'EQUAL_SPLITTING', count: 1 }],
    problemsRectified: 0,
    complaintsReceived: 12,
    complaintsClosed: 12,
    peopleHeldAccountable: 1,
    narrative: '',
  },
};

const SET = `mutation($officialId: ID, $preferences: DeliveryPreferencesInput!) {
  setDeliveryPreferences(officialId: $officialId, preferences: $preferences) { officialId events email emailMode } }`;
const GET = `query($officialId: ID) { deliveryPreferences(officialId: $officialId) { officialId events email emailMode } }`;

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

describe('notifications by e-mail through SMTP', () => {
  let hub: TestHub;
  let smtp: SMTPServer;
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
    const { port } = smtp.server.address() as AddressInfo;
    process.env.HUB_SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.HUB_SMTP_FROM = 'Dibao hub <hub@dibao.test>';
    process.env.HUB_ENTITY_URL = 'https://hub.dibao.test/open/{entityType}/{entityId}';
    hub = await startTestHub('notification_email');
    admin = await hub.token({ subject: 'xining-admin', region: '630100', roles: ['ADMIN'] });
    reporter = await hub.token({ subject: 'datong-reporter', region: '630121', roles: ['REPORTER'] });
    // Four officials of Xining's civil affairs bureau, made and given their roles through the gateway.
    const roles = { reviewer: ['REVIEWER'], picky: ['REVIEWER'], departed: ['REVIEWER'], reporter: ['REPORTER'] };
    for (const [name, held] of Object.entries(roles) as Array<[keyof typeof officials, string[]]>) {
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
    delete process.env.HUB_SMTP_URL;
    delete process.env.HUB_SMTP_FROM;
    delete process.env.HUB_ENTITY_URL;
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
      },
    });
    for (const [preferences, code] of [
      [{ email: 'not an address', emailMode: 'IMMEDIATE' }, 'BAD_USER_INPUT'],
      [{ emailMode: 'IMMEDIATE' }, 'BAD_USER_INPUT'],
      [{ email: 'a@b.test', emailMode: 'IMMEDIATE', events: [] }, 'BAD_USER_INPUT'],
      [{ email: 'a@b.test', emailMode: 'SOMETIMES' }, 'BAD_USER_INPUT'],
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
      after: { events: null, email: 'reviewer@xining.dibao.test', emailMode: 'IMMEDIATE' },
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
});
