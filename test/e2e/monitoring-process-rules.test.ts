import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { mintToken } from '@dibao/auth';
import { loadDemoData } from '@dibao/hub';
import { detect, REPORT_YEARS, supergraphProcessSource } from '@dibao/monitoring';
import { importReporting } from '@dibao/reporting';
import { systemActor } from '@dibao/server';
import { shanghaiDate } from '@dibao/domain';
import { startTestHub, type TestHub } from '../support/hub.js';
import { plantUnhandledComplaint } from '../support/overdue-complaint.js';

const DAY = 86_400_000;
const PROCESS_RULES = ['OVERDUE_REPORT', 'OVERDUE_RECTIFICATION', 'OVERDUE_COMPLAINT'] as const;

describe('process rules, read from the other subgraphs through the gateway', () => {
  let hub: TestHub;
  let monitoring: DataSource;
  let plantedComplaint: string;
  let plantedFinding: string;
  const token = (principal: Parameters<TestHub['token']>[0]) => hub.token(principal);

  const ok = async (document: string, variables: Record<string, unknown>, bearer: string) => {
    const result = await hub.query<any>(document, variables, bearer);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  /** Detection as if run `days` days from now: the process rules judge at that moment, by the rules then. */
  const run = (provinces = ['630000'], days = 0) =>
    detect(monitoring, {
      month: '2025-06',
      actor: systemActor('test'),
      now: () => new Date(Date.now() + days * DAY),
      process: supergraphProcessSource({
        gatewayUrl: () => hub.gatewayUrl,
        provinces,
        tokenOf: (principal) => mintToken(principal, hub.jwtSecret),
      }),
    });
  const processAlerts = () =>
    hub.adminQuery<{ rule: string; fingerprint: string; region_code: string; month: string; status: string }>(
      `SELECT rule, fingerprint, region_code, to_char(month, 'YYYY-MM') AS month, status FROM monitoring.alert
        WHERE rule IN ('OVERDUE_REPORT', 'OVERDUE_RECTIFICATION', 'OVERDUE_COMPLAINT') ORDER BY fingerprint`,
    );
  /** A version of the region's rules setting grace days, adopted through the gateway from `days` days on. */
  const adoptGrace = async (regionCode: string, days: number, grace: Partial<Record<string, number>>) => {
    const admin = await token({ region: '630000', roles: ['ADMIN'], subject: 'province-admin' });
    const effectiveFrom = shanghaiDate(new Date(Date.now() + days * DAY));
    await ok(
      `mutation($input: AdoptRuleVersionInput!) { adoptRuleVersion(input: $input) { id } }`,
      {
        input: {
          regionCode,
          effectiveFrom,
          documentNumber: '青民发〔2026〕9号',
          title: '最低生活保障动态监测规则阈值',
          documentDate: shanghaiDate(new Date()),
          settings: Object.entries(grace).map(([rule, value]) => ({
            key: `monitoring.${rule}.graceDays`,
            value: String(value),
          })),
        },
      },
      admin,
    );
  };

  beforeAll(async () => {
    // Regions, agencies and officials only: no report, finding or complaint exists, so nothing is overdue.
    hub = await startTestHub('monitoring_process_rules', {
      demo: (dataSources) =>
        loadDemoData(new Map([...dataSources].filter(([name]) => name === 'registry')), 'qinghai', () => undefined),
    });
    monitoring = hub.runtime.dataSources.get('monitoring')!;
  });
  afterAll(async () => {
    await hub.stop();
  });

  it('stays silent when nothing is overdue', async () => {
    const quiet = await run();
    expect(quiet.process).toEqual({ status: 'RAN', closed: 0 });
    expect(quiet.candidates).toBe(0);
    expect(await processAlerts()).toEqual([]);
  });

  it('plants an overdue report, rectification and complaint, and stays silent within the grace days', async () => {
    // Planted: Datong must file an annual report every year to Xining, and has filed none.
    await importReporting(
      hub.runtime.dataSources.get('reporting')!,
      {
        units: [{ regionCode: '630121', level: 'COUNTY', parentCode: '630100' }],
        reports: [],
        waivers: [],
        incidents: [],
      },
      systemActor('test'),
      () => undefined,
    );
    // Planted: a complaint received by letter 120 days ago in 塔尔镇 and never handled.
    plantedComplaint = await plantUnhandledComplaint(hub);
    // Planted: a finding whose rectification deadline passed 40 days ago.
    const inspector = await token({ region: '630100', roles: ['INSPECTOR'], subject: 'xining-inspector' });
    plantedFinding = (
      await ok(
        `mutation($input: RecordMonitoringFindingInput!) { recordMonitoringFinding(input: $input) { id } }`,
        {
          input: {
            alertId: '00000000-0000-4000-8000-00000000f00d',
            regionCode: '630121102',
            category: 'EQUAL_SPLITTING',
            severity: 'MAJOR',
            householdsAffected: 10,
            amountInvolvedFen: 400000,
            description: '上庄村平分低保金。',
          },
        },
        inspector,
      )
    ).recordMonitoringFinding.id;
    await ok(
      `mutation($input: SetRectificationPlanInput!) { setRectificationPlan(input: $input) { id } }`,
      {
        input: {
          findingId: plantedFinding,
          measures: '按户核定补差金额。',
          deadline: new Date(Date.now() + 10 * DAY).toISOString(),
        },
      },
      inspector,
    );
    // Only the clock can make a deadline pass; the plan is moved back as if set long ago.
    await hub.adminQuery(`UPDATE oversight.finding SET deadline = now() - interval '40 days' WHERE id = $1`, [
      plantedFinding,
    ]);
    // The province allows 100,000 days of grace from ten days on: a run then finds nothing; a run now still
    // judges by today's rules (no grace), as the tests below show.
    await adoptGrace('630000', 10, Object.fromEntries(PROCESS_RULES.map((rule) => [rule, 100_000])));
    const lenient = await run(['630000'], 10);
    expect(lenient.process.status).toBe('RAN');
    expect(lenient.candidates).toBe(0);
    expect(await processAlerts()).toEqual([]);
  });

  it('raises one alert per overdue record, with its explanation and evidence, and none twice', async () => {
    const first = await run();
    expect(first.process.status).toBe('RAN');
    const alerts = await processAlerts();
    // Datong's reports are due on 15 December of their year (end of the day in Beijing).
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    const dueYears: number[] = [];
    for (let y = year - REPORT_YEARS; y <= year; y += 1) {
      if (Date.UTC(y, 11, 15, 15, 59, 59, 999) < Date.now()) dueYears.push(y);
    }
    const shanghaiMonth = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 7);
    expect(alerts.map(({ rule, fingerprint, region_code }) => ({ rule, fingerprint, region_code }))).toEqual(
      [
        { rule: 'OVERDUE_COMPLAINT', fingerprint: `OVERDUE_COMPLAINT:${plantedComplaint}`, region_code: '630121102' },
        {
          rule: 'OVERDUE_RECTIFICATION',
          fingerprint: `OVERDUE_RECTIFICATION:${plantedFinding}`,
          region_code: '630121102',
        },
        ...dueYears.map((y) => ({
          rule: 'OVERDUE_REPORT',
          fingerprint: `OVERDUE_REPORT:630121:${y}`,
          region_code: '630121',
        })),
      ].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1)),
    );
    expect(alerts.find((alert) => alert.fingerprint === `OVERDUE_REPORT:630121:${dueYears[0]}`)!.month).toBe(
      `${dueYears[0]}-12`,
    );
    // The complaint's alert is dated by its first missed deadline: acknowledgement, days after receipt.
    const [missed] = await hub.adminQuery<{ due: string; kind: string }>(
      `SELECT evidence->0->>'dueAt' AS due, figures->>'deadline' AS kind FROM monitoring.alert WHERE rule = 'OVERDUE_COMPLAINT'`,
    );
    expect(missed!.kind).toBe('ACKNOWLEDGE');
    expect(Date.parse(missed!.due)).toBeLessThan(Date.now() - 100 * DAY);
    expect(alerts.find((alert) => alert.rule === 'OVERDUE_COMPLAINT')!.month).toBe(
      shanghaiMonth(Date.parse(missed!.due)),
    );

    const viewer = await token({ region: '630121', roles: ['VIEWER'], subject: 'datong-viewer' });
    const shown = await ok(
      `{ alerts(under: "630121102", rule: OVERDUE_RECTIFICATION, first: 50) { edges { node {
          severity explanation { zh en } evidence { recordKind recordId status dueAt daysOverdue } } } } }`,
      {},
      viewer,
    );
    const planted = shown.alerts.edges.find((edge: any) => edge.node.evidence[0].recordId === plantedFinding).node;
    expect(planted.severity).toBe('MEDIUM');
    // 40 days and the seconds since: a day begun counts as one.
    expect(planted.evidence[0]).toMatchObject({ recordKind: 'FINDING', status: 'OPEN', daysOverdue: 41 });
    expect(planted.explanation.en).toContain('41 days overdue (grace 0 days)');
    expect(planted.explanation.zh).toContain('已逾期 41 天');

    const again = await run();
    expect(again.raised).toBe(0);
    expect(await processAlerts()).toHaveLength(alerts.length);
  });

  it('takes each region’s grace days', async () => {
    // Datong waits 100 days from twenty days on: then the planted rectification (60 days overdue) is within it,
    // the complaint (over 130 days) is not; its own value wins over the province's 100,000 days.
    await adoptGrace('630121', 20, { OVERDUE_RECTIFICATION: 100, OVERDUE_COMPLAINT: 100 });
    await hub.adminQuery(`DELETE FROM monitoring.alert_event`);
    await hub.adminQuery(
      `DELETE FROM monitoring.alert WHERE rule IN ('OVERDUE_RECTIFICATION', 'OVERDUE_COMPLAINT') AND region_code LIKE '630121%'`,
    );
    await run(['630000'], 20);
    const alerts = await processAlerts();
    expect(alerts.some((alert) => alert.fingerprint === `OVERDUE_RECTIFICATION:${plantedFinding}`)).toBe(false);
    expect(alerts.some((alert) => alert.fingerprint === `OVERDUE_COMPLAINT:${plantedComplaint}`)).toBe(true);
  });
});
