import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '@dibao/hub';
import { startTestHub, type TestHub } from '../support/hub.js';
import { plantUnhandledComplaint } from '../support/overdue-complaint.js';

/*
 * The process rules on a schedule: monitoring's job queue (graphile-worker in `monitoring_jobs`) plans a daily cron
 * item; a run reads the other subgraphs through the real gateway as monitoring's service principal, raises an alert
 * per overdue record once, and a run that cannot read them fails and stays on the queue to be retried.
 */

describe('process rules run by the job queue', () => {
  let hub: TestHub;
  let complaintId: string;

  const jobOf = (key: string) =>
    hub.adminQuery<{ attempts: number; last_error: string | null }>(
      `SELECT attempts, last_error FROM monitoring_jobs._private_jobs WHERE key = $1`,
      [key],
    );
  /** Puts a run on the queue now (what the cron item does at its hour) and waits for the queue to be done with it. */
  const runNow = async (key: string) => {
    await hub.adminQuery(`SELECT monitoring_jobs.add_job('process-rules', '{}'::json, job_key => $1)`, [key]);
    const until = Date.now() + 30_000;
    for (;;) {
      const [job] = await jobOf(key);
      // A job being run has its attempt counted already; one that failed keeps its error; a finished one is gone.
      if (!job || job.last_error !== null || Date.now() > until) return job ?? null;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const overdueComplaintAlerts = () =>
    hub.adminQuery<{ fingerprint: string; region_code: string; status: string }>(
      `SELECT fingerprint, region_code, status FROM monitoring.alert WHERE rule = 'OVERDUE_COMPLAINT'`,
    );

  beforeAll(async () => {
    process.env.HUB_PROCESS_RULES_CRON = '30 19 * * *';
    delete process.env.HUB_PROCESS_RULES_PROVINCES;
    hub = await startTestHub('monitoring_schedule', {
      demo: (dataSources) =>
        loadDemoData(new Map([...dataSources].filter(([name]) => name === 'registry')), 'qinghai', () => undefined),
    });
  });
  afterAll(async () => {
    await hub?.stop();
    delete process.env.HUB_PROCESS_RULES_CRON;
    delete process.env.HUB_PROCESS_RULES_PROVINCES;
  });

  it('plans the daily run as a cron item of the job queue', async () => {
    const known = await hub.adminQuery<{ identifier: string }>(
      `SELECT identifier FROM monitoring_jobs._private_known_crontabs`,
    );
    expect(known).toEqual([{ identifier: 'process-rules' }]);
  });

  it('raises an alert for an overdue complaint, as the service principal, and none twice', async () => {
    // No roster and no alert on record: a run has no province to read, and raises nothing.
    expect(await runNow('empty-run')).toBeNull();
    expect(await overdueComplaintAlerts()).toEqual([]);

    // Planted: a complaint received by letter 120 days ago in 塔尔镇 and never handled.
    complaintId = await plantUnhandledComplaint(hub);

    process.env.HUB_PROCESS_RULES_PROVINCES = '630000';
    expect(await runNow('first-run')).toBeNull();
    expect(await overdueComplaintAlerts()).toEqual([
      { fingerprint: `OVERDUE_COMPLAINT:${complaintId}`, region_code: '630121102', status: 'OPEN' },
    ]);
    const raised = await hub.adminQuery<{ subject: string }>(
      `SELECT actor->>'subject' AS subject FROM monitoring.audit_record WHERE entity_type = 'Alert' AND action = 'RAISE'`,
    );
    expect(raised).toEqual([{ subject: 'monitoring-schedule' }]);

    // The next day's run finds the same record: the alert is refreshed, not raised again.
    expect(await runNow('second-run')).toBeNull();
    expect(await overdueComplaintAlerts()).toHaveLength(1);
  });

  it('keeps a run that cannot read the other subgraphs on the queue, with its error, to be retried', async () => {
    // A province the registry does not have: the supergraph refuses the service principal's reads.
    process.env.HUB_PROCESS_RULES_PROVINCES = '110000';
    const failed = await runNow('failing-run');
    expect(failed).toEqual({ attempts: 1, last_error: expect.stringMatching(/process rules did not run/) });
    expect(await overdueComplaintAlerts()).toHaveLength(1);
  });
});
