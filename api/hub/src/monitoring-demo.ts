import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { detect, importFile, type FileKind } from '@dibao/monitoring';
import {
  csvLines,
  monitoringDemo,
  REGISTER_COLUMNS,
  ROSTER_COLUMNS,
  STANDARDS_COLUMNS,
  type MonitoringDemo,
  type PlantedAnomaly,
} from '@dibao/seed';
import { systemActor } from '@dibao/server';

/** The fraction of each county's households the demo holds (HUB_DEMO_MONITORING_SCALE; 0 leaves it out). */
export function monitoringDemoScale(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.HUB_DEMO_MONITORING_SCALE;
  if (value === undefined || value === '') return 1;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale < 0 || scale > 1)
    throw new Error('HUB_DEMO_MONITORING_SCALE must be a number from 0 to 1');
  return scale;
}

export interface MonitoringDemoLoad {
  /** The months whose rosters are loaded (default: every month of the demo). */
  months?: readonly string[];
  /** Run detection after each month (default); the national load detects once, over the whole country. */
  detectEachMonth?: boolean;
}

/**
 * Loads the monitoring demo through the same import path as any county's file (CSV, parsed, validated,
 * pseudonymised, COPYed), then runs detection month by month.
 */
export async function loadMonitoringDemo(
  dataSource: DataSource,
  demo: MonitoringDemo,
  pseudonymKey: string,
  log: (line: string) => void,
  options: MonitoringDemoLoad = {},
): Promise<{ files: number; rows: number; alerts: number }> {
  const actor = systemActor('demo-data');
  let files = 0;
  let rows = 0;
  const send = async (kind: FileKind, lines: Iterable<string>) => {
    const outcome = await importFile(dataSource, Readable.from(lines), { kind, actor, pseudonymKey });
    if (outcome.status === 'REJECTED') {
      const first = outcome.problems[0];
      throw new Error(`demo ${kind} file rejected: line ${first?.line} ${first?.column ?? ''} ${first?.reason ?? ''}`);
    }
    files += 1;
    if (outcome.status === 'IMPORTED') rows += outcome.rows;
  };
  await send('STANDARDS', csvLines(STANDARDS_COLUMNS, demo.standards));
  await send('REGISTER', csvLines(REGISTER_COLUMNS, demo.registers));
  const months = options.months ?? [...new Set(demo.rosters.map((roster) => roster.month))].sort();
  let alerts = 0;
  for (const month of months) {
    for (const roster of demo.rosters.filter((candidate) => candidate.month === month)) {
      await send('ROSTER', csvLines(ROSTER_COLUMNS, roster.rows));
    }
    if (options.detectEachMonth === false) continue;
    const result = await detect(dataSource, { month, actor });
    alerts += result.raised;
    log(`rosters of ${month} imported (${rows.toLocaleString('en')} rows so far), ${result.raised} alerts raised`);
  }
  return { files, rows, alerts };
}

export interface RuleQuality {
  rule: string;
  alerts: number;
  labels: number;
  truePositives: number;
  precision: number | null;
  recall: number | null;
}

/**
 * Where a label and an alert meet: rule, month and region. Alerts of village-level rules point at the village
 * when the registry can be asked for its code (through the gateway) and at the township otherwise, so a village
 * label is compared at its township.
 */
const placeOf = (rule: string, region: string, month: string) => `${rule}|${month}|${region.slice(0, 9)}`;

/** Per rule, precision and recall of the stored alerts against the planted labels. */
export async function evaluateAgainstLabels(
  dataSource: DataSource,
  labels: readonly PlantedAnomaly[],
): Promise<RuleQuality[]> {
  const alerts = (await dataSource.query(
    `SELECT rule, region_code, to_char(month, 'YYYY-MM') AS month FROM alert
     WHERE rule IN ('EQUAL_SPLITTING', 'DUPLICATE_PERSON', 'ABOVE_STANDARD', 'REGISTER_MATCH', 'ABRUPT_CHANGE')`,
  )) as Array<{ rule: string; region_code: string; month: string }>;
  const rules = ['EQUAL_SPLITTING', 'DUPLICATE_PERSON', 'ABOVE_STANDARD', 'REGISTER_MATCH', 'ABRUPT_CHANGE'];
  return rules.map((rule) => {
    const labelPlaces = new Set(labels.filter((l) => l.rule === rule).map((l) => placeOf(rule, l.regionCode, l.month)));
    const alertPlaces = new Set(
      alerts.filter((a) => a.rule === rule).map((a) => placeOf(rule, a.region_code.trim(), a.month)),
    );
    const hits = [...alertPlaces].filter((place) => labelPlaces.has(place)).length;
    return {
      rule,
      alerts: alertPlaces.size,
      labels: labelPlaces.size,
      truePositives: hits,
      precision: alertPlaces.size === 0 ? null : hits / alertPlaces.size,
      recall: labelPlaces.size === 0 ? null : hits / labelPlaces.size,
    };
  });
}

export { monitoringDemo };
