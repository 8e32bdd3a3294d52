import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleSettings } from '@dibao/domain';
import { stampOpenYearDeadlines, startReportDeadlineSweep } from '@dibao/reporting';
import { ANNUAL_REPORT_CONTENT } from '../support/annual-report.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { putRuleVersion } from '../support/rules.js';

/*
 * The filing deadline of every region obliged to report (stamped by reporting before any draft exists, moved by
 * a rule version and by a deadline exception, met by the submission) and the complaints' supervision deadline,
 * review, custodian and reward notices: each reaches its audience through the gateway, and nobody beside it.
 */

const NOTIFICATIONS = `{ notifications(first: 200) { edges { node { event entityType entityId summary { en zh } } } } }`;
type Node = { event: string; entityType: string; entityId: string; summary: { en: string; zh: string } };

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe('reporting and complaints notices', () => {
  let hub: TestHub;
  const mine = async (token: string): Promise<Node[]> => {
    const page = await hub.query<{ notifications: { edges: Array<{ node: Node }> } }>(NOTIFICATIONS, {}, token);
    expect(page.errors).toBeUndefined();
    return page.data!.notifications.edges.map((edge) => edge.node);
  };
  const about = async (token: string, entityId: string) =>
    (await mine(token)).filter((node) => node.entityId === entityId).map((node) => node.event);
  const ok = async <T = Record<string, unknown>>(
    document: string,
    variables: Record<string, unknown>,
    token: string,
  ) => {
    const result = await hub.query<T>(document, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const watchOf = (entityId: string) =>
    hub.adminQuery<{ id: string; kind: string; due_at: Date; met_at: Date | null }>(
      `SELECT id::text, kind, due_at, met_at FROM notifications.deadline_watch WHERE entity_id = $1 ORDER BY kind`,
      [entityId],
    );

  beforeAll(async () => {
    hub = await startTestHub('notification_reporting_complaints');
  });
  afterAll(async () => hub?.stop());

  it("watches every region's filing deadline before any draft, moves it with the rules and an exception, ends it on submission", async () => {
    const reporting = hub.runtime.dataSources.get('reporting')!;
    const units = await hub.adminQuery<{ region_code: string; level: string; parent_code: string }>(
      `SELECT region_code, level, parent_code FROM reporting.reporting_unit ORDER BY region_code`,
    );
    expect(await hub.adminQuery(`SELECT 1 FROM reporting.annual_report WHERE year = 2026`)).toEqual([]);
    // In the 2026 cycle, under the province's rules (counties by 15 December): every region, none has a draft.
    const cycle = new Date('2026-10-01T00:00:00+08:00');
    expect(await stampOpenYearDeadlines(reporting, cycle)).toEqual({ year: 2026, stamped: units.length });
    // A re-run and two processes at once stamp nothing again.
    expect(
      await Promise.all([stampOpenYearDeadlines(reporting, cycle), stampOpenYearDeadlines(reporting, cycle)]),
    ).toEqual([
      { year: 2026, stamped: 0 },
      { year: 2026, stamped: 0 },
    ]);
    const stampedEvents = await hub.adminQuery<{ count: string }>(
      `SELECT count(*) FROM reporting.outbox_event WHERE topic = 'deadline' AND entity_type = 'ReportDeadline'`,
    );
    expect(Number(stampedEvents[0]!.count)).toBe(units.length);
    const county = units.find((unit) => unit.level === 'COUNTY' && unit.region_code !== '630121')!;
    const entityId = `${county.region_code}:2026`;
    const [first] = await eventually(
      () => watchOf(entityId),
      (rows) => rows.length === 1,
    );
    expect(first).toMatchObject({ kind: 'REPORT', met_at: null });
    expect(first!.due_at.toISOString()).toBe('2026-12-15T15:59:59.999Z');

    // The province's rules change for the 2026 cycle (counties by 1 July): the next sweep moves the counties'
    // deadlines only, and the overdue job tells the county's reporters at once (the deadline has passed).
    const [current] = await hub.adminQuery<{ settings: RuleSettings; version: number }>(
      `SELECT settings, version FROM registry.rule_version WHERE region_code = '630000' ORDER BY version DESC LIMIT 1`,
    );
    await putRuleVersion(hub.runtime.dataSources.get('registry')!, {
      regionCode: '630000',
      version: current!.version + 1,
      effectiveFrom: '2026-06-01',
      settings: { ...current!.settings, annualReportDeadlineCounty: { value: '07-01', fixed: true } },
    });
    const counties = units.filter((unit) => unit.level === 'COUNTY').length;
    expect(await stampOpenYearDeadlines(reporting, cycle)).toEqual({ year: 2026, stamped: counties });
    const moved = await eventually(
      () => watchOf(entityId),
      (rows) => rows[0]?.due_at.toISOString() === '2026-07-01T15:59:59.999Z',
    );
    expect(moved[0]!.due_at.toISOString()).toBe('2026-07-01T15:59:59.999Z');
    const reporter = await hub.token({ subject: 'county-reporter', region: county.region_code, roles: ['REPORTER'] });
    // (Whether the reminder of 15 December went out before the move depends on today's date.)
    const told = await eventually(
      () => about(reporter, entityId),
      (events) => events.includes('REPORT_OVERDUE'),
    );
    expect(told[0]).toBe('REPORT_OVERDUE');
    expect(told.filter((event) => event === 'REPORT_OVERDUE')).toHaveLength(1);
    const reminders = told.filter((event) => event === 'REPORT_DUE').length;
    const overdue = (await mine(reporter)).find((node) => node.entityId === entityId)!;
    expect(overdue).toMatchObject({ entityType: 'ReportDeadline' });
    expect(overdue.summary.en).toContain(`2026 annual report of ${county.region_code}`);
    // Not told: a viewer of the same bureau, the reporters of finance there, another county's reporters.
    const bystanders = [
      await hub.token({ subject: 'county-viewer', region: county.region_code, roles: ['VIEWER'] }),
      await hub.token({
        subject: 'county-finance',
        region: county.region_code,
        roles: ['REPORTER'],
        agency: 'FINANCE',
      }),
      await hub.token({ subject: 'datong-reporter', region: '630121', roles: ['REPORTER'] }),
      await hub.token({ subject: 'prefecture-reporter', region: county.parent_code, roles: ['REPORTER'] }),
    ];
    for (const token of bystanders) expect(await about(token, entityId)).toEqual([]);

    // A deadline exception moves the watch: ten days from now, so it is due soon (reminded at once).
    const until = new Date(Date.now() + 10 * 86_400_000);
    const reviewer = await hub.token({
      subject: 'prefecture-reviewer',
      region: county.parent_code,
      roles: ['REVIEWER'],
    });
    await ok(
      `mutation($region: ID!, $until: DateTimeISO!) {
         grantDeadlineException(regionCode: $region, year: 2026, until: $until, reason: "受灾延期") { until } }`,
      { region: county.region_code, until: until.toISOString() },
      reviewer,
    );
    await eventually(
      () => watchOf(entityId),
      (rows) => rows[0]?.due_at.getTime() === until.getTime(),
    );
    const reminded = await eventually(
      () => about(reporter, entityId),
      (events) => events.filter((event) => event === 'REPORT_DUE').length > reminders,
    );
    expect(reminded[0]).toBe('REPORT_DUE');
    expect(reminded.filter((event) => event === 'REPORT_DUE')).toHaveLength(reminders + 1);
    expect(reminded.filter((event) => event === 'REPORT_OVERDUE')).toHaveLength(1);
    // The sweep keeps the exception: nothing to stamp.
    expect(await stampOpenYearDeadlines(reporting, cycle)).toEqual({ year: 2026, stamped: 0 });

    // The county files: the deadline is met, its jobs are gone, and no sweep stamps it again.
    const saved = await ok<{ saveAnnualReportDraft: { id: string } }>(
      `mutation($input: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $input) { id } }`,
      { input: { regionCode: county.region_code, year: 2026, content: ANNUAL_REPORT_CONTENT } },
      reporter,
    );
    await ok(
      `mutation($id: ID!, $requestId: String!) { submitAnnualReport(id: $id, requestId: $requestId) { status } }`,
      { id: saved.saveAnnualReportDraft.id, requestId: randomUUID() },
      reporter,
    );
    const met = await eventually(
      () => watchOf(entityId),
      (rows) => rows[0]?.met_at !== null,
    );
    expect(met[0]!.met_at).not.toBeNull();
    const jobs = await hub.adminQuery(`SELECT key FROM notifications_jobs._private_jobs WHERE key LIKE $1`, [
      `deadline:${met[0]!.id}:%`,
    ]);
    expect(jobs).toEqual([]);
    expect(await stampOpenYearDeadlines(reporting, cycle)).toEqual({ year: 2026, stamped: 0 });

    // A waived county is no longer expected: its watch ends too.
    const other = units.find(
      (unit) =>
        unit.level === 'COUNTY' && unit.parent_code === county.parent_code && unit.region_code !== county.region_code,
    )!;
    await ok(
      `mutation($region: ID!) { waiveAnnualReport(regionCode: $region, year: 2026, reason: "撤县设区") { year } }`,
      { region: other.region_code },
      reviewer,
    );
    const waived = await eventually(
      () => watchOf(`${other.region_code}:2026`),
      (rows) => rows[0]?.met_at !== null,
    );
    expect(waived[0]!.met_at).not.toBeNull();
  });

  it('sweeps in the background of the process running reporting, logging what it stamped', async () => {
    expect(hub.runtime.backgrounds.has('reporting')).toBe(true);
    const lines: string[] = [];
    const sweep = startReportDeadlineSweep(hub.runtime.dataSources.get('reporting')!, (line) => lines.push(line), {
      firstAfterMs: 0,
      everyMs: 200,
      now: () => new Date('2027-08-01T00:00:00+08:00'),
    });
    try {
      await eventually(
        async () => lines,
        (logged) => logged.length > 0,
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    } finally {
      await sweep.stop();
    }
    const [units] = await hub.adminQuery<{ count: string }>(`SELECT count(*) FROM reporting.reporting_unit`);
    // The first sweep stamps the year that opened on 1 July 2027; the later ones find nothing to do.
    expect(lines).toEqual([`reporting: stamped ${units!.count} filing deadline(s) of the 2027 reports`]);
  });

  describe('complaints', () => {
    let officer: string;
    let province: string;
    let xining: string;
    let colleague: string;
    let viewer: string;
    let elsewhere: string;
    let custodian: string;
    let caAdmin: string;
    let financeAdmin: string;
    const receive = async (input: Record<string, unknown>) =>
      (
        await ok<{ receiveComplaint: { complaint: { id: string }; receiptCode: string } }>(
          `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { complaint { id } receiptCode } }`,
          {
            input: {
              channel: 'HOTLINE',
              regionCode: '630121',
              category: 'EQUAL_SPLITTING',
              summary: '村里低保金平均分配给各户。',
              complainant: { name: '李某某', contact: '13700000000' },
              ...input,
            },
          },
          officer,
        )
      ).receiveComplaint;
    /** Accepted, investigated, concluded as substantiated and closed by the Datong officer. */
    const handled = async (id: string, close: boolean) => {
      await ok(`mutation($id: ID!) { acceptHandover(complaintId: $id) { status } }`, { id }, officer);
      await ok(`mutation($id: ID!) { startComplaintInvestigation(complaintId: $id) { status } }`, { id }, officer);
      await ok(
        `mutation($input: ConcludeComplaintInput!) { concludeComplaint(input: $input) { status } }`,
        {
          input: {
            complaintId: id,
            conclusion: 'SUBSTANTIATED',
            findings: '经核查，反映属实。',
            amountInvolvedFen: 1_000_000,
          },
        },
        officer,
      );
      if (close) {
        await ok(
          `mutation($id: ID!) { closeComplaint(complaintId: $id, publicFeedback: "已责令整改并追回资金。") { status } }`,
          { id },
          officer,
        );
      }
    };
    const noneOf = async (tokens: string[], entityId: string) => {
      for (const token of tokens) expect(await about(token, entityId)).toEqual([]);
    };

    beforeAll(async () => {
      const admin = await hub.token({ subject: 'datong-admin', region: '630121', roles: ['ADMIN'] });
      await ok(
        `mutation { designatePetitionOfficer(regionCode: "630121", officerSubject: "datong-officer") { region { code } } }`,
        {},
        admin,
      );
      officer = await hub.token({ subject: 'datong-officer', region: '630121', roles: ['COMPLAINT_HANDLER'] });
      province = await hub.token({ subject: 'province-handler', region: '630000', roles: ['COMPLAINT_HANDLER'] });
      xining = await hub.token({ subject: 'xining-handler', region: '630100', roles: ['COMPLAINT_HANDLER'] });
      colleague = await hub.token({ subject: 'datong-colleague', region: '630121', roles: ['COMPLAINT_HANDLER'] });
      viewer = await hub.token({ subject: 'datong-viewer', region: '630121', roles: ['VIEWER'] });
      elsewhere = await hub.token({ subject: 'haidong-handler', region: '630202', roles: ['COMPLAINT_HANDLER'] });
      custodian = await hub.token({ subject: 'province-custodian', region: '630000', roles: ['ADMIN'] });
      caAdmin = await hub.token({ subject: 'xining-ca-admin', region: '630100', roles: ['ADMIN'] });
      financeAdmin = await hub.token({
        subject: 'datong-finance-admin',
        region: '630121',
        roles: ['ADMIN'],
        agency: 'FINANCE',
      });
    });

    it('watches the provincial supervision deadline of a major complaint and ends it at the conclusion', async () => {
      const { complaint } = await receive({ major: true });
      const [stamped] = await hub.adminQuery<{ supervision_due_at: Date }>(
        `SELECT supervision_due_at FROM complaints.complaint WHERE id = $1`,
        [complaint.id],
      );
      expect(stamped!.supervision_due_at).not.toBeNull();
      const watches = await eventually(
        () => watchOf(complaint.id),
        (rows) => rows.length === 3,
      );
      const supervision = watches.find((watch) => watch.kind === 'COMPLAINT_SUPERVISION')!;
      expect(supervision.due_at.toISOString()).toBe(stamped!.supervision_due_at.toISOString());
      // Time passes for the reminder: its job is due now.
      await hub.adminQuery(`UPDATE notifications_jobs._private_jobs SET run_at = now() WHERE key = $1`, [
        `deadline:${supervision.id}:DUE`,
      ]);
      for (const token of [officer, xining, province]) {
        expect(
          await eventually(
            () => about(token, complaint.id),
            (events) => events.length > 0,
          ),
        ).toEqual(['COMPLAINT_SUPERVISION_DUE']);
      }
      const told = (await mine(province)).find((node) => node.entityId === complaint.id)!;
      expect(JSON.stringify(told)).not.toMatch(/李某某|13700000000|平均分配/);
      await noneOf([viewer, elsewhere], complaint.id);

      await handled(complaint.id, false);
      const met = await eventually(
        () => watchOf(complaint.id),
        (rows) => rows.find((watch) => watch.kind === 'COMPLAINT_SUPERVISION')?.met_at !== null,
      );
      expect(met.find((watch) => watch.kind === 'COMPLAINT_SUPERVISION')!.met_at).not.toBeNull();
      expect(
        await hub.adminQuery(`SELECT 1 FROM notifications_jobs._private_jobs WHERE key = $1`, [
          `deadline:${supervision.id}:OVERDUE`,
        ]),
      ).toEqual([]);
    });

    it('tells the reviewing region of an unsatisfied rating, without the comment', async () => {
      const { complaint, receiptCode } = await receive({});
      await handled(complaint.id, true);
      const rated = await hub.query<{ rateComplaintHandling: { appealOpened: boolean } }>(
        `mutation($code: String!) {
           rateComplaintHandling(receiptCode: $code, satisfied: false, comment: "我是李某某，处理不公") { appealOpened } }`,
        { code: receiptCode },
      );
      expect(rated.errors).toBeUndefined();
      expect(rated.data!.rateComplaintHandling.appealOpened).toBe(true);
      const [appeal] = await hub.adminQuery<{ id: string; review_region_code: string }>(
        `SELECT id::text, review_region_code FROM complaints.complaint_appeal WHERE complaint_id = $1`,
        [complaint.id],
      );
      expect(appeal!.review_region_code).toBe('630100');
      expect(
        await eventually(
          () => about(xining, appeal!.id),
          (events) => events.length > 0,
        ),
      ).toEqual(['COMPLAINT_REVIEW_OPENED']);
      const told = (await mine(xining)).find((node) => node.entityId === appeal!.id)!;
      expect(told.entityType).toBe('ComplaintAppeal');
      expect(JSON.stringify(told)).not.toMatch(/李某某|13700000000|处理不公|平均分配/);
      // The review is Xining's to decide: not the owner's region, not the province, not another county.
      await noneOf([officer, colleague, province, elsewhere, viewer], appeal!.id);
      const toReview = await ok<{ complaintAppealsToReview: { edges: Array<{ node: { id: string } }> } }>(
        `{ complaintAppealsToReview(first: 50) { edges { node { id } } } }`,
        {},
        xining,
      );
      expect(toReview.complaintAppealsToReview.edges.map((edge) => edge.node.id)).toContain(appeal!.id);
    });

    it('tells the custodian of a pending identity reveal request, and never the identity', async () => {
      const { complaint } = await receive({});
      await ok(`mutation($id: ID!) { acceptHandover(complaintId: $id) { status } }`, { id: complaint.id }, officer);
      const requested = await ok<{ requestIdentityReveal: { id: string } }>(
        `mutation($id: ID!) { requestIdentityReveal(complaintId: $id, reason: "需要向举报人李某某当面核实情况") { id } }`,
        { id: complaint.id },
        officer,
      );
      const id = requested.requestIdentityReveal.id;
      expect(
        await eventually(
          () => about(custodian, id),
          (events) => events.length > 0,
        ),
      ).toEqual(['IDENTITY_REVEAL_REQUESTED']);
      const told = (await mine(custodian)).find((node) => node.entityId === id)!;
      expect(told.entityType).toBe('IdentityRevealRequest');
      expect(JSON.stringify(told)).not.toMatch(/李某某|13700000000|当面核实|平均分配/);
      // Only the custodian decides: not the province's other handlers, not a civil affairs ADMIN below it.
      await noneOf([province, caAdmin, officer, xining], id);
    });

    it('tells those who approve of a reward waiting for approval', async () => {
      const { complaint } = await receive({ rewardOptIn: true });
      await handled(complaint.id, false);
      const decided = await ok<{ decideReward: { id: string; amountFen: number } }>(
        `mutation($id: ID!) { decideReward(complaintId: $id) { id amountFen } }`,
        { id: complaint.id },
        officer,
      );
      const id = decided.decideReward.id;
      for (const token of [caAdmin, custodian]) {
        expect(
          await eventually(
            () => about(token, id),
            (events) => events.length > 0,
          ),
        ).toEqual(['REWARD_AWAITING_APPROVAL']);
      }
      const told = (await mine(caAdmin)).find((node) => node.entityId === id)!;
      expect(told.summary.en).toContain(`${(decided.decideReward.amountFen / 100).toFixed(2)} yuan`);
      expect(JSON.stringify(told)).not.toMatch(/李某某|13700000000|平均分配/);
      // Finance pays but does not approve; complaint handlers do not approve either.
      await noneOf([financeAdmin, officer, province, xining], id);
      const approved = await hub.query(
        `mutation($id: ID!) { approveReward(rewardId: $id) { status } }`,
        { id },
        caAdmin,
      );
      expect(approved.errors).toBeUndefined();
    });
  });
});
