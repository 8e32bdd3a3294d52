import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { regionLevelOf, subtreeCodePrefix } from '@dibao/domain';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '@dibao/server';
import type { AlertEventType, AlertType } from './schema/alert.type.js';

/* The monitoring data layer: every query of the alerts and rosters the resolvers make. */

interface AlertRow {
  id: string;
  seq: string;
  rule: string;
  region_code: string;
  month: string;
  severity: string;
  explanation_zh: string;
  explanation_en: string;
  evidence: AlertType['evidence'];
  status: string;
  dismiss_reason: string | null;
  raised_at: Date;
  referral_kind: 'FINDING' | 'COMPLAINT' | null;
  referral_id: string | null;
  referred_at: Date | null;
  referral_outcome: string | null;
}

const ALERT_COLUMNS = `id, seq::text, rule, region_code, to_char(month, 'YYYY-MM') AS month, severity, explanation_zh,
  explanation_en, evidence, status, dismiss_reason, raised_at, referral_kind, referral_id, referred_at, referral_outcome`;

export type AlertNode = Omit<AlertType, 'history'> & { seq: string };

function toAlert(row: AlertRow): AlertNode {
  return {
    id: row.id,
    seq: row.seq,
    rule: row.rule,
    region: { code: row.region_code.trim() },
    month: row.month,
    severity: row.severity,
    explanation: { zh: row.explanation_zh, en: row.explanation_en },
    evidence: row.evidence,
    status: row.status,
    dismissReason: row.dismiss_reason,
    raisedAt: row.raised_at,
    referral:
      row.referral_kind && row.referral_id && row.referred_at
        ? {
            kind: row.referral_kind,
            referredAt: row.referred_at,
            finding: row.referral_kind === 'FINDING' ? { id: row.referral_id } : null,
            complaint: row.referral_kind === 'COMPLAINT' ? { id: row.referral_id } : null,
            outcome: row.referral_outcome,
          }
        : null,
  };
}

/** The record an alert was referred to, by kind and id. */
export function referralOf(alert: AlertNode): { kind: 'FINDING' | 'COMPLAINT'; id: string } | null {
  if (!alert.referral) return null;
  const id = alert.referral.finding?.id ?? alert.referral.complaint?.id;
  return id ? { kind: alert.referral.kind as 'FINDING' | 'COMPLAINT', id } : null;
}

export interface AlertFilter {
  under: string;
  month?: string | null;
  rule?: string | null;
  status?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Alerts of a subtree, newest first (by the order they were raised), as a keyset-paged connection. */
export async function alertsUnder(db: DataSource, filter: AlertFilter): Promise<Connection<AlertNode>> {
  const where = [`region_code LIKE $1`];
  const params: unknown[] = [`${subtreeCodePrefix(filter.under)}%`];
  if (filter.month) where.push(`month = $${params.push(`${filter.month}-01`)}::date`);
  if (filter.rule) where.push(`rule = $${params.push(filter.rule)}`);
  if (filter.status) where.push(`status = $${params.push(filter.status)}`);
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM alert WHERE ${where.join(' AND ')}`, params)) as [
    { n: number },
  ];
  const size = pageSize(filter.first);
  const after = filter.after ? decodeCursor(filter.after) : null;
  const pageWhere = after === null ? where : [...where, `seq < $${params.push(after)}::bigint`];
  const rows = (await db.query(
    `SELECT ${ALERT_COLUMNS} FROM alert WHERE ${pageWhere.join(' AND ')} ORDER BY seq DESC LIMIT ${size + 1}`,
    params,
  )) as AlertRow[];
  const edges = rows.slice(0, size).map((row) => ({ node: toAlert(row), cursor: encodeCursor(row.seq) }));
  return {
    edges,
    totalCount: n,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export async function alertById(
  db: DataSource | EntityManager,
  id: string,
  lock = false,
): Promise<AlertNode | undefined> {
  const rows = (await db.query(`SELECT ${ALERT_COLUMNS} FROM alert WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [
    id,
  ])) as AlertRow[];
  return rows[0] ? toAlert(rows[0]) : undefined;
}

export function createMonitoringLoaders(db: DataSource) {
  return {
    historyOf: new DataLoader<string, AlertEventType[]>(async (ids) => {
      const rows = (await db.query(
        `SELECT alert_id, from_status, to_status, reason, at FROM alert_event WHERE alert_id = ANY($1::uuid[]) ORDER BY at, id`,
        [ids],
      )) as Array<{ alert_id: string; from_status: string | null; to_status: string; reason: string | null; at: Date }>;
      return ids.map((id) =>
        rows
          .filter((row) => row.alert_id === id)
          .map((row) => ({ from: row.from_status, to: row.to_status, reason: row.reason, at: row.at })),
      );
    }),
  };
}
export type MonitoringLoaders = ReturnType<typeof createMonitoringLoaders>;

/**
 * Per rule: raised, open, referred, confirmed, refuted, dismissed in a subtree and a year. The ground truth of
 * the hit rate is what was settled: referred alerts whose case was settled (substantiated: confirmed; not:
 * refuted) and dismissed alerts. An alert closed without a referral counts as neither.
 */
export async function alertStats(db: DataSource, regionCode: string, year: number) {
  return (await db.query(
    `SELECT rule, count(*)::int AS raised,
       count(*) FILTER (WHERE status IN ('OPEN', 'ACKNOWLEDGED'))::int AS open,
       count(*) FILTER (WHERE status = 'REFERRED')::int AS referred,
       count(*) FILTER (WHERE status = 'CLOSED' AND referral_outcome = 'SUBSTANTIATED')::int AS confirmed,
       count(*) FILTER (WHERE status = 'CLOSED' AND referral_outcome = 'NOT_SUBSTANTIATED')::int AS refuted,
       count(*) FILTER (WHERE status = 'DISMISSED')::int AS dismissed
     FROM alert WHERE region_code LIKE $1 AND month >= make_date($2, 1, 1) AND month < make_date($2 + 1, 1, 1)
     GROUP BY rule ORDER BY rule`,
    [`${subtreeCodePrefix(regionCode)}%`, year],
  )) as Array<{
    rule: string;
    raised: number;
    open: number;
    referred: number;
    confirmed: number;
    refuted: number;
    dismissed: number;
  }>;
}

/**
 * The monthly series of a subtree's rosters, by area, from the township figures kept as each county-month enters
 * the roster (months and counties read through the table's key).
 */
export async function monitoringSeries(db: DataSource, regionCode: string, from: string, to: string) {
  const level = regionLevelOf(regionCode);
  const filter =
    level === 'TOWNSHIP'
      ? 'township_code = $3 AND county_code = left($3, 6)'
      : level === 'COUNTY'
        ? 'county_code = $3'
        : 'county_code LIKE $3';
  const value = level === 'TOWNSHIP' || level === 'COUNTY' ? regionCode : `${subtreeCodePrefix(regionCode)}%`;
  const sum = (column: string, area?: string) =>
    `coalesce(sum(${column})${area ? ` FILTER (WHERE area = '${area}')` : ''}, 0)`;
  return (await db.query(
    `SELECT to_char(month, 'YYYY-MM') AS month, ${sum('households')}::int AS households,
       ${sum('persons')}::int AS persons, ${sum('funds_fen')}::float8 AS "fundsFen",
       ${sum('households', 'URBAN')}::int AS "urbanHouseholds", ${sum('persons', 'URBAN')}::int AS "urbanPersons",
       ${sum('funds_fen', 'URBAN')}::float8 AS "urbanFundsFen",
       ${sum('households', 'RURAL')}::int AS "ruralHouseholds", ${sum('persons', 'RURAL')}::int AS "ruralPersons",
       ${sum('funds_fen', 'RURAL')}::float8 AS "ruralFundsFen"
     FROM township_month WHERE month >= $1::date AND month <= $2::date AND ${filter}
     GROUP BY month ORDER BY month`,
    [`${from}-01`, `${to}-01`, value],
  )) as Array<Record<string, number | string>>;
}
