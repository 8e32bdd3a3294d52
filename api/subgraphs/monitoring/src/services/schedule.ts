import type { DataSource } from 'typeorm';
import { startJobRunner, type JobRunner, type JobTask } from '@dibao/db';
import { asInternalCaller, gatewayUrlFromEnv, systemActor, type HubServices } from '@dibao/server';
import { detect, type DetectionResult } from './detect.service.js';
import { shanghaiMonth, supergraphProcessSource } from './process-rules.service.js';

/*
 * The process rules (overdue reports, rectifications, complaints) change with the calendar, not with a roster, so
 * they run on a schedule: a graphile-worker cron item in `monitoring_jobs`, once a day by default, planned once per
 * period however many hub processes run monitoring. Each run also closes referred alerts whose case was settled.
 * A run that cannot read the supergraph fails and is retried with the queue's backoff.
 */

export const PROCESS_RULES_TASK = 'process-rules';

/** The crontab line of the daily run (HUB_PROCESS_RULES_CRON, UTC; `off` plans none and starts no runner). */
export function processRulesCrontab(env: NodeJS.ProcessEnv = process.env): string {
  const schedule = env.HUB_PROCESS_RULES_CRON?.trim() || '0 19 * * *';
  if (schedule === 'off') return '';
  if (schedule.split(/\s+/).length !== 5) throw new Error(`HUB_PROCESS_RULES_CRON is no cron schedule: ${schedule}`);
  return `${schedule} ${PROCESS_RULES_TASK} ?max=3`;
}

/**
 * The provinces whose records the process rules read: HUB_PROCESS_RULES_PROVINCES (comma-separated codes), else
 * the provinces monitoring has rosters or alerts of.
 */
export async function processRuleProvinces(
  dataSource: DataSource,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  const listed = env.HUB_PROCESS_RULES_PROVINCES?.split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  if (listed?.length) {
    const wrong = listed.find((code) => !/^\d{2}0000$/.test(code));
    if (wrong) throw new Error(`HUB_PROCESS_RULES_PROVINCES: "${wrong}" is no province code`);
    return [...new Set(listed)].sort();
  }
  const rows = (await dataSource.query(
    `SELECT left(county_code, 2) || '0000' AS p FROM roster_file WHERE county_code IS NOT NULL
      UNION SELECT left(region_code, 2) || '0000' FROM alert ORDER BY 1`,
  )) as Array<{ p: string }>;
  return rows.map((row) => row.p);
}

/** One run of the process rules as judged at `at`, through the supergraph as monitoring's service principal. */
export async function runProcessRules(
  dataSource: DataSource,
  hub: HubServices,
  at: Date,
  provinces: readonly string[],
): Promise<DetectionResult> {
  return asInternalCaller(hub.gatewaySecret, () =>
    detect(dataSource, {
      month: shanghaiMonth(at),
      // The local rules are run by imports and on demand: a roster did not change.
      counties: [],
      actor: systemActor('monitoring-schedule'),
      now: () => at,
      process: supergraphProcessSource({ gatewayUrl: gatewayUrlFromEnv, provinces, tokenOf: hub.serviceToken }),
    }),
  );
}

/** The job runner of this process for monitoring's scheduled work. */
export async function startMonitoringSchedule(
  dataSource: DataSource,
  log: (line: string) => void,
  hub: HubServices,
): Promise<Pick<JobRunner, 'stop'>> {
  const crontab = processRulesCrontab();
  // `off`: the process rules run on demand only (`pnpm monitoring:detect`), and this process keeps no runner.
  if (!crontab) return { stop: async () => undefined };
  const processRules: JobTask = async () => {
    const provinces = await processRuleProvinces(dataSource);
    if (provinces.length === 0) {
      log('monitoring: process rules skipped, no province on record (HUB_PROCESS_RULES_PROVINCES)');
      return;
    }
    const result = await runProcessRules(dataSource, hub, new Date(), provinces);
    if (result.process.status !== 'RAN') throw new Error(`process rules did not run: ${result.process.error}`);
    log(
      `monitoring: process rules for ${provinces.join(', ')}: ${result.raised} new alert(s), ${result.updated} ` +
        `updated, ${result.process.closed ?? 0} referred alert(s) closed`,
    );
  };
  return startJobRunner(dataSource, {
    taskList: { [PROCESS_RULES_TASK]: processRules },
    crontab,
    concurrency: 1,
    log,
  });
}
