import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOutboxListener } from '@dibao/db';
import { isWithinRegion, type AgencyKind } from '@dibao/domain';
import { openSubgraphDataSources } from '@dibao/hub';
import { startDeadlineRunner } from '@dibao/notifications';
import { startTestHub, type TestHub } from '../support/hub.js';

/*
 * Deadlines through the job queue in PostgreSQL (graphile-worker): a complaint's deadlines, stamped at receipt,
 * become watches with a reminder job and an overdue job; meeting a deadline ends its watch; jobs survive a stop of
 * every runner between scheduling and due time, and several runners on one database tell each deadline once.
 */

const NOTIFICATIONS = `{ notifications(first: 100) { totalCount edges { node { id event entityType entityId summary { en zh } } } } }`;
type Page = {
  notifications: {
    totalCount: number;
    edges: Array<{
      node: { id: string; event: string; entityType: string; entityId: string; summary: { en: string; zh: string } };
    }>;
  };
};

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('deadline notifications through the job queue', () => {
  let hub: TestHub;
  let handler: string;
  const runners: Array<{ stop(): Promise<void> }> = [];
  const extraSources: DataSource[] = [];
  const mine = async (token: string) => {
    const page = await hub.query<Page>(NOTIFICATIONS, {}, token);
    expect(page.errors).toBeUndefined();
    return page.data!.notifications.edges.map((edge) => edge.node);
  };
  /** A deadline event as a source commits it to its outbox (the path complaints take, tested below). */
  const stampDeadline = (entityId: string, dueInMs: number, remindBeforeMs: number) =>
    hub.adminQuery(
      `INSERT INTO complaints.outbox_event (topic, region_code, entity_type, entity_id, payload)
       VALUES ('deadline', '630121', 'Complaint', $1, $2)`,
      [
        entityId,
        {
          kind: 'COMPLAINT_CONCLUSION',
          dueAt: new Date(Date.now() + dueInMs).toISOString(),
          remindDays: remindBeforeMs / 86_400_000,
          audience: { region: '630121', reach: 'AT', anyOf: [{ roles: ['COMPLAINT_HANDLER'] }] },
          summary: { en: `Test deadline ${entityId}`, zh: `测试期限 ${entityId}` },
        },
      ],
    );

  beforeAll(async () => {
    hub = await startTestHub('notification_deadlines');
    handler = await hub.token({ subject: 'datong-hotline', region: '630121', roles: ['COMPLAINT_HANDLER'] });
  });
  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    for (const source of extraSources) {
      await closeOutboxListener(source);
      await source.destroy();
    }
    await hub?.stop();
  });

  it('watches the deadlines a complaint stamps, reminds its handlers, and ends a watch once it is met', async () => {
    const admin = await hub.token({ subject: 'datong-admin', region: '630121', roles: ['ADMIN'] });
    const designated = await hub.query(
      `mutation { designatePetitionOfficer(regionCode: "630121", officerSubject: "datong-hotline") { region { code } } }`,
      {},
      admin,
    );
    expect(designated.errors).toBeUndefined();
    const received = await hub.query<{ receiveComplaint: { complaint: { id: string } } }>(
      `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { complaint { id } } }`,
      {
        input: {
          channel: 'HOTLINE',
          regionCode: '630121',
          category: 'EQUAL_SPLITTING',
          summary: '村里低保金平均分配给各户。',
          complainant: { name: '测试来电人', contact: '13800000000' },
        },
      },
      handler,
    );
    expect(received.errors).toBeUndefined();
    const id = received.data!.receiveComplaint.complaint.id;
    const watches = await eventually(
      () =>
        hub.adminQuery<{ id: string; kind: string; due_at: Date; met_at: Date | null }>(
          `SELECT id::text, kind, due_at, met_at FROM notifications.deadline_watch WHERE entity_id = $1 ORDER BY kind`,
          [id],
        ),
      (rows) => rows.length === 2,
    );
    const [stamped] = await hub.adminQuery<{ acknowledge_due_at: Date; conclude_due_at: Date }>(
      `SELECT acknowledge_due_at, conclude_due_at FROM complaints.complaint WHERE id = $1`,
      [id],
    );
    // The deadlines are the complaint's own, as complaints stamped them.
    expect(watches.map((watch) => [watch.kind, watch.due_at.toISOString()])).toEqual([
      ['COMPLAINT_ACKNOWLEDGEMENT', stamped!.acknowledge_due_at.toISOString()],
      ['COMPLAINT_CONCLUSION', stamped!.conclude_due_at.toISOString()],
    ]);
    const keys = (await hub.adminQuery<{ key: string }>(`SELECT key FROM notifications_jobs._private_jobs`)).map(
      (row) => row.key,
    );
    for (const watch of watches) {
      expect(keys).toEqual(expect.arrayContaining([`deadline:${watch.id}:DUE`, `deadline:${watch.id}:OVERDUE`]));
    }

    // Time passes for the acknowledgement reminder: its job is due now (the job reads the deadline from the watch).
    const ack = watches.find((watch) => watch.kind === 'COMPLAINT_ACKNOWLEDGEMENT')!;
    await hub.adminQuery(`UPDATE notifications_jobs._private_jobs SET run_at = now() WHERE key = $1`, [
      `deadline:${ack.id}:DUE`,
    ]);
    const told = await eventually(
      () => mine(handler),
      (nodes) => nodes.some((node) => node.entityId === id),
    );
    const reminder = told.find((node) => node.entityId === id)!;
    expect(reminder).toMatchObject({ event: 'COMPLAINT_ACKNOWLEDGEMENT_DUE', entityType: 'Complaint' });
    expect(reminder.summary.en).toContain('Benefit split equally');
    expect(JSON.stringify(reminder)).not.toMatch(/测试来电人|13800000000|平均分配/);
    // Not told: a viewer of the county, a handler of another county.
    const viewer = await hub.token({ subject: 'datong-viewer', region: '630121', roles: ['VIEWER'] });
    expect((await mine(viewer)).filter((node) => node.entityId === id)).toEqual([]);
    const other = await hub.token({ subject: 'haidong-hotline', region: '630202', roles: ['COMPLAINT_HANDLER'] });
    expect((await mine(other)).filter((node) => node.entityId === id)).toEqual([]);

    // The designated officer accepts it: the acknowledgement is met, its watch ends and its overdue job is gone.
    const accepted = await hub.query(
      `mutation($id: ID!) { acceptHandover(complaintId: $id) { status } }`,
      { id },
      handler,
    );
    expect(accepted.errors).toBeUndefined();
    const met = await eventually(
      () =>
        hub.adminQuery<{ met_at: Date | null }>(`SELECT met_at FROM notifications.deadline_watch WHERE id = $1`, [
          ack.id,
        ]),
      (rows) => rows[0]?.met_at !== null,
    );
    expect(met[0]!.met_at).not.toBeNull();
    const left = await hub.adminQuery(`SELECT 1 FROM notifications_jobs._private_jobs WHERE key = $1`, [
      `deadline:${ack.id}:OVERDUE`,
    ]);
    expect(left).toHaveLength(0);
  });

  it('reminds the county of a rectification deadline, tells it when overdue, and ends the watch when closed', async () => {
    const findings = await hub.adminQuery<{
      id: string;
      organiser: string;
      region: string;
      responsible: string | null;
    }>(
      `SELECT f.id, i.organiser_region_code AS organiser, f.region_code AS region, f.responsible_agency_id AS responsible
         FROM oversight.finding f JOIN oversight.inspection i ON i.id = f.inspection_id
        WHERE f.status IN ('OPEN', 'RECTIFYING') AND i.organiser_kind = 'CIVIL_AFFAIRS'
        ORDER BY f.id LIMIT 2`,
    );
    expect(findings).toHaveLength(2);
    const [first, second] = findings as [(typeof findings)[number], (typeof findings)[number]];
    const inspector = await hub.token({ subject: 'inspector-a', region: first.organiser, roles: ['INSPECTOR'] });
    const plan = (findingId: string, token: string, inMs: number) =>
      hub.query(
        `mutation($input: SetRectificationPlanInput!) { setRectificationPlan(input: $input) { status } }`,
        { input: { findingId, measures: '按户核实，重新发放。', deadline: new Date(Date.now() + inMs).toISOString() } },
        token,
      );
    expect((await plan(first.id, inspector, 4_000)).errors).toBeUndefined();
    // Told: the responsible agency (whose scope holds the finding), else the county's civil affairs.
    const rectifier = (finding: typeof first) => {
      const [region = '', agency = ''] = (finding.responsible ?? '').split(':');
      return region && isWithinRegion(finding.region, region)
        ? { region, agency: agency as AgencyKind }
        : { region: finding.region.slice(0, 6), agency: 'CIVIL_AFFAIRS' as AgencyKind };
    };
    const county = await hub.token({ subject: 'rectifier', roles: ['VIEWER'], ...rectifier(first) });
    const bystander = await hub.token({
      subject: 'bystander',
      region: rectifier(first).region,
      roles: ['ADMIN'],
      agency: rectifier(first).agency === 'FINANCE' ? 'AUDIT' : 'FINANCE',
    });
    // The reminder goes out at once (the deadline is nearer than the lead), the overdue notice at the deadline.
    const both = await eventually(
      () => mine(county),
      (nodes) => nodes.filter((node) => node.entityId === first.id).length === 2,
    );
    expect(both.filter((node) => node.entityId === first.id).map((node) => node.event)).toEqual([
      'RECTIFICATION_OVERDUE',
      'RECTIFICATION_DUE',
    ]);
    // Another agency of that region is not told.
    expect((await mine(bystander)).filter((node) => node.entityId === first.id)).toEqual([]);

    // Closed as not fixed before its deadline: the watch ends and nobody is told it is overdue.
    const secondInspector = await hub.token({ subject: 'inspector-b', region: second.organiser, roles: ['INSPECTOR'] });
    expect((await plan(second.id, secondInspector, 6_000)).errors).toBeUndefined();
    const secondRectifier = await hub.token({ subject: 'rectifier-2', roles: ['VIEWER'], ...rectifier(second) });
    await eventually(
      () => mine(secondRectifier),
      (nodes) => nodes.some((node) => node.entityId === second.id && node.event === 'RECTIFICATION_DUE'),
    );
    const closed = await hub.query(
      `mutation($id: ID!, $reason: String!) { closeFindingNotFixed(id: $id, reason: $reason) { status } }`,
      { id: second.id, reason: '该村已撤并，无法整改。' },
      secondInspector,
    );
    expect(closed.errors).toBeUndefined();
    await sleep(7_000);
    expect(
      (await mine(secondRectifier)).filter((node) => node.entityId === second.id).map((node) => node.event),
    ).toEqual(['RECTIFICATION_DUE']);
  });

  it('keeps a job across a stop of every runner and tells it when one starts again, late reminders skipped', async () => {
    const entityId = '00000000-0000-4000-8000-00000000d001';
    await stampDeadline(entityId, 4_000, 2_000);
    await eventually(
      () => hub.adminQuery(`SELECT 1 FROM notifications.deadline_watch WHERE entity_id = $1`, [entityId]),
      (rows) => rows.length === 1,
    );
    // The hub's process goes down (fan-out and runner) between scheduling and due time.
    await hub.runtime.backgrounds.get('notifications')!.stop();
    await sleep(5_000);
    expect((await mine(handler)).filter((node) => node.entityId === entityId)).toEqual([]);
    expect(
      await hub.adminQuery(
        `SELECT key FROM notifications_jobs._private_jobs WHERE key LIKE 'deadline:%' AND run_at < now()`,
      ),
    ).not.toHaveLength(0);

    runners.push(await startDeadlineRunner(hub.runtime.dataSources.get('notifications')!, () => undefined));
    await eventually(
      () => mine(handler),
      (nodes) => nodes.some((node) => node.entityId === entityId),
    );
    await sleep(1_500);
    const about = (await mine(handler)).filter((node) => node.entityId === entityId);
    expect(about.map((node) => node.event)).toEqual(['COMPLAINT_CONCLUSION_OVERDUE']);
  });

  it('tells each deadline once with several runners on one database', async () => {
    // A second process: its own connection pool and runner on the same queue (the first runner still runs).
    const second = (await openSubgraphDataSources(hub.databaseUrl, new Set(['notifications']), () => undefined)).get(
      'notifications',
    )!;
    extraSources.push(second);
    runners.push(await startDeadlineRunner(second, () => undefined, { pollInterval: 300 }));
    runners.push(await startDeadlineRunner(second, () => undefined, { pollInterval: 300 }));
    // The fan-out of the stopped hub process is gone; the one of the new process schedules.
    const { startFanOut } = await import('@dibao/notifications');
    runners.push(await startFanOut(second, () => undefined));

    const ids = Array.from({ length: 10 }, (_, n) => `00000000-0000-4000-8000-00000000e${String(n).padStart(3, '0')}`);
    for (const entityId of ids) await stampDeadline(entityId, 3_000, 1_500);
    const rows = await eventually(
      () =>
        hub.adminQuery<{ entity_id: string; event: string }>(
          `SELECT entity_id, event FROM notifications.notification WHERE entity_id = ANY($1)`,
          [ids],
        ),
      (found) => found.filter((row) => row.event.endsWith('_OVERDUE')).length >= ids.length,
    );
    await sleep(2_000);
    const settled = await hub.adminQuery<{ entity_id: string; event: string }>(
      `SELECT entity_id, event FROM notifications.notification WHERE entity_id = ANY($1) ORDER BY entity_id, event`,
      [ids],
    );
    expect(rows.length).toBeGreaterThan(0);
    // Each deadline: one reminder and one overdue notice, never two of either.
    expect(settled).toEqual(
      ids.flatMap((entityId) => [
        { entity_id: entityId, event: 'COMPLAINT_CONCLUSION_DUE' },
        { entity_id: entityId, event: 'COMPLAINT_CONCLUSION_OVERDUE' },
      ]),
    );
    const pending = await hub.adminQuery(
      `SELECT j.key FROM notifications_jobs._private_jobs j
        JOIN notifications.deadline_watch w ON j.key LIKE 'deadline:' || w.id || ':%' WHERE w.entity_id = ANY($1)`,
      [ids],
    );
    expect(pending).toEqual([]);
    const handlerView = (await mine(handler)).filter((node) => ids.includes(node.entityId));
    expect(handlerView).toHaveLength(20);
  });
});
