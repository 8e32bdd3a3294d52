import type { DataSource, EntityManager } from 'typeorm';
import {
  jobSchemaOf,
  startJobRunner,
  uncountedStatements,
  type JobRunner,
  type JobTask,
  type OutboxEvent,
} from '@dibao/db';
import {
  deadlineEventOf,
  isRegionCode,
  watchedDeadlineValues,
  type NotificationEvent,
  type WatchedDeadline,
} from '@dibao/domain';
import { auditedWrite, isAudience, systemActor, type Audience, type AuditedTransaction } from '@dibao/server';
import { runDeliveryJob } from './delivery.js';
import { DIGEST_CRON_TASK, DIGEST_TASK, digestCrontab, planDigests, runDigestJob } from './digest.js';
import { closeTransports } from './email.js';
import { recordNotification } from './record-notification.js';
import { EMAIL_TASK, WEBHOOK_TASK } from './recipients.js';

/*
 * Deadlines are watched by graphile-worker, a job queue in PostgreSQL (schema `notifications_jobs`): the fan-out
 * schedules a reminder job and an overdue job for each deadline a source stamps, in the transaction that moves
 * its cursor, so a job exists exactly when its watch does; jobs survive restarts (they are rows) and run once
 * across processes (graphile-worker locks each job). A job only acts when its watch still holds the deadline it
 * was scheduled for and has not been met, and marks the stage told in the same transaction as the notification,
 * so a job retried after a crash tells nobody twice.
 */

export const JOB_SCHEMA = jobSchemaOf('notifications');
const TASK = 'deadline';
type Stage = 'DUE' | 'OVERDUE';

interface WatchPayload {
  kind: WatchedDeadline;
  dueAt?: string;
  remindDays?: number;
  audience?: Audience;
  summary?: { en: string; zh: string };
  met?: boolean;
}

const kinds = new Set<string>(watchedDeadlineValues);
const DAY_MS = 86_400_000;

const jobKey = (watchId: string, stage: Stage) => `deadline:${watchId}:${stage}`;

/** Applies a `deadline` event of a source to its watch and (re)schedules or removes its jobs. False if malformed. */
export async function applyDeadlineEvent(manager: EntityManager, source: string, event: OutboxEvent): Promise<boolean> {
  const payload = event.payload as Partial<WatchPayload>;
  if (!payload.kind || !kinds.has(payload.kind) || !event.entityType || !event.entityId) return false;
  if (typeof event.regionCode !== 'string' || !isRegionCode(event.regionCode)) return false;
  const key = [source, payload.kind, event.entityType, event.entityId];
  if (payload.met === true) {
    const met = (await manager.query(
      `UPDATE deadline_watch SET met_at = coalesce(met_at, $5) WHERE source = $1 AND kind = $2 AND entity_type = $3
          AND entity_id = $4 RETURNING id::text AS id`,
      [...key, event.occurredAt],
    )) as [Array<{ id: string }>, number];
    for (const { id } of met[0]) {
      for (const stage of ['DUE', 'OVERDUE'] as const) {
        await manager.query(`SELECT "${JOB_SCHEMA}".remove_job($1)`, [jobKey(id, stage)]);
      }
    }
    return true;
  }
  const dueAt = payload.dueAt ? new Date(payload.dueAt) : null;
  const audience = payload.audience;
  const valid =
    dueAt !== null &&
    !Number.isNaN(dueAt.getTime()) &&
    typeof payload.remindDays === 'number' &&
    payload.remindDays >= 0 &&
    isAudience(audience) &&
    typeof payload.summary?.en === 'string' &&
    typeof payload.summary.zh === 'string';
  if (!valid) return false;
  const remindAt = new Date(dueAt.getTime() - payload.remindDays! * DAY_MS);
  // A moved deadline is a new one: its stages may be told again.
  const [row] = (await manager.query(
    `INSERT INTO deadline_watch (source, kind, entity_type, entity_id, region_code, due_at, remind_at, audience,
                                 summary_en, summary_zh)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (source, kind, entity_type, entity_id) DO UPDATE SET
       region_code = EXCLUDED.region_code, remind_at = EXCLUDED.remind_at, audience = EXCLUDED.audience,
       summary_en = EXCLUDED.summary_en, summary_zh = EXCLUDED.summary_zh, met_at = NULL,
       reminded_at = CASE WHEN deadline_watch.due_at = EXCLUDED.due_at THEN deadline_watch.reminded_at END,
       overdue_told_at = CASE WHEN deadline_watch.due_at = EXCLUDED.due_at THEN deadline_watch.overdue_told_at END,
       due_at = EXCLUDED.due_at
     RETURNING id::text AS id`,
    [...key, event.regionCode, dueAt, remindAt, JSON.stringify(audience), payload.summary!.en, payload.summary!.zh],
  )) as Array<{ id: string }>;
  for (const [stage, at] of [
    ['DUE', remindAt],
    ['OVERDUE', dueAt],
  ] as const) {
    await manager.query(
      `SELECT "${JOB_SCHEMA}".add_job($1, $2::json, run_at => $3, job_key => $4, max_attempts => 10)`,
      [TASK, JSON.stringify({ watchId: row!.id, stage, dueAt: dueAt.toISOString() }), at, jobKey(row!.id, stage)],
    );
  }
  return true;
}

interface WatchRow {
  id: string;
  kind: WatchedDeadline;
  entity_type: string;
  entity_id: string;
  region_code: string;
  due_at: Date;
  audience: Audience;
  summary_en: string;
  summary_zh: string;
  met_at: Date | null;
  reminded_at: Date | null;
  overdue_told_at: Date | null;
}

const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

async function tell(tx: AuditedTransaction, watch: WatchRow, stage: Stage): Promise<void> {
  const event: NotificationEvent = deadlineEventOf(watch.kind, stage);
  const due = shanghaiDate(watch.due_at);
  const summary =
    stage === 'DUE'
      ? { en: `Due ${due} (Beijing time): ${watch.summary_en}`, zh: `${due} 到期：${watch.summary_zh}` }
      : { en: `Overdue since ${due} (Beijing time): ${watch.summary_en}`, zh: `已于 ${due} 逾期：${watch.summary_zh}` };
  await recordNotification(tx, {
    source: `deadline:${stage}:${watch.due_at.toISOString()}`,
    sourceEventId: watch.id,
    event,
    regionCode: watch.region_code,
    entityType: watch.entity_type,
    entityId: watch.entity_id,
    audience: watch.audience,
    summary,
  });
  await tx.manager.query(
    `UPDATE deadline_watch SET ${stage === 'DUE' ? 'reminded_at' : 'overdue_told_at'} = now() WHERE id = $1`,
    [watch.id],
  );
  await tx.audit({
    entityType: 'DeadlineWatch',
    entityId: watch.id,
    action: stage === 'DUE' ? 'REMIND' : 'OVERDUE',
    after: { event },
  });
}

/** The job: tells the watch's audience of one stage, unless it was met, moved or told already. */
export async function runDeadlineJob(
  dataSource: DataSource,
  job: { watchId: string; stage: Stage; dueAt: string },
): Promise<'told' | 'skipped'> {
  return auditedWrite(dataSource, systemActor('notifications-deadlines'), async (tx) => {
    // The database's clock, the one the queue ran the job by.
    const [watch] = (await tx.manager.query(
      `SELECT *, due_at <= now() AS past FROM deadline_watch WHERE id = $1 FOR UPDATE`,
      [job.watchId],
    )) as Array<WatchRow & { past: boolean }>;
    if (!watch || watch.met_at || watch.due_at.toISOString() !== job.dueAt) return 'skipped';
    // A reminder that comes too late (the process was down) gives way to the overdue notice.
    if (job.stage === 'DUE' && (watch.reminded_at || watch.past)) return 'skipped';
    if (job.stage === 'OVERDUE' && watch.overdue_told_at) return 'skipped';
    // Early (a job moved by hand): failing makes the queue retry it later, with its backoff.
    if (job.stage === 'OVERDUE' && !watch.past) throw new Error(`deadline ${watch.id} is not overdue yet`);
    await tell(tx, watch, job.stage);
    return 'told';
  });
}

/** graphile-worker's runner for this process, connected as the notifications role. */
export async function startDeadlineRunner(
  dataSource: DataSource,
  log: (line: string) => void,
  options: { pollInterval?: number } = {},
): Promise<JobRunner> {
  const deadline: JobTask = async (payload) => {
    await uncountedStatements(() =>
      runDeadlineJob(dataSource, payload as { watchId: string; stage: Stage; dueAt: string }),
    );
  };
  const delivery: JobTask = async (payload, helpers) => {
    const { attempts, max_attempts: maxAttempts } = helpers.job;
    await uncountedStatements(() =>
      runDeliveryJob(dataSource, (payload as { deliveryId: string }).deliveryId, { attempts, maxAttempts }),
    );
  };
  const digestRun: JobTask = async (payload) => {
    // The cron item's own time: every runner that fires for the period plans the same (unique) digests.
    const { _cron } = payload as { _cron?: { ts: string } };
    const periodEnd = _cron ? new Date(_cron.ts) : new Date();
    const planned = await uncountedStatements(() => planDigests(dataSource, periodEnd));
    if (planned > 0) log(`notifications: ${planned} daily digest(s) for the period up to ${periodEnd.toISOString()}`);
  };
  const digestSend: JobTask = async (payload) => {
    await uncountedStatements(() => runDigestJob(dataSource, (payload as { digestId: string }).digestId));
  };
  const runner = await startJobRunner(dataSource, {
    ...(options.pollInterval ? { pollInterval: options.pollInterval } : {}),
    taskList: {
      [TASK]: deadline,
      [EMAIL_TASK]: delivery,
      [WEBHOOK_TASK]: delivery,
      [DIGEST_CRON_TASK]: digestRun,
      [DIGEST_TASK]: digestSend,
    },
    crontab: digestCrontab(),
    log,
  });
  void runner.promise.finally(closeTransports).catch(() => undefined);
  return runner;
}
