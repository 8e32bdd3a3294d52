import type { DataSource } from 'typeorm';
import { rulesInForce, rulesInForceMany, type AuditActor } from '@dibao/db';
import { shanghaiDate } from '@dibao/domain';
import { auditedWrite, gatewayUrlFromEnv } from '@dibao/server';
import { explain } from './explanations.js';
import { findProcessCandidates, type ProcessSource } from './process-rules.service.js';
import { reconcileReferrals, referredAlerts } from './referral.service.js';
import { thresholdsFrom, type AlertRule, type LocalRule, type Thresholds } from './thresholds.js';
import { placeInVillages, supergraphVillageDirectory, type VillageDirectory } from './villages.js';
import { alertNotice } from './notices.js';

/** The outbox topic of new alerts. */
export const ALERT_RAISED_TOPIC = 'alert.raised';

/** At most this many evidence rows are kept on an alert (the explanation gives the full counts). */
export const MAX_EVIDENCE_ROWS = 50;

export type Severity = 'LOW' | 'MEDIUM' | 'HIGH';

/** One finding of a rule before it is stored: the fingerprint makes re-running detection idempotent. */
export interface Candidate {
  fingerprint: string;
  rule: AlertRule;
  regionCode: string;
  month: string;
  severity: Severity;
  figures: Record<string, unknown>;
  evidence: Array<Record<string, unknown>>;
}

export interface DetectionResult {
  month: string;
  counties: number;
  candidates: number;
  raised: number;
  updated: number;
  byRule: Record<string, number>;
  /** The process rules: run (with the referrals reconciled), not asked for, or failed (why). */
  process: { status: 'RAN' | 'NOT_RUN' | 'FAILED'; error?: string; closed?: number };
}

const EVIDENCE_COLUMNS = `json_build_object(
  'countyCode', r.county_code, 'townshipCode', r.township_code, 'villageName', r.village_name,
  'householdId', r.household_id, 'headPseudonym', encode(r.head_pseudonym, 'hex'), 'householdSize', r.household_size,
  'amountFen', r.amount_fen, 'area', r.area, 'bankPaid', r.bank_paid)`;

type Row = Record<string, unknown>;

async function equalSplitting(ds: DataSource, month: string, t: (county: string) => Thresholds, counties: string[]) {
  const params = counties.map((county) => ({ county, ...t(county).EQUAL_SPLITTING }));
  // Performance: a village's most frequent amount is its mode (one grouping of the month by village, where grouping
  // by village and amount would make a group of almost every household: top-ups differ), ties going to the lower
  // amount; only the households paid that amount are read again, for their count and sizes; the evidence of the
  // few villages found is read from their county-month alone.
  const rows = (await ds.query(
    `WITH t AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS t(county text, "minHouseholds" int, share float8, "minSizes" int)),
     v AS (SELECT r.township_code, r.village_name, count(*)::int AS households,
             mode() WITHIN GROUP (ORDER BY r.amount_fen) AS amount_fen
           FROM roster r JOIN t ON t.county = r.county_code WHERE r.month = $1::date GROUP BY 1, 2
           HAVING count(*) >= (SELECT min("minHouseholds") FROM t)),
     hit AS (SELECT left(v.township_code, 6)::char(6) AS county_code, v.township_code, v.village_name, v.amount_fen,
               v.households, count(*)::int AS paid, count(DISTINCT r.household_size)::int AS sizes
             FROM roster r JOIN v ON v.township_code = r.township_code AND v.village_name = r.village_name
               AND v.amount_fen = r.amount_fen
             WHERE r.month = $1::date AND r.county_code = ANY(SELECT county FROM t) GROUP BY 1, 2, 3, 4, 5)
     SELECT hit.county_code, hit.township_code, hit.village_name, hit.amount_fen::text AS amount_fen, hit.paid, hit.sizes, hit.households,
       (SELECT json_agg(e ORDER BY e->>'householdId') FROM (SELECT ${EVIDENCE_COLUMNS} AS e FROM roster r
          WHERE r.month = $1::date AND r.county_code = hit.county_code AND r.township_code = hit.township_code
            AND r.village_name = hit.village_name AND r.amount_fen = hit.amount_fen
          ORDER BY r.household_id LIMIT ${MAX_EVIDENCE_ROWS}) x) AS evidence
     FROM hit JOIN t ON t.county = hit.county_code
     WHERE hit.households >= t."minHouseholds" AND hit.sizes >= t."minSizes" AND hit.paid::float8 / hit.households >= t.share
     ORDER BY hit.township_code, hit.village_name`,
    [month, JSON.stringify(params)],
  )) as Row[];
  return rows.map((row): Candidate => {
    const share = (row.paid as number) / (row.households as number);
    return {
      fingerprint: `EQUAL_SPLITTING:${String(row.township_code)}:${String(row.village_name)}:${month}`,
      rule: 'EQUAL_SPLITTING',
      regionCode: String(row.township_code),
      month,
      severity: share >= 0.9 ? 'HIGH' : 'MEDIUM',
      figures: {
        village: row.village_name,
        households: row.households,
        paidSame: row.paid,
        amountFen: Number(row.amount_fen),
        sizes: row.sizes,
        share: Math.round(share * 1000) / 1000,
      },
      evidence: (row.evidence as Row[]) ?? [],
    };
  });
}

async function duplicatePerson(ds: DataSource, month: string, counties: string[]) {
  // A person is found across the whole month's roster, but only groups touching the counties asked about.
  // Performance: the evidence comes from one join of the month with the groups (a hash join over one scan of the
  // partition), not from a lookup per group, so the roster needs no index on heads (which the import would keep).
  const rows = (await ds.query(
    `WITH g AS (SELECT head_pseudonym, count(*)::int AS heads, array_agg(DISTINCT county_code ORDER BY county_code) AS counties
           FROM roster WHERE month = $1::date GROUP BY head_pseudonym HAVING count(*) > 1
             AND bool_or(county_code = ANY($2::text[]))),
     e AS (SELECT r.head_pseudonym, json_agg(${EVIDENCE_COLUMNS} ORDER BY r.county_code, r.household_id) AS evidence
           FROM roster r JOIN g ON g.head_pseudonym = r.head_pseudonym WHERE r.month = $1::date GROUP BY r.head_pseudonym)
     SELECT encode(g.head_pseudonym, 'hex') AS head_pseudonym, c.county_code, g.heads, g.counties, e.evidence
     FROM g JOIN e ON e.head_pseudonym = g.head_pseudonym CROSS JOIN LATERAL unnest(g.counties) AS c(county_code)`,
    [month, counties],
  )) as Array<Row & { counties: string[] }>;
  // Each county's own limit on the month's first day (the groups reach counties not asked about too): a person
  // heading more households than it allows (at least two) is a lead there.
  const touched = [...new Set(rows.map((row) => String(row.county_code)))];
  const limits = await rulesInForceMany(
    ds,
    touched.map((county) => ({ regionCode: county, on: month })),
  );
  const maxHeads = new Map(
    touched.map((county, index) => [county, thresholdsFrom(limits[index]!).DUPLICATE_PERSON.maxHeads]),
  );
  const over = rows.filter((row) => Number(row.heads) > (maxHeads.get(String(row.county_code)) ?? 1));
  return over.map((row): Candidate => {
    const across = row.counties.length > 1;
    return {
      fingerprint: `DUPLICATE_PERSON:${String(row.county_code)}:${String(row.head_pseudonym)}:${month}`,
      rule: 'DUPLICATE_PERSON',
      regionCode: String(row.county_code),
      month,
      severity: across ? 'HIGH' : 'MEDIUM',
      figures: { headPseudonym: row.head_pseudonym, households: row.heads, counties: row.counties },
      evidence: ((row.evidence as Row[]) ?? []).slice(0, MAX_EVIDENCE_ROWS),
    };
  });
}

async function aboveStandard(ds: DataSource, month: string, t: (county: string) => Thresholds, counties: string[]) {
  const params = counties.map((county) => ({ county, tolerance: t(county).ABOVE_STANDARD.tolerance }));
  const rows = (await ds.query(
    `WITH t AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS t(county text, tolerance float8)),
     s AS (SELECT DISTINCT ON (county_code, area) county_code, area, standard_fen FROM standard
           WHERE from_month <= $1::date AND county_code = ANY(SELECT county FROM t) ORDER BY county_code, area, from_month DESC)
     SELECT r.township_code, r.household_id, s.standard_fen::text AS standard_fen, t.tolerance, ${EVIDENCE_COLUMNS} AS row
     FROM roster r JOIN t ON t.county = r.county_code JOIN s ON s.county_code = r.county_code AND s.area = r.area
     WHERE r.month = $1::date AND r.amount_fen > s.standard_fen * r.household_size * (1 + t.tolerance)
     ORDER BY r.county_code, r.household_id`,
    [month, JSON.stringify(params)],
  )) as Row[];
  return rows.map((row): Candidate => {
    const evidence = row.row as { amountFen: number; householdSize: number; countyCode: string };
    const perPerson = Math.round(Number(evidence.amountFen) / evidence.householdSize);
    const standard = Number(row.standard_fen);
    return {
      fingerprint: `ABOVE_STANDARD:${evidence.countyCode}:${String(row.household_id)}:${month}`,
      rule: 'ABOVE_STANDARD',
      regionCode: String(row.township_code),
      month,
      severity: perPerson > standard * 2 ? 'HIGH' : 'MEDIUM',
      figures: {
        householdId: row.household_id,
        perPersonFen: perPerson,
        standardFen: standard,
        tolerance: row.tolerance,
      },
      evidence: [evidence],
    };
  });
}

async function registerMatch(ds: DataSource, month: string, t: (county: string) => Thresholds, counties: string[]) {
  const params = counties.map((county) => ({ county, grace: t(county).REGISTER_MATCH.deceasedGraceMonths }));
  const rows = (await ds.query(
    `WITH t AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS t(county text, grace int))
     SELECT r.county_code, r.township_code, r.household_id, ${EVIDENCE_COLUMNS} AS row,
       json_agg(json_build_object('kind', e.kind, 'since', to_char(e.since, 'YYYY-MM-DD'), 'source', e.source)
                ORDER BY e.kind, e.since, e.source) AS entries
     FROM roster r JOIN t ON t.county = r.county_code JOIN register_entry e ON e.pseudonym = r.head_pseudonym
     WHERE r.month = $1::date
       AND CASE WHEN e.kind = 'DECEASED' THEN e.since < $1::date - make_interval(months => t.grace)
                ELSE e.since < $1::date + interval '1 month' END
     GROUP BY r.county_code, r.township_code, r.household_id, r.village_name, r.head_pseudonym, r.household_size,
              r.amount_fen, r.area, r.bank_paid
     ORDER BY r.county_code, r.household_id`,
    [month, JSON.stringify(params)],
  )) as Array<Row & { entries: Array<{ kind: string; since: string; source: string }> }>;
  return rows.map((row): Candidate => {
    const kinds = [...new Set(row.entries.map((entry) => entry.kind))];
    const grave = kinds.some((kind) => kind === 'DECEASED' || kind === 'OFFICIAL' || kind === 'OFFICIAL_RELATIVE');
    return {
      fingerprint: `REGISTER_MATCH:${String(row.county_code)}:${String(row.household_id)}:${month}`,
      rule: 'REGISTER_MATCH',
      regionCode: String(row.township_code),
      month,
      severity: grave ? 'HIGH' : 'MEDIUM',
      figures: { householdId: row.household_id, kinds, entries: row.entries },
      evidence: [{ ...(row.row as Row), registerEntries: row.entries }],
    };
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The modified z-score (Iglewicz and Hoaglin) of x against a series; null when the series has no spread. */
export function modifiedZScore(x: number, series: number[]): number | null {
  if (series.length < 3) return null;
  const m = median(series);
  const mad = median(series.map((value) => Math.abs(value - m)));
  return mad === 0 ? null : (0.6745 * (x - m)) / mad;
}

async function abruptChange(ds: DataSource, month: string, t: (county: string) => Thresholds, counties: string[]) {
  // Monthly households and funds of each township over the month and the twelve before it, from the figures kept
  // as each county-month enters the roster (a scan of thirteen months of rosters otherwise); a county's are the
  // sums of its townships'.
  const townships = (await ds.query(
    `SELECT township_code::text AS code, to_char(month, 'YYYY-MM') AS month, sum(households)::int AS households,
            sum(funds_fen)::text AS funds
       FROM township_month
      WHERE month BETWEEN $1::date - interval '12 months' AND $1::date AND county_code = ANY($2::text[])
      GROUP BY 1, 2`,
    [month, counties],
  )) as Array<{ code: string; month: string; households: number; funds: string }>;
  const countySums = new Map<string, { code: string; month: string; households: number; funds: number }>();
  for (const row of townships) {
    const key = `${row.code.slice(0, 6)}:${row.month}`;
    const sum = countySums.get(key) ?? { code: row.code.slice(0, 6), month: row.month, households: 0, funds: 0 };
    sum.households += row.households;
    sum.funds += Number(row.funds);
    countySums.set(key, sum);
  }
  const rows = [...countySums.values(), ...townships].sort((a, b) =>
    a.code === b.code ? (a.month < b.month ? -1 : 1) : a.code < b.code ? -1 : 1,
  );
  const current = month.slice(0, 7);
  const previous = shiftMonth(current, -1);
  const byCode = new Map<string, Map<string, { households: number; funds: number }>>();
  for (const row of rows) {
    const series = byCode.get(row.code) ?? new Map();
    series.set(row.month, { households: row.households, funds: Number(row.funds) });
    byCode.set(row.code, series);
  }
  const countiesWithData = new Set(counties.filter((county) => byCode.get(county)?.has(current)));
  const candidates: Candidate[] = [];
  for (const [code, series] of byCode) {
    const county = code.slice(0, 6);
    if (!countiesWithData.has(county)) continue; // a county not yet reported this month is not a fall
    const { change, minBase, zScore } = t(county).ABRUPT_CHANGE;
    const now = series.get(current) ?? { households: 0, funds: 0 };
    const before = series.get(previous);
    const past = [...series.entries()].filter(([key]) => key < current).map(([, value]) => value);
    // Small units swing by chance: the larger of the two months must reach the base (a fall's rebound counts).
    const large = Math.max(before?.households ?? 0, now.households) >= minBase;
    for (const measure of ['households', 'funds'] as const) {
      const x = now[measure];
      let figures: Record<string, unknown> | undefined;
      if (before && large && before[measure] > 0) {
        const ratio = (x - before[measure]) / before[measure];
        if (Math.abs(ratio) > change) {
          figures = {
            measure,
            value: x,
            previous: before[measure],
            change: Math.round(ratio * 1000) / 1000,
            threshold: change,
          };
        }
      }
      // The score flags a departure that starts this month, not a new level that persists after one.
      const step = before && before[measure] > 0 ? Math.abs(x - before[measure]) / before[measure] : 1;
      if (!figures && past.length >= 6 && large && step > change / 2) {
        const z = modifiedZScore(
          x,
          past.map((value) => value[measure]),
        );
        const m = median(past.map((value) => value[measure]));
        // A steady series has a tiny spread, so a small step (a yearly rise of the standard) would score high:
        // the score counts only for a departure from the median as large as the month-over-month threshold.
        if (z !== null && Math.abs(z) > zScore && m > 0 && Math.abs(x - m) / m > change) {
          figures = {
            measure,
            value: x,
            median: m,
            zScore: Math.round(z * 100) / 100,
            threshold: zScore,
          };
        }
      }
      if (figures) {
        candidates.push({
          fingerprint: `ABRUPT_CHANGE:${code}:${measure}:${month}`,
          rule: 'ABRUPT_CHANGE',
          regionCode: code,
          month,
          severity: 'MEDIUM',
          figures,
          evidence: [...series.entries()].map(([key, value]) => ({
            month: key,
            households: value.households,
            fundsFen: value.funds,
          })),
        });
      }
    }
  }
  return candidates;
}

export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** How long each rule's query took (ms), for benchmarks. */
export type RuleTimings = Partial<Record<LocalRule, number>>;

/**
 * Every local rule's findings for a month and some counties, in a fixed order (deterministic). Performance: the
 * rules are independent set-based queries on the month's partition, so they run at once, each on a connection
 * of its own (PostgreSQL works on them in parallel); the order of the result does not depend on which ends first.
 */
export async function findCandidates(
  dataSource: DataSource,
  month: string,
  counties: string[],
  timings?: RuleTimings,
): Promise<Candidate[]> {
  const day = `${month.slice(0, 7)}-01`;
  // A month is judged by the thresholds in force for each county on its first day: a threshold adopted later
  // changes the months from its first day on and never how an earlier month is judged.
  const inForce = await rulesInForceMany(
    dataSource,
    counties.map((county) => ({ regionCode: county, on: day })),
  );
  const byCounty = new Map(counties.map((county, index) => [county, thresholdsFrom(inForce[index]!)]));
  const t = (county: string): Thresholds => {
    const found = byCounty.get(county);
    if (!found) throw new Error(`No thresholds loaded for county ${county}`);
    return found;
  };
  const timed = async (rule: LocalRule, work: Promise<Candidate[]>) => {
    const started = performance.now();
    const found = await work;
    if (timings) timings[rule] = performance.now() - started;
    return found;
  };
  const found = (
    await Promise.all([
      timed('EQUAL_SPLITTING', equalSplitting(dataSource, day, t, counties)),
      timed('DUPLICATE_PERSON', duplicatePerson(dataSource, day, counties)),
      timed('ABOVE_STANDARD', aboveStandard(dataSource, day, t, counties)),
      timed('REGISTER_MATCH', registerMatch(dataSource, day, t, counties)),
      timed('ABRUPT_CHANGE', abruptChange(dataSource, day, t, counties)),
    ])
  ).flat();
  return found.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
}

export interface DetectOptions {
  month: string;
  /** The counties whose rosters changed; all counties with a roster that month when absent. */
  counties?: string[];
  actor: AuditActor;
  now?: () => Date;
  /** Called with each new alert's id after commit (the push channel's hook). */
  onRaised?: (alertIds: string[]) => void;
  /**
   * The supergraph as monitoring's service principal: with it, the process rules run too and referred alerts
   * whose case was settled are closed (the reconcile step). Imports leave it out: a roster changes neither.
   */
  process?: ProcessSource;
  /**
   * Where village names find their registry codes. Default: the supergraph, when the hub has said where it is
   * (HUB_GATEWAY_URL); without one, or when it cannot be read, village leads point at their township.
   */
  villages?: VillageDirectory | null;
}

function defaultVillageDirectory(): VillageDirectory | null {
  return process.env.HUB_GATEWAY_URL ? supergraphVillageDirectory(gatewayUrlFromEnv) : null;
}

/** The province a region code lies in. */
const provinceOf = (code: string) => `${code.slice(0, 2)}0000`;

/**
 * Runs the local rules for a month and stores what they find: a finding already stored (same fingerprint)
 * is refreshed while still OPEN and never duplicated; each new alert is audited as raised.
 */
export async function detect(dataSource: DataSource, options: DetectOptions): Promise<DetectionResult> {
  const day = `${options.month}-01`;
  const counties =
    options.counties ??
    (
      (await dataSource.query('SELECT DISTINCT county_code::text AS c FROM roster WHERE month = $1::date ORDER BY 1', [
        day,
      ])) as Array<{ c: string }>
    ).map((row) => row.c);
  // No county asked about (the scheduled process rules): the local rules have nothing to read.
  const candidates = counties.length > 0 ? await findCandidates(dataSource, options.month, counties) : [];
  const villages = options.villages === undefined ? defaultVillageDirectory() : options.villages;
  if (villages) {
    // The registry unreachable: the leads stay at their townships, and a later run moves them to the village.
    await placeInVillages(candidates, villages).catch(() => undefined);
  }
  const at = (options.now ?? (() => new Date()))();
  let process: DetectionResult['process'] = { status: 'NOT_RUN' };
  if (options.process) {
    try {
      // The process rules judge deadlines as they stand at `at`: the thresholds in force on that day.
      const today = shanghaiDate(at);
      const cache = new Map<string, Promise<Thresholds>>();
      const thresholdsOf = (code: string) => {
        let found = cache.get(code);
        if (!found) cache.set(code, (found = rulesInForce(dataSource, code, today).then(thresholdsFrom)));
        return found;
      };
      const found = await findProcessCandidates(options.process, thresholdsOf, at);
      candidates.push(...found);
      candidates.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
      // Reconcile: referred alerts whose case is settled close, read as the service principal of their province.
      const referred = (await referredAlerts(dataSource)).filter((alert) =>
        options.process!.provinces.includes(provinceOf(alert.region.code)),
      );
      let closed = 0;
      for (const province of options.process.provinces) {
        const read = await options.process.readerOf(province);
        const mine = referred.filter((alert) => provinceOf(alert.region.code) === province);
        closed += (await reconcileReferrals(dataSource, read, options.actor, mine, at)).length;
      }
      process = { status: 'RAN', closed };
    } catch (error) {
      // The other subgraphs are unreachable (or refuse): the local rules still run; nothing is half-done.
      process = { status: 'FAILED', error: (error as Error).message };
    }
  }
  const raisedIds: string[] = [];
  let updated = 0;
  await auditedWrite(dataSource, options.actor, async (tx) => {
    const { manager } = tx;
    // A retried transaction starts again from nothing.
    raisedIds.length = 0;
    updated = 0;
    for (const candidate of candidates) {
      const text = explain(candidate);
      const [row] = (await manager.query(
        `INSERT INTO alert (fingerprint, rule, region_code, month, severity, explanation_zh, explanation_en, figures, evidence, raised_at, updated_at)
         VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8, $9, $10, $10)
         ON CONFLICT (fingerprint) DO UPDATE SET severity = EXCLUDED.severity, explanation_zh = EXCLUDED.explanation_zh,
           explanation_en = EXCLUDED.explanation_en, figures = EXCLUDED.figures, evidence = EXCLUDED.evidence, updated_at = EXCLUDED.updated_at,
           region_code = CASE WHEN length(EXCLUDED.region_code) > length(alert.region_code) THEN EXCLUDED.region_code ELSE alert.region_code END
           WHERE alert.status = 'OPEN' AND (alert.figures, alert.evidence, length(alert.region_code) >= length(EXCLUDED.region_code))
             IS DISTINCT FROM (EXCLUDED.figures, EXCLUDED.evidence, true)
         RETURNING id, (xmax = 0) AS inserted`,
        [
          candidate.fingerprint,
          candidate.rule,
          candidate.regionCode,
          candidate.month,
          candidate.severity,
          text.zh,
          text.en,
          JSON.stringify(candidate.figures),
          JSON.stringify(candidate.evidence),
          at,
        ],
      )) as Array<{ id: string; inserted: boolean }>;
      if (!row) continue;
      if (!row.inserted) {
        updated += 1;
        continue;
      }
      raisedIds.push(row.id);
      // Pushed live to subscribers of alertRaised once the transaction commits (the shared outbox).
      tx.raise({
        topic: ALERT_RAISED_TOPIC,
        regionCode: candidate.regionCode,
        entityType: 'Alert',
        entityId: row.id,
        payload: { rule: candidate.rule },
      });
      tx.raise(alertNotice({ id: row.id, ...candidate }));
      await tx.audit({
        entityType: 'Alert',
        entityId: row.id,
        action: 'RAISE',
        after: {
          rule: candidate.rule,
          regionCode: candidate.regionCode,
          month: options.month,
          severity: candidate.severity,
        },
      });
    }
  });
  options.onRaised?.(raisedIds);
  const byRule: Record<string, number> = {};
  for (const candidate of candidates) byRule[candidate.rule] = (byRule[candidate.rule] ?? 0) + 1;
  return {
    month: options.month,
    counties: counties.length,
    candidates: candidates.length,
    raised: raisedIds.length,
    updated,
    byRule,
    process,
  };
}
