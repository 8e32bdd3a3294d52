import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_TOKEN_ISSUER, mintToken } from '@dibao/auth';
import { createHubClient, MarkAllNotificationsReadDocument, NotificationsDocument } from '@dibao/client';
import { closeOutboxListener } from '@dibao/db';
import { readCommittedSupergraph, startGateway } from '@dibao/gateway';
import { openSubgraphDataSources } from '@dibao/hub';
import { idCheckCharacter } from '@dibao/monitoring';
import { startFanOut, type FanOut } from '@dibao/notifications';
import { subscribeOverSse } from '../support/event-stream.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { ANNUAL_REPORT_CONTENT as CONTENT } from '../support/annual-report.js';

/*
 * Notifications end to end through the gateway: each action raises its notice in its own transaction, the fan-out
 * turns it into a notification for exactly its audience, which reads it in-app and live, with replay from a cursor.
 */

const NOTIFICATIONS = `query($unread: Boolean, $first: Int, $after: String) {
  notifications(unread: $unread, first: $first, after: $after) { totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id event eventLabel { en zh } summary { en zh } region { code name } entityType entityId
      read readAt alert { rule region { code } } } } } }`;
const ADDED = `subscription($after: String) { notificationAdded(after: $after) { cursor
  notification { id event entityType entityId summary { en zh } read region { code } } } }`;

interface Node {
  id: string;
  event: string;
  eventLabel: { en: string; zh: string };
  summary: { en: string; zh: string };
  region: { code: string; name: string };
  entityType: string;
  entityId: string;
  read: boolean;
  readAt: string | null;
  alert: { rule: string; region: { code: string } } | null;
}
interface Page {
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: Node }>;
  };
}
type Added = { notificationAdded: { cursor: string; notification: Omit<Node, 'eventLabel' | 'readAt' | 'alert'> } };

const HEADER =
  'month,county_code,township_code,village,household_id,head_id_number,household_size,amount_fen,area,bank_paid';
const idNumber = (n: number) => {
  const first17 = `630121198${n % 10}0101${String(n).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
};
/** Datong's roster of a month, with household H-7 paid far above the standard (one ABOVE_STANDARD alert). */
const roster = (month: string) =>
  `${HEADER}\n${Array.from({ length: 12 }, (_, h) => {
    const size = 1 + (h % 4);
    const amount = h === 7 ? 300000 : size * (40000 - h * 1000);
    return `${month},630121,630121100,东村,H-${h},${idNumber(h)},${size},${amount},RURAL,true`;
  }).join('\n')}\n`;

/** Waits for the fan-out (woken by NOTIFY at commit) to deliver what `check` looks for. */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('notifications through the gateway', () => {
  let hub: TestHub;
  let reviewer: string;
  let reporter: string;
  let reportId: string;
  const mine = async (token: string, unread?: boolean) => {
    const page = await hub.query<Page>(NOTIFICATIONS, { first: 100, ...(unread ? { unread } : {}) }, token);
    expect(page.errors).toBeUndefined();
    return page.data!.notifications;
  };
  const about = (page: Page['notifications'], entityId: string, event?: string) =>
    page.edges.filter(({ node }) => node.entityId === entityId && (!event || node.event === event)).map((e) => e.node);

  beforeAll(async () => {
    hub = await startTestHub('notifications_e2e');
    reviewer = await hub.token({ subject: 'xining-reviewer', region: '630100', roles: ['REVIEWER'] });
    reporter = await hub.token({ subject: 'datong-reporter', region: '630121', roles: ['REPORTER'] });
  });
  afterAll(async () => hub?.stop());

  it('refuses anonymous callers and gives a new principal an empty list', async () => {
    expect((await hub.query(NOTIFICATIONS, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const anonymous = await subscribeOverSse(hub.gatewayUrl, ADDED, {});
    expect((await anonymous.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    anonymous.close();
    const badCursor = await hub.query(NOTIFICATIONS, { after: 'not-a-cursor' }, reviewer);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await mine(reviewer)).totalCount).toBe(0);
  });

  it('tells the reviewer live of a report submitted to them, and nobody else', async () => {
    const live = await subscribeOverSse<Added>(hub.gatewayUrl, ADDED, {}, reviewer);
    try {
      const saved = await hub.query<{ saveAnnualReportDraft: { id: string } }>(
        `mutation($input: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $input) { id } }`,
        { input: { regionCode: '630121', year: 2026, content: CONTENT } },
        reporter,
      );
      expect(saved.errors).toBeUndefined();
      reportId = saved.data!.saveAnnualReportDraft.id;
      const submitted = await hub.query(
        `mutation($id: ID!, $requestId: String!) { submitAnnualReport(id: $id, requestId: $requestId) { status } }`,
        { id: reportId, requestId: randomUUID() },
        reporter,
      );
      expect(submitted.errors).toBeUndefined();
      const first = (await live.next()).data!.notificationAdded;
      expect(first.notification).toMatchObject({
        event: 'REPORT_SUBMITTED',
        entityType: 'AnnualReport',
        entityId: reportId,
        read: false,
        region: { code: '630121' },
      });
      expect(first.notification.summary.en).toContain('2026 annual report of 630121');
      expect(first.notification.summary.zh).toContain('待您审核');
    } finally {
      live.close();
    }
    const page = await mine(reviewer, true);
    const [node] = about(page, reportId, 'REPORT_SUBMITTED');
    expect(node).toMatchObject({
      eventLabel: { en: 'Annual report submitted for review', zh: '年度报告已报送待审核' },
      region: { code: '630121', name: '大通回族土族自治县' },
      read: false,
      readAt: null,
      alert: null,
    });
    // Another prefecture's reviewer, Xining's reporters, Xining's finance reviewer and Datong itself are not told.
    for (const other of [
      { region: '630200', roles: ['REVIEWER'] as const },
      { region: '630100', roles: ['REPORTER'] as const },
      { region: '630100', roles: ['REVIEWER'] as const, agency: 'FINANCE' as const },
      { region: '630121', roles: ['REPORTER'] as const },
    ]) {
      const token = await hub.token({ ...other, roles: [...other.roles], subject: `other-${other.region}` });
      expect(about(await mine(token), reportId, 'REPORT_SUBMITTED'), JSON.stringify(other)).toEqual([]);
    }
  });

  it('tells the reporter of a return with its sections, an acceptance and a reopening; marks read', async () => {
    const returned = await hub.query(
      `mutation($input: ReturnAnnualReportInput!) { returnAnnualReport(input: $input) { status } }`,
      { input: { id: reportId, reason: '资金数据有误', sections: ['FUNDS'] } },
      reviewer,
    );
    expect(returned.errors).toBeUndefined();
    const withReturn = await eventually(
      () => mine(reporter, true),
      (page) => about(page, reportId, 'REPORT_RETURNED').length > 0,
    );
    const [notice] = about(withReturn, reportId, 'REPORT_RETURNED');
    expect(notice!.summary.zh).toContain('资金');
    expect(notice!.summary.zh).toContain('资金数据有误');
    expect(notice!.summary.en).toContain('Raising and use of funds');

    // Not theirs: the reviewer cannot mark the reporter's notification, and nothing is marked.
    const foreign = await hub.query(
      `mutation($ids: [ID!]!) { markRead(ids: $ids) { id } }`,
      { ids: [notice!.id] },
      reviewer,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badId = await hub.query(`mutation($ids: [ID!]!) { markRead(ids: $ids) { id } }`, { ids: ['x1'] }, reporter);
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(about(await mine(reporter, true), reportId, 'REPORT_RETURNED')).toHaveLength(1);

    const marked = await hub.query<{ markRead: Array<{ id: string; read: boolean; readAt: string }> }>(
      `mutation($ids: [ID!]!) { markRead(ids: $ids) { id read readAt } }`,
      { ids: [notice!.id] },
      reporter,
    );
    expect(marked.data?.markRead).toEqual([{ id: notice!.id, read: true, readAt: expect.any(String) }]);
    expect(about(await mine(reporter, true), reportId, 'REPORT_RETURNED')).toEqual([]);
    expect(about(await mine(reporter), reportId, 'REPORT_RETURNED')[0]).toMatchObject({ read: true });
    // Read state is the principal's own: another reporter of Datong still has it unread.
    const colleague = await hub.token({ subject: 'datong-colleague', region: '630121', roles: ['REPORTER'] });
    expect(about(await mine(colleague, true), reportId, 'REPORT_RETURNED')).toHaveLength(1);

    // The reviewer's subscription went away after the first submission; it comes back with its cursor.
    const since = (await mine(reviewer)).edges.length;
    expect(since).toBe(1);
    const replayFrom = await subscribeOverSse<Added>(hub.gatewayUrl, ADDED, { after: '0' }, reviewer);
    const cursor = (await replayFrom.next()).data!.notificationAdded.cursor;
    replayFrom.close();
    const revised = await hub.query(
      `mutation($input: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $input) { status } }`,
      { input: { regionCode: '630121', year: 2026, content: CONTENT } },
      reporter,
    );
    expect(revised.errors).toBeUndefined();
    const resubmitted = await hub.query(
      `mutation($id: ID!, $requestId: String!) { submitAnnualReport(id: $id, requestId: $requestId) { status } }`,
      { id: reportId, requestId: randomUUID() },
      reporter,
    );
    expect(resubmitted.errors).toBeUndefined();
    await eventually(
      () => mine(reviewer),
      (page) => about(page, reportId, 'REPORT_SUBMITTED').length === 2,
    );
    const back = await subscribeOverSse<Added>(hub.gatewayUrl, ADDED, { after: cursor }, reviewer);
    try {
      const replayed = (await back.next()).data!.notificationAdded;
      expect(replayed.notification).toMatchObject({ event: 'REPORT_SUBMITTED', entityId: reportId });
      expect(Number(replayed.cursor)).toBeGreaterThan(Number(cursor));
    } finally {
      back.close();
    }

    const accepted = await hub.query(
      `mutation($id: ID!) { acceptAnnualReport(id: $id) { status } }`,
      { id: reportId },
      reviewer,
    );
    expect(accepted.errors).toBeUndefined();
    const reopened = await hub.query(
      `mutation($id: ID!) { reopenAnnualReport(id: $id, reason: "补充说明") { status } }`,
      { id: reportId },
      reviewer,
    );
    expect(reopened.errors).toBeUndefined();
    const later = await eventually(
      () => mine(reporter, true),
      (page) => about(page, reportId).length >= 2,
    );
    expect(about(later, reportId).map((node) => node.event)).toEqual(['REPORT_REOPENED', 'REPORT_ACCEPTED']);

    const all = await hub.query<{ markAllRead: number }>(`mutation { markAllRead }`, {}, reporter);
    expect(all.data?.markAllRead).toBe(2);
    expect((await mine(reporter, true)).totalCount).toBe(0);
    expect((await hub.query<{ markAllRead: number }>(`mutation { markAllRead }`, {}, reporter)).data?.markAllRead).toBe(
      0,
    );
    const audit = await hub.adminQuery<{ action: string }>(
      `SELECT action FROM notifications.audit_record WHERE entity_type = 'NotificationRead' AND entity_id = 'datong-reporter' ORDER BY seq`,
    );
    expect(audit.map((row) => row.action)).toEqual(['MARK_READ', 'MARK_ALL_READ']);
  });

  it('pages newest first with cursors', async () => {
    const first = await hub.query<Page>(NOTIFICATIONS, { first: 1 }, reviewer);
    expect(first.data!.notifications).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await hub.query<Page>(
      NOTIFICATIONS,
      { first: 1, after: first.data!.notifications.pageInfo.endCursor },
      reviewer,
    );
    expect(second.data!.notifications.pageInfo.hasNextPage).toBe(false);
    expect(Number(second.data!.notifications.edges[0]!.node.id)).toBeLessThan(
      Number(first.data!.notifications.edges[0]!.node.id),
    );
  });

  it('tells the reporters of a deadline exception, and the province of an incident', async () => {
    const granted = await hub.query(
      `mutation { grantDeadlineException(regionCode: "630121", year: 2027, until: "2028-03-31T00:00:00.000Z", reason: "雪灾") { until } }`,
      {},
      reviewer,
    );
    expect(granted.errors).toBeUndefined();
    const exception = await eventually(
      () => mine(reporter, true),
      (page) => about(page, '630121:2027', 'DEADLINE_EXCEPTION_GRANTED').length > 0,
    );
    expect(about(exception, '630121:2027')[0]!.summary.en).toContain('2028-03-31');

    const incident = await hub.query<{ reportIncident: { id: string } }>(
      `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`,
      {
        input: {
          regionCode: '630121',
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          severity: 'MAJOR',
          category: 'NATURAL_DISASTER',
          title: '火灾烧毁低保户住房',
          description: '一村发生火灾。',
          causeAnalysis: '',
          rectificationMeasures: '',
        },
      },
      reporter,
    );
    expect(incident.errors).toBeUndefined();
    const id = incident.data!.reportIncident.id;
    const province = await hub.token({ subject: 'province-viewer', region: '630000', roles: ['VIEWER'] });
    const told = await eventually(
      () => mine(province),
      (page) => about(page, id).length > 0,
    );
    expect(about(told, id)[0]).toMatchObject({ event: 'INCIDENT_REPORTED', entityType: 'Incident' });
    expect(about(told, id)[0]!.summary.zh).toContain('火灾烧毁低保户住房');
    // Xining's civil affairs is above Datong too.
    expect(about(await mine(reviewer), id)).toHaveLength(1);
    const finance = await hub.token({
      subject: 'province-finance',
      region: '630000',
      roles: ['ADMIN'],
      agency: 'FINANCE',
    });
    expect(about(await mine(finance), id)).toEqual([]);
    const neighbour = await hub.token({ subject: 'chengdong', region: '630102', roles: ['ADMIN'] });
    expect(about(await mine(neighbour), id)).toEqual([]);
  });

  it("tells an alert's readers of it, opening the alert through the supergraph", async () => {
    const uploadUrl = (kind: string) => hub.gatewayUrl.replace('/graphql', `/monitoring/upload/${kind}`);
    const upload = async (kind: string, body: string, token: string) =>
      (await fetch(uploadUrl(kind), {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
        body,
      }).then((response) => response.json())) as Record<string, unknown>;
    const admin = await hub.token({ region: '630000', roles: ['ADMIN'] });
    await upload('standards', 'county_code,area,from_month,standard_fen\n630121,RURAL,2024-01,50000\n', admin);
    expect(await upload('roster', roster('2025-06'), reporter)).toMatchObject({ alertsRaised: 1 });
    const discipline = await hub.token({
      subject: 'xining-discipline',
      region: '630100',
      roles: ['VIEWER'],
      agency: 'DISCIPLINE_INSPECTION',
    });
    const page = await eventually(
      () => mine(discipline),
      (value) => value.edges.some(({ node }) => node.event === 'ALERT_RAISED'),
    );
    const alert = page.edges.find(({ node }) => node.event === 'ALERT_RAISED')!.node;
    expect(alert).toMatchObject({
      entityType: 'Alert',
      region: { code: '630121100' },
      alert: { rule: 'ABOVE_STANDARD', region: { code: '630121100' } },
    });
    // Finance of the province may not read alerts, so it is not told; nor is another prefecture's civil affairs.
    const finance = await hub.token({
      subject: 'province-finance',
      region: '630000',
      roles: ['VIEWER'],
      agency: 'FINANCE',
    });
    expect(about(await mine(finance), alert.entityId)).toEqual([]);
    const haidong = await hub.token({ subject: 'haidong', region: '630200', roles: ['ADMIN'] });
    expect(about(await mine(haidong), alert.entityId)).toEqual([]);
    const province = await hub.token({ subject: 'province-viewer', region: '630000', roles: ['VIEWER'] });
    expect(about(await mine(province), alert.entityId)).toHaveLength(1);
  });

  it('tells the rectifiers of a finding, the inspectors of a claimed fix, and the rectifiers of a reopening', async () => {
    const [inspection] = await hub.adminQuery<{ id: string; organiser: string; target: string }>(
      `SELECT id, organiser_region_code AS organiser, target_codes[1] AS target FROM oversight.inspection
        WHERE status IN ('IN_PROGRESS', 'REPORTED') AND organiser_kind = 'CIVIL_AFFAIRS'
          AND length(target_codes[1]) = 6 AND right(target_codes[1], 2) <> '00' ORDER BY id LIMIT 1`,
    );
    expect(inspection).toBeDefined();
    const finder = await hub.token({ subject: 'finder', region: inspection!.organiser, roles: ['INSPECTOR'] });
    const checker = await hub.token({ subject: 'checker', region: inspection!.organiser, roles: ['INSPECTOR'] });
    const county = await hub.token({ subject: 'county-reporter', region: inspection!.target, roles: ['REPORTER'] });
    const recorded = await hub.query<{ recordFinding: { id: string } }>(
      `mutation($input: RecordFindingInput!) { recordFinding(input: $input) { id } }`,
      {
        input: {
          inspectionId: inspection!.id,
          regionCode: inspection!.target,
          category: 'EQUAL_SPLITTING',
          severity: 'MAJOR',
          householdsAffected: 12,
          amountInvolvedFen: 360_000,
          description: '一村平分低保金。',
        },
      },
      finder,
    );
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data!.recordFinding.id;
    const events = async (token: string) =>
      (await mine(token)).edges.filter(({ node }) => node.entityId === id).map(({ node }) => node.event);
    expect(
      await eventually(
        () => events(county),
        (found) => found.length > 0,
      ),
    ).toEqual(['FINDING_ASSIGNED']);
    const finance = await hub.token({
      subject: 'county-finance',
      region: inspection!.target,
      roles: ['ADMIN'],
      agency: 'FINANCE',
    });
    expect(await events(finance)).toEqual([]);

    const step = async (document: string, variables: Record<string, unknown>, token: string) => {
      const response = await hub.query(document, variables, token);
      expect(response.errors).toBeUndefined();
    };
    await step(
      `mutation($input: SetRectificationPlanInput!) { setRectificationPlan(input: $input) { status } }`,
      {
        input: { findingId: id, measures: '按需核定', deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() },
      },
      finder,
    );
    await step(
      `mutation($input: RecordRectificationProgressInput!) { recordRectificationProgress(input: $input) { status } }`,
      {
        input: {
          findingId: id,
          note: '已重新核定并补发。',
          evidence: ['https://example.org/evidence/1'],
          claimFixed: true,
        },
      },
      county,
    );
    expect(
      await eventually(
        () => events(checker),
        (found) => found.includes('RECHECK_REQUESTED'),
      ),
    ).toContain('RECHECK_REQUESTED');
    // The county's own inspectors are below the organiser and may not re-check: not asked.
    const countyInspector = await hub.token({
      subject: 'county-inspector',
      region: inspection!.target,
      roles: ['INSPECTOR'],
    });
    expect(await events(countyInspector)).not.toContain('RECHECK_REQUESTED');
    await step(
      `mutation($input: RecheckFindingInput!) { recheckFinding(input: $input) { status } }`,
      { input: { findingId: id, verified: true, note: '复核属实。' } },
      checker,
    );
    await step(`mutation($id: ID!) { reopenFinding(id: $id, reason: "问题复发") { status } }`, { id }, checker);
    const later = await eventually(
      () => events(county),
      (found) => found.includes('FINDING_REOPENED'),
    );
    expect(later[0]).toBe('FINDING_REOPENED');
    const [reopened] = (await mine(county)).edges.filter(
      ({ node }) => node.entityId === id && node.event === 'FINDING_REOPENED',
    );
    expect(reopened!.node.summary.zh).toContain('问题复发');
  });

  it('tells the petition officer of a handover, the first owner of its acceptance, the owner of supervision', async () => {
    const admin = await hub.token({ subject: 'datong-admin', region: '630121', roles: ['ADMIN'] });
    const designated = await hub.query(
      `mutation { designatePetitionOfficer(regionCode: "630121", officerSubject: "datong-officer") { region { code } } }`,
      {},
      admin,
    );
    expect(designated.errors).toBeUndefined();
    const hotline = await hub.token({ subject: 'province-hotline', region: '630000', roles: ['COMPLAINT_HANDLER'] });
    const officer = await hub.token({ subject: 'datong-officer', region: '630121', roles: ['COMPLAINT_HANDLER'] });
    const colleague = await hub.token({
      subject: 'datong-other-handler',
      region: '630121',
      roles: ['COMPLAINT_HANDLER'],
    });
    const received = await hub.query<{ receiveComplaint: { complaint: { id: string } } }>(
      `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { complaint { id } } }`,
      {
        input: {
          channel: 'HOTLINE',
          regionCode: '630121',
          category: 'FAVOR_BASED',
          summary: '村干部优亲厚友。',
          complainant: { name: '王某某', contact: '13900000000' },
        },
      },
      hotline,
    );
    expect(received.errors).toBeUndefined();
    const id = received.data!.receiveComplaint.complaint.id;
    const events = async (token: string) =>
      (await mine(token)).edges.filter(({ node }) => node.entityId === id).map(({ node }) => node);
    const handedOver = await hub.query(
      `mutation($id: ID!) { requestHandover(complaintId: $id, note: "请接办") { status } }`,
      { id },
      hotline,
    );
    expect(handedOver.errors).toBeUndefined();
    const proposed = await eventually(
      () => events(officer),
      (found) => found.length > 0,
    );
    expect(proposed.map((node) => node.event)).toEqual(['HANDOVER_PROPOSED']);
    expect(JSON.stringify(proposed)).not.toMatch(/王某某|13900000000|优亲厚友/);
    // Another handler of Datong reads complaints in scope but was not proposed it.
    expect((await events(colleague)).map((node) => node.event)).not.toContain('HANDOVER_PROPOSED');

    const accepted = await hub.query(
      `mutation($id: ID!) { acceptHandover(complaintId: $id) { status } }`,
      { id },
      officer,
    );
    expect(accepted.errors).toBeUndefined();
    expect(
      (
        await eventually(
          () => events(hotline),
          (found) => found.length > 0,
        )
      ).map((node) => node.event),
    ).toEqual(['HANDOVER_ACCEPTED']);
    const escalated = await hub.query(
      `mutation($id: ID!) { escalateComplaint(complaintId: $id, reason: "涉及全村") { supervisedByProvince } }`,
      { id },
      hotline,
    );
    expect(escalated.errors).toBeUndefined();
    const supervised = await eventually(
      () => events(officer),
      (found) => found.some((node) => node.event === 'COMPLAINT_ESCALATED'),
    );
    expect(supervised[0]!.event).toBe('COMPLAINT_ESCALATED');
    expect((await events(colleague)).map((node) => node.event)).toEqual([]);
  });

  it("tells an accountability case's competent bodies, without naming its subject", async () => {
    const officer = await hub.token({
      subject: 'datong-discipline',
      region: '630121',
      agency: 'DISCIPLINE_INSPECTION',
      roles: ['DISCIPLINE_OFFICER'],
    });
    const opened = await hub.query<{ openAccountabilityCase: { id: string } }>(
      `mutation($input: OpenAccountabilityCaseInput!) { openAccountabilityCase(input: $input) { id } }`,
      {
        input: {
          subject: {
            kind: 'OFFICIAL',
            name: '测试对象',
            position: '民政办主任',
            regionCode: '630121200',
            cadreLevel: 'COUNTY_MANAGED',
          },
          violation: 'NEGLECT_OF_DUTY',
          facts: '审核把关不严。',
        },
      },
      officer,
    );
    expect(opened.errors).toBeUndefined();
    const id = opened.data!.openAccountabilityCase.id;
    const organization = await hub.token({
      subject: 'datong-organization',
      region: '630121',
      agency: 'ORGANIZATION_DEPARTMENT',
      roles: ['VIEWER'],
    });
    const told = await eventually(
      () => mine(organization),
      (page) => about(page, id).length > 0,
    );
    expect(about(told, id)[0]).toMatchObject({ event: 'CASE_OPENED', entityType: 'AccountabilityCase' });
    expect(JSON.stringify(about(told, id))).not.toContain('测试对象');
    // Above the managing region the case is a summary only: the prefecture's discipline body is not told.
    const prefecture = await hub.token({
      subject: 'xining-discipline-2',
      region: '630100',
      agency: 'DISCIPLINE_INSPECTION',
      roles: ['ADMIN'],
    });
    expect(about(await mine(prefecture), id)).toEqual([]);
    const civil = await hub.token({ subject: 'datong-civil', region: '630121', roles: ['ADMIN'] });
    expect(about(await mine(civil), id)).toEqual([]);
  });

  it("serves the typed client's notification documents by id through a production gateway", async () => {
    const urls = Object.fromEntries(hub.runtime.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
    const production = await startGateway({
      supergraphSdl: await readCommittedSupergraph(),
      subgraphUrls: urls,
      port: 0,
      gatewaySecret: hub.gatewaySecret,
      jwtSecret: hub.jwtSecret,
      production: true,
    });
    try {
      const token = await mintToken(
        { subject: 'xining-reviewer', agency: 'CIVIL_AFFAIRS', region: '630100', roles: ['REVIEWER'] },
        hub.jwtSecret,
        { issuer: GATEWAY_TOKEN_ISSUER },
      );
      const client = createHubClient({ url: production.url, token });
      const { notifications } = await client.execute(NotificationsDocument, { unread: true, first: 10 });
      expect(notifications?.totalCount).toBeGreaterThan(0);
      expect(notifications?.edges.every(({ node }) => !node.read)).toBe(true);
      const { markAllRead } = await client.execute(MarkAllNotificationsReadDocument);
      expect(markAllRead).toBe(notifications?.totalCount);
      const after = await client.execute(NotificationsDocument, { unread: true });
      expect(after.notifications?.totalCount).toBe(0);
    } finally {
      await production.stop();
    }
  });

  describe('several hub processes', () => {
    let second: DataSource;
    let fanOut: FanOut;
    beforeAll(async () => {
      second = (await openSubgraphDataSources(hub.databaseUrl, new Set(['notifications']), () => undefined)).get(
        'notifications',
      )!;
      fanOut = await startFanOut(second, () => undefined);
    });
    afterAll(async () => {
      await fanOut?.stop();
      await closeOutboxListener(second);
      await second?.destroy();
    });

    it('deliver each event once: fan-out ranges never overlap', async () => {
      const token = await hub.token({ region: '630121', roles: ['REPORTER'] });
      const ids = await Promise.all(
        Array.from({ length: 12 }, async (_, n) => {
          const response = await hub.query<{ reportIncident: { id: string } }>(
            `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`,
            {
              input: {
                regionCode: '630121',
                occurredAt: new Date(Date.now() - 60_000).toISOString(),
                severity: 'GENERAL',
                category: 'ACCIDENT',
                title: `事件 ${n}`,
                description: '测试并发送达。',
                causeAnalysis: '',
                rectificationMeasures: '',
              },
            },
            token,
          );
          expect(response.errors).toBeUndefined();
          return response.data!.reportIncident.id;
        }),
      );
      const delivered = await eventually(
        () =>
          hub.adminQuery<{ entity_id: string }>(
            `SELECT entity_id FROM notifications.notification WHERE entity_id = ANY($1)`,
            [ids],
          ),
        (rows) => rows.length >= ids.length,
      );
      expect(delivered.map((row) => row.entity_id).sort()).toEqual([...ids].sort());
      const [counts] = await hub.adminQuery<{ notifications: number; created: number; sources: number }>(
        `SELECT (SELECT count(*)::int FROM notifications.notification) AS notifications,
                (SELECT count(*)::int FROM notifications.outbox_event WHERE topic = 'notification.created') AS created,
                (SELECT count(*)::int FROM (SELECT 1 FROM reporting.outbox_event WHERE topic = 'notify'
                  UNION ALL SELECT 1 FROM oversight.outbox_event WHERE topic = 'notify'
                  UNION ALL SELECT 1 FROM complaints.outbox_event WHERE topic = 'notify'
                  UNION ALL SELECT 1 FROM accountability.outbox_event WHERE topic = 'notify'
                  UNION ALL SELECT 1 FROM monitoring.outbox_event WHERE topic = 'notify') s) AS sources`,
      );
      expect(counts).toEqual({ notifications: counts!.sources, created: counts!.sources, sources: counts!.sources });
      const ranges = await hub.adminQuery<{ source: string; from: string; to: string }>(
        `SELECT entity_id AS source, before->>'after' AS from, after->>'after' AS to FROM notifications.audit_record
          WHERE action = 'FAN_OUT' ORDER BY seq`,
      );
      const last = new Map<string, string>();
      for (const range of ranges.filter((r) => r.source === 'reporting')) {
        expect(range.from).toBe(last.get(range.source) ?? '0');
        last.set(range.source, range.to);
      }
      expect(ranges.filter((r) => r.source === 'reporting').length).toBeGreaterThan(1);
    });
  });
});
