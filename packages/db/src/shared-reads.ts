import type { DataSource, EntityManager } from 'typeorm';
import {
  ancestorCodesOf,
  resolveRules,
  type RuleSettings,
  type RulesInForce,
  type RuleVersionRecord,
} from '@dibao/domain';

/*
 * The one exception to "a subgraph reads only its own schema": the rule sets of regions (实施办法) live in the
 * registry's schema and every subgraph reads the rules in force for its own computations, in its own
 * transaction. An HTTP call per computation would cost a round trip per record and could not take part in the
 * transaction that stamps a deadline; a copy per subgraph would be a second source. So each subgraph's role gets
 * SELECT on these tables, and on nothing else of the registry (not even its audit trail).
 */
export const SHARED_READS: ReadonlyArray<SharedRead> = [
  { schema: 'registry', table: 'rule_version' },
  // Outbound delivery resolves an audience to the officials who hold it, in the transaction that records the
  // notification (one join per notice, not a call per event): the officials, their agencies, their roles and
  // sign-in, their delivery preferences. Personal data, so the notifications role alone reads them.
  ...['official', 'agency', 'official_access', 'delivery_preference'].map((table) => ({
    schema: 'registry',
    table,
    readers: ['notifications'],
  })),
];

export interface SharedRead {
  schema: string;
  table: string;
  /** The subgraphs that read it; every subgraph when absent. */
  readers?: readonly string[];
}

/** Whether a subgraph's role is granted a shared read. */
export const readsShared = (read: SharedRead, subgraph: string): boolean =>
  read.schema !== subgraph && (!read.readers || read.readers.includes(subgraph));

type Queryable = Pick<DataSource | EntityManager, 'query'>;

interface RuleVersionRow {
  id: string;
  region_code: string;
  version: number;
  effective_from: string;
  settings: RuleSettings;
}

/** Every version of the regions given (all dates): resolve in memory for as many dates as needed. */
export async function loadRuleVersions(db: Queryable, regionCodes: readonly string[]): Promise<RuleVersionRecord[]> {
  if (regionCodes.length === 0) return [];
  const rows = (await db.query(
    `SELECT id, region_code, version, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, settings
       FROM registry.rule_version WHERE region_code = ANY($1::text[])`,
    [[...new Set(regionCodes)]],
  )) as RuleVersionRow[];
  return rows.map((row) => ({
    id: row.id,
    regionCode: row.region_code,
    version: Number(row.version),
    effectiveFrom: row.effective_from,
    settings: row.settings,
  }));
}

/** The codes whose versions decide a region's rules: the region and every region above it. */
export function ruleChainOf(regionCode: string): string[] {
  return [...ancestorCodesOf(regionCode), regionCode];
}

/** The rules in force for a region on a day (YYYY-MM-DD, Asia/Shanghai), read in the caller's transaction. */
export async function rulesInForce(db: Queryable, regionCode: string, on: string): Promise<RulesInForce> {
  return resolveRules(regionCode, on, await loadRuleVersions(db, ruleChainOf(regionCode)));
}

/** A batch of (region, day) questions answered with one query: what loaders of other subgraphs use. */
export async function rulesInForceMany(
  db: Queryable,
  questions: ReadonlyArray<{ regionCode: string; on: string }>,
): Promise<RulesInForce[]> {
  const versions = await loadRuleVersions(
    db,
    questions.flatMap((question) => ruleChainOf(question.regionCode)),
  );
  return questions.map((question) => resolveRules(question.regionCode, question.on, versions));
}
