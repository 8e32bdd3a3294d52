import { Readable } from 'node:stream';
import type { Principal } from '@dibao/auth';
import type { AgencyKind, Role } from '@dibao/domain';
import { createMonitoringSubgraph, idCheckCharacter, importFile, type FileKind } from '@dibao/monitoring';
import { systemActor } from '@dibao/server';
import { startSubgraphHarness, type SubgraphHarness } from '../../../../test/support/subgraph-harness.js';

export const PSEUDONYM_KEY = 'test-pseudonym-key-of-at-least-32-characters';

export const principal = (region: string, roles: Role[], agency: AgencyKind = 'CIVIL_AFFAIRS'): Principal => ({
  subject: `${agency}:${region}:${roles.join('+')}`,
  agency,
  region,
  roles,
});

/** A valid resident ID number, different for each n (born 1950–1999 in the given county). */
export function idNumber(n: number, county = '630102'): string {
  const birth = `19${50 + (n % 50)}0${1 + (n % 9)}1${n % 10}`;
  const first17 = `${county}${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

export interface Household {
  month: string;
  county: string;
  township: string;
  village: string;
  id: string;
  head: string;
  size: number;
  amount: number;
  area?: 'URBAN' | 'RURAL';
  bank?: boolean;
}

export const ROSTER_HEADER =
  'month,county_code,township_code,village,household_id,head_id_number,household_size,amount_fen,area,bank_paid';

export function rosterCsv(rows: Household[]): string {
  const lines = rows.map((r) =>
    [
      r.month,
      r.county,
      r.township,
      `"${r.village.replaceAll('"', '""')}"`,
      r.id,
      r.head,
      r.size,
      r.amount,
      r.area ?? 'RURAL',
      r.bank ?? true,
    ].join(','),
  );
  return `${ROSTER_HEADER}\n${lines.join('\n')}\n`;
}

/** Standards of 500 yuan (rural) and 700 yuan (urban) per person for a county. */
export function standardsCsv(counties: string[], fromMonth = '2020-01'): string {
  return `county_code,area,from_month,standard_fen\n${counties
    .flatMap((county) => [`${county},RURAL,${fromMonth},50000`, `${county},URBAN,${fromMonth},70000`])
    .join('\n')}\n`;
}

/**
 * A clean county-month: villages of 12 households each, sizes 1–5, each paid its own top-up (standard minus an
 * income that differs by household), so no rule should fire. `people` offsets the ID numbers per county.
 */
export function cleanCounty(
  month: string,
  county: string,
  options: { townships?: number; villages?: number; people?: number } = {},
): Household[] {
  const rows: Household[] = [];
  const townships = options.townships ?? 2;
  const villages = options.villages ?? 2;
  let n = options.people ?? 0;
  for (let t = 1; t <= townships; t += 1) {
    const township = `${county}${String(100 + t)}`;
    for (let v = 1; v <= villages; v += 1) {
      for (let h = 1; h <= 12; h += 1) {
        const size = 1 + (h % 5);
        const income = 1000 + ((h * 7919 + v * 104729 + t * 1299709) % 30000);
        rows.push({
          month,
          county,
          township,
          village: `第${v}村`,
          id: `H${t}-${v}-${h}`,
          head: idNumber(n, county),
          size,
          amount: size * (50000 - income),
        });
        n += 1;
      }
    }
  }
  return rows;
}

export interface MonitoringHarness extends SubgraphHarness {
  importCsv(kind: FileKind, csv: string): ReturnType<typeof importFile>;
  ok(source: string, as: Principal | null, variables?: Record<string, unknown>): Promise<Record<string, any>>;
}

export async function startMonitoringHarness(label: string): Promise<MonitoringHarness> {
  const harness = await startSubgraphHarness(label, createMonitoringSubgraph());
  return {
    ...harness,
    importCsv: (kind, csv) =>
      importFile(harness.dataSource, Readable.from([Buffer.from(csv)]), {
        kind,
        actor: systemActor('test'),
        pseudonymKey: PSEUDONYM_KEY,
      }),
    async ok(source, as, variables) {
      const result = await harness.run(source, as, variables);
      if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
      return result.data as Record<string, any>;
    },
  };
}
